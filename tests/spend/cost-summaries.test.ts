import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '../../src/db/generated/client.js';
import type { Database } from '../../src/db/open-database.js';
import { loadDemoEnterprise } from '../../src/demo/load-demo-enterprise.js';
import { importFile } from '../../src/domain/ingest/import-file.js';
import type { IngestDeps } from '../../src/domain/ingest/ingest-types.js';
import { rebuildCostSummaries } from '../../src/domain/ingest/rebuild-cost-summaries.js';
import { Decimal } from '../../src/domain/shared/decimal.js';
import { sumSpendGroups } from '../../src/domain/spend/spend-breakdown.js';
import { spendDimensions, type SpendDimension } from '../../src/domain/spend/spend-filters.js';
import { createMaintenanceJobs } from '../../src/jobs/maintenance-jobs.js';
import { silentLogger } from '../../src/logger.js';
import { openTestDatabase } from '../support/test-database.js';
import { asOf, callTool, contextFor, rawSpend } from '../spend-tools/demo-spend.js';

// Spend answers that neither filter nor group by account read the FOCUS side from the summaries
// without billing account and sub-account, only while no billing period is marked stale; else from
// the per-account rollups. Either way every figure is the same, to the cent.
//
// Fixture: the demo enterprise at a small scale, whose cloud accounts each hold their own services,
// plus a second copy of every FOCUS file under other billing accounts and sub-accounts — so the
// summaries sum several accounts into one row, which is where a wrong grouping would show.
let database: Database;
let deps: IngestDeps;
let workDir: string;
let focusFiles: string[];

type Row = Record<string, string>;
const readCsv = async (file: string): Promise<Row[]> => parse(await readFile(file), { columns: true }) as Row[];
const writeCsv = (file: string, rows: Row[]) => writeFile(file, stringify(rows, { header: true }));
const secondAccount = (row: Row): Row => ({
  ...row,
  BillingAccountId: `${row.BillingAccountId}-second`,
  BillingAccountName: `${row.BillingAccountName} (second)`,
  SubAccountId: row.SubAccountId ? `${row.SubAccountId}-second` : '',
});

const periods = [
  { start: '2026-10-01', end: '2026-11-01' }, // one whole month
  { start: '2026-01-01', end: '2026-11-26' }, // "this year": whole months and a partial one
  { start: '2026-11-01', end: '2026-11-26' }, // a partial month alone (daily rows)
  { start: '2025-07-01', end: '2026-10-01' }, // more than a year
];
const groupings: (SpendDimension | undefined)[] = [undefined, ...spendDimensions];

/** Every breakdown of every period, billed and effective, as the spend tools sum them. */
async function everyBreakdown() {
  const answers: Record<string, unknown> = {};
  for (const period of periods) {
    for (const costType of ['billed', 'effective'] as const) {
      for (const dimension of groupings) {
        answers[`${period.start}..${period.end} ${costType} by ${dimension ?? 'total'}`] = await sumSpendGroups(database.prisma, {
          period,
          costType,
          condition: Prisma.sql`TRUE`,
          dimension,
        });
      }
    }
  }
  return answers;
}

/** Every spend tool's answer, as the orchestrator calls them, with and without filters that the summaries keep. */
async function everyToolAnswer() {
  const context = contextFor(database);
  const calls: [string, Record<string, unknown>][] = [
    ['get_spend', {}],
    ['get_spend', { groupBy: 'vendor', period: periods[1] }],
    ['get_spend', { groupBy: 'service', domains: ['cloud'], costType: 'effective' }],
    ['get_spend', { groupBy: 'cost_center', period: periods[2] }],
    ['get_spend', { groupBy: 'region', vendors: ['AWS'], period: periods[3] }],
    ['get_spend', { groupBy: 'account', domains: ['cloud', 'saas'] }],
    ['get_spend', { serviceCategories: ['Compute'], period: periods[1] }],
    ['compare_spend', {}],
    ['compare_spend', { period: { start: '2026-07-01', end: '2026-10-01' }, domains: ['cloud'] }],
    ['rank_spend_changes', { dimension: 'vendor' }],
    [
      'rank_spend_changes',
      { dimension: 'service', direction: 'decrease', period: periods[1], comparedTo: { start: '2025-01-01', end: '2025-11-26' } },
    ],
    ['rank_spend_changes', { dimension: 'account' }],
    ['get_spend_trend', {}],
    ['get_spend_trend', { splitBy: 'vendor', period: periods[1] }],
    ['get_spend_trend', { splitBy: 'region', vendors: ['AWS'] }],
    ['get_spend_trend', { granularity: 'day', period: { start: '2026-10-01', end: '2026-11-26' }, costType: 'effective' }],
    ['get_run_rate', {}],
    ['get_run_rate', { basis: 'trailing_3_months', domains: ['cloud'] }],
    ['forecast_spend', {}],
    ['forecast_spend', { horizon: 'year', vendors: ['AWS'] }],
    ['get_unallocated_spend', {}],
    ['get_budget_status', { month: '2026-10' }],
    ['get_budget_status', {}],
    ['get_commitment_status', {}],
  ];
  const answers: Record<string, unknown> = {};
  for (const [name, args] of calls) answers[`${name} ${JSON.stringify(args)}`] = await callTool(name, args, context);
  return answers;
}

