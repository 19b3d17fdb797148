import type { DomainDeps } from '../deps.js';
import { toMoney } from '../audit/finding-parts.js';
import { Decimal } from '../shared/decimal.js';
import type { SavingOpportunity } from './saving-opportunity.js';
import type { UsageWindow } from './find-zero-usage-savings.js';

/**
 * Cloud resources billed for usage over the window while consuming nothing (an idle disk, an
 * unattached IP, a stopped database still paying for storage reported as zero consumption). The
 * saving is their average monthly cost.
 */
export async function findIdleCloudSavings(window: UsageWindow, months: number, deps: DomainDeps): Promise<SavingOpportunity[]> {
  const rows = await deps.prisma.$queryRaw<
    Array<{ resourceId: string; vendor: string; serviceName: string | null; currency: string; billed: string }>
  >`
    SELECT c."resourceId", v.name AS vendor, max(c."serviceName") AS "serviceName", c."billingCurrency" AS currency, sum(c."billedCost")::text AS billed
    FROM "CostRecord" c
    JOIN "Vendor" v ON v.id = c."vendorId"
    WHERE c."resourceId" IS NOT NULL AND c."chargeCategory" = 'Usage'
      AND c."chargePeriodStart" >= ${window.start} AND c."chargePeriodStart" < ${window.end}
    GROUP BY c."resourceId", v.name, c."billingCurrency"
    HAVING sum(c."billedCost") > 0 AND count(c."consumedQuantity") > 0 AND coalesce(sum(c."consumedQuantity"), 0) = 0
    ORDER BY sum(c."billedCost") DESC`;
  return rows.map((row) => {
    // Rounded first, so the annual figure is exactly twelve of the monthly ones shown.
    const monthly = new Decimal(toMoney(new Decimal(row.billed).div(months)));
    return {
      kind: 'idle_cloud_resource',
      domain: 'cloud',
      vendor: row.vendor,
      identifier: row.resourceId,
      serviceId: null,
      description: `${row.serviceName ?? 'Cloud'} resource billed with no consumption`,
      monthlySaving: toMoney(monthly),
      annualSaving: toMoney(monthly.times(12)),
      currency: row.currency,
      evidence: `Billed ${new Decimal(row.billed).toFixed(2)} ${row.currency} over ${months} month(s) with zero consumed quantity.`,
      action: null,
    };
  });
}
