import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/open-database.js';
import type { DemoAnswerKey } from '../../src/demo/demo-answer-key.js';
import { generateDemoEnterprise } from '../../src/demo/generate-demo-enterprise.js';
import { importFile } from '../../src/domain/ingest/import-file.js';
import { isInvoiceKind, type ImportSummary } from '../../src/domain/ingest/ingest-types.js';
import { silentLogger } from '../../src/logger.js';
import { openTestDatabase } from '../support/test-database.js';

// The demo's carrier invoices written twice, as the CSV of "import invoices" and as X12 811 files,
// each imported into its own database through importFile: every invoice and every line must agree.
const asOf = new Date('2026-11-26T00:00:00Z');
const scale = 0.05;

interface Imported {
  database: Database;
  summaries: ImportSummary[];
  answerKey: DemoAnswerKey;
}

const workDirs: string[] = [];

async function importDemoInvoices(invoiceFormat: 'csv' | 'edi811'): Promise<Imported> {
  const outDir = await mkdtemp(path.join(tmpdir(), `ledgerline-round-trip-${invoiceFormat}-`));
  workDirs.push(outDir);
  const generated = await generateDemoEnterprise({ asOf, seed: 42, scale, outDir, invoiceFormat });
  const database = await openTestDatabase();
  const deps = { prisma: database.prisma, now: () => asOf, logger: silentLogger, costCenterTagKeys: [] };
  const summaries: ImportSummary[] = [];
  for (const file of generated.files.filter((candidate) => isInvoiceKind(candidate.kind)))
    summaries.push(await importFile({ kind: file.kind, filePath: file.path }, deps));
  return { database, summaries, answerKey: generated.answerKey };
}

/** Every line with its invoice, as text: what spend answers and the audit read. */
async function linesOf(database: Database): Promise<string[]> {
  const rows = await database.prisma.$queryRawUnsafe<{ line: string }[]>(
    `SELECT concat_ws('|', v."name", i."invoiceNumber", a."number", i."invoiceDate"::text, i."periodStart"::text, i."periodEnd"::text, i."currency",
            l."lineNumber"::text, coalesce(l."identifier", ''), coalesce(l."identifierKey", ''), l."chargeType"::text, l."description",
            l."quantity"::text, coalesce(l."unitPrice"::text, ''), l."amount"::text, l."periodStart"::text) AS line
       FROM "InvoiceLine" l JOIN "Invoice" i ON i."id" = l."invoiceId" JOIN "Vendor" v ON v."id" = i."vendorId" JOIN "Account" a ON a."id" = i."accountId"`,
  );
  return rows.map((row) => row.line).sort();
}

async function invoiceTotalsOf(database: Database): Promise<string[]> {
  const rows = await database.prisma.$queryRawUnsafe<{ invoice: string }[]>(
    `SELECT v."name" || '|' || i."invoiceNumber" || '|' || i."total"::text AS invoice FROM "Invoice" i JOIN "Vendor" v ON v."id" = i."vendorId"`,
  );
  return rows.map((row) => row.invoice).sort();
}

let csv: Imported;
let edi: Imported;

beforeAll(async () => {
  csv = await importDemoInvoices('csv');
  edi = await importDemoInvoices('edi811');
}, 300_000);

afterAll(async () => {
  await csv?.database.close();
  await edi?.database.close();
  for (const dir of workDirs) await rm(dir, { recursive: true, force: true });
});

describe('the demo invoices as X12 811', () => {
  it('are written as 811 files and imported whole', () => {
    expect(edi.summaries.map((summary) => summary.kind)).toEqual(csv.summaries.map(() => 'edi811'));
    expect(edi.summaries.every((summary) => summary.status === 'imported' && summary.rowsRejected === 0)).toBe(true);
    expect(edi.summaries.map((summary) => summary.rowsAccepted)).toEqual(csv.summaries.map((summary) => summary.rowsAccepted));
  });

  it('give exactly the lines and invoice totals of the CSV path', async () => {
    const csvLines = await linesOf(csv.database);
    expect(csvLines.length).toBe(csv.answerKey.counts.invoiceLines);
    expect(await linesOf(edi.database)).toEqual(csvLines);
    expect(await invoiceTotalsOf(edi.database)).toEqual(await invoiceTotalsOf(csv.database));
  });

  it('match the answer key spend per carrier and month to the cent', async () => {
    const rows = await edi.database.prisma.$queryRawUnsafe<{ key: string }[]>(
      `SELECT v."name" || '|' || to_char(l."periodStart", 'YYYY-MM') || '|' || sum(l."amount")::numeric(18,2)::text AS key
         FROM "InvoiceLine" l JOIN "Vendor" v ON v."id" = l."vendorId" GROUP BY v."name", to_char(l."periodStart", 'YYYY-MM')`,
    );
    const carriers = new Set(rows.map((row) => row.key.split('|')[0]));
    const expected = edi.answerKey.spend.byVendorMonth
      .filter((row) => carriers.has(row.vendor))
      .map((row) => `${row.vendor}|${row.month}|${row.amount}`);
    expect(rows.map((row) => row.key).sort()).toEqual(expected.sort());
  });
});
