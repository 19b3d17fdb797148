import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/open-database.js';
import { reconcileDisputes } from '../../src/domain/disputes/reconcile-disputes.js';
import { importFile } from '../../src/domain/ingest/import-file.js';
import type { IngestDeps } from '../../src/domain/ingest/ingest-types.js';
import { approveMacdRequest } from '../../src/domain/macd/approve-macd-request.js';
import { completeMacdRequest } from '../../src/domain/macd/complete-macd-request.js';
import { startMacdWork } from '../../src/domain/macd/start-macd-work.js';
import { submitMacdRequest } from '../../src/domain/macd/submit-macd-request.js';
import { rebuildInvoiceSpendRollup } from '../../src/domain/spend/rebuild-invoice-spend-rollup.js';
import type { ToolContext } from '../../src/domain/tools/define-tool.js';
import type { Viewer } from '../../src/domain/shared/viewer.js';
import { silentLogger } from '../../src/logger.js';
import { runQuestion } from '../eval/run-question.js';
import { printEvalScore } from '../support/print-eval-score.js';
import { openTestDatabase } from '../support/test-database.js';
import { costCenterTagKeys, ExpectedFigures } from './expected-figures.js';
import { demoNamesIn } from './coin-heldout-names.js';
import { generateHeldoutEnterprise, type HeldoutEnterprise } from './generate-heldout-enterprise.js';
import { freshCases, freshPlaceholderValues } from './fresh-questions.js';
import { fourthCases, fourthPlaceholderValues } from './fourth-questions.js';
import { seventhCases, seventhPlaceholderValues } from './seventh-questions.js';
import { tenthCases, tenthPlaceholderValues } from './tenth-questions.js';
import { twelfthCases, twelfthPlaceholderValues } from './twelfth-questions.js';
import { fifteenthCases, fifteenthPlaceholderValues } from './fifteenth-questions.js';
import { seventeenthCases, seventeenthPlaceholderValues } from './seventeenth-questions.js';
import { nineteenthCases, nineteenthPlaceholderValues } from './nineteenth-questions.js';
import { fillTemplate, heldoutCases, placeholderValues, type HeldoutCase } from './questions.js';

// The held-out split: the offline planner end to end (plan → validate → run → present, as
// tests/eval/run-question.ts runs it) over a company whose names no planner source mentions,
// plus the real FOCUS sample. Fails below 95%, or when a question that must be refused shows a
// figure: a wrong figure that looks right is worse than no answer.

// EVAL_SEED coins another company with the same shape: a check that the rules do not lean on
// this seed's names (the recorded scores are this seed's).
const seed = Number(process.env.EVAL_SEED ?? 20_241_015);
const passMark = 0.95;
/** The blind sets (README, "Evaluation"), each written once without reading the planner. */
const blindPassMark = 0.9;
const here = path.dirname(fileURLToPath(import.meta.url));
const focusSample = path.resolve(here, '../fixtures/external/focus/focus-1.0-sample.csv');

/** A money figure or an amount with cents: what a refusal must never show. */
const figurePattern = /USD\s?-?[\d,]+|\b\d[\d,]*\.\d{2}\b/;

/** `needle` in `text`, not as the tail or head of a longer number ("6 circuits" is not in "16 circuits"). */
function shows(text: string, needle: string): boolean {
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + needle.length] ?? ' ';
    const isCutNumber = (/\d/.test(needle[0] ?? '') && /[\d.,]/.test(before)) || (/\d/.test(needle.at(-1) ?? '') && /\d/.test(after));
    if (!isCutNumber) return true;
  }
  return false;
}

/**
 * Asks every phrasing of `cases` end to end and scores it against the expected figures; prints
 * "<label>: X/Y correct", the failures by expected tool and each failure with its plan and text.
 */
