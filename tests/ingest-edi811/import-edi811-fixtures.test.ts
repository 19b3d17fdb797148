import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestDeps, ImportSummary } from '../../src/domain/ingest/ingest-types.js';
import { importFile } from '../../src/domain/ingest/import-file.js';
import { Decimal } from '../../src/domain/shared/decimal.js';
import { silentLogger } from '../../src/logger.js';
import { copyToTemp } from '../ingest/ingest-test-support.js';
import type { Database } from '../../src/db/open-database.js';
import { openTestDatabase } from '../support/test-database.js';

const fixturesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/edi811');
const fixture = (name: string) => path.join(fixturesDir, name);

/**
 * Every charge of the fixtures, read off the files by hand (segment by segment, see the comments)
 * — not by the parser: [invoice, account, service identifier, charge type, amount].
 */
type Charge = [invoice: string, account: string, identifier: string, chargeType: string, amount: string];

const wirelineCharges: Charge[] = [
  // ST 0001: account-level ITA*C (7340 cents) under HL 2.
  ['KT-88120-2610', 'KT-88120', '', 'surcharge', '73.40'],
  // HL 3, circuit …100233: IT1 1 × 1850.00 and its TXI*FT; the two SLN*…*I are its breakdown, not charged again.
  ['KT-88120-2610', 'KT-88120', '44.KQGN.100233..KT', 'recurring', '1850.00'],
  ['KT-88120-2610', 'KT-88120', '44.KQGN.100233..KT', 'tax', '55.50'],
  // HL 4, circuit …100871: IT1 MRC 395.00, IT1 NRC 250.00, TXI*ST 43.88.
  ['KT-88120-2610', 'KT-88120', '44.KQGN.100871..KT', 'recurring', '395.00'],
  ['KT-88120-2610', 'KT-88120', '44.KQGN.100871..KT', 'one_time', '250.00'],
  ['KT-88120-2610', 'KT-88120', '44.KQGN.100871..KT', 'tax', '43.88'],
  // ST 0002: SLN*…*A (added) directly under the circuit's HL, with AMT*1, and a TXI.
  ['KT-88455-2610', 'KT-88455', '44.KQGN.200114..KT', 'recurring', '799.00'],
  ['KT-88455-2610', 'KT-88455', '44.KQGN.200114..KT', 'credit', '-100.00'],
  ['KT-88455-2610', 'KT-88455', '44.KQGN.200114..KT', 'tax', '48.93'],
];

const mobilityCharges: Charge[] = [
  // Sub-account …-01, line 555-201-0101: plan, 120 overage minutes × 0.25 (quantity from QTY), two TXI, ITA*C 185 cents.
  ['LW-300455-1026', 'LW-300455', '555-201-0101', 'recurring', '45.00'],
  ['LW-300455-1026', 'LW-300455', '555-201-0101', 'usage', '30.00'],
  ['LW-300455-1026', 'LW-300455', '555-201-0101', 'tax', '5.46'],
  ['LW-300455-1026', 'LW-300455', '555-201-0101', 'tax', '1.12'],
  ['LW-300455-1026', 'LW-300455', '555-201-0101', 'surcharge', '1.85'],
  // Line 555-201-0102: plan, 4 day passes with AMT*1 40.00, TXI, ITA*C.
  ['LW-300455-1026', 'LW-300455', '555-201-0102', 'recurring', '45.00'],
  ['LW-300455-1026', 'LW-300455', '555-201-0102', 'usage', '40.00'],
  ['LW-300455-1026', 'LW-300455', '555-201-0102', 'tax', '6.16'],
  ['LW-300455-1026', 'LW-300455', '555-201-0102', 'surcharge', '1.85'],
  // Sub-account …-02, line 555-201-0207: data plan, activation, TXI.
  ['LW-300455-1026', 'LW-300455', '555-201-0207', 'recurring', '30.00'],
  ['LW-300455-1026', 'LW-300455', '555-201-0207', 'one_time', '35.00'],
  ['LW-300455-1026', 'LW-300455', '555-201-0207', 'tax', '4.55'],
];

