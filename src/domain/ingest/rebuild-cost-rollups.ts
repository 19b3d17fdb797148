import { rebuildCostSummaries } from './rebuild-cost-summaries.js';
import { timestampText } from './insert-rows.js';
import type { Transaction } from './resolve-references.js';

export interface BillingPeriodKey {
  billingAccountId: string;
  billingPeriodStart: Date;
}

const dimensions = `"vendorId", "billingAccountId", "billingPeriodStart", "subAccountId", "serviceName", "serviceCategory", "regionId", "chargeCategory", "costCenterId"`;

/**
 * Rebuilds the day and month rollups and the account list of the given billing accounts' billing
 * periods from their cost records, so answers never scan raw rows: one statement per table whatever the number of
 * periods. Effective cost missing in the export counts as 0.
 */
export async function rebuildCostRollups(tx: Transaction, periods: readonly BillingPeriodKey[]): Promise<void> {
  if (periods.length === 0) return;
  const accounts = periods.map((period) => period.billingAccountId);
  const starts = periods.map((period) => timestampText(period.billingPeriodStart));
  const touched = `SELECT * FROM unnest($1::text[], $2::timestamp[]) AS touched(account, start)`;
  for (const [table, bucket, unit] of [
    ['CostDaily', 'day', 'day'],
    ['CostMonthly', 'month', 'month'],
  ] as const) {
    await tx.$executeRawUnsafe(`DELETE FROM "${table}" WHERE ("billingAccountId", "billingPeriodStart") IN (${touched})`, accounts, starts);
    await tx.$executeRawUnsafe(
      `INSERT INTO "${table}" ("${bucket}", ${dimensions}, "currency", "billedCost", "effectiveCost", "rowCount")
       SELECT date_trunc('${unit}', "chargePeriodStart")::date, ${dimensions}, "billingCurrency",
              sum("billedCost"), sum(coalesce("effectiveCost", 0)), count(*)::int
       FROM "CostRecord"
       WHERE ("billingAccountId", "billingPeriodStart") IN (${touched})
       GROUP BY 1, ${dimensions}, "billingCurrency"`,
      accounts,
      starts,
    );
  }
  // The accounts and their names, so naming an account does not scan every cost record.
  await tx.$executeRawUnsafe(
    `DELETE FROM "CostAccount" WHERE ("billingAccountId", "billingPeriodStart") IN (${touched})`,
    accounts,
    starts,
  );
  await tx.$executeRawUnsafe(
    `INSERT INTO "CostAccount" ("billingAccountId", "billingAccountName", "billingPeriodStart", "subAccountId", "subAccountName")
     SELECT DISTINCT "billingAccountId", "billingAccountName", "billingPeriodStart", "subAccountId", "subAccountName"
     FROM "CostRecord"
     WHERE ("billingAccountId", "billingPeriodStart") IN (${touched})`,
    accounts,
    starts,
  );
  await rebuildCostSummaries(tx);
}
