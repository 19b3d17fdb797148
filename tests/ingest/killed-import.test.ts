import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../src/db/migrate.js';
import { openDatabase } from '../../src/db/open-database.js';
import { importFile } from '../../src/domain/ingest/import-file.js';
import { silentLogger } from '../../src/logger.js';
import { fixture, sharedFocusDir } from './ingest-test-support.js';
import { generateFocusFile } from '../../scripts/support/generate-focus-file.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const childScript = path.join(projectRoot, 'tests/ingest/support/import-child.ts');
const serverUrl = process.env.LEDGERLINE_TEST_DATABASE_URL;
const rowCount = 6_000;
/** The COPY path reads the file in 4 MB pieces: a file of several pieces gives progress before the end. */
const copyRowCount = 40_000;

/** A PGlite folder, or a fresh database on the PostgreSQL server of the second CI run. */
async function createTarget(): Promise<{ target: string; drop(): Promise<void> }> {
  if (!serverUrl) return { target: await mkdtemp(path.join(tmpdir(), 'ledgerline-killed-')), drop: async () => {} };
  const name = `ledgerline_killed_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    target: url.toString(),
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

function openTarget(target: string) {
  return openDatabase(target.startsWith('postgres') ? { databaseUrl: target } : { dataDir: target });
}

/** Starts the import in a child process and SIGKILLs it once it has read killAfterRows rows. */
function importAndKill(
  target: string,
  filePath: string,
  killAfterRows: number,
  mode: 'rows' | 'copy',
): Promise<{ rowsSeen: number; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', childScript, target, filePath, mode], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let rowsSeen = 0;
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      for (const match of output.matchAll(/progress (\d+)/g)) rowsSeen = Math.max(rowsSeen, Number(match[1]));
      if (rowsSeen >= killAfterRows && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ rowsSeen, signal }));
  });
}

describe.each([
  // Row by row: killed after two batches of 2,000 rows are written in the transaction.
  { mode: 'rows' as const, rows: rowCount, killAfterRows: 4000 },
  // Through COPY: killed once the whole file is staged, while the transaction moves it into
  // CostRecord and rebuilds the rollups.
  { mode: 'copy' as const, rows: copyRowCount, killAfterRows: copyRowCount },
])('an import killed midway ($mode)', ({ mode, rows, killAfterRows }) => {
  let target: { target: string; drop(): Promise<void> };
  let bigFile: string;
  beforeAll(async () => {
    target = await createTarget();
    const folder = await mkdtemp(path.join(tmpdir(), 'ledgerline-big-focus-'));
    bigFile = path.join(folder, 'focus-big.csv');
    await generateFocusFile({ samplePath: path.join(sharedFocusDir, 'focus-1.0-sample.csv'), outputPath: bigFile, rows });
  });
  afterAll(async () => {
    await target.drop();
  });

  it('leaves the database as it was, and a re-run imports the whole file', async () => {
    const deps = { now: () => new Date('2026-11-26T12:00:00Z'), logger: silentLogger, costCenterTagKeys: ['cost-center'] };
    let database = await openTarget(target.target);
    await applyMigrations(database);
    const before = await importFile({ kind: 'focus', filePath: fixture('focus-small.csv') }, { ...deps, prisma: database.prisma });
    expect(before.status).toBe('imported');
    await database.close();

    const killed = await importAndKill(target.target, bigFile, killAfterRows, mode);
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.rowsSeen).toBeGreaterThanOrEqual(killAfterRows);
    if (mode === 'rows') expect(killed.rowsSeen).toBeLessThan(rows);

    database = await openTarget(target.target);
    try {
      const prisma = database.prisma;
      expect(await prisma.costRecord.count()).toBe(5);
      expect(await prisma.importBatch.findMany({ select: { fileName: true, status: true } })).toEqual([
        { fileName: 'focus-small.csv', status: 'completed' },
      ]);
      expect(await prisma.costMonthly.aggregate({ _sum: { rowCount: true } })).toEqual({ _sum: { rowCount: 5 } });

      const rerun = await importFile({ kind: 'focus', filePath: bigFile }, { ...deps, prisma, ...(mode === 'copy' ? { database } : {}) });
      expect(rerun).toMatchObject({ status: 'imported', rowsAccepted: rows });
      expect(await prisma.costRecord.count()).toBe(rows + 5);
    } finally {
      await database.close();
    }
    // A child process with its own database start-up: slower than the other tests on a busy machine.
  }, 180_000);
});
