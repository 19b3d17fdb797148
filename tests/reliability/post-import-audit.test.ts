import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../src/db/generated/client.js';
import type { Database } from '../../src/db/open-database.js';
import { auditPendingImports } from '../../src/domain/disputes/audit-pending-imports.js';
import type { ImportKind, IngestDeps } from '../../src/domain/ingest/ingest-types.js';
import { importFile } from '../../src/domain/ingest/import-file.js';
import { createMaintenanceJobs } from '../../src/jobs/maintenance-jobs.js';
import { silentLogger } from '../../src/logger.js';
import type { AuditTest } from '../audit/audit-test-support.js';
import { loadMeridian } from '../audit/meridian-fixture.js';
import { openTestDatabase } from '../support/test-database.js';
import type { CliTarget } from './support/cli-target.js';
import { createCliTarget } from './support/cli-target.js';

// The audit after an invoice import is durable: the import commits an "audit pending" marker
// with its invoices, and whatever ends the process before the audit (a kill, a timeout), the
// audit runs later — from the import-audits job, or when the same file is imported again.
// Meridian (tests/audit/meridian-fixture.ts) is a small carrier built by hand: once both invoice
// files are audited it has two disputes, MER-2026-06 for 43.20 and MER-2026-07 for 205.00.

const meridianDisputes = [
  ['MER-2026-06', '43.20'],
  ['MER-2026-07', '205.00'],
];
const now = new Date('2026-11-26T12:00:00Z');

interface MeridianFile {
  kind: ImportKind;
  filePath: string;
}

/** Meridian's files (inventory, contracts, rates, June invoices, July invoices), written to a folder, not imported. */
async function writeMeridianFiles(): Promise<MeridianFile[]> {
  const folder = await mkdtemp(path.join(tmpdir(), 'ledgerline-meridian-'));
  const files: MeridianFile[] = [];
  const collector = {
    async importRows(kind: ImportKind, header: string, rows: string[]) {
      const filePath = path.join(folder, `${files.length + 1}-${kind}.csv`);
      await writeFile(filePath, [header, ...rows].join('\n') + '\n');
      files.push({ kind, filePath });
    },
  } as unknown as AuditTest;
  await loadMeridian(collector);
  return files;
}

async function disputesIn(prisma: PrismaClient): Promise<string[][]> {
  const rows = await prisma.$queryRawUnsafe<Array<{ invoiceNumber: string; amount: string }>>(
    `SELECT "invoiceNumber", round("amountDisputed", 2)::text AS amount FROM "Dispute" ORDER BY "invoiceNumber"`,
  );
  return rows.map((row) => [row.invoiceNumber, row.amount]);
}

async function pendingBatches(prisma: PrismaClient): Promise<number> {
  const [row] = await prisma.$queryRawUnsafe<Array<{ count: number }>>(
    `SELECT count(*)::int AS count FROM "ImportBatch" WHERE "auditPendingSince" IS NOT NULL`,
  );
  return row?.count ?? -1;
}

/** Imports the files as a kill right after each commit would leave them: invoices in, audit not run. */
async function importWithoutAudit(files: MeridianFile[], deps: IngestDeps): Promise<void> {
  for (const file of files) {
    const summary = await importFile(file, deps);
    expect(summary.status, file.filePath).toBe('imported');
  }
}

