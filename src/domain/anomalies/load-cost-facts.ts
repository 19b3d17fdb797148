import type { DomainDeps } from '../deps.js';
import { Decimal } from '../shared/decimal.js';
import type { CostFact } from './cost-fact.js';

interface CloudRow {
  period: string;
  provider: string;
  billingAccount: string;
  service: string | null;
  subAccount: string | null;
  region: string | null;
  chargeCategory: string;
  costCenter: string | null;
  currency: string;
  amount: string;
}

/** Daily cloud spend (BilledCost from the CostDaily rollup) in [from, to), one fact per dimension combination. */
export async function loadCloudCostFacts(range: { from: string; to: string }, deps: Pick<DomainDeps, 'prisma'>): Promise<CostFact[]> {
  const rows = await deps.prisma.$queryRaw<CloudRow[]>`
    SELECT to_char(d."day", 'YYYY-MM-DD') AS "period", v."name" AS "provider", d."billingAccountId" AS "billingAccount",
           d."serviceName" AS "service", d."subAccountId" AS "subAccount", d."regionId" AS "region",
           d."chargeCategory" AS "chargeCategory", c."code" AS "costCenter", d."currency" AS "currency",
           sum(d."billedCost")::text AS "amount"
    FROM "CostDaily" d
    JOIN "Vendor" v ON v."id" = d."vendorId"
    LEFT JOIN "CostCenter" c ON c."id" = d."costCenterId"
    WHERE d."day" >= ${range.from}::date AND d."day" < ${range.to}::date
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9`;
  return rows.map((row) => ({
    period: row.period,
    amount: new Decimal(row.amount),
    currency: row.currency,
    attributes: {
      provider: row.provider,
      billingAccount: row.billingAccount,
      service: row.service ?? '(no service)',
      subAccount: row.subAccount ?? undefined,
      region: row.region ?? undefined,
      chargeCategory: row.chargeCategory,
      costCenter: row.costCenter ?? 'unallocated',
      vendor: undefined,
      account: undefined,
      chargeType: undefined,
    },
  }));
}

interface TelecomRow {
  period: string;
  vendor: string;
  account: string;
  chargeType: string;
  costCenter: string | null;
  currency: string;
  amount: string;
}

/**
 * Monthly telecom spend (invoice lines by billing period) in [from, to), allocated to cost centers
 * through the line's service identifier; account-level lines stay unallocated.
 */
export async function loadTelecomCostFacts(range: { from: string; to: string }, deps: Pick<DomainDeps, 'prisma'>): Promise<CostFact[]> {
  const rows = await deps.prisma.$queryRaw<TelecomRow[]>`
    SELECT to_char(date_trunc('month', l."periodStart"), 'YYYY-MM-DD') AS "period", v."name" AS "vendor", a."number" AS "account",
           l."chargeType"::text AS "chargeType", c."code" AS "costCenter", i."currency" AS "currency", sum(l."amount")::text AS "amount"
    FROM "InvoiceLine" l
    JOIN "Invoice" i ON i."id" = l."invoiceId"
    JOIN "Vendor" v ON v."id" = l."vendorId"
    JOIN "Account" a ON a."id" = l."accountId"
    LEFT JOIN LATERAL (
      SELECT s."costCenterId" FROM "Service" s
      WHERE s."identifierKey" = l."identifierKey" AND s."vendorId" = l."vendorId"
      ORDER BY s."id" LIMIT 1
    ) s ON l."identifierKey" IS NOT NULL
    LEFT JOIN "CostCenter" c ON c."id" = s."costCenterId"
    WHERE l."periodStart" >= ${range.from}::date AND l."periodStart" < ${range.to}::date
    GROUP BY 1, 2, 3, 4, 5, 6`;
  return rows.map((row) => ({
    period: row.period,
    amount: new Decimal(row.amount),
    currency: row.currency,
    attributes: {
      vendor: row.vendor,
      account: row.account,
      chargeType: row.chargeType,
      costCenter: row.costCenter ?? 'unallocated',
      provider: undefined,
      billingAccount: undefined,
      service: undefined,
      subAccount: undefined,
      region: undefined,
      chargeCategory: undefined,
    },
  }));
}
