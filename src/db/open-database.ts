import { mkdir } from 'node:fs/promises';
import type { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { readReplicas } from '@prisma/extension-read-replicas';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { LedgerlineError } from '../errors.js';
import { type CsvCopier, copyCsvThroughPglite, copyCsvThroughServer } from './copy-csv-file.js';
import { PrismaClient } from './generated/client.js';
import { lockDataFolder } from './lock-data-folder.js';
import { PGliteTakingTurns } from './pglite-taking-turns.js';
import { sendMigrationScriptsWhole } from './send-migration-scripts-whole.js';
import { startEmbeddedDatabaseWorker } from './start-embedded-database-worker.js';

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  prisma: PrismaClient;
  kind: DatabaseKind;
  /** Where the data lives, for logs: a folder, "memory" or the server URL without its password. */
  location: string;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /**
   * The adapter the schema engine migrates through. On a server it is a pool of one connection:
   * the engine holds a session advisory lock while migrating, and a lock taken on one pooled
   * connection and released on another is never released — the next replica would wait forever.
   */
  migrationAdapterFactory(): SqlMigrationAwareDriverAdapterFactory;
  /**
   * A client on one of the read replicas (picked at random per call), for work that only reads
   * and may lag the primary by the replication delay; undefined when no replica is configured.
   */
  readReplica?: () => PrismaClient;
  /** COPY of a CSV file into a table, beside Prisma (which has no COPY): bulk imports stage through it. */
  copyCsv: CsvCopier;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres:// URL of a server; when absent the embedded database is used. */
  databaseUrl?: string | undefined;
  /** Folder of the embedded database, or "memory://" for a throw-away one (tests). */
  dataDir?: string;
  /** postgres:// URLs of streaming replicas of databaseUrl. */
  replicaUrls?: readonly string[] | undefined;
  /**
   * Where the embedded database runs: in the app's own thread (the default; its queries take turns
   * with the event loop, ADR 0010), or in a worker thread behind a wire-protocol socket (ADR 0008),
   * opt-in because every query then crosses two threads and a small machine answers fewer questions
   * per second.
   */
  embeddedThread?: 'worker' | 'in-thread';
  /** The embedded database's worker stopped on its own after it started; queries fail from then on. */
  onEmbeddedFailure?: (error: LedgerlineError) => void;
}

/**
 * Connection settings for a PostgreSQL server. JIT compilation is off: an answer's statements run
 * in tens of milliseconds, and PostgreSQL starts compiling once a plan's estimated cost passes
 * jit_above_cost, which the larger spend statements do at 10× the demo's size — the compilation
 * then took 30–55 ms of an 86–141 ms answer (BENCHMARKS.md, "Answer latency"). A URL that sets its
 * own `options` keeps them (pg reads the URL over this).
 */
const serverSessionOptions = { options: '-c jit=off' };