const creditCharges = (goodwill: string): Charge[] => [
  // Account level: ITA*A (an allowance lowers the bill) and an IT1 adjustment of -12.50.
  ['RC-55012-1026', 'RC-55012', '', 'credit', goodwill],
  ['RC-55012-1026', 'RC-55012', '', 'credit', '-12.50'],
  // Line 555-330-1200: IT1 60.00, SLN*…*A 8.00 added, SLN*…*O information only (not charged), ITA*A 10.00, TXI 4.90.
  ['RC-55012-1026', 'RC-55012', '555-330-1200', 'recurring', '60.00'],
  ['RC-55012-1026', 'RC-55012', '555-330-1200', 'recurring', '8.00'],
  ['RC-55012-1026', 'RC-55012', '555-330-1200', 'credit', '-10.00'],
  ['RC-55012-1026', 'RC-55012', '555-330-1200', 'tax', '4.90'],
];

/** Sum per invoice/account/line/charge type, computed here from the hand-read charges. */
function expectedTotals(charges: Charge[]): string[] {
  const totals = new Map<string, Decimal>();
  for (const [invoice, account, identifier, chargeType, amount] of charges) {
    const key = [invoice, account, identifier, chargeType].join('|');
    totals.set(key, (totals.get(key) ?? new Decimal(0)).plus(amount));
  }
  return [...totals].map(([key, total]) => `${key}|${total.toFixed(2)}`).sort();
}

function expectedInvoiceTotals(charges: Charge[]): string[] {
  const totals = new Map<string, Decimal>();
  for (const [invoice, , , , amount] of charges) totals.set(invoice, (totals.get(invoice) ?? new Decimal(0)).plus(amount));
  return [...totals].map(([invoice, total]) => `${invoice}|${total.toFixed(2)}`).sort();
}

let database: Database;
let deps: IngestDeps;
const importEdi = (filePath: string, options: { vendor?: string; skipInvalid?: boolean } = {}): Promise<ImportSummary> =>
  importFile({ kind: 'edi811', filePath, ...options }, deps);

/** Raw invoice lines summed in SQL, per invoice/account/line/charge type, for the given invoices. */
async function totalsInDatabase(invoiceNumbers: string[]): Promise<string[]> {
  const rows = await database.prisma.$queryRawUnsafe<{ key: string }[]>(
    `SELECT i."invoiceNumber" || '|' || a."number" || '|' || coalesce(l."identifier", '') || '|' || l."chargeType"::text || '|' || sum(l."amount")::numeric(18,2)::text AS key
       FROM "InvoiceLine" l JOIN "Invoice" i ON i."id" = l."invoiceId" JOIN "Account" a ON a."id" = i."accountId"
      WHERE i."invoiceNumber" = ANY($1::text[])
      GROUP BY i."invoiceNumber", a."number", l."identifier", l."chargeType"`,
    invoiceNumbers,
  );
  return rows.map((row) => row.key).sort();
}

async function invoiceTotalsInDatabase(invoiceNumbers: string[]): Promise<string[]> {
  const rows = await database.prisma.$queryRawUnsafe<{ key: string }[]>(
    `SELECT "invoiceNumber" || '|' || "total"::numeric(18,2)::text AS key FROM "Invoice" WHERE "invoiceNumber" = ANY($1::text[])`,
    invoiceNumbers,
  );
  return rows.map((row) => row.key).sort();
}

beforeAll(async () => {
  database = await openTestDatabase();
  deps = { prisma: database.prisma, now: () => new Date('2026-11-26T12:00:00Z'), logger: silentLogger, costCenterTagKeys: [] };
});

afterAll(async () => {
  await database?.close();
});

