import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/open-database.js';
import type { IngestDeps } from '../../src/domain/ingest/ingest-types.js';
import { importFile } from '../../src/domain/ingest/import-file.js';
import type { Logger } from '../../src/logger.js';
import { openTestDatabase } from '../support/test-database.js';
import { fixture, sharedFocusDir } from './ingest-test-support.js';

// The COPY path must load exactly what the row-by-row importer loads — same rows, same values,
// same rollups — and hand every file it doubts to the row-by-row importer, which reports the
// problems. Each case imports one file both ways, into two databases, and compares them.

const header =
  'BilledCost,BillingAccountId,BillingAccountName,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,ChargePeriodStart,ChargePeriodEnd,' +
  'ChargeCategory,ChargeDescription,ProviderName,InvoiceIssuerName,ServiceName,ServiceCategory,RegionId,ResourceId,EffectiveCost,ListCost,ConsumedQuantity,Tags';

/** Rows a provider might write, with the unusual-but-valid spellings zod accepts. */
const awkwardRows = [
  // Tag key in another case, code in lower case; a timestamp with milliseconds and an offset.
  '12.50,A-1,Acme,usd,2024-09-01T00:00:00Z,2024-10-01T00:00:00Z,2024-09-18T22:00:00.5+02:00,2024-09-18T23:00:00.5+02:00,usage,"VM, hourly",AWS,,Amazon EC2,compute,us-east-1,i-1,12.5,13,1,"{""Cost-Center"": ""cc-100""}"',
  // Bare and quoted NULL, a zone-less timestamp, ChargeCategory padded, a provider's own category.
  '0.0000000000015,A-1,NULL,USD,2024-09-01 00:00:00,2024-10-01 00:00:00,2024-09-02 00:00:00,2024-09-03 00:00:00, Purchase ,"NULL",AWS,NULL,Support,My Category,NULL,"NULL",NULL,,,NULL',
  // Only InvoiceIssuerName; no-break spaces and a tab around values; exponent and signed decimals.
  '1.5e-3,A-2,Beta,EUR,2024-09-01,2024-10-01,2024-09-05T10:00+0530,2024-09-05T11:00+0530,Credit,,,\u00a0Microsoft\u00a0,\u00a0Azure SQL,Databases,"westeurope\t",,+.5,-12.,3,{}',
  // The second configured tag key; a tag value that is not text stays unallocated.
  '-3.25,A-2,Beta,EUR,2024-09-01,2024-10-01,2024-09-06,2024-09-07,Adjustment,,Microsoft,,Azure VM,COMPUTE,,,,,,"{""costcenter"": ""CC-200"", ""owner"": ""x""}"',
  '7,A-2,Beta,EUR,2024-09-01,2024-10-01,2024-09-06,2024-09-07,Usage,,Microsoft,,Azure VM,Compute,,,,,,"{""cost_center"": 200}"',
  // A second billing period of the same account; a tag code no cost center has.
  '100.000000000001,A-1,Acme,USD,2024-10-01T00:00:00Z,2024-11-01T00:00:00Z,2024-10-31T23:00:00Z,2024-11-01T00:00:00Z,Tax,,AWS,,Amazon S3,Storage,us-east-1,b-1,100,,,"{""cost-center"": ""CC-999""}"',
];

function recordingLogger(): { logger: Logger; paths: string[] } {
  const paths: string[] = [];
  const record = (message: string, fields?: Record<string, unknown>) => {
    if (message === 'import completed') paths.push(String(fields?.path ?? 'rows'));
    if (message === 'import goes row by row') paths.push('declined');
  };
  return { logger: { debug: () => {}, info: record, warn: record, error: record } as unknown as Logger, paths };
}

async function writeCsv(name: string, lines: string[]): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'ledgerline-copy-'));
  const filePath = path.join(folder, name);
  await writeFile(filePath, lines.join('\n') + '\n');
  return filePath;
}

