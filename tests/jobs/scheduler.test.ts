import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/open-database.js';
import { openDatabase } from '../../src/db/open-database.js';
import type { Job } from '../../src/jobs/job.js';
import { startScheduler } from '../../src/jobs/start-scheduler.js';
import { silentLogger } from '../../src/logger.js';
import { openTestDatabase } from '../support/test-database.js';

function countingJob(id: string, schedule: string) {
  const runs: Array<{ asOf: string }> = [];
  const job: Job = {
    id,
    schedule,
    description: 'counts its runs',
    run: async (context) => {
      runs.push({ asOf: context.asOf });
      return [];
    },
  };
  return { job, runs };
}

describe('scheduler', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  beforeEach(async () => {
    await database.prisma.jobRun.deleteMany();
  });
  afterAll(async () => database.close());

  it('catches up a run missed during downtime, once, also across restarts', async () => {
    const { job, runs } = countingJob('budgets', '0 6 * * *');
    await database.prisma.jobRun.create({ data: { jobId: 'budgets', slot: new Date('2026-11-25T06:00:00Z'), finishedAt: new Date() } });
    const now = () => new Date('2026-11-26T09:30:00Z');
    const first = startScheduler({ prisma: database.prisma, now, logger: silentLogger, destinations: [], jobs: [job] });
    await first.caughtUp;
    await first.stop();
    const second = startScheduler({ prisma: database.prisma, now, logger: silentLogger, destinations: [], jobs: [job] });
    await second.caughtUp;
    await second.stop();
    expect(runs).toEqual([{ asOf: '2026-11-26' }]);
    const slots = await database.prisma.jobRun.findMany({ orderBy: { slot: 'asc' } });
    expect(slots.map((run) => [run.slot.toISOString(), run.outcome])).toEqual([
      ['2026-11-25T06:00:00.000Z', null],
      ['2026-11-26T06:00:00.000Z', 'ok: 0 alert(s)'],
    ]);
  });

  it('does not run anything at start when the last slot already ran', async () => {
    const { job, runs } = countingJob('budgets', '0 6 * * *');
    await database.prisma.jobRun.create({ data: { jobId: 'budgets', slot: new Date('2026-11-26T06:00:00Z') } });
    const scheduler = startScheduler({
      prisma: database.prisma,
      now: () => new Date('2026-11-26T23:00:00Z'),
      logger: silentLogger,
      destinations: [],
      jobs: [job],
    });
    await scheduler.caughtUp;
    await scheduler.stop();
    expect(runs).toEqual([]);
  });

  it('two replicas on one database run each scheduled slot once', async () => {
    // The second replica gets its own connection when the test runs against a PostgreSQL server.
    const other = database.kind === 'postgres' ? await openDatabase({ databaseUrl: database.location }) : database;
    const replicaA = countingJob('anomalies', '* * * * * *');
    const replicaB = countingJob('anomalies', '* * * * * *');
    const now = () => new Date();
    const a = startScheduler({ prisma: database.prisma, now, logger: silentLogger, destinations: [], jobs: [replicaA.job] });
    const b = startScheduler({ prisma: other.prisma, now, logger: silentLogger, destinations: [], jobs: [replicaB.job] });
    await Promise.all([a.caughtUp, b.caughtUp]);
    await new Promise((resolve) => setTimeout(resolve, 3200));
    await Promise.all([a.stop(), b.stop()]);
    if (other !== database) await other.close();
    const slots = await database.prisma.jobRun.findMany({ where: { jobId: 'anomalies' } });
    const totalRuns = replicaA.runs.length + replicaB.runs.length;
    expect(slots.length).toBeGreaterThanOrEqual(3);
    expect(totalRuns).toBe(slots.length);
    expect(new Set(slots.map((slot) => slot.slot.toISOString())).size).toBe(slots.length);
  });
});