describe('importing X12 811 carrier bills', () => {
  it('rejects a malformed 811 whole, naming the segment and writing nothing', async () => {
    const badCount = await importEdi(fixture('malformed-segment-count.x12'));
    expect(badCount.status).toBe('rejected');
    expect(badCount.problems).toEqual([
      expect.objectContaining({ line: 57, column: 'SE01', value: '18', reason: expect.stringContaining('ST through SE count 19') }),
    ]);

    const wrongTotal = await importEdi(fixture('malformed-control-total.x12'));
    expect(wrongTotal.status).toBe('rejected');
    expect(wrongTotal.problems).toEqual([
      expect.objectContaining({ line: 36, column: 'TDS01', reason: expect.stringMatching(/USD 2,667\.00.*USD 2,667\.78/) }),
    ]);

    const unknownCode = await importEdi(fixture('malformed-charge-code.x12'));
    expect(unknownCode.status).toBe('rejected');
    expect(unknownCode.problems).toEqual([
      expect.objectContaining({ line: 30, column: 'IT107', value: 'XYZ', reason: expect.stringContaining('(in HL 4)') }),
    ]);

    // The same files hold 8 good charges of two invoices each: none of them was written.
    expect(await database.prisma.invoice.count()).toBe(0);
    expect(await database.prisma.invoiceLine.count()).toBe(0);
    expect(await database.prisma.importBatch.count({ where: { status: 'completed' } })).toBe(0);
  });

  it('imports wireline circuits: per circuit and charge type, the figures read off the file by hand', async () => {
    const summary = await importEdi(fixture('wireline-circuits.x12'));
    expect(summary).toMatchObject({
      status: 'imported',
      kind: 'edi811',
      rowsRead: 9,
      rowsAccepted: 9,
      rowsRejected: 0,
      isAuditPending: true,
    });
    expect(await totalsInDatabase(['KT-88120-2610', 'KT-88455-2610'])).toEqual(expectedTotals(wirelineCharges));
    // TDS states 2,667.78 and 747.93.
    expect(await invoiceTotalsInDatabase(['KT-88120-2610', 'KT-88455-2610'])).toEqual(['KT-88120-2610|2667.78', 'KT-88455-2610|747.93']);
    expect(expectedInvoiceTotals(wirelineCharges)).toEqual(['KT-88120-2610|2667.78', 'KT-88455-2610|747.93']);
    const invoice = await database.prisma.invoice.findFirstOrThrow({
      where: { invoiceNumber: 'KT-88120-2610' },
      include: { vendor: true },
    });
    expect(invoice.vendor.name).toBe('Keystone Telecom');
    expect([invoice.invoiceDate, invoice.periodStart, invoice.periodEnd].map((date) => date.toISOString().slice(0, 10))).toEqual([
      '2026-11-01',
      '2026-10-01',
      '2026-10-31',
    ]);
    const install = await database.prisma.invoiceLine.findFirstOrThrow({ where: { description: 'Installation' } });
    expect({
      quantity: install.quantity.toFixed(),
      unitPrice: install.unitPrice?.toFixed(2),
      identifierKey: install.identifierKey,
    }).toEqual({
      quantity: '1',
      unitPrice: '250.00',
      identifierKey: '44kqgn100871kt',
    });
    // The batch is marked for the invoice audit in its own transaction, as a CSV invoice import is.
    const batch = await database.prisma.importBatch.findUniqueOrThrow({ where: { id: summary.batchId ?? 0 } });
    expect(batch.kind).toBe('edi811');
    expect(batch.auditPendingSince).not.toBeNull();
  });

  it('imports mobility lines with usage, taxes and surcharges per line, reconciled with the summary tax', async () => {
    const summary = await importEdi(fixture('mobility-usage-taxes.x12'));
    expect(summary).toMatchObject({ status: 'imported', rowsRead: 12, rowsAccepted: 12 });
    expect(await totalsInDatabase(['LW-300455-1026'])).toEqual(expectedTotals(mobilityCharges));
    expect(await invoiceTotalsInDatabase(['LW-300455-1026'])).toEqual(expectedInvoiceTotals(mobilityCharges));
    const overage = await database.prisma.invoiceLine.findFirstOrThrow({ where: { description: 'Overage minutes' } });
    expect([overage.quantity.toFixed(), overage.unitPrice?.toFixed(2), overage.amount.toFixed(2)]).toEqual(['120', '0.25', '30.00']);
    const taxes = await database.prisma.invoiceLine.findMany({
      where: { chargeType: 'tax', invoice: { invoiceNumber: 'LW-300455-1026' } },
      orderBy: { lineNumber: 'asc' },
    });
    expect(taxes.map((line) => line.description)).toEqual(['State sales tax', 'City tax', 'State sales tax', 'State sales tax']);
  });

  it('needs the vendor when no N1 names it, imports credits and adjustments, and replaces a corrected invoice', async () => {
    const withoutVendor = await importEdi(fixture('credits-adjustments.x12'));
    expect(withoutVendor.status).toBe('rejected');
    expect(withoutVendor.problems).toEqual([expect.objectContaining({ column: 'N1', reason: expect.stringContaining('--vendor') })]);

    const first = await importEdi(fixture('credits-adjustments.x12'), { vendor: 'Ridgeline Communications' });
    expect(first).toMatchObject({ status: 'imported', rowsAccepted: 6 });
    expect(await totalsInDatabase(['RC-55012-1026'])).toEqual(expectedTotals(creditCharges('-25.00')));
    expect(await invoiceTotalsInDatabase(['RC-55012-1026'])).toEqual(['RC-55012-1026|25.40']);

    const again = await importEdi(fixture('credits-adjustments.x12'), { vendor: 'Ridgeline Communications' });
    expect(again.status).toBe('unchanged');

    const corrected = await importEdi(fixture('credits-adjustments-corrected.x12'), { vendor: 'Ridgeline Communications' });
    expect(corrected.status).toBe('imported');
    expect(await database.prisma.invoice.count({ where: { invoiceNumber: 'RC-55012-1026' } })).toBe(1);
    expect(await totalsInDatabase(['RC-55012-1026'])).toEqual(expectedTotals(creditCharges('-40.00')));
    expect(await invoiceTotalsInDatabase(['RC-55012-1026'])).toEqual(['RC-55012-1026|10.40']);
  });

  it('with --skip-invalid imports the mappable charges and writes the unmappable one to the rejects file', async () => {
    const copy = await copyToTemp(fixture('malformed-charge-code.x12'));
    const summary = await importEdi(copy, { skipInvalid: true });
    expect(summary).toMatchObject({ status: 'imported', rowsRead: 9, rowsAccepted: 8, rowsRejected: 1 });
    const rejects = await readFile(summary.rejectsFile ?? '', 'utf8');
    expect(rejects.split('\n')[1]).toMatch(
      /^KT-88120-2610,Keystone Telecom,KT-88120,2026-11-01,2026-10-01,2026-10-31,44\.KQGN\.100871\.\.KT,XYZ,Ethernet 100 Mbps,1,395\.00,395\.00,USD,30,/,
    );
    // The file's other charges, as the wireline fixture has them, without the 395.00 one (re-imported: these invoices replace the earlier ones).
    const kept = wirelineCharges.filter(
      ([, , identifier, chargeType]) => !(identifier === '44.KQGN.100871..KT' && chargeType === 'recurring'),
    );
    expect(await totalsInDatabase(['KT-88120-2610', 'KT-88455-2610'])).toEqual(expectedTotals(kept));
  });

  it('rejects what is not a whole 811: a CSV, a file cut short', async () => {
    const csv = await importEdi(path.resolve(fixturesDir, '../ingest/invoices.csv'));
    expect(csv.status).toBe('rejected');
    expect(csv.problems).toEqual([expect.objectContaining({ line: 1, reason: expect.stringContaining('Not an X12 file') })]);

    const whole = await readFile(fixture('mobility-usage-taxes.x12'), 'utf8');
    const cut = await copyToTemp(fixture('mobility-usage-taxes.x12'));
    await writeFile(cut, whole.slice(0, whole.indexOf('TDS*')));
    const truncated = await importEdi(cut);
    expect(truncated.status).toBe('rejected');
    expect(truncated.problems.map((problem) => problem.reason)).toContainEqual(expect.stringContaining('cut short'));
  });
});
