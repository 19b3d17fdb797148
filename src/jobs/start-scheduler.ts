import cron from 'node-cron';
import type { ScheduledTask } from 'node-cron';
import type { AlertDestination } from '../domain/alerts/alert-destination.js';
import type { DomainDeps } from '../domain/deps.js';
import { createAlertJobs } from './alert-jobs.js';
import { claimJobSlot, finishJobRun } from './claim-job-slot.js';
import { findPreviousSlot } from './find-previous-slot.js';
import type { Job } from './job.js';
import { toIsoDate } from '../domain/periods/period.js';

export interface SchedulerOptions extends DomainDeps {
  destinations: readonly AlertDestination[];
  /** defaults to the three alert jobs with their default schedules */
  jobs?: readonly Job[];
}

export interface Scheduler {
  /** resolves when the start-up catch-up of missed slots has finished */
  caughtUp: Promise<void>;
  stop(): Promise<void>;
}

/**
 * Runs each job on its cron schedule (UTC). Every slot runs once across all replicas sharing the
 * database (claimJobSlot), and a slot missed while no replica was up is run at start.
 */
export function startScheduler(options: SchedulerOptions): Scheduler {
  const jobs = options.jobs ?? createAlertJobs();
  const { logger } = options;
  const running = new Set<Promise<void>>();
  let isStopped = false;

  const runSlot = (job: Job, slot: Date): Promise<void> => {
    const execution = (async () => {
      const runId = await claimJobSlot(options.prisma, job.id, slot);
      if (runId === null) return;
      const asOf = toIsoDate(options.now());
      logger.info('job started', { job: job.id, slot: slot.toISOString(), asOf });
      try {
        const created = await job.run({ prisma: options.prisma, now: options.now, logger, asOf, destinations: options.destinations });
        await finishJobRun(options.prisma, runId, `ok: ${created.length} alert(s)`);
        logger.info('job finished', { job: job.id, slot: slot.toISOString(), alerts: created.length });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        await finishJobRun(options.prisma, runId, `error: ${reason}`);
        logger.error('job failed', { job: job.id, slot: slot.toISOString(), error });
      }
    })().catch((error: unknown) => logger.error('job slot could not be claimed', { job: job.id, error }));
    running.add(execution);
    void execution.finally(() => running.delete(execution));
    return execution;
  };

  const tasks: ScheduledTask[] = jobs.map((job) =>
    cron.schedule(
      job.schedule,
      (context) => {
        if (isStopped) return;
        // The slot is the scheduled time, not the moment this replica woke up, so replicas agree on it.
        const slot = new Date(Math.floor(context.date.getTime() / 1000) * 1000);
        return runSlot(job, slot);
      },
      { timezone: 'Etc/UTC', name: `ledgerline-${job.id}`, noOverlap: false },
    ),
  );

  const caughtUp = Promise.all(
    jobs.map(async (job) => {
      const slot = findPreviousSlot(job.schedule, options.now());
      if (slot === null) return;
      const hasRun = await options.prisma.jobRun.findUnique({ where: { jobId_slot: { jobId: job.id, slot } } });
      if (hasRun !== null) return;
      logger.info('catching up a missed job run', { job: job.id, slot: slot.toISOString() });
      await runSlot(job, slot);
    }),
  )
    .then(() => undefined)
    // A database that goes away during start-up is reported, not thrown at nobody.
    .catch((error: unknown) => logger.error('catch-up of missed job runs failed', { error }));

  return {
    caughtUp,
    stop: async () => {
      isStopped = true;
      for (const task of tasks) await task.destroy();
      await caughtUp;
      await Promise.all([...running]);
    },
  };
}
