import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyMigrations } from '../../../src/db/migrate.js';
import { openDatabase } from '../../../src/db/open-database.js';
import type { PrismaClient } from '../../../src/db/generated/client.js';

export interface CliResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/ledgerline.js …` as a person would, with its own data folder and no demo data. */
export function runCli(args: string[], { dataDir, stdin }: { dataDir: string; stdin?: string }): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/ledgerline.js', ...args], {
      cwd: join(import.meta.dirname, '../../..'),
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        LEDGERLINE_DATA_DIR: dataDir,
        LEDGERLINE_DEMO: '0',
        LEDGERLINE_LOG_LEVEL: 'warn',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

/** A data folder with a migrated embedded database, filled by `fill`. */
export async function createDataDir(fill: (prisma: PrismaClient) => Promise<void>): Promise<{ dataDir: string; remove(): Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'ledgerline-cli-'));
  const dataDir = join(root, 'data');
  const database = await openDatabase({ dataDir });
  await applyMigrations(database);
  await fill(database.prisma);
  await database.close();
  return { dataDir, remove: () => rm(root, { recursive: true, force: true }) };
}
