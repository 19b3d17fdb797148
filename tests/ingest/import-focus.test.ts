import { createReadStream } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../src/domain/ingest/import-file.js';
import { resolveAccounts } from '../../src/domain/scope/resolve-accounts.js';
import { Decimal } from '../../src/domain/shared/decimal.js';
import { type IngestTest, openIngestTest, sharedFocusDir } from './ingest-test-support.js';

const samplePath = path.join(sharedFocusDir, 'focus-1.0-sample.csv');

/** Totals computed straight from the raw CSV with decimal arithmetic, independent of the importer. */
async function rawTotals(filePath: string): Promise<{ byProvider: Map<string, Decimal>; total: Decimal; rows: number }> {
  const byProvider = new Map<string, Decimal>();
  let total = new Decimal(0);
  let rows = 0;
  for await (const record of createReadStream(filePath).pipe(parse({ columns: true })) as AsyncIterable<Record<string, string>>) {
    const cost = new Decimal(record.BilledCost ?? 'NaN');
    const provider = record.ProviderName ?? '';
    byProvider.set(provider, (byProvider.get(provider) ?? new Decimal(0)).plus(cost));
    total = total.plus(cost);
    rows += 1;
  }
  return { byProvider, total, rows };
}

describe('importing FOCUS cost exports', () => {
  let test: IngestTest;
  beforeAll(async () => {
    test = await openIngestTest();
    await test.importFixture('cost-centers', 'cost-centers.csv');
  });
  afterAll(async () => {
    await test.database.close();
  });

  it('imports the real FOCUS 1.0 sample with per-provider and grand totals equal to the raw CSV, to the last digit', async () => {
    const expected = await rawTotals(samplePath);
    const progress: number[] = [];
    const summary = await importFile(
      { kind: 'focus', filePath: samplePath, onProgress: (update) => progress.push(update.rowsRead) },
      test.deps,
    );
    expect(summary).toMatchObject({ status: 'imported', rowsRead: expected.rows, rowsAccepted: 1000, rowsRejected: 0, problems: [] });
    expect(progress.at(-1)).toBe(1000);

    const stored = await test.deps.prisma.costRecord.groupBy({
      by: ['providerName'],
      where: { importBatchId: summary.batchId ?? -1 },
      _sum: { billedCost: true },
      _count: true,
    });
    expect(stored.map((group) => group.providerName).sort()).toEqual([...expected.byProvider.keys()].sort());
    for (const group of stored) {
      expect(group._sum.billedCost?.toFixed(12)).toBe(expected.byProvider.get(group.providerName)?.toFixed(12));
    }
    const grand = await test.deps.prisma.costRecord.aggregate({
      where: { importBatchId: summary.batchId ?? -1 },
      _sum: { billedCost: true },
    });
    expect(grand._sum.billedCost?.toFixed(12)).toBe(expected.total.toFixed(12));

    // Rollups reconcile with the raw rows.
    for (const table of ['costDaily', 'costMonthly'] as const) {
      const rollup =
        table === 'costDaily'
          ? await test.deps.prisma.costDaily.aggregate({ _sum: { billedCost: true, rowCount: true } })
          : await test.deps.prisma.costMonthly.aggregate({ _sum: { billedCost: true, rowCount: true } });
      expect(rollup._sum.billedCost?.toFixed(12)).toBe(expected.total.toFixed(12));
      expect(rollup._sum.rowCount).toBe(1000);
    }

    // The credit row is kept negative, zone-less timestamps are UTC, "Microsoft" is a cloud vendor.
    const credit = await test.deps.prisma.costRecord.findFirstOrThrow({ where: { chargeCategory: 'Credit' } });
    expect(credit.billedCost.isNegative()).toBe(true);
    const first = await test.deps.prisma.costRecord.findFirstOrThrow({
      where: { billingAccountId: '1234567890123' },
      orderBy: { id: 'asc' },
    });
    expect(first.billingPeriodStart.toISOString()).toBe('2024-09-01T00:00:00.000Z');
    expect(first.chargePeriodStart.toISOString()).toBe('2024-09-18T22:00:00.000Z');
    const microsoft = await test.deps.prisma.vendor.findUniqueOrThrow({ where: { key: 'microsoft' } });
    expect(microsoft.domain).toBe('cloud');
  });

  it('does nothing when the same file is imported again', async () => {
    const before = await test.deps.prisma.costRecord.count();
    const again = await importFile({ kind: 'focus', filePath: samplePath }, test.deps);
    expect(again.status).toBe('unchanged');
    expect(await test.deps.prisma.costRecord.count()).toBe(before);
  });

  it('allocates by cost-center tag, keeps untagged spend unallocated, resolves Azure to Microsoft and keeps 12 decimals', async () => {
    const summary = await test.importFixture('focus', 'focus-small.csv');
    expect(summary).toMatchObject({ status: 'imported', rowsAccepted: 5 });
    const rows = await test.deps.prisma.costRecord.findMany({
      where: { importBatchId: summary.batchId ?? -1 },
      orderBy: { id: 'asc' },
      include: { importBatch: true },
    });
    const costCenters = await test.deps.prisma.costCenter.findMany();
    const codeOf = (id: number | null) => costCenters.find((costCenter) => costCenter.id === id)?.code ?? null;
    expect(rows.map((row) => codeOf(row.costCenterId))).toEqual(['CC-200', 'CC-100', null, null, null]);
    expect(rows[0]?.billedCost.toFixed(12)).toBe('12.345678901234');
    expect(rows[0]?.serviceCategory).toBe('Compute');
    expect(rows[0]?.chargeCategory).toBe('Usage');
    expect(rows[1]?.effectiveCost).toBeNull();
    const microsoft = await test.deps.prisma.vendor.findUniqueOrThrow({ where: { key: 'microsoft' } });
    expect(rows.slice(0, 4).every((row) => row.vendorId === microsoft.id)).toBe(true);
    const google = await test.deps.prisma.vendor.findUniqueOrThrow({ where: { key: 'googlecloud' } });
    expect(rows[4]?.vendorId).toBe(google.id);
  });

  it('replaces a billing period when it is re-exported and rebuilds its rollups', async () => {
    const otherAccountBefore = await test.deps.prisma.costRecord.aggregate({
      where: { billingAccountId: 'GCP-BILL-9' },
      _sum: { billedCost: true },
    });
    expect(await resolveAccounts(['sub-2'], test.deps.prisma)).toEqual({ values: ['sub-2'], labels: ['sub-2'] });
    const summary = await test.importFixture('focus', 'focus-small-reexport.csv');
    expect(summary.status).toBe('imported');
    // The account list follows the records: the re-export has no sub-2 any more; other accounts stay.
    await expect(resolveAccounts(['sub-2'], test.deps.prisma)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await resolveAccounts(['acme'], test.deps.prisma)).toEqual({ values: ['sub-1'], labels: ['Acme (ACME-AZ-1)'] });
    expect(await resolveAccounts(['Acme GCP'], test.deps.prisma)).toEqual({ values: ['proj-1'], labels: ['Acme GCP (GCP-BILL-9)'] });
    const azure = await test.deps.prisma.costRecord.findMany({ where: { billingAccountId: 'ACME-AZ-1' } });
    expect(azure.map((row) => row.billedCost.toFixed(2)).sort()).toEqual(['20.00', '30.00']);
    const monthly = await test.deps.prisma.costMonthly.aggregate({
      where: { billingAccountId: 'ACME-AZ-1' },
      _sum: { billedCost: true, rowCount: true },
    });
    expect(monthly._sum.billedCost?.toFixed(2)).toBe('50.00');
    expect(monthly._sum.rowCount).toBe(2);
    const daily = await test.deps.prisma.costDaily.findMany({ where: { billingAccountId: 'ACME-AZ-1' }, orderBy: { day: 'asc' } });
    expect(daily.map((row) => [row.day.toISOString().slice(0, 10), row.billedCost.toFixed(2)])).toEqual([
      ['2025-03-01', '20.00'],
      ['2025-03-15', '30.00'],
    ]);
    // A billing account absent from the re-export keeps its rows.
    const otherAccountAfter = await test.deps.prisma.costRecord.aggregate({
      where: { billingAccountId: 'GCP-BILL-9' },
      _sum: { billedCost: true },
    });
    expect(otherAccountAfter._sum.billedCost?.toFixed(12)).toBe(otherAccountBefore._sum.billedCost?.toFixed(12));
  });

  it('rejects spreadsheet-formatted FOCUS values and says what to fix, writing nothing', async () => {
    const before = await test.deps.prisma.costRecord.count();
    const example = path.join(sharedFocusDir, 'spec-1.2-examples', 'saas_examples__simple_agreements__simple_saas_agreements_a1.csv');
    const summary = await importFile({ kind: 'focus', filePath: example }, test.deps);
    expect(summary.status).toBe('rejected');
    expect(summary.batchId).toBeNull();
    const billed = summary.problems.find((problem) => problem.line === 2 && problem.column === 'BilledCost');
    expect(billed).toEqual({
      line: 2,
      column: 'BilledCost',
      value: '$10,000.00 ',
      reason: 'Formatted for a spreadsheet: write a plain number without currency symbol, thousands separators or spaces (e.g. 10000.00)',
    });
    const period = summary.problems.find((problem) => problem.line === 2 && problem.column === 'BillingPeriodStart');
    expect(period?.value).toBe('4/1/25');
    expect(period?.reason).toMatch(/ISO 8601.*ambiguous/);
    expect(await test.deps.prisma.costRecord.count()).toBe(before);
  });
});