async function evaluateCases(
  label: string,
  cases: HeldoutCase[],
  values: Record<string, string>,
  figures: ExpectedFigures,
  context: ToolContext,
): Promise<{ total: number; correct: number; score: number; figureLeaks: string[] }> {
  const failures: string[] = [];
  const figureLeaks: string[] = [];
  const failuresByTool = new Map<string, number>();
  let total = 0;
  let correct = 0;

  for (const evalCase of cases) {
    const expected = await figures.expectedText(evalCase.expect);
    const mentions =
      evalCase.expect.kind === 'refuse' && evalCase.expect.mentions ? fillTemplate(evalCase.expect.mentions, values) : undefined;
    for (const phrasing of evalCase.phrasings) {
      const question = fillTemplate(phrasing, values);
      const answer = await runQuestion(question, context);
      total += 1;
      const problems: string[] = [];
      const planned = answer.isClarification ? 'a clarification' : answer.calls.map((call) => call.tool).join(', ') || 'nothing';
      if (evalCase.tool === null) {
        if (!answer.isClarification) problems.push(`expected a refusal or clarification, planned ${planned}`);
        if (figurePattern.test(answer.text)) {
          problems.push('shows a figure');
          figureLeaks.push(question);
        }
        if (mentions && !answer.text.toLowerCase().includes(mentions.toLowerCase())) problems.push(`does not name "${mentions}"`);
      } else if (answer.calls[0]?.tool !== evalCase.tool) {
        problems.push(`expected ${evalCase.tool}, planned ${planned}`);
      }
      for (const text of expected.mustContain) if (!shows(answer.text, text)) problems.push(`missing "${text}"`);
      for (const group of expected.mustContainOneOf)
        if (!group.some((text) => shows(answer.text, text)))
          problems.push(`missing one of ${group.map((text) => `"${text}"`).join(' / ')}`);
      for (const text of expected.mustNotContain) if (shows(answer.text, text)) problems.push(`should not show "${text}"`);
      if (problems.length === 0) {
        correct += 1;
        continue;
      }
      failuresByTool.set(evalCase.tool ?? 'refusal', (failuresByTool.get(evalCase.tool ?? 'refusal') ?? 0) + 1);
      failures.push(
        `✗ ${question}\n    ${problems.join('; ')}\n    plan: ${JSON.stringify(answer.calls)}\n    text: ${answer.text.split('\n')[0]}`,
      );
    }
  }

  const score = printEvalScore(label, correct, total, failuresByTool, failures);
  return { total, correct, score, figureLeaks };
}

const refusalCount = heldoutCases
  .filter((evalCase) => evalCase.tool === null)
  .reduce((count, evalCase) => count + evalCase.phrasings.length, 0);
const questionCount = heldoutCases.reduce((count, evalCase) => count + evalCase.phrasings.length, 0);
const refusalsIn = (cases: HeldoutCase[]) =>
  cases.filter((evalCase) => evalCase.tool === null).reduce((count, evalCase) => count + evalCase.phrasings.length, 0);