describe('an invoice import whose audit never ran', () => {
  let database: Database;
  let deps: IngestDeps;
  let files: MeridianFile[];
  beforeAll(async () => {
    database = await openTestDatabase();
    deps = { prisma: database.prisma, now: () => now, logger: silentLogger, costCenterTagKeys: ['cost-center'] };
    files = await writeMeridianFiles();
    await importWithoutAudit(files, deps);
  });
  afterAll(async () => database?.close());

  it('is marked pending in the database, with no disputes yet', async () => {
    expect(await pendingBatches(database.prisma)).toBe(2);
    expect(await disputesIn(database.prisma)).toEqual([]);
  });

  it('is audited by the import-audits maintenance job, once', async () => {
    const job = createMaintenanceJobs().find((candidate) => candidate.id === 'import-audits');
    expect(job).toBeDefined();
    await job!.run({ ...deps, asOf: '2026-11-26', destinations: [] });
    expect(await disputesIn(database.prisma)).toEqual(meridianDisputes);
    expect(await pendingBatches(database.prisma)).toBe(0);
    const [audited] = await database.prisma.$queryRawUnsafe<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM "ImportBatch" WHERE "auditedAt" IS NOT NULL`,
    );
    expect(audited?.count).toBe(2);

    // Nothing pending: the next run does nothing, and the disputes stay as they are.
    const before = await database.prisma.$queryRawUnsafe<unknown[]>(
      `SELECT id, "invoiceNumber", "amountDisputed"::text FROM "Dispute" ORDER BY id`,
    );
    expect(await auditPendingImports(deps)).toBeUndefined();
    await job!.run({ ...deps, asOf: '2026-11-26', destinations: [] });
    expect(
      await database.prisma.$queryRawUnsafe<unknown[]>(`SELECT id, "invoiceNumber", "amountDisputed"::text FROM "Dispute" ORDER BY id`),
    ).toEqual(before);
  });

  it('is audited once when two reconciliations run at the same time', async () => {
    const other = await openTestDatabase();
    try {
      const otherDeps = { ...deps, prisma: other.prisma };
      await importWithoutAudit(files, otherDeps);
      const results = await Promise.allSettled([
        auditPendingImports(otherDeps),
        auditPendingImports(otherDeps),
        auditPendingImports(otherDeps),
      ]);
      expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
      expect(await disputesIn(other.prisma)).toEqual(meridianDisputes);
      expect(await pendingBatches(other.prisma)).toBe(0);
    } finally {
      await other.close();
    }
  });
});

describe('ledgerline import after an import that ended before its audit', () => {
  let target: CliTarget;
  let files: MeridianFile[];
  beforeAll(async () => {
    target = await createCliTarget();
    files = await writeMeridianFiles();
  });
  afterAll(async () => target?.drop());

  it('runs the pending audit when the same file is imported again, instead of saying only "Unchanged"', async () => {
    const database = await target.open();
    try {
      await importWithoutAudit(files, {
        prisma: database.prisma,
        now: () => now,
        logger: silentLogger,
        costCenterTagKeys: ['cost-center'],
      });
    } finally {
      await database.close();
    }
    const july = files[files.length - 1]!;

    const rerun = await target.run(['import', 'invoices', july.filePath]);
    expect(rerun.code, rerun.stdout + rerun.stderr).toBe(0);
    expect(rerun.stdout).toContain('Unchanged');
    expect(rerun.stdout).toContain('Its invoice audit had not run; it runs now.');
    expect(rerun.stdout).toContain('Invoice audit: disputes 2 opened, 0 updated, 0 withdrawn, 0 credited');

    const again = await target.run(['import', 'invoices', july.filePath]);
    expect(again.stdout).toContain('Unchanged');
    expect(again.stdout).not.toContain('Invoice audit');

    const reopened = await target.open();
    try {
      expect(await disputesIn(reopened.prisma)).toEqual(meridianDisputes);
      expect(await pendingBatches(reopened.prisma)).toBe(0);
    } finally {
      await reopened.close();
    }
  }, 180_000);
});

describe('ledgerline import killed right after its commit', () => {
  let target: CliTarget;
  afterAll(async () => target?.drop());

  it('leaves the audit pending, never lost, and the next run ends audited', async () => {
    target = await createCliTarget();
    const files = await writeMeridianFiles();
    const july = files[files.length - 1]!;
    const database = await target.open();
    try {
      await importWithoutAudit(files.slice(0, -1), {
        prisma: database.prisma,
        now: () => now,
        logger: silentLogger,
        costCenterTagKeys: ['cost-center'],
      });
    } finally {
      await database.close();
    }

    // "import completed" is logged once the transaction holding the invoices and the marker has
    // committed, before the audit starts; the kill lands there (or, on a fast machine, later).
    const killed = await target.runAndKill(['import', 'invoices', july.filePath], /import completed/, { LEDGERLINE_LOG_LEVEL: 'info' });
    expect(killed.killed).toBe(true);
    const afterKill = await target.open();
    try {
      const [batch] = await afterKill.prisma.$queryRawUnsafe<Array<{ status: string; pending: boolean }>>(
        `SELECT status::text, "auditPendingSince" IS NOT NULL AS pending FROM "ImportBatch" WHERE "fileName" = $1`,
        path.basename(july.filePath),
      );
      expect(batch?.status).toBe('completed');
      // Either the audit had not run (still pending) or it had finished; never imported-but-forgotten.
      const pendingAfterKill = await pendingBatches(afterKill.prisma);
      const disputesAfterKill = await disputesIn(afterKill.prisma);
      if (batch?.pending) expect(pendingAfterKill).toBeGreaterThan(0);
      else expect(disputesAfterKill).toEqual(meridianDisputes);
    } finally {
      await afterKill.close();
    }

    const rerun = await target.run(['import', 'invoices', july.filePath]);
    expect(rerun.code, rerun.stdout + rerun.stderr).toBe(0);
    const reopened = await target.open();
    try {
      expect(await disputesIn(reopened.prisma)).toEqual(meridianDisputes);
      expect(await pendingBatches(reopened.prisma)).toBe(0);
    } finally {
      await reopened.close();
    }
  }, 180_000);
});
