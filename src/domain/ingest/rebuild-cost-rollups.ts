import { rebuildCostSummaries } from './rebuild-cost-summaries.js';
import { timestampText } from './insert-rows.js';
import type { Transaction } from './resolve-references.js';
import { writeWithIndexesBuiltAfter } from './write-with-indexes-built-after.js';

export interface BillingPeriodKey {
  billingAccountId: string;
  billingPeriodStart: Date;
}

const dimensions = `"vendorId", "billingAccountId", "billingPeriodStart", "subAccountId", "serviceName", "serviceCategory", "regionId", "chargeCategory", "costCenterId"`;

/**
 * Rebuilds the day and month rollups of the given billing accounts' billing periods from their
 * cost records, so answers never scan raw rows: one statement per table whatever the number of
 * periods. Effective cost missing in the export counts as 0. A bulk load passes the number of
 * records it wrote (an upper bound of the rollup rows): a rollup table holding fewer rows gets its
 * indexes built after the write instead of maintained per row.
 */
export async function rebuildCostRollups(
  tx: Transaction,
  periods: readonly BillingPeriodKey[],
  options: { bulkRows?: number } = {},
): Promise<void> {
  if (periods.length === 0) return;
  const accounts = periods.map((period) => period.billingAccountId);
  const starts = periods.map((period) => timestampText(period.billingPeriodStart));
  const touched = `SELECT * FROM unnest($1::text[], $2::timestamp[]) AS touched(account, start)`;
  for (const [table, bucket, unit] of [
    ['CostDaily', 'day', 'day'],
    ['CostMonthly', 'month', 'month'],
  ] as const) {
    await tx.$executeRawUnsafe(`DELETE FROM "${table}" WHERE ("billingAccountId", "billingPeriodStart") IN (${touched})`, accounts, starts);
    const rebuild = () =>
      tx.$executeRawUnsafe(
        `INSERT INTO "${table}" ("${bucket}", ${dimensions}, "currency", "billedCost", "effectiveCost", "rowCount")
       SELECT date_trunc('${unit}', "chargePeriodStart")::date, ${dimensions}, "billingCurrency",
              sum("billedCost"), sum(coalesce("effectiveCost", 0)), count(*)::int
       FROM "CostRecord"
       WHERE ("billingAccountId", "billingPeriodStart") IN (${touched})
       GROUP BY 1, ${dimensions}, "billingCurrency"`,
        accounts,
        starts,
      );
    if (options.bulkRows === undefined) await rebuild();
    else await writeWithIndexesBuiltAfter(tx, table, options.bulkRows, rebuild);
  }
  await rebuildCostSummaries(tx);
}
