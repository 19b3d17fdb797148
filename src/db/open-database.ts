import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { readReplicas } from '@prisma/extension-read-replicas';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { type CsvCopier, copyCsvThroughPglite, copyCsvThroughServer } from './copy-csv-file.js';
import { PrismaClient } from './generated/client.js';
import { lockDataFolder } from './lock-data-folder.js';

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
}

/** One SQL dialect, two engines: a PostgreSQL server, or PostgreSQL compiled to wasm in process. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const databaseUrl = options.databaseUrl;
    const adapterFactory = new PrismaPg({ connectionString: databaseUrl, max: 10 });
    const prisma = new PrismaClient({ adapter: adapterFactory });
    const replicas = (options.replicaUrls ?? []).map((url) => new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) }));
    // The extension's $replica() picks a replica; its automatic routing is not used, because it
    // sends only model reads there and every spend query is raw SQL.
    const routed = replicas.length > 0 ? prisma.$extends(readReplicas({ replicas })) : undefined;
    return {
      prisma,
      kind: 'postgres',
      location: options.databaseUrl.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@'),
      adapterFactory,
      migrationAdapterFactory: () => new PrismaPg({ connectionString: databaseUrl, max: 1, idleTimeoutMillis: 1_000 }),
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
  let pglite: PGlite;
  try {
    pglite = new PGlite(isMemory ? undefined : dataDir);
    await pglite.waitReady;
  } catch (error) {
    release();
    throw error;
  }
  const adapterFactory = new PrismaPGlite(pglite);
  const prisma = new PrismaClient({ adapter: adapterFactory });
  return {
    prisma,
    kind: 'pglite',
    location: isMemory ? 'memory' : dataDir,
    adapterFactory,
    // PGlite is one connection already.
    migrationAdapterFactory: () => adapterFactory,
    copyCsv: copyCsvThroughPglite(pglite),
    close: once(async () => {
      await prisma.$disconnect();
      await pglite.close();
      release();
    }),
  };
}

/** Closing twice (a shutdown hook after a failed start, say) must not throw. */
function once(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => (closing ??= close());
}
