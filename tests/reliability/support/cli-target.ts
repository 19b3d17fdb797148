import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { applyMigrations } from '../../../src/db/migrate.js';
import type { Database } from '../../../src/db/open-database.js';
import { openDatabase } from '../../../src/db/open-database.js';

// The database a `ledgerline` command runs against: a PGlite folder, or a fresh database on the
// PostgreSQL server of the second CI run (LEDGERLINE_TEST_DATABASE_URL).

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const serverUrl = process.env.LEDGERLINE_TEST_DATABASE_URL;

export interface CliTarget {
  /** A folder or a postgres:// URL. */
  location: string;
  /** Opens it in this process (migrated); close it before a command runs on a PGlite folder. */
  open(): Promise<Database>;
  /** `ledgerline <args>` as a user runs it; never throws on exit codes. */
  run(args: string[], env?: Record<string, string>): Promise<CommandResult>;
  /** Starts `ledgerline <args>` and SIGKILLs it as soon as `killWhen` matches its stderr. */
  runAndKill(args: string[], killWhen: RegExp, env?: Record<string, string>): Promise<{ killed: boolean; stderr: string }>;
  drop(): Promise<void>;
}

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function createCliTarget(): Promise<CliTarget> {
  let location: string;
  let drop = async () => {};
  if (!serverUrl) {
    location = await mkdtemp(path.join(tmpdir(), 'ledgerline-reliability-'));
  } else {
    const name = `ledgerline_reliability_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    location = url.toString();
    drop = async () => {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    };
  }
  const isServer = location.startsWith('postgres');
  const commandEnv = (extra: Record<string, string>) => ({
    ...process.env,
    LEDGERLINE_LOG_LEVEL: 'warn',
    LEDGERLINE_DEMO: '0',
    ...(isServer ? { DATABASE_URL: location } : { DATABASE_URL: '', LEDGERLINE_DATA_DIR: location }),
    ...extra,
  });
  return {
    location,
    async open() {
      const database = await openDatabase(isServer ? { databaseUrl: location } : { dataDir: location });
      await applyMigrations(database);
      return database;
    },
    async run(args, env = {}) {
      try {
        const { stdout, stderr } = await promisify(execFile)(process.execPath, ['bin/ledgerline.js', ...args], {
          cwd: projectRoot,
          env: commandEnv(env),
          maxBuffer: 64 * 1024 * 1024,
        });
        return { code: 0, stdout, stderr };
      } catch (error) {
        const failed = error as { code: number; stdout: string; stderr: string };
        return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
      }
    },
    runAndKill(args, killWhen, env = {}) {
      return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, ['bin/ledgerline.js', ...args], {
          cwd: projectRoot,
          env: commandEnv(env),
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        let stderr = '';
        let killed = false;
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
          if (!killed && killWhen.test(stderr)) killed = child.kill('SIGKILL');
        });
        child.on('error', reject);
        child.on('exit', () => resolve({ killed, stderr }));
      });
    },
    drop,
  };
}