const staleCount = async () =>
  Number((await database.prisma.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM "CostSummaryStale"`)[0]?.count);
const markAllStale = () =>
  database.prisma
    .$executeRaw`INSERT INTO "CostSummaryStale" SELECT DISTINCT "billingPeriodStart" FROM "CostMonthly" ON CONFLICT DO NOTHING`;
const rebuild = () => database.prisma.$transaction((tx) => rebuildCostSummaries(tx));
const october = periods[0] as (typeof periods)[0];
const octoberTotal = async (dimension?: SpendDimension, condition = Prisma.sql`TRUE`) => {
  const { groups } = await sumSpendGroups(database.prisma, { period: october, condition, dimension });
  return groups.reduce((sum, group) => sum.plus(group.amount), new Decimal(0)).toString();
};

/** The answers read from the summaries, then with every period stale (the per-account rollups): equal. */
async function expectSameFiguresFromRollups() {
  expect(await staleCount()).toBe(0);
  const fromSummaries = { breakdowns: await everyBreakdown(), tools: await everyToolAnswer() };
  await markAllStale();
  const fromRollups = { breakdowns: await everyBreakdown(), tools: await everyToolAnswer() };
  expect(fromSummaries).toEqual(fromRollups);
  await rebuild();
  expect(await staleCount()).toBe(0);
  return fromSummaries;
}

/** get_spend by vendor for a period, as figures per vendor, next to the raw rows summed by hand. */
async function spendByVendor(period: { start: string; end: string }) {
  const answer = await callTool<{ breakdown: { label: string; amount: string }[]; other: unknown }>(
    'get_spend',
    { period, groupBy: 'vendor', top: 100 },
    contextFor(database),
  );
  expect(answer.other).toBeNull();
  const raw = await rawSpend(database.prisma, period, { groupBy: 'vendor' });
  return {
    answered: Object.fromEntries(answer.breakdown.map((group) => [group.label, new Decimal(group.amount).toString()])),
    raw: Object.fromEntries([...raw.entries()].map(([vendor, amount]) => [vendor, amount.toString()])),
  };
}

beforeAll(async () => {
  database = await openTestDatabase();
  deps = { prisma: database.prisma, now: () => asOf, logger: silentLogger, costCenterTagKeys: ['cost-center'], database };
  workDir = await mkdtemp(path.join(tmpdir(), 'ledgerline-cost-summaries-'));
  const loaded = await loadDemoEnterprise({ asOf, seed: 42, scale: 0.02 }, { ...deps, workDir });
  focusFiles = loaded.summaries.filter((summary) => summary.kind === 'focus').map((summary) => path.join(workDir, summary.fileName));
  expect(focusFiles.length).toBeGreaterThan(1);
  for (const file of focusFiles) {
    const copy = path.join(workDir, `second-${path.basename(file)}`);
    await writeCsv(copy, (await readCsv(file)).map(secondAccount));
    expect(await importFile({ kind: 'focus', filePath: copy }, deps)).toMatchObject({ status: 'imported', rowsRejected: 0 });
  }
}, 300_000);

afterAll(async () => {
  await database?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe('FOCUS cost summaries without accounts', () => {
  it('are current after the imports and sum several accounts into one row', async () => {
    expect(await staleCount()).toBe(0);
    const [counts] = await database.prisma.$queryRaw<{ rollup: bigint; summary: bigint; accounts: bigint }[]>`
      SELECT (SELECT count(*) FROM "CostMonthly") AS rollup, (SELECT count(*) FROM "CostMonthlySummary") AS summary,
        (SELECT count(DISTINCT "billingAccountId") FROM "CostMonthly") AS accounts`;
    expect(Number(counts?.accounts)).toBeGreaterThanOrEqual(4);
    expect(Number(counts?.summary)).toBeGreaterThan(0);
    expect(Number(counts?.summary) * 2).toBeLessThanOrEqual(Number(counts?.rollup));
  });

  it('give every spend tool and breakdown the same figures as the per-account rollups', async () => {
    const answers = await expectSameFiguresFromRollups();
    // Not an equality of empty answers: the fixture's figures are there.
    const total = (answers.tools['get_spend {}'] as { total: string }).total;
    expect(new Decimal(total).greaterThan(0)).toBe(true);
    const byVendor = await spendByVendor(periods[1] as (typeof periods)[1]);
    expect(byVendor.answered).toEqual(byVendor.raw);
  }, 300_000);

  it('give the FOCUS cost records summed by hand', async () => {
    const { groups } = await sumSpendGroups(database.prisma, {
      period: { start: '2026-01-01', end: '2026-11-26' },
      condition: Prisma.sql`TRUE`,
      dimension: 'service_category',
    });
    const raw = await database.prisma.$queryRaw<{ category: string; amount: string }[]>`
      SELECT "serviceCategory" AS category, sum("billedCost")::text AS amount FROM "CostRecord"
      WHERE "chargePeriodStart" >= '2026-01-01' AND "chargePeriodStart" < '2026-11-26' AND "serviceCategory" IS NOT NULL GROUP BY 1`;
    expect(raw.length).toBeGreaterThan(1);
    const focusGroups = groups.filter((group) => group.key !== null);
    expect(Object.fromEntries(focusGroups.map((group) => [group.key, group.amount]))).toEqual(
      Object.fromEntries(raw.map((row) => [row.category, new Decimal(row.amount).toString()])),
    );
  });

  it('are what answers without an account read, and answers by account never read them', async () => {
    const total = await octoberTotal('vendor');
    const byAccount = await octoberTotal('account');
    const accountFiltered = await octoberTotal('vendor', Prisma.sql`(r.account IS NOT NULL OR r.account IS NULL)`);
    expect(byAccount).toBe(total);
    expect(accountFiltered).toBe(total);
    // Tamper with the summary alone (its tables have no triggers): only the answers that do not
    // need the account move, which shows where each reads from.
    await database.prisma
      .$executeRaw`UPDATE "CostMonthlySummary" SET "billedCost" = "billedCost" + 1000 WHERE id = (SELECT min(id) FROM "CostMonthlySummary" WHERE "month" = '2026-10-01')`;
    expect(await octoberTotal('vendor')).toBe(new Decimal(total).plus(1000).toString());
    expect(await octoberTotal()).toBe(new Decimal(total).plus(1000).toString());
    expect(await octoberTotal('account')).toBe(byAccount);
    expect(await octoberTotal('vendor', Prisma.sql`(r.account IS NOT NULL OR r.account IS NULL)`)).toBe(accountFiltered);
    await markAllStale();
    await rebuild();
    expect(await octoberTotal('vendor')).toBe(total);
  });

  it('follow a re-import that replaces a billing period, with the same figures as the rollups and the raw rows', async () => {
    const before = await spendByVendor(october);
    // The second accounts' October re-exported at twice the cost: the import replaces that period.
    const [file] = focusFiles;
    const reexport = path.join(workDir, `reexport-${path.basename(file as string)}`);
    const october2026 = (await readCsv(file as string))
      .filter((row) => row.BillingPeriodStart?.startsWith('2026-10-01'))
      .map((row) => ({ ...secondAccount(row), BilledCost: new Decimal(row.BilledCost ?? '0').times(2).toString() }));
    expect(october2026.length).toBeGreaterThan(0);
    await writeCsv(reexport, october2026);
    expect(await importFile({ kind: 'focus', filePath: reexport }, deps)).toMatchObject({ status: 'imported', rowsRejected: 0 });

    const after = await spendByVendor(october);
    expect(after.answered).toEqual(after.raw);
    expect(after.answered).not.toEqual(before.answered);
    await expectSameFiguresFromRollups();
  }, 300_000);

  it('are not read once a rollup row changes by hand, until the maintenance job rebuilds the stale period', async () => {
    const messages: unknown[] = [];
    const logger = { ...silentLogger, info: (message: string, fields?: Record<string, unknown>) => void messages.push([message, fields]) };
    const job = createMaintenanceJobs().find((candidate) => candidate.id === 'spend-rollup');
    const runJob = () => job?.run({ prisma: database.prisma, now: () => asOf, logger, asOf: '2026-11-26', destinations: [] });
    const before = await octoberTotal();
    await database.prisma
      .$executeRaw`UPDATE "CostMonthly" SET "billedCost" = "billedCost" + 250 WHERE id = (SELECT min(id) FROM "CostMonthly" WHERE "month" = '2026-10-01')`;
    expect(await staleCount()).toBe(1);
    const changed = new Decimal(before).plus(250).toString();
    expect(await octoberTotal()).toBe(changed);
    expect(await octoberTotal('vendor')).toBe(changed);
    await runJob();
    expect(messages).toEqual([['FOCUS cost summaries rebuilt', { periods: 1 }]]);
    expect(await octoberTotal()).toBe(changed);
    await runJob();
    expect(messages).toHaveLength(1);
    await expectSameFiguresFromRollups();
  }, 300_000);
});