/** Everything an answer can read, in a stable order, with vendors by name (ids follow creation order). */
async function snapshot(database: Database) {
  const prisma = database.prisma;
  const vendorNames = new Map((await prisma.vendor.findMany()).map((vendor) => [vendor.id, vendor.name]));
  // Sorted by their whole content: ties in any ORDER BY would come back in either order.
  const byName = <Row extends { vendorId: number }>(rows: Row[]) =>
    rows
      .map(({ vendorId, ...row }) => JSON.stringify({ ...row, vendor: vendorNames.get(vendorId) }))
      .sort()
      .map((row) => JSON.parse(row) as Record<string, string | number | null>);
  const costRecords = await prisma.costRecord.findMany({
    omit: { id: true, importBatchId: true },
    orderBy: [{ billingAccountId: 'asc' }, { chargePeriodStart: 'asc' }, { billedCost: 'asc' }],
  });
  const daily = await prisma.costDaily.findMany({
    omit: { id: true },
    orderBy: [{ day: 'asc' }, { billingAccountId: 'asc' }, { billedCost: 'asc' }],
  });
  const monthly = await prisma.costMonthly.findMany({
    omit: { id: true },
    orderBy: [{ month: 'asc' }, { billingAccountId: 'asc' }, { billedCost: 'asc' }],
  });
  const vendors = await prisma.vendor.findMany({ select: { name: true, domain: true }, orderBy: { name: 'asc' } });
  const batches = await prisma.importBatch.findMany({
    select: { fileName: true, status: true, rowsRead: true, rowsAccepted: true, rowsRejected: true },
  });
  const staging = await prisma.$queryRawUnsafe<Array<{ tables: number }>>(
    `SELECT count(*)::int AS tables FROM pg_tables WHERE schemaname = 'ledgerline_staging'`,
  );
  // A bulk load drops and rebuilds indexes and foreign keys: they must come back as the migrations made them.
  const indexes = await prisma.$queryRawUnsafe<Array<{ definition: string }>>(
    `SELECT pg_get_indexdef(indexrelid) AS definition FROM pg_index
     WHERE indrelid IN ('"CostRecord"'::regclass, '"CostDaily"'::regclass, '"CostMonthly"'::regclass)
     UNION ALL
     SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
     WHERE conrelid IN ('"CostRecord"'::regclass, '"CostDaily"'::regclass, '"CostMonthly"'::regclass)
     ORDER BY 1`,
  );
  // Through JSON: decimals compare by their digits, dates by their instant.
  return JSON.parse(
    JSON.stringify({
      costRecords: byName(costRecords),
      daily: byName(daily),
      monthly: byName(monthly),
      vendors,
      batches,
      stagingTables: staging[0]?.tables,
      indexes: indexes.map((index) => index.definition),
    }),
  ) as {
    costRecords: Array<Record<string, string | number | null>>;
    stagingTables: number;
    indexes: string[];
  };
}

