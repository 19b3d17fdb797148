import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/open-database.js';
import type { DemoAnswerKey } from '../../src/demo/demo-answer-key.js';
import { collectBudgetAlerts } from '../../src/domain/alerts/collect-budget-alerts.js';
import { collectNoticeDeadlineAlerts } from '../../src/domain/alerts/collect-notice-deadline-alerts.js';
import { createConsoleDestination } from '../../src/domain/alerts/create-console-destination.js';
import { createAlerts } from '../../src/domain/alerts/create-alerts.js';
import { dispatchAlerts } from '../../src/domain/alerts/dispatch-alerts.js';
import { subscribeChannel } from '../../src/domain/alerts/subscribe-channel.js';
import { loadDemoEnterprise } from '../../src/demo/load-demo-enterprise.js';
import { openDisputes } from '../../src/domain/disputes/open-disputes.js';
import type { ToolContext } from '../../src/domain/tools/define-tool.js';
import { silentLogger } from '../../src/logger.js';
import { openTestDatabase } from '../support/test-database.js';
import { expectedText } from './expected-figures.js';
import { evalCases, evalConversations, type Expectation } from './questions.js';
import { runQuestion, type EvalAnswer } from './run-question.js';

// The offline planner's score over the evaluation set, on the demo enterprise. Fails below 95%.

const asOf = new Date('2026-11-26T12:00:00Z');
const passMark = 0.95;

describe('offline planner evaluation', () => {
  let database: Database;
  let answerKey: DemoAnswerKey;
  let context: ToolContext;
  let lines: Record<'line' | 'otherLine', string>;

  beforeAll(async () => {
    database = await openTestDatabase();
    const deps = { prisma: database.prisma, now: () => asOf, logger: silentLogger, costCenterTagKeys: ['cost-center'] };
    ({ answerKey } = await loadDemoEnterprise({ asOf, seed: 42, scale: 0.05 }, deps));
    // Asked from the console, as `npm start` does: "this channel" is the console.
    context = {
      prisma: database.prisma,
      now: () => asOf,
      logger: silentLogger,
      viewer: { displayName: 'Eval', role: 'admin', costCenterScope: '*' },
      asOf,
      place: { platform: 'console', channelId: 'console' },
    };
    // What an analyst and the scheduler would have done by now: disputes opened from the audit,
    // budget and notice alerts posted — the Teams channel's to a destination that is down.
    await openDisputes({}, deps);
    for (const [platform, channelId, kinds] of [
      ['slack', 'C-FINANCE', ['budget', 'notice-deadline']],
      ['teams', 'T-DOWN', ['budget']],
    ] as const) {
      const subscribed = await subscribeChannel({ platform, channelId, kinds: [...kinds] }, deps);
      if (!subscribed.ok) throw subscribed.error;
    }
    const day = asOf.toISOString().slice(0, 10);
    await createAlerts(
      [...(await collectBudgetAlerts({ asOf: day }, deps)), ...(await collectNoticeDeadlineAlerts({ asOf: day }, deps))],
      deps,
    );
    const working = { ...createConsoleDestination({ write: () => true }), platform: 'slack' as const };
    const down = { platform: 'teams' as const, post: async () => Promise.reject(new Error('Teams is down')) };
    await dispatchAlerts({ destinations: [working, down], maxAttempts: 1, sleep: async () => {} }, deps);
    // Two active lines in use to ask about, picked the way a person would: from the inventory.
    const active = await database.prisma.$queryRaw<Array<{ identifier: string }>>`
      SELECT s.identifier FROM "Service" s WHERE s.type = 'mobile_line' AND s.status = 'active' AND s.assignee IS NOT NULL
        AND EXISTS (SELECT 1 FROM "MobileUsage" u WHERE u."identifierKey" = s."identifierKey" AND u."voiceMinutes" > 0)
      ORDER BY s.identifier LIMIT 2`;
    lines = { line: active[0]!.identifier, otherLine: active[1]!.identifier };
  }, 900_000);

  afterAll(async () => {
    await database.close();
  });

  it(`answers at least ${passMark * 100}% of the evaluation questions with the right figures`, async () => {
    const failures: string[] = [];
    let total = 0;
    let correct = 0;
    const judge = async (question: string, tool: string | null, expectation: Expectation, answer: EvalAnswer) => {
      total += 1;
      const expected = await expectedText(expectation, database.prisma, answerKey, lines);
      const problems: string[] = [];
      if (tool === null) {
        if (!answer.isClarification) problems.push(`expected a clarification, got ${answer.calls.map((call) => call.tool).join(', ')}`);
      } else if (answer.calls[0]?.tool !== tool) {
        problems.push(
          `expected ${tool}, planned ${answer.isClarification ? 'a clarification' : answer.calls.map((call) => call.tool).join(', ')}`,
        );
      }
      for (const text of expected.mustContain) if (!answer.text.includes(text)) problems.push(`missing "${text}"`);
      if (expected.startsWith && !answer.text.startsWith(expected.startsWith)) problems.push(`should start with "${expected.startsWith}"`);
      if (problems.length === 0) correct += 1;
      else
        failures.push(
          `✗ ${question}\n    ${problems.join('; ')}\n    plan: ${JSON.stringify(answer.calls)}\n    text: ${answer.text.split('\n')[0]}`,
        );
    };

    for (const evalCase of evalCases) {
      for (const phrasing of evalCase.phrasings) {
        const question = phrasing.replace('{line}', lines.line).replace('{otherLine}', lines.otherLine);
        await judge(question, evalCase.tool, evalCase.expect, await runQuestion(question, context));
      }
    }
    for (const conversation of evalConversations) {
      let state: { lastQuestion?: string; lastCalls: EvalAnswer['calls'] } | undefined;
      for (const turn of conversation) {
        const answer = await runQuestion(turn.question, context, state);
        await judge(`${turn.question} (follow-up)`, turn.tool, turn.expect, answer);
        if (answer.calls.length > 0) state = { lastQuestion: turn.question, lastCalls: answer.calls };
      }
    }

    const score = correct / total;
    console.log(`Offline planner evaluation: ${correct}/${total} correct (${(score * 100).toFixed(1)}%)`);
    if (failures.length > 0) console.log(failures.join('\n'));
    expect(total).toBeGreaterThanOrEqual(150);
    expect(score).toBeGreaterThanOrEqual(passMark);
  }, 900_000);
});