/** One SQL dialect, two engines: a PostgreSQL server, or PostgreSQL compiled to wasm in process. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const databaseUrl = options.databaseUrl;
    const adapterFactory = new PrismaPg({ connectionString: databaseUrl, max: 10, ...serverSessionOptions });
    const prisma = new PrismaClient({ adapter: adapterFactory });
    const replicas = (options.replicaUrls ?? []).map(
      (url) => new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10, ...serverSessionOptions }) }),
    );
    // The extension's $replica() picks a replica; its automatic routing is not used, because it
    // sends only model reads there and every spend query is raw SQL.
    const routed = replicas.length > 0 ? prisma.$extends(readReplicas({ replicas })) : undefined;
    return {
      prisma,
      kind: 'postgres',
      location: options.databaseUrl.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@'),
      adapterFactory,
      migrationAdapterFactory: () =>
        sendMigrationScriptsWhole(new PrismaPg({ connectionString: databaseUrl, max: 1, idleTimeoutMillis: 1_000 })),
      copyCsv: copyCsvThroughServer(databaseUrl),
      ...(routed ? { readReplica: () => routed.$replica() as unknown as PrismaClient } : {}),
      close: once(async () => {
        await Promise.all([prisma.$disconnect(), ...replicas.map((replica) => replica.$disconnect())]);
      }),
    };
  }
  const dataDir = options.dataDir ?? './data';
  const isMemory = dataDir.startsWith('memory://');
  if (!isMemory) await mkdir(dataDir, { recursive: true });
  const release = isMemory ? () => {} : lockDataFolder(dataDir);
  const location = isMemory ? 'memory' : dataDir;
  try {
    const opened =
      (options.embeddedThread ?? 'in-thread') === 'in-thread'
        ? await openInThread(isMemory ? undefined : dataDir)
        : await openInWorker(isMemory ? undefined : dataDir, options);
    return {
      ...opened,
      kind: 'pglite',
      location,
      close: once(async () => {
        try {
          await opened.close();
        } finally {
          release();
        }
      }),
    };
  } catch (error) {
    release();
    throw error;
  }
}

type EmbeddedParts = Pick<Database, 'prisma' | 'adapterFactory' | 'migrationAdapterFactory' | 'copyCsv' | 'close'>;

/** PGlite in the app's own thread: every query runs on the event loop, one per turn (pglite-taking-turns.ts). */
async function openInThread(dataDir: string | undefined): Promise<EmbeddedParts> {
  let pglite: PGlite;
  try {
    pglite = new PGliteTakingTurns(dataDir);
    await pglite.waitReady;
  } catch (error) {
    // As the worker says it: one line an operator can act on (a folder of another PostgreSQL version, a full disk).
    throw new LedgerlineError(
      'UNAVAILABLE',
      `The embedded database in ${dataDir ?? 'memory'} could not start: ${error instanceof Error ? error.message : String(error)}`,
      undefined,
      { cause: error },
    );
  }
  const adapterFactory = new PrismaPGlite(pglite);
  const prisma = new PrismaClient({ adapter: adapterFactory });
  return {
    prisma,
    adapterFactory,
    // PGlite is one connection already.
    migrationAdapterFactory: () => adapterFactory,
    copyCsv: copyCsvThroughPglite(pglite),
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

/**
 * PGlite in a worker thread behind a PostgreSQL wire-protocol socket; Prisma reaches it through
 * the same adapter as a server. PGlite is one session: the socket server gives the connections
 * turns (serve-pglite-over-socket.ts), and while one holds a transaction the others wait.
 */
async function openInWorker(dataDir: string | undefined, options: DatabaseOptions): Promise<EmbeddedParts> {
  const worker = await startEmbeddedDatabaseWorker({
    dataDir,
    ...(options.onEmbeddedFailure ? { onFailure: options.onEmbeddedFailure } : {}),
  });
  // As many connections as answers computed at once (4), so that one answer's round trip through
  // this thread's event loop does not hold up the next query; idleTimeoutMillis 0 keeps them open.
  const pool = new pg.Pool({ ...worker.connection, max: 4, idleTimeoutMillis: 0 });
  // A connection dropped while idle (the worker stopped) is reported by onEmbeddedFailure.
  pool.on('error', () => {});
  const adapterFactory = new PrismaPg(pool);
  const prisma = new PrismaClient({ adapter: adapterFactory });
  return {
    prisma,
    adapterFactory,
    // The schema engine migrates over one connection of its own, as on a server.
    migrationAdapterFactory: () => sendMigrationScriptsWhole(new PrismaPg({ ...worker.connection, max: 1, idleTimeoutMillis: 1_000 })),
    copyCsv: (input) => worker.copyCsv(input),
    close: async () => {
      try {
        await prisma.$disconnect();
        await pool.end();
      } finally {
        await worker.close();
      }
    },
  };
}

/** Closing twice (a shutdown hook after a failed start, say) must not throw. */
function once(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => (closing ??= close());
}
