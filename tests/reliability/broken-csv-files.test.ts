import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/open-database.js';
import type { ImportSummary, IngestDeps } from '../../src/domain/ingest/ingest-types.js';
import { importFile } from '../../src/domain/ingest/import-file.js';
import { silentLogger } from '../../src/logger.js';
import { openTestDatabase } from '../support/test-database.js';
import type { BrokenFile, MutationKind } from './support/broken-csv-files.js';
import { baseFiles, breakFile, mutationsFor, seededRandom, toCsv } from './support/broken-csv-files.js';
import type { CliTarget } from './support/cli-target.js';
import { createCliTarget } from './support/cli-target.js';

// Generated broken files across every import kind, imported as the product imports them (FOCUS
// through COPY first). Each is broken on purpose, so each must be rejected: no thrown error (a
// stack trace for the operator), nothing written, and every problem names its line and column
// (bytes that are not UTF-8 name their line and byte). The seed makes a failure reproducible.

const seed = 20_261_204;
const filesPerKindAndMutation = 10;

let database: Database;
let deps: IngestDeps;
let folder: string;

/** Rows of every table an import writes, and the batches: any committed import changes these. */
async function fingerprint(): Promise<Record<string, number>> {
  const tables = [
    'ImportBatch',
    'ImportRejectedRow',
    'Vendor',
    'Location',
    'CostCenter',
    'User',
    'Service',
    'Contract',
    'ContractRate',
    'Invoice',
    'InvoiceLine',
    'MobileUsage',
    'Budget',
    'CostRecord',
    'Account',
  ];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await database.prisma.$queryRawUnsafe<Array<{ count: number }>>(`SELECT count(*)::int AS count FROM "${table}"`);
    counts[table] = row?.count ?? -1;
  }
  return counts;
}

function generateBrokenFiles(): BrokenFile[] {
  const random = seededRandom(seed);
  return baseFiles().flatMap((file) =>
    mutationsFor(file).flatMap((mutation) => Array.from({ length: filesPerKindAndMutation }, () => breakFile(file, mutation, random))),
  );
}

beforeAll(async () => {
  database = await openTestDatabase();
  deps = {
    prisma: database.prisma,
    now: () => new Date('2026-11-26T12:00:00Z'),
    logger: silentLogger,
    costCenterTagKeys: ['cost-center'],
    database,
  };
  folder = await mkdtemp(path.join(tmpdir(), 'ledgerline-broken-'));
  // The files before they are broken import cleanly, so what breaks them is the mutation alone.
  for (const file of baseFiles()) {
    const filePath = path.join(folder, `base-${file.kind}.csv`);
    await writeFile(filePath, toCsv(file.header, file.rows));
    const summary = await importFile({ kind: file.kind, filePath }, deps);
    expect(summary.status, `${file.kind}: ${JSON.stringify(summary.problems)}`).toBe('imported');
  }
});

afterAll(async () => database?.close());

