import type { PrismaClient } from '../../db/generated/client.js';
import type { Transaction } from './resolve-references.js';

/** Every stale period at 50× (~50,000 monthly and 1M daily rollup rows) takes seconds; Prisma's default is 5 s. */
const refreshTimeoutMs = 10 * 60_000;

const dimensions = `"billingPeriodStart", "vendorId", "serviceName", "serviceCategory", "regionId", "chargeCategory", "costCenterId", "currency"`;

/**
 * Rebuilds CostDailySummary and CostMonthlySummary for every billing period the triggers on
 * CostDaily / CostMonthly marked stale, and clears those marks. Call it in the transaction that
 * rebuilt the rollups (rebuildCostRollups does): the summaries are then current when it commits.
 *
 * The marks are taken first (DELETE … RETURNING) and the periods passed on as values, so a period
 * marked by a writer that commits meanwhile is neither half-rebuilt nor unmarked: a writer that
 * marks one of these periods waits on the deleted mark until this transaction ends, and its own
 * mark then survives until it rebuilds.
 */
export async function rebuildCostSummaries(tx: Transaction): Promise<{ periods: number }> {
  const stale = await tx.$queryRaw<{ start: string }[]>`DELETE FROM "CostSummaryStale" RETURNING "billingPeriodStart"::text AS start`;
  if (stale.length === 0) return { periods: 0 };
  const starts = stale.map((row) => row.start);
  for (const [summary, rollup, bucket] of [
    ['CostDailySummary', 'CostDaily', 'day'],
    ['CostMonthlySummary', 'CostMonthly', 'month'],
  ] as const) {
    await tx.$executeRawUnsafe(`DELETE FROM "${summary}" WHERE "billingPeriodStart" = ANY($1::timestamp[])`, starts);
    await tx.$executeRawUnsafe(
      `INSERT INTO "${summary}" ("${bucket}", ${dimensions}, "billedCost", "effectiveCost", "rowCount")
       SELECT "${bucket}", ${dimensions}, sum("billedCost"), sum("effectiveCost"), sum("rowCount")::int
       FROM "${rollup}"
       WHERE "billingPeriodStart" = ANY($1::timestamp[])
       GROUP BY "${bucket}", ${dimensions}`,
      starts,
    );
  }
  return { periods: starts.length };
}

/**
 * Rebuilds the summaries of the periods changed outside an import (a manual fix, a script); run
 * on a schedule, so answers return to the summaries shortly after such a change instead of
 * reading the per-account rollups until the next FOCUS import. Returns the periods rebuilt.
 */
export async function refreshCostSummaries(prisma: PrismaClient): Promise<number> {
  const { periods } = await prisma.$transaction((tx) => rebuildCostSummaries(tx), { timeout: refreshTimeoutMs, maxWait: refreshTimeoutMs });
  return periods;
}
