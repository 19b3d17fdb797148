import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/open-database.js';
import type { ImportKind, IngestDeps } from '../../src/domain/ingest/ingest-types.js';
import { importFile } from '../../src/domain/ingest/import-file.js';
import { silentLogger } from '../../src/logger.js';
import { fixture } from '../ingest/ingest-test-support.js';
import { openTestDatabase } from '../support/test-database.js';
import type { CliTarget } from './support/cli-target.js';
import { createCliTarget } from './support/cli-target.js';

// Rows `--skip-invalid` leaves out are kept with the batch: importing the same file again
// reports them again (line, column, reason) instead of "Unchanged … nothing was written" alone.
// A value echoed in a report is cut to 80 characters and "…", however long the cell.

/** Per kind: a file with one good row and one bad row (line 3), and the column that is bad. */
const files: Array<{ kind: ImportKind; header: string; good: string; bad: string; column: string }> = [
  { kind: 'vendors', header: 'name,domain,aliases', good: 'Northwind Fiber,telecom,', bad: 'Southwind Water,plumbing,', column: 'domain' },
  { kind: 'locations', header: 'name,city,country', good: 'Main Office,Springfield,US', bad: ',Shelbyville,US', column: 'name' },
  { kind: 'cost-centers', header: 'code,name,parent,owner', good: 'CC-1,Finance,,', bad: ',Sales,,', column: 'code' },
  {
    kind: 'contracts',
    header: 'contract_id,vendor,name,start_date,end_date,auto_renew,notice_days,committed_annual,currency',
    good: 'K-1,Northwind Fiber,MSA,2025-01-01,2026-12-31,yes,30,,USD',
    bad: 'K-2,Northwind Fiber,MSA,2025-13-01,2026-12-31,yes,30,,USD',
    column: 'start_date',
  },
  {
    kind: 'invoices',
    header:
      'invoice_number,vendor,account,invoice_date,period_start,period_end,identifier,charge_type,description,quantity,unit_price,amount,currency',
    good: 'INV-1,Northwind Fiber,A-1,2025-02-05,2025-01-01,2025-01-31,CIR-1,recurring,Port,1,100.00,100.00,USD',
    bad: 'INV-1,Northwind Fiber,A-1,2025-02-05,2025-01-01,2025-01-31,CIR-2,recurring,Port,1,100.00,lots,USD',
    column: 'amount',
  },
  {
    kind: 'usage',
    header: 'identifier,period,data_mb,voice_minutes,messages',
    good: 'CIR-1,2025-01,1,1,1',
    bad: 'CIR-1,2025-13,1,1,1',
    column: 'period',
  },
  { kind: 'budgets', header: 'cost_center,month,amount', good: 'CC-1,2025-01,100.00', bad: 'CC-1,2025-02,lots', column: 'amount' },
];

describe('rows left out by --skip-invalid, for every kind', () => {
  let database: Database;
  let deps: IngestDeps;
  let folder: string;
  beforeAll(async () => {
    database = await openTestDatabase();
    deps = {
      prisma: database.prisma,
      now: () => new Date('2026-11-26T12:00:00Z'),
      logger: silentLogger,
      costCenterTagKeys: ['cost-center'],
    };
    folder = await mkdtemp(path.join(tmpdir(), 'ledgerline-rejects-'));
  });
  afterAll(async () => database?.close());

  it.each(files)(
    '$kind: are reported again, by line and reason, when the same file is imported again',
    async ({ kind, header, good, bad, column }) => {
      const filePath = path.join(folder, `${kind}.csv`);
      await writeFile(filePath, [header, good, bad].join('\n') + '\n');

      const first = await importFile({ kind, filePath, skipInvalid: true }, deps);
      expect(first.status).toBe('imported');
      expect([first.rowsAccepted, first.rowsRejected]).toEqual([1, 1]);
      expect(first.problems.map((problem) => [problem.line, problem.column])).toEqual([[3, column]]);

      const again = await importFile({ kind, filePath }, deps);
      expect(again.status).toBe('unchanged');
      expect(again.rowsRejected).toBe(1);
      expect(again.problems).toEqual(first.problems);
    },
  );
});

describe('ledgerline import of a file imported with --skip-invalid', () => {
  let target: CliTarget;
  let folder: string;
  beforeAll(async () => {
    target = await createCliTarget();
    folder = await mkdtemp(path.join(tmpdir(), 'ledgerline-rejects-cli-'));
  });
  afterAll(async () => target?.drop());

  it('prints the left-out rows again and exits non-zero, like the first plain import would', async () => {
    const filePath = path.join(folder, 'inventory-invalid.csv');
    await copyFile(fixture('inventory-invalid.csv'), filePath);
    const skipped = await target.run(['import', 'inventory', filePath, '--skip-invalid']);
    expect(skipped.code, skipped.stdout + skipped.stderr).toBe(0);
    expect(skipped.stdout).toMatch(/rows rejected: +4/);

    const plain = await target.run(['import', 'inventory', filePath]);
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain('line 4, monthly_cost "$1,045.00": Formatted for a spreadsheet');
    expect(plain.stdout).toContain('line 6, cost_center "CC-999": No cost center has this code');
    expect(plain.stdout).toContain('Unchanged: inventory-invalid.csv was already imported');
    expect(plain.stdout).toContain('are still not imported');
    expect(plain.stdout).toMatch(/rows rejected: +4/);
    // The same problem lines as the first time.
    const problemLines = (output: string) => output.split('\n').filter((line) => /^ {2}line \d+/.test(line));
    expect(problemLines(plain.stdout)).toEqual(problemLines(skipped.stdout));
  }, 120_000);

  it('echoes a 1 MB bad value as its first 80 characters and "…", the first time and again', async () => {
    const huge = 'x'.repeat(1_000_000);
    const filePath = path.join(folder, 'budgets-huge.csv');
    await writeFile(filePath, `cost_center,month,amount\nCC-1,2025-01,${huge}\n`);
    const expected = `line 2, amount "${'x'.repeat(80)}…"`;

    const rejected = await target.run(['import', 'budgets', filePath]);
    expect(rejected.code).toBe(1);
    expect(rejected.stdout).toContain(expected);
    expect(rejected.stdout.length).toBeLessThan(2_000);

    const skipped = await target.run(['import', 'budgets', filePath, '--skip-invalid']);
    expect(skipped.stdout).toContain(expected);
    const again = await target.run(['import', 'budgets', filePath]);
    expect(again.stdout).toContain(expected);
    expect(again.stdout.length).toBeLessThan(2_000);
  }, 120_000);
});