describe('generated broken CSV files', () => {
  it('are all rejected with a row report: no thrown error, nothing written, every problem names its line and column', async () => {
    const files = generateBrokenFiles();
    const before = await fingerprint();
    const crashes: string[] = [];
    const accepted: string[] = [];
    const unnamed: string[] = [];
    const missingTheBrokenCell: string[] = [];
    const byMutation = new Map<MutationKind, number>();

    for (const [index, broken] of files.entries()) {
      const filePath = path.join(folder, `${index}-${broken.kind}.csv`);
      await writeFile(filePath, broken.bytes);
      const label = `#${index} ${broken.kind} ${broken.mutation} line ${broken.line} ${broken.column}`;
      let summary: ImportSummary;
      try {
        summary = await importFile({ kind: broken.kind, filePath }, deps);
      } catch (error) {
        crashes.push(`${label}: ${String(error).slice(0, 200)}`);
        continue;
      }
      byMutation.set(broken.mutation, (byMutation.get(broken.mutation) ?? 0) + 1);
      if (summary.status !== 'rejected') {
        accepted.push(`${label}: ${summary.status}`);
        continue;
      }
      for (const problem of summary.problems) {
        const namesByte = /^Byte [\d,]+ on line \d+/.test(problem.reason);
        if (problem.line < 1 || (problem.column === '' && !namesByte)) unnamed.push(`${label}: ${JSON.stringify(problem).slice(0, 200)}`);
      }
      // The report points at the cell that was broken (a quote may be noticed a line later).
      const isByteProblem = broken.mutation === 'binary bytes' || broken.mutation === 'Latin-1 byte';
      const pointsAtIt = summary.problems.some((problem) =>
        broken.isLineApproximate
          ? problem.line >= broken.line
          : problem.line === broken.line && (isByteProblem || problem.column === broken.column),
      );
      if (!pointsAtIt) missingTheBrokenCell.push(`${label}: ${JSON.stringify(summary.problems).slice(0, 300)}`);
    }

    expect(files.length).toBe(1_000);
    expect(crashes).toEqual([]);
    expect(accepted).toEqual([]);
    expect(unnamed).toEqual([]);
    expect(missingTheBrokenCell).toEqual([]);
    expect(await fingerprint()).toEqual(before);
    // Every kind of breakage was tried.
    expect([...byMutation.keys()].sort()).toHaveLength(11);
  }, 600_000);

  it('with --skip-invalid leave out the broken row and report it; a file that is not text is still refused whole', async () => {
    const fileLevel = new Set<MutationKind>(['binary bytes', 'Latin-1 byte', 'duplicate header']);
    const files = generateBrokenFiles().filter((_, index) => index % 10 === 0);
    const wrong: string[] = [];
    for (const [index, broken] of files.entries()) {
      const filePath = path.join(folder, `skip-${index}-${broken.kind}.csv`);
      await writeFile(filePath, broken.bytes);
      const label = `${broken.kind} ${broken.mutation} line ${broken.line} ${broken.column}`;
      try {
        const summary = await importFile({ kind: broken.kind, filePath, skipInvalid: true }, deps);
        const isFileLevel = fileLevel.has(broken.mutation);
        const reportsIt = summary.problems.some((problem) =>
          broken.isLineApproximate ? problem.line >= broken.line : problem.line === broken.line,
        );
        const isAsExpected = isFileLevel ? summary.status === 'rejected' : summary.status === 'imported' && summary.rowsRejected >= 1;
        if (!isAsExpected || !reportsIt) wrong.push(`${label}: ${summary.status} ${JSON.stringify(summary.problems).slice(0, 200)}`);
      } catch (error) {
        wrong.push(`${label}: threw ${String(error).slice(0, 200)}`);
      }
    }
    expect(files).toHaveLength(100);
    expect(wrong).toEqual([]);
  }, 600_000);
});

describe('ledgerline import of a broken file', () => {
  let target: CliTarget;
  beforeAll(async () => {
    target = await createCliTarget();
  });
  afterAll(async () => target?.drop());

  it('prints the row report and exits 1, never a stack trace', async () => {
    const random = seededRandom(seed + 1);
    const invoices = baseFiles().find((file) => file.kind === 'invoices')!;
    const samples: Array<[MutationKind, RegExp]> = [
      ['unclosed quote', /line \d+, [a-z_]+ "": Unclosed quote/],
      ['Latin-1 byte', /line \d+: Byte [\d,]+ on line \d+ cannot be read: it is not UTF-8/],
      ['number too large', /line \d+, (quantity|unit_price|amount) "[^"]*": Too large for this column/],
      ['duplicate header', /line 1, [a-z_]+ "": The header names this column 2 times/],
    ];
    for (const [mutation, expected] of samples) {
      const broken = breakFile(invoices, mutation, random);
      const filePath = path.join(folder, `cli-${mutation.replace(/\W+/g, '-')}.csv`);
      await writeFile(filePath, broken.bytes);
      const result = await target.run(['import', 'invoices', filePath]);
      expect(result.code, mutation).toBe(1);
      expect(result.stdout, mutation).toMatch(expected);
      expect(result.stdout, mutation).toContain('nothing was written');
      expect(result.stdout + result.stderr, mutation).not.toMatch(/\n\s+at .+:\d+:\d+/);
    }
  }, 180_000);
});
