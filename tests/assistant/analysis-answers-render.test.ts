import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/assistant/answer.js';
import { createAssistant } from '../../src/assistant/create-assistant.js';
import { checkSlackLimits } from '../../src/bot/slack/check-slack-limits.js';
import { renderAnswerBlocks } from '../../src/bot/slack/render-answer-blocks.js';
import { renderAnswerCard } from '../../src/bot/teams/render-answer-card.js';
import type { Database } from '../../src/db/open-database.js';
import { silentLogger } from '../../src/logger.js';
import { openTestDatabase } from '../support/test-database.js';
import { checkAdaptiveCard, teamsMessageLimitBytes } from '../teams/check-adaptive-card.js';
import { loadFixtureEnterprise } from '../tools/support/fixture-enterprise.js';

// The questions people ask next, end to end offline — planner, tool, presenter — and rendered for
// Slack (within Block Kit's limits) and Teams (a valid Adaptive Card 1.5 under Teams' size limit),
// with the figure a person checks against the fixture's own arithmetic.

let database: Database;
const answers = new Map<string, Answer>();

// Fixture arithmetic (tests/tools/support/fixture-enterprise.ts), October 2026:
// AT&T 1,200.00 + 65.25 + 98.10 − 150.00 = 1,213.35 (September 1,363.35: −150.00);
// Lumen 800.50 + 350.00 = 1,150.50 (September 800.50: +350.00);
// Verizon lines 45.00 + 45.00 + 50.00 = 140.00 over 3 lines = 46.67 each.
const questions: Array<[question: string, tool: string, mustShow: string[]]> = [
  ['which vendor grew the most in october?', 'rank_spend_changes', ['Lumen', '+USD 350.00']],
  ['annual run-rate for AT&T', 'get_run_rate', ['USD 14,560.20', 'USD 1,213.35']],
  ['average cost per line for verizon in october', 'get_unit_costs', ['USD 46.67']],
  ['3 most expensive mobile lines in october', 'rank_services', ['USD 50.00', 'USD 45.00']],
  ['how much was unallocated in october', 'get_unallocated_spend', ['USD']],
  ['projected spend to year end', 'forecast_spend', ['USD']],
  ['how much have we saved this year', 'get_realized_savings', []],
];

beforeAll(async () => {
  database = await openTestDatabase();
  await loadFixtureEnterprise(database.prisma);
  const assistant = createAssistant({ prisma: database.prisma, now: () => new Date('2026-11-26T12:00:00Z'), logger: silentLogger });
  let conversation = 0;
  for (const [question] of questions) {
    answers.set(
      question,
      await assistant.ask({
        question,
        conversationKey: `render-${(conversation += 1)}`,
        viewer: { displayName: 'Dana', role: 'admin', costCenterScope: '*' },
        surface: 'cli',
      }),
    );
  }
});
afterAll(async () => {
  await database.close();
});

describe('answers to the questions people ask next', () => {
  it.each(questions)('"%s" is answered by %s with its figures', (question, tool, mustShow) => {
    const answer = answers.get(question)!;
    expect(answer.toolCalls[0]?.name).toBe(tool);
    expect(answer.toolCalls[0]?.error).toBeUndefined();
    for (const text of mustShow) expect(answer.text).toContain(text);
  });

  it.each(questions)('"%s" renders for Slack within Block Kit limits and for Teams as a valid card', (question) => {
    const answer = answers.get(question)!;
    const slack = renderAnswerBlocks(answer, { question, place: { kind: 'thread', teamId: 'T1', channelId: 'C1', threadTs: '1.2' } });
    expect(checkSlackLimits(slack.blocks, { text: slack.text })).toEqual([]);
    const card = renderAnswerCard(answer);
    expect(checkAdaptiveCard(card)).toEqual([]);
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(teamsMessageLimitBytes);
  });
});
