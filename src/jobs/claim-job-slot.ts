import type { PrismaClient } from '../db/generated/client.js';

/**
 * The lease that makes a scheduled run happen once across replicas: the unique (jobId, slot)
 * index lets exactly one INSERT succeed; that replica runs the job. Returns the run id, or null
 * when another replica (or an earlier start) already has this slot.
 */
export async function claimJobSlot(prisma: PrismaClient, jobId: string, slot: Date): Promise<number | null> {
  const rows = await prisma.$queryRaw<Array<{ id: number }>>`
    INSERT INTO "JobRun" ("jobId", "slot") VALUES (${jobId}, ${slot})
    ON CONFLICT ("jobId", "slot") DO NOTHING
    RETURNING "id"`;
  return rows[0]?.id ?? null;
}

export async function finishJobRun(prisma: PrismaClient, runId: number, outcome: string): Promise<void> {
  await prisma.jobRun.update({ where: { id: runId }, data: { finishedAt: new Date(), outcome: outcome.slice(0, 500) } });
}
