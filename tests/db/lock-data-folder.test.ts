import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open-database.js';
import { isLedgerlineError } from '../../src/errors.js';

// One process per embedded data folder: a second one stops with a message instead of corrupting it.

/** Every entry under the folder, with the content hash of each regular file (the socket has none). */
function snapshot(dataDir: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const name of readdirSync(dataDir, { recursive: true, encoding: 'utf8' })) {
    const status = lstatSync(path.join(dataDir, name));
    entries[name] = status.isFile()
      ? createHash('sha256')
          .update(readFileSync(path.join(dataDir, name)))
          .digest('hex')
      : status.isDirectory()
        ? 'folder'
        : 'other';
  }
  return entries;
}

const sleeper = spawn('sleep', ['60']);
afterAll(() => {
  sleeper.kill();
});

describe('the embedded data folder', () => {
  it('refuses a second process, naming the holder and what to do', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'ledgerline-lock-'));
    writeFileSync(path.join(dataDir, 'ledgerline.pid'), String(sleeper.pid));
    const error = await openDatabase({ dataDir }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(isLedgerlineError(error) && error.code).toBe('CONFLICT');
    expect((error as Error).message).toBe(
      `The database in ${dataDir} is in use by Ledgerline (pid ${sleeper.pid}) — stop it or use DATABASE_URL.`,
    );
    // The other process's lock is left alone.
    expect(readFileSync(path.join(dataDir, 'ledgerline.pid'), 'utf8')).toBe(String(sleeper.pid));
  });

  it('takes over a lock left by a process that is gone, and releases it on close', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'ledgerline-lock-'));
    const gone = spawnSync('true').pid;
    writeFileSync(path.join(dataDir, 'ledgerline.pid'), String(gone));
    const database = await openDatabase({ dataDir });
    expect(readFileSync(path.join(dataDir, 'ledgerline.pid'), 'utf8')).toBe(String(process.pid));
    await database.prisma.$queryRaw`SELECT 1`;
    await database.close();
    expect(existsSync(path.join(dataDir, 'ledgerline.pid'))).toBe(false);
  });

  it('stops `ledgerline ask` beside a running holder with one line and exit code 1', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'ledgerline-lock-'));
    writeFileSync(path.join(dataDir, 'ledgerline.pid'), String(sleeper.pid));
    const result = spawnSync(process.execPath, ['bin/ledgerline.js', 'ask', 'spend last month'], {
      env: { ...process.env, LEDGERLINE_DATA_DIR: dataDir, LEDGERLINE_DEMO: '0', DATABASE_URL: '' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      `The database in ${dataDir} is in use by Ledgerline (pid ${sleeper.pid}) — stop it or use DATABASE_URL.`,
    );
  }, 130_000);

  it('stops a second process beside a live one on the same folder, which changes nothing there', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'ledgerline-lock-'));
    const database = await openDatabase({ dataDir });
    try {
      await database.prisma.$executeRawUnsafe(`CREATE TABLE kept (note text)`);
      await database.prisma.$executeRawUnsafe(`INSERT INTO kept VALUES ('written by the first process')`);
      const before = snapshot(dataDir);
      const result = spawnSync(process.execPath, ['bin/ledgerline.js', 'ask', 'spend last month'], {
        env: { ...process.env, LEDGERLINE_DATA_DIR: dataDir, LEDGERLINE_DEMO: '0', DATABASE_URL: '' },
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(result.status).toBe(1);
      expect(result.stderr.trim()).toBe(
        `The database in ${dataDir} is in use by Ledgerline (pid ${process.pid}) — stop it or use DATABASE_URL.`,
      );
      expect(snapshot(dataDir)).toEqual(before);
      expect(await database.prisma.$queryRawUnsafe(`SELECT note FROM kept`)).toEqual([{ note: 'written by the first process' }]);
    } finally {
      await database.close();
    }
  }, 130_000);

  it('says in one line why the embedded database could not start, and leaves the folder unlocked', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'ledgerline-lock-'));
    // A folder from an unknown PostgreSQL version: PGlite refuses it.
    writeFileSync(path.join(dataDir, 'PG_VERSION'), '9\n');
    const error = await openDatabase({ dataDir }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(isLedgerlineError(error) && error.code).toBe('UNAVAILABLE');
    expect((error as Error).message).toMatch(new RegExp(`^The embedded database in ${dataDir} could not start: .+`));
    expect(existsSync(path.join(dataDir, 'ledgerline.pid'))).toBe(false);
  });
});
