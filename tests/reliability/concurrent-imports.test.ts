import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedFocusDir } from '../ingest/ingest-test-support.js';
import { generateFocusFile } from '../../scripts/support/generate-focus-file.js';
import type { CliTarget, CommandResult } from './support/cli-target.js';
import { createCliTarget } from './support/cli-target.js';
import { generateInvoicesFile, type InvoicesFileTotals } from './support/generate-invoices-file.js';

// Two `ledgerline import` processes at once on one PostgreSQL database, as two operators (or a
// cron job and an operator) start them: imports of one kind wait for each other on an advisory
// lock, so the same file ends imported once and "unchanged" once, and two files both import; the
// vendors and accounts both create on first sight never raise a unique error. Before: both
// failed, with a unique-constraint error on Account and a P2028 timeout, and stack traces.

const serverUrl = process.env.LEDGERLINE_TEST_DATABASE_URL;
/** A line that only a stack trace has ("    at importFile (…/import-file.ts:12:3)"). */
const stackLine = /^\s+at .+:\d+:\d+\)?$/m;

function outcome(result: CommandResult): string {
  expect(result.stdout + result.stderr).not.toMatch(stackLine);
  // Node's deprecation notices (from the pg driver) are not the product's output.
  const stderr = result.stderr.split('\n').filter((line) => line.trim() !== '' && !/DeprecationWarning|--trace-deprecation/.test(line));
  expect(stderr).toEqual([]);
  expect(result.code, result.stdout).toBe(0);
  if (/^Imported /m.test(result.stdout)) return 'imported';
  if (/^Unchanged: /m.test(result.stdout)) return 'unchanged';
  return `unexpected output: ${result.stdout}`;
}

