import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant/create-assistant.js';
import type { Assistant } from '../../src/assistant/assistant.js';
import { applyMigrations } from '../../src/db/migrate.js';
import { type Database, openDatabase } from '../../src/db/open-database.js';
import { loadDemoEnterprise } from '../../src/demo/load-demo-enterprise.js';
import { importFile } from '../../src/domain/ingest/import-file.js';
import { Decimal } from '../../src/domain/shared/decimal.js';
import { silentLogger } from '../../src/logger.js';

// Answers read from a streaming replica while conversation state, the audit log and imports stay
// on the primary. Needs a primary and a hot standby of it, which CI's machine does not run: start
// them with scripts/start-local-replica.sh and set the two URLs below (the test is skipped
// otherwise). The replica's replay is paused to make "where was this read" visible in the answer.
const primaryUrl = process.env.LEDGERLINE_TEST_PRIMARY_URL;
const replicaUrl = process.env.LEDGERLINE_TEST_REPLICA_URL;

describe.runIf(primaryUrl && replicaUrl)('answers from a read replica', () => {
  const asOf = new Date('2026-11-26T12:00:00Z');
  const viewer = { displayName: 'Analyst', role: 'admin' as const, costCenterScope: '*' as const };
  let primary: Database;
  let withReplica: Database;
  let replicaAdmin: pg.Client;
  let assistant: Assistant;

  const ask = (question: string) => assistant.ask({ question, conversationKey: 'replica-test', viewer, surface: 'cli', asOf });

  /** Waits until the replica has replayed everything the primary has written so far. */
  async function replicaCaughtUp(): Promise<void> {
    const [{ lsn }] = (await primary.prisma.$queryRawUnsafe<Array<{ lsn: string }>>(`SELECT pg_current_wal_lsn()::text AS lsn`)) as [
      { lsn: string },
    ];
    for (let attempt = 0; attempt < 300; attempt += 1) {
      const { rows } = await replicaAdmin.query<{ done: boolean }>(`SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done`, [lsn]);
      if (rows[0]?.done) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the replica did not catch up in 30 s');
  }

  beforeAll(async () => {
    primary = await openDatabase({ databaseUrl: primaryUrl });
    await primary.prisma.$executeRawUnsafe('DROP SCHEMA IF EXISTS public CASCADE');
    await primary.prisma.$executeRawUnsafe('CREATE SCHEMA public');
    await applyMigrations(primary);
    await loadDemoEnterprise(
      { asOf, seed: 42, scale: 0.02 },
      { prisma: primary.prisma, now: () => asOf, logger: silentLogger, costCenterTagKeys: ['cost-center'], database: primary },
    );
    replicaAdmin = new pg.Client({ connectionString: replicaUrl });
    await replicaAdmin.connect();
    await replicaCaughtUp();
    withReplica = await openDatabase({ databaseUrl: primaryUrl, replicaUrls: [replicaUrl as string] });
    assistant = createAssistant({
      prisma: withReplica.prisma,
      now: () => asOf,
      logger: silentLogger,
      readReplica: withReplica.readReplica,
    });
  }, 300_000);

  afterAll(async () => {
    await replicaAdmin?.query('SELECT pg_wal_replay_resume()').catch(() => undefined);
    await replicaAdmin?.end();
    await withReplica?.close();
    await primary?.close();
  });

  it('reads figures on the replica, writes the conversation and the audit log on the primary', async () => {
    const before = await ask('Cloud spend last month');
    expect(before.facts.length).toBeGreaterThan(0);

    // Replay paused: the replica keeps showing the data as it was.
    await replicaAdmin.query('SELECT pg_wal_replay_pause()');
    const folder = await mkdtemp(path.join(tmpdir(), 'ledgerline-replica-'));
    const extraCost = path.join(folder, 'focus-extra.csv');
    await writeFile(
      extraCost,
      'BilledCost,BillingAccountId,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,ChargePeriodStart,ChargePeriodEnd,ChargeCategory,ProviderName,ServiceName\n' +
        '1000000.00,REPLICA-TEST,USD,2026-10-01,2026-11-01,2026-10-15,2026-10-16,Usage,AWS,Amazon EC2\n',
    );
    const imported = await importFile(
      { kind: 'focus', filePath: extraCost },
      { prisma: withReplica.prisma, now: () => asOf, logger: silentLogger, costCenterTagKeys: ['cost-center'], database: withReplica },
    );
    expect(imported).toMatchObject({ status: 'imported', rowsAccepted: 1 });
    const auditRowsBefore = await primary.prisma.auditLog.count();

    const whilePaused = await ask('Cloud spend last month');
    expect(whilePaused.text).toBe(before.text);
    // The follow-up is understood (its context was saved on, and read from, the primary) …
    const followUp = await ask('And last quarter?');
    expect(followUp.clarification).toBeUndefined();
    expect(followUp.context.period).toMatch(/Q3 2026/);
    // … and both questions were audited on the primary while the replica could not be written.
    expect(await primary.prisma.auditLog.count()).toBe(auditRowsBefore + 2);

    await replicaAdmin.query('SELECT pg_wal_replay_resume()');
    await replicaCaughtUp();
    const after = await ask('Cloud spend last month');
    // Exactly the imported USD 1,000,000.00 more, now that the replica has it.
    const usd = (text: string) => new Decimal((/USD ([\d,]+\.\d{2})/.exec(text)?.[1] ?? 'NaN').replace(/,/g, ''));
    expect(usd(after.text).minus(usd(before.text)).toFixed(2)).toBe('1000000.00');
  }, 120_000);
});