describe('held-out split: well formed', () => {
  it(`has at least 150 questions, 35 of them to refuse, and no demo-enterprise name`, async () => {
    expect(questionCount).toBeGreaterThanOrEqual(150);
    expect(refusalCount).toBeGreaterThanOrEqual(35);
    const folder = await mkdtemp(path.join(tmpdir(), 'ledgerline-heldout-names-'));
    try {
      const { names } = await generateHeldoutEnterprise({ seed, outDir: folder });
      expect(demoNamesIn(names)).toEqual([]);
      const values = placeholderValues(names);
      for (const evalCase of heldoutCases) {
        for (const phrasing of evalCase.phrasings) expect(fillTemplate(phrasing, values)).not.toMatch(/[{}]/);
      }
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('held-out evaluation', () => {
  let database: Database;
  let enterprise: HeldoutEnterprise;
  let context: ToolContext;
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'ledgerline-heldout-'));
    enterprise = await generateHeldoutEnterprise({ seed, outDir: folder });
    database = await openTestDatabase();
    const asOf = enterprise.asOf;
    const deps: IngestDeps = { prisma: database.prisma, now: () => asOf, logger: silentLogger, costCenterTagKeys, database };
    // What `ledgerline import` does per file: import, then audit new invoices into disputes and
    // rebuild the invoice spend rollup.
    for (const file of [...enterprise.files, { kind: 'focus' as const, path: focusSample }]) {
      const summary = await importFile({ kind: file.kind, filePath: file.path }, deps);
      if (summary.status !== 'imported') {
        throw new Error(
          `${file.kind} ${summary.fileName} ${summary.status}: ${summary.problems
            .slice(0, 5)
            .map((problem) => `line ${problem.line} ${problem.column} "${problem.value}": ${problem.reason}`)
            .join('; ')}`,
        );
      }
      if (file.kind === 'invoices') await reconcileDisputes(deps);
      if (file.kind === 'invoices' || file.kind === 'inventory') await rebuildInvoiceSpendRollup(database.prisma);
    }
    // Two disconnects requested, approved and completed earlier in the year, each on its day.
    const viewerOf = async (email: string): Promise<Viewer> => {
      const user = await database.prisma.user.findUniqueOrThrow({ where: { email } });
      return {
        userId: user.id,
        displayName: user.name,
        role: user.role,
        costCenterScope: user.costCenters.includes('*') ? '*' : user.costCenters,
      };
    };
    const requester = await viewerOf(enterprise.key.requesterEmail);
    const admin = await viewerOf(enterprise.key.adminEmail);
    for (const disconnect of enterprise.key.macdDisconnects) {
      const on = { prisma: database.prisma, now: () => new Date(`${disconnect.completedOn}T10:00:00Z`), logger: silentLogger };
      const submitted = await submitMacdRequest(
        {
          requester,
          values: { kind: 'disconnect', service: disconnect.externalId, date: disconnect.completedOn, reason: 'no longer needed' },
        },
        on,
      );
      if (!submitted.ok) throw submitted.error;
      for (const step of [approveMacdRequest, startMacdWork, completeMacdRequest])
        await step({ requestId: submitted.request.id, actor: admin }, on);
    }
    await rebuildInvoiceSpendRollup(database.prisma);
    context = {
      prisma: database.prisma,
      now: () => asOf,
      logger: silentLogger,
      viewer: { displayName: 'Held-out eval', role: 'admin', costCenterScope: '*' },
      asOf,
      place: { platform: 'console', channelId: 'console' },
    };
  }, 600_000);

  afterAll(async () => {
    await database?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it(`answers at least ${passMark * 100}% of the held-out questions right and shows no figure for a question it must refuse`, async () => {
    const { total, score, figureLeaks } = await evaluateCases(
      'Held-out evaluation',
      heldoutCases,
      placeholderValues(enterprise.names),
      new ExpectedFigures(database.prisma, enterprise),
      context,
    );
    expect(total).toBeGreaterThanOrEqual(150);
    expect(refusalCount).toBeGreaterThanOrEqual(35);
    expect(figureLeaks).toEqual([]);
    expect(score).toBeGreaterThanOrEqual(passMark);
  }, 600_000);

  // Each set's size when written: at least so many questions, so many of them to refuse.
  const blindSets = [
    { set: 'fresh', title: 'Fresh blind evaluation', cases: freshCases, valuesOf: freshPlaceholderValues, questions: 90, refusals: 15 },
    {
      set: 'fourth',
      title: 'Fourth blind evaluation',
      cases: fourthCases,
      valuesOf: fourthPlaceholderValues,
      questions: 120,
      refusals: 18,
    },
    {
      set: 'seventh',
      title: 'Seventh blind evaluation',
      cases: seventhCases,
      valuesOf: seventhPlaceholderValues,
      questions: 120,
      refusals: 20,
    },
    { set: 'tenth', title: 'Tenth blind evaluation', cases: tenthCases, valuesOf: tenthPlaceholderValues, questions: 120, refusals: 20 },
    {
      set: 'twelfth',
      title: 'Twelfth blind evaluation',
      cases: twelfthCases,
      valuesOf: twelfthPlaceholderValues,
      questions: 120,
      refusals: 20,
    },
    {
      set: 'fifteenth',
      title: 'Fifteenth blind evaluation',
      cases: fifteenthCases,
      valuesOf: fifteenthPlaceholderValues,
      questions: 130,
      refusals: 26,
    },
    {
      set: 'seventeenth',
      title: 'Seventeenth blind evaluation',
      cases: seventeenthCases,
      valuesOf: seventeenthPlaceholderValues,
      questions: 149,
      refusals: 38,
    },
    {
      set: 'nineteenth',
      title: 'Nineteenth blind evaluation',
      cases: nineteenthCases,
      valuesOf: nineteenthPlaceholderValues,
      questions: 173,
      refusals: 51,
    },
  ];

  it.each(blindSets)(
    `answers at least ${blindPassMark * 100}% of the $set blind questions right and shows no figure for a question it must refuse`,
    async ({ title, cases, valuesOf, questions, refusals }) => {
      const { total, score, figureLeaks } = await evaluateCases(
        title,
        cases,
        valuesOf(enterprise),
        new ExpectedFigures(database.prisma, enterprise),
        context,
      );
      expect(total).toBeGreaterThanOrEqual(questions);
      expect(refusalsIn(cases)).toBeGreaterThanOrEqual(refusals);
      expect(figureLeaks).toEqual([]);
      expect(score).toBeGreaterThanOrEqual(blindPassMark);
    },
    600_000,
  );
});
