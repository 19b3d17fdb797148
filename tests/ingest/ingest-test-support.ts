import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../../src/db/open-database.js';
import type { IngestDeps, ImportKind, ImportSummary } from '../../src/domain/ingest/ingest-types.js';
import { importFile } from '../../src/domain/ingest/import-file.js';
import { silentLogger } from '../../src/logger.js';
import { openTestDatabase } from '../support/test-database.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const fixturesDir = path.resolve(here, '../fixtures/ingest');
export const sharedFocusDir = path.resolve(here, '../fixtures/external/focus');

export function fixture(name: string): string {
  return path.join(fixturesDir, name);
}

/** A copy in a temp folder, for imports that write a rejects file beside their input. */
export async function copyToTemp(filePath: string): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'ledgerline-ingest-'));
  const copy = path.join(folder, path.basename(filePath));
  await copyFile(filePath, copy);
  return copy;
}

export interface IngestTest {
  database: Database;
  deps: IngestDeps;
  importFixture(kind: ImportKind, name: string, options?: { skipInvalid?: boolean }): Promise<ImportSummary>;
}

export async function openIngestTest(): Promise<IngestTest> {
  const database = await openTestDatabase();
  const deps: IngestDeps = {
    prisma: database.prisma,
    now: () => new Date('2026-11-26T12:00:00Z'),
    logger: silentLogger,
    costCenterTagKeys: ['cost-center', 'costcenter', 'cost_center', 'CostCenter'],
    // As the product runs: FOCUS files load through COPY when every row passes its checks.
    database,
  };
  return {
    database,
    deps,
    importFixture: (kind, name, options = {}) => importFile({ kind, filePath: fixture(name), ...options }, deps),
  };
}
