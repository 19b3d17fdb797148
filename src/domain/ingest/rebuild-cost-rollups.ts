import { timestampText } from './insert-rows.js';
import type { Transaction } from './resolve-references.js';

export interface BillingPeriodKey {
  billingAccountId: string;
  billingPeriodStart: Date;
}


const dimensions = `"vendorId", "billingAccountId", "billingPeriodStart", "subAccountId", "serviceName", "serviceCategory", "regionId", "chargeCategory", "costCenterId"`;

/**
 * Rebuilds the day and month rollups of one billing account's billing period from its cost
 * records, so answers never scan raw rows. Effective cost missing in the export counts as 0.
 */
export async function rebuildCostRollups(tx: Transaction, period: BillingPeriodKey): Promise<void> {
  const account = period.billingAccountId;
  const start = timestampText(period.billingPeriodStart);
  for (const [table, bucket, unit] of [
    ['CostDaily', 'day', 'day'],
    ['CostMonthly', 'month', 'month'],
  ] as const) {
    await tx.$executeRawUnsafe(
      `DELETE FROM "${table}" WHERE "billingAccountId" = $1 AND "billingPeriodStart" = $2::timestamp`,
      account,
      start,
    );
    await tx.$executeRawUnsafe(
      `INSERT INTO "${table}" ("${bucket}", ${dimensions}, "currency", "billedCost", "effectiveCost", "rowCount")
       SELECT date_trunc('${unit}', "chargePeriodStart")::date, ${dimensions}, "billingCurrency",
              sum("billedCost"), sum(coalesce("effectiveCost", 0)), count(*)::int
       FROM "CostRecord"
       WHERE "billingAccountId" = $1 AND "billingPeriodStart" = $2::timestamp
       GROUP BY 1, ${dimensions}, "billingCurrency"`,
      account,
      start,
    );
  }
}