describe('importing FOCUS files through COPY', () => {
  const copy = recordingLogger();
  let byCopy: Database;
  let byRows: Database;
  let copyDeps: IngestDeps;
  let rowDeps: IngestDeps;

  beforeAll(async () => {
    [byCopy, byRows] = await Promise.all([openTestDatabase(), openTestDatabase()]);
    const common = {
      now: () => new Date('2026-11-26T12:00:00Z'),
      costCenterTagKeys: ['cost-center', 'costcenter', 'cost_center', 'CostCenter'],
    };
    copyDeps = { ...common, prisma: byCopy.prisma, logger: copy.logger, database: byCopy };
    rowDeps = { ...common, prisma: byRows.prisma, logger: recordingLogger().logger };
    for (const deps of [copyDeps, rowDeps]) {
      expect(await importFile({ kind: 'cost-centers', filePath: fixture('cost-centers.csv') }, deps)).toMatchObject({ status: 'imported' });
    }
  });
  afterAll(async () => {
    await Promise.all([byCopy?.close(), byRows?.close()]);
  });

  /** Imports one file both ways and returns both summaries. */
  async function importBothWays(filePath: string, options: { skipInvalid?: boolean } = {}) {
    copy.paths.length = 0;
    const viaCopy = await importFile({ kind: 'focus', filePath, ...options }, copyDeps);
    const viaRows = await importFile({ kind: 'focus', filePath, ...options }, rowDeps);
    return { viaCopy, viaRows };
  }

  it('loads the real FOCUS sample and awkward-but-valid rows exactly as the row-by-row importer does', async () => {
    const sample = await importBothWays(path.join(sharedFocusDir, 'focus-1.0-sample.csv'));
    expect(copy.paths).toEqual(['copy']);
    expect(sample.viaCopy).toMatchObject({ status: 'imported', rowsRead: 1000, rowsAccepted: 1000 });

    const awkward = await importBothWays(await writeCsv('focus-awkward.csv', [header, ...awkwardRows]));
    expect(copy.paths).toEqual(['copy']);
    expect(awkward.viaCopy).toMatchObject({ status: 'imported', rowsRead: awkwardRows.length, rowsAccepted: awkwardRows.length });
    expect({ ...awkward.viaCopy, durationMs: 0, batchId: 0 }).toEqual({ ...awkward.viaRows, durationMs: 0, batchId: 0 });

    const [copied, rowByRow] = await Promise.all([snapshot(byCopy), snapshot(byRows)]);
    expect(copied).toEqual(rowByRow);
    expect(copied.stagingTables).toBe(0);
    expect(copied.indexes.filter((definition) => /_idx" ON|_fkey FOREIGN KEY/.test(definition))).toHaveLength(7);
    // Spot checks that the comparison compares something: the awkward values as zod reads them.
    const byStart = (rows: typeof copied.costRecords) =>
      [...rows].sort((a, b) => `${a.chargePeriodStart}${a.billedCost}`.localeCompare(`${b.chargePeriodStart}${b.billedCost}`));
    const acme = byStart(copied.costRecords.filter((row) => row.billingAccountId === 'A-1'));
    expect(acme.map((row) => [row.chargeCategory, row.billingCurrency, row.serviceCategory, row.chargePeriodStart])).toEqual([
      ['Purchase', 'USD', 'My Category', '2024-09-02T00:00:00.000Z'],
      ['Usage', 'USD', 'Compute', '2024-09-18T20:00:00.500Z'],
      ['Tax', 'USD', 'Storage', '2024-10-31T23:00:00.000Z'],
    ]);
    // 0.0000000000015 kept to the column's 12 decimals, rounded half up.
    expect(acme.map((row) => row.billedCost)).toEqual(['2e-12', '12.5', '100.000000000001']);
    const beta = byStart(copied.costRecords.filter((row) => row.billingAccountId === 'A-2'));
    expect(beta.map((row) => [row.providerName, row.serviceName, row.regionId, row.costCenterId === null])).toEqual([
      ['Microsoft', 'Azure SQL', 'westeurope', true],
      ['Microsoft', 'Azure VM', null, false],
      ['Microsoft', 'Azure VM', null, true],
    ]);
  });

  it('replaces a re-exported billing period the same way', async () => {
    const first = await importBothWays(fixture('focus-small.csv'));
    const again = await importBothWays(fixture('focus-small-reexport.csv'));
    expect([first.viaCopy.status, again.viaCopy.status]).toEqual(['imported', 'imported']);
    expect(await snapshot(byCopy)).toEqual(await snapshot(byRows));
  });

  it('hands a file with a bad row to the row-by-row importer, which names the line; nothing is written', async () => {
    const before = await snapshot(byCopy);
    const badDate = awkwardRows[0]?.replace('2024-09-18T22:00:00.5+02:00', '2024-02-30T22:00:00Z') as string;
    const spreadsheet = awkwardRows[3]?.replace('-3.25', '"$1,200.00"') as string;
    for (const [name, row, column] of [
      ['unreal-date.csv', badDate, 'ChargePeriodStart'],
      ['spreadsheet.csv', spreadsheet, 'BilledCost'],
    ] as const) {
      const { viaCopy, viaRows } = await importBothWays(await writeCsv(name, [header, awkwardRows[1] as string, row]));
      expect(copy.paths).toEqual(['declined']);
      expect(viaCopy).toMatchObject({ status: 'rejected', rowsRejected: 1, problems: [expect.objectContaining({ line: 3, column })] });
      expect({ ...viaCopy, durationMs: 0 }).toEqual({ ...viaRows, durationMs: 0 });
    }
    expect(await snapshot(byCopy)).toEqual(before);
  });

  it('does not lose the rows after a line COPY reads as end-of-data', async () => {
    // "\." alone on a line ends COPY's input; the record count catches it and the row-by-row
    // importer reports the line (a row with one value instead of twenty).
    const filePath = await writeCsv('end-marker.csv', [header, awkwardRows[0] as string, '\\.', awkwardRows[1] as string]);
    const { viaCopy } = await importBothWays(filePath);
    expect(copy.paths).toEqual(['declined']);
    expect(viaCopy).toMatchObject({ status: 'rejected', rowsRead: 3, problems: [expect.objectContaining({ line: 3 })] });
    const skipped = await importFile({ kind: 'focus', filePath, skipInvalid: true }, copyDeps);
    expect(skipped).toMatchObject({ status: 'imported', rowsAccepted: 2, rowsRejected: 1 });
  });

  it('takes the row-by-row path for a row with a missing value, and with --skip-invalid keeps the rest', async () => {
    const missingAccount = awkwardRows[5]?.replace('A-1,Acme', ',Acme') as string;
    const { viaCopy, viaRows } = await importBothWays(await writeCsv('missing.csv', [header, missingAccount, awkwardRows[4] as string]), {
      skipInvalid: true,
    });
    expect(copy.paths).toEqual(['declined', 'rows']);
    expect(viaCopy).toMatchObject({
      status: 'imported',
      rowsAccepted: 1,
      rowsRejected: 1,
      problems: [expect.objectContaining({ line: 2, column: 'BillingAccountId' })],
    });
    expect({ ...viaCopy, durationMs: 0, batchId: 0, rejectsFile: '' }).toEqual({ ...viaRows, durationMs: 0, batchId: 0, rejectsFile: '' });
  });
});