describe.skipIf(!serverUrl)(
  'imports at once on PostgreSQL (set LEDGERLINE_TEST_DATABASE_URL: on PGlite one process holds the data folder, so imports cannot overlap)',
  () => {
    let folder: string;
    beforeAll(async () => {
      folder = await mkdtemp(path.join(tmpdir(), 'ledgerline-concurrent-'));
    });

    describe('of invoices', () => {
      let target: CliTarget;
      let first: InvoicesFileTotals;
      let second: InvoicesFileTotals;
      const firstPath = () => path.join(folder, 'invoices-a.csv');
      const secondPath = () => path.join(folder, 'invoices-b.csv');
      beforeAll(async () => {
        target = await createCliTarget();
        // Migrated before the imports start, so they race on the import, not on the migrations.
        await (await target.open()).close();
        first = await generateInvoicesFile({ outputPath: firstPath(), prefix: 'A', invoiceCount: 600, linesPerInvoice: 20 });
        second = await generateInvoicesFile({ outputPath: secondPath(), prefix: 'B', invoiceCount: 600, linesPerInvoice: 20 });
      });
      afterAll(async () => target?.drop());

      async function holdings() {
        const database = await target.open();
        try {
          const [row] = await database.prisma.$queryRawUnsafe<
            Array<{ lines: number; cents: string; invoices: number; accounts: number; vendors: number; batches: number; pending: number }>
          >(
            `SELECT (SELECT count(*)::int FROM "InvoiceLine") AS lines,
                  (SELECT coalesce(sum(amount * 100), 0)::bigint::text FROM "InvoiceLine") AS cents,
                  (SELECT count(*)::int FROM "Invoice") AS invoices,
                  (SELECT count(*)::int FROM "Account") AS accounts,
                  (SELECT count(*)::int FROM "Vendor") AS vendors,
                  (SELECT count(*)::int FROM "ImportBatch" WHERE status = 'completed') AS batches,
                  (SELECT count(*)::int FROM "ImportBatch" WHERE "auditPendingSince" IS NOT NULL) AS pending`,
          );
          return row;
        } finally {
          await database.close();
        }
      }

      it('imports the same file once and says "unchanged" the other time, with exact totals', async () => {
        const results = await Promise.all([
          target.run(['import', 'invoices', firstPath()]),
          target.run(['import', 'invoices', firstPath()]),
        ]);
        expect(results.map(outcome).sort()).toEqual(['imported', 'unchanged']);
        expect(await holdings()).toEqual({
          lines: first.lines,
          cents: String(first.amountCents),
          invoices: first.invoices.size,
          accounts: first.accounts.size,
          vendors: first.vendors.size,
          batches: 1,
          pending: 0,
        });
      }, 300_000);

      it('imports two different files on the same new accounts, both whole', async () => {
        // The first file is in; a third copy of it runs beside the second file.
        const results = await Promise.all([
          target.run(['import', 'invoices', secondPath()]),
          target.run(['import', 'invoices', firstPath()]),
        ]);
        expect(results.map(outcome)).toEqual(['imported', 'unchanged']);
        expect(await holdings()).toEqual({
          lines: first.lines + second.lines,
          cents: String(first.amountCents + second.amountCents),
          invoices: first.invoices.size + second.invoices.size,
          accounts: new Set([...first.accounts, ...second.accounts]).size,
          vendors: first.vendors.size,
          batches: 2,
          pending: 0,
        });
      }, 300_000);
    });

    describe('of two new invoice files at once', () => {
      let target: CliTarget;
      afterAll(async () => target?.drop());

      it('imports both, each account and vendor created once', async () => {
        target = await createCliTarget();
        await (await target.open()).close();
        const files = await Promise.all(
          ['C', 'D'].map(async (prefix) => {
            const filePath = path.join(folder, `invoices-${prefix}.csv`);
            return {
              filePath,
              totals: await generateInvoicesFile({ outputPath: filePath, prefix, invoiceCount: 400, linesPerInvoice: 20 }),
            };
          }),
        );
        const results = await Promise.all(files.map((file) => target.run(['import', 'invoices', file.filePath])));
        expect(results.map(outcome)).toEqual(['imported', 'imported']);
        const database = await target.open();
        try {
          const [row] = await database.prisma.$queryRawUnsafe<Array<{ lines: number; cents: string; accounts: number; vendors: number }>>(
            `SELECT (SELECT count(*)::int FROM "InvoiceLine") AS lines, (SELECT sum(amount * 100)::bigint::text FROM "InvoiceLine") AS cents,
                  (SELECT count(*)::int FROM "Account") AS accounts, (SELECT count(*)::int FROM "Vendor") AS vendors`,
          );
          const [c, d] = files.map((file) => file.totals) as [InvoicesFileTotals, InvoicesFileTotals];
          expect(row).toEqual({
            lines: c.lines + d.lines,
            cents: String(c.amountCents + d.amountCents),
            accounts: new Set([...c.accounts, ...d.accounts]).size,
            vendors: new Set([...c.vendors, ...d.vendors]).size,
          });
        } finally {
          await database.close();
        }
      }, 300_000);
    });

    describe('of FOCUS files', () => {
      let target: CliTarget;
      afterAll(async () => target?.drop());

      async function holdings() {
        const database = await target.open();
        try {
          const [row] = await database.prisma.$queryRawUnsafe<
            Array<{ records: number; monthly: number; vendors: number; batches: number }>
          >(
            `SELECT (SELECT count(*)::int FROM "CostRecord") AS records,
                  (SELECT sum("rowCount")::int FROM "CostMonthly") AS monthly,
                  (SELECT count(*)::int FROM "Vendor") AS vendors,
                  (SELECT count(*)::int FROM "ImportBatch" WHERE status = 'completed') AS batches`,
          );
          return row;
        } finally {
          await database.close();
        }
      }

      it('imports two files of overlapping billing periods whole, one after the other, and the same file once', async () => {
        target = await createCliTarget();
        await (await target.open()).close();
        const sample = path.join(sharedFocusDir, 'focus-1.0-sample.csv');
        // Copy n of the sample's 1,000 rows gets billing accounts "-n". The 2x file is the first
        // 2,000 rows of the 2.5x file: the same billing periods with the same rows, so whichever
        // commits last, copies 0 and 1 hold 2,000 rows and copy 2 the 2.5x file's 500.
        const twice = path.join(folder, 'focus-2x.csv');
        const twiceAndHalf = path.join(folder, 'focus-2.5x.csv');
        const thrice = path.join(folder, 'focus-3x.csv');
        await generateFocusFile({ samplePath: sample, outputPath: twice, rows: 2_000 });
        await generateFocusFile({ samplePath: sample, outputPath: twiceAndHalf, rows: 2_500 });
        await generateFocusFile({ samplePath: sample, outputPath: thrice, rows: 3_000 });

        const overlapping = await Promise.all([target.run(['import', 'focus', twice]), target.run(['import', 'focus', twiceAndHalf])]);
        expect(overlapping.map(outcome)).toEqual(['imported', 'imported']);
        // Three providers in the sample, all created on first sight by both imports.
        expect(await holdings()).toEqual({ records: 2_500, monthly: 2_500, vendors: 3, batches: 2 });

        // The 3x file re-exports every period of the others: it replaces them.
        const same = await Promise.all([target.run(['import', 'focus', thrice]), target.run(['import', 'focus', thrice])]);
        expect(same.map(outcome).sort()).toEqual(['imported', 'unchanged']);
        expect(await holdings()).toEqual({ records: 3_000, monthly: 3_000, vendors: 3, batches: 3 });
      }, 300_000);
    });
  },
);
