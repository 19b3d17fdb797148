import type { PrismaClient } from '../../db/generated/client.js';
import { Prisma } from '../../db/generated/client.js';
import { intersectScope, type ViewerScope } from '../scope/viewer-scope.js';
import { resolveAccounts } from '../scope/resolve-accounts.js';
import { describeCostCenters, resolveCostCentersWithChildren, resolveLocations, resolveVendors } from '../scope/resolve-named-filters.js';
import type { SpendDimension, SpendFilters } from './spend-filters.js';
import { addMonths, monthStart } from '../periods/period.js';

// One definition of "spend" for every spend tool (issue 2 semantics):
// - invoice lines count by their billing period start, all charge types (taxes, credits included);
// - FOCUS costs count by ChargePeriodStart from the importer's day/month rollups, BilledCost
//   unless the effective (amortized) view is asked for;
// - invoice lines reach a cost center and a location through identifier → service; account-level
//   lines stay unallocated.

export interface ResolvedSpendFilters {
  /** What the result says it was filtered by, in the names the data uses. */
  described: Record<string, string | string[]>;
  condition: Prisma.Sql;
}

const noneMatch = Prisma.sql`FALSE`;

/** Turns named filters into one parameterized WHERE condition over the unified spend rows. */
export async function resolveSpendFilters(filters: SpendFilters, scope: ViewerScope, prisma: PrismaClient): Promise<ResolvedSpendFilters> {
  const described: Record<string, string | string[]> = {};
  const conditions: Prisma.Sql[] = [];
  const vendors = await resolveVendors(filters.vendors, prisma);
  if (vendors) {
    described.vendors = vendors.map((vendor) => vendor.name);
    conditions.push(Prisma.sql`r."vendorId" IN (${Prisma.join(vendors.map((vendor) => vendor.id))})`);
  }
  if (filters.domains && filters.domains.length > 0) {
    described.domains = filters.domains;
    conditions.push(Prisma.sql`r.domain IN (${Prisma.join(filters.domains)})`);
  }
  const costCenters = await resolveCostCentersWithChildren(filters.costCenters, prisma);
  if (costCenters) described.costCenters = describeCostCenters(costCenters);
  const allowed = intersectScope(costCenters ? costCenters.map((costCenter) => costCenter.id) : null, scope);
  if (allowed !== null) {
    conditions.push(allowed.length > 0 ? Prisma.sql`r."costCenterId" IN (${Prisma.join(allowed)})` : noneMatch);
  }
  const locations = await resolveLocations(filters.locations, prisma);
  if (locations) {
    described.locations = locations.map((location) => location.name);
    conditions.push(Prisma.sql`r."locationId" IN (${Prisma.join(locations.map((location) => location.id))})`);
  }
  if (filters.serviceTypes && filters.serviceTypes.length > 0) {
    described.serviceTypes = filters.serviceTypes;
    conditions.push(Prisma.sql`r."serviceType" IN (${Prisma.join(filters.serviceTypes)})`);
  }
  if (filters.serviceNames && filters.serviceNames.length > 0) {
    described.serviceNames = filters.serviceNames;
    conditions.push(Prisma.sql`lower(r."serviceName") IN (${Prisma.join(filters.serviceNames.map((name) => name.toLowerCase()))})`);
  }
  if (filters.serviceCategories && filters.serviceCategories.length > 0) {
    described.serviceCategories = filters.serviceCategories;
    conditions.push(
      Prisma.sql`lower(r."serviceCategory") IN (${Prisma.join(filters.serviceCategories.map((name) => name.toLowerCase()))})`,
    );
  }
  if (filters.regions && filters.regions.length > 0) {
    described.regions = filters.regions;
    conditions.push(Prisma.sql`lower(r.region) IN (${Prisma.join(filters.regions.map((region) => region.toLowerCase()))})`);
  }
  const accounts = await resolveAccounts(filters.accounts, prisma);
  if (accounts) {
    described.accounts = accounts.labels;
    conditions.push(Prisma.sql`r.account IN (${Prisma.join(accounts.values)})`);
  }
  if (filters.chargeTypes && filters.chargeTypes.length > 0) {
    described.chargeTypes = filters.chargeTypes;
    conditions.push(Prisma.sql`r."chargeType" IN (${Prisma.join(filters.chargeTypes)})`);
  }
  if (filters.costType === 'effective') described.costType = 'effective (amortized)';
  return { described, condition: conditions.length > 0 ? Prisma.join(conditions, ' AND ') : Prisma.sql`TRUE` };
}

/**
 * Whether any of these fragments over the spend rows reads `r.account` (a filter or grouping by
 * account): only then must the FOCUS side come from the per-account rollups. Read from the SQL
 * itself rather than from a flag, so a condition a caller adds on its own is covered too.
 */
export function readsAccount(...fragments: Prisma.Sql[]): boolean {
  return fragments.some((fragment) => /\br\."?account"?(?![\w"])/.test(fragment.sql));
}

/**
 * Whether InvoiceSpendDaily was built from the invoice lines and services as they are now (the
 * triggers bump the source version on every change). One uncorrelated test: evaluated once per
 * statement (an InitPlan), so a statement reads either the rollup or the raw lines, never both.
 */
export const isRollupCurrent = Prisma.sql`COALESCE((SELECT "sourceVersion" = "builtFromVersion" FROM "SpendRollupVersion" WHERE id = 1), FALSE)`;

/**
 * isRollupCurrent asked on its own, for a statement that reads only the branch it needs. A rollup
 * rebuilt or made stale between this and the statement changes nothing that statement may show:
 * the raw lines are always right, and a rollup current a moment ago holds the same sums.
 */
export async function readIsRollupCurrent(prisma: PrismaClient): Promise<boolean> {
  const [row] = await prisma.$queryRaw<Array<{ current: boolean }>>`SELECT ${isRollupCurrent} AS current`;
  return row?.current === true;
}

// The summaries (CostDailySummary / CostMonthlySummary) are current while no billing period is
// marked stale; one uncorrelated test, so PostgreSQL evaluates it once per statement (an InitPlan).
export const isSummaryCurrent = Prisma.sql`NOT EXISTS (SELECT 1 FROM "CostSummaryStale")`;

/**
 * The unified spend rows of a period as a SQL fragment (`FROM (...) r`). The monthly rollup
 * answers whole months; the daily one answers partial months and daily trends. `r.source` says
 * where a row comes from ('invoice' or 'focus'); a condition on it leaves the other side unread.
 *
 * `accountLevel: false` (the caller neither filters nor groups by `r.account`, see readsAccount)
 * reads the FOCUS side from the summaries without billing account and sub-account, whose size does
 * not grow with the number of accounts: at 50× the per-account rollups hold ~50× the rows for the
 * same answer. The summaries are read only while current; otherwise, in the same statement, the
 * per-account rollups (same figures, `r.account` then filled but unused). Default: account level.
 */
export function spendRowsSql(
  period: { start: string; end: string },
  options: {
    costType?: 'billed' | 'effective' | undefined;
    daily?: boolean;
    accountLevel?: boolean;
    /** Known from readIsRollupCurrent: read only that branch (see the invoice part below). */
    invoiceRollupIsCurrent?: boolean;
  },
): Prisma.Sql {
  const start = new Date(`${period.start}T00:00:00Z`);
  const end = new Date(`${period.end}T00:00:00Z`);
  const cost = options.costType === 'effective' ? Prisma.sql`c."effectiveCost"` : Prisma.sql`c."billedCost"`;
  const fromRollup = (table: 'CostDaily' | 'CostMonthly', bucket: 'day' | 'month', from: Date, to: Date, onlyIf: Prisma.Sql) =>
    Prisma.sql`SELECT c.${Prisma.raw(`"${bucket}"`)} AS day, c."vendorId", c."costCenterId", c."subAccountId", c."billingAccountId", c."serviceName", c."serviceCategory", c."regionId", c."chargeCategory", c.currency, ${cost} AS amount, c."rowCount" AS records
        FROM ${Prisma.raw(`"${table}"`)} c WHERE c.${Prisma.raw(`"${bucket}"`)} >= ${from} AND c.${Prisma.raw(`"${bucket}"`)} < ${to} AND ${onlyIf}`;
  const fromSummary = (table: 'CostDailySummary' | 'CostMonthlySummary', bucket: 'day' | 'month', from: Date, to: Date) =>
    Prisma.sql`SELECT c.${Prisma.raw(`"${bucket}"`)} AS day, c."vendorId", c."costCenterId", NULL::text AS "subAccountId", NULL::text AS "billingAccountId", c."serviceName", c."serviceCategory", c."regionId", c."chargeCategory", c.currency, ${cost} AS amount, c."rowCount" AS records
        FROM ${Prisma.raw(`"${table}"`)} c WHERE c.${Prisma.raw(`"${bucket}"`)} >= ${from} AND c.${Prisma.raw(`"${bucket}"`)} < ${to} AND ${isSummaryCurrent}`;
  const isAccountLevel = options.accountLevel !== false;
  const daily = (from: Date, to: Date) =>
    isAccountLevel
      ? fromRollup('CostDaily', 'day', from, to, Prisma.sql`TRUE`)
      : Prisma.sql`${fromSummary('CostDailySummary', 'day', from, to)} UNION ALL ${fromRollup('CostDaily', 'day', from, to, Prisma.sql`NOT ${isSummaryCurrent}`)}`;
  const monthly = (from: Date, to: Date) =>
    isAccountLevel
      ? fromRollup('CostMonthly', 'month', from, to, Prisma.sql`TRUE`)
      : Prisma.sql`${fromSummary('CostMonthlySummary', 'month', from, to)} UNION ALL ${fromRollup('CostMonthly', 'month', from, to, Prisma.sql`NOT ${isSummaryCurrent}`)}`;
  // A period that is not month-aligned ("this year" up to today) reads its whole months from the
  // monthly rollup and only the partial months at its edges from the daily one: the daily rollup
  // has a row per resource and day, so at 50× "this year" would read ~700,000 of them. Months
  // are sums of the same days (both rollups group the same rows), and only daily trends, which
  // stay on the daily rollup, look at the day itself.
  const firstWholeMonth = start.getUTCDate() === 1 ? start : addMonths(monthStart(start), 1);
  const lastWholeMonthEnd = monthStart(end);
  const focusParts =
    options.daily === true || firstWholeMonth >= lastWholeMonthEnd
      ? [daily(start, end)]
      : [
          ...(start < firstWholeMonth ? [daily(start, firstWholeMonth)] : []),
          monthly(firstWholeMonth, lastWholeMonthEnd),
          ...(lastWholeMonthEnd < end ? [daily(lastWholeMonthEnd, end)] : []),
        ];
  const focus = Prisma.join(focusParts, ' UNION ALL ');
  // Invoice lines come from the InvoiceSpendDaily rollup while it is current (built from the
  // source version the triggers have now), else from the raw lines. Both branches are one
  // statement, so one snapshot decides: PostgreSQL evaluates the freshness test once (an InitPlan)
  // and runs only the branch it selects. The branch switched off still starts its parallel
  // workers (~25 ms per loop at 50×), so a caller that asked readIsRollupCurrent passes the answer
  // and the statement holds one branch.
  const rollupTest =
    options.invoiceRollupIsCurrent === undefined ? isRollupCurrent : options.invoiceRollupIsCurrent ? Prisma.sql`TRUE` : Prisma.sql`FALSE`;
  return Prisma.sql`(
    SELECT l.day, l."vendorId", v.name AS "vendorName", v.domain::text AS domain,
      l."costCenterId", l."locationId", l."serviceType", NULL::text AS "serviceName", NULL::text AS "serviceCategory",
      a.number AS account, NULL::text AS region, l."chargeType", l.currency, l.amount, l.records, 'invoice'::text AS source
    FROM (
      SELECT d."periodStart" AS day, d."vendorId", d."accountId", d."costCenterId", d."locationId", d."serviceType",
        d."chargeType", d.currency, d.amount::numeric AS amount, d."lineCount"::bigint AS records
      FROM "InvoiceSpendDaily" d
      WHERE d."periodStart" >= ${start} AND d."periodStart" < ${end} AND ${rollupTest}
      UNION ALL
      SELECT l."periodStart", l."vendorId", l."accountId", s."costCenterId", s."locationId", s."serviceType",
        l."chargeType"::text, i.currency, l.amount::numeric, 1::bigint
      FROM "InvoiceLine" l
      JOIN "Invoice" i ON i.id = l."invoiceId"
      LEFT JOIN (
        SELECT DISTINCT ON ("identifierKey") "identifierKey", "costCenterId", "locationId", "type"::text AS "serviceType"
        FROM "Service" ORDER BY "identifierKey", id
      ) s ON s."identifierKey" = l."identifierKey"
      WHERE l."periodStart" >= ${start} AND l."periodStart" < ${end} AND NOT ${rollupTest}
    ) l
    JOIN "Vendor" v ON v.id = l."vendorId"
    JOIN "Account" a ON a.id = l."accountId"
    UNION ALL
    SELECT f.day::date, f."vendorId", v.name, v.domain::text, f."costCenterId", NULL::int,
      CASE WHEN v.domain::text = 'saas' THEN 'saas_subscription' ELSE 'cloud_account' END,
      f."serviceName", f."serviceCategory", COALESCE(f."subAccountId", f."billingAccountId"), f."regionId",
      lower(f."chargeCategory"), f.currency, f.amount::numeric, f.records::bigint, 'focus'::text
    FROM (${focus}) f
    JOIN "Vendor" v ON v.id = f."vendorId"
  ) r`;
}

/** The SQL expression a breakdown groups by, and how a missing value reads. */
export function dimensionSql(dimension: SpendDimension): { key: Prisma.Sql; label: Prisma.Sql } {
  switch (dimension) {
    case 'vendor':
      return { key: Prisma.sql`r."vendorName"`, label: Prisma.sql`r."vendorName"` };
    case 'domain':
      return { key: Prisma.sql`r.domain`, label: Prisma.sql`r.domain` };
    case 'cost_center':
      return {
        key: Prisma.sql`cc.code`,
        label: Prisma.sql`COALESCE(cc.code || ' ' || cc.name, 'Unallocated')`,
      };
    case 'location':
      return { key: Prisma.sql`loc.name`, label: Prisma.sql`COALESCE(loc.name, 'No location (cloud, SaaS, account-level)')` };
    case 'service_type':
      return { key: Prisma.sql`r."serviceType"`, label: Prisma.sql`COALESCE(r."serviceType", 'Account-level charges')` };
    case 'service':
      // FOCUS ServiceName for cloud and SaaS, the inventory type for telecom lines.
      return {
        key: Prisma.sql`COALESCE(r."serviceName", r."serviceType")`,
        label: Prisma.sql`COALESCE(r."serviceName", r."serviceType", 'Account-level charges')`,
      };
    case 'service_name':
      return { key: Prisma.sql`r."serviceName"`, label: Prisma.sql`COALESCE(r."serviceName", 'Telecom invoices (no FOCUS service)')` };
    case 'service_category':
      return {
        key: Prisma.sql`r."serviceCategory"`,
        label: Prisma.sql`COALESCE(r."serviceCategory", 'Telecom invoices (no FOCUS category)')`,
      };
    case 'account':
      return { key: Prisma.sql`r.account`, label: Prisma.sql`COALESCE(r.account, 'No account')` };
    case 'region':
      return { key: Prisma.sql`r.region`, label: Prisma.sql`COALESCE(r.region, 'No region (telecom)')` };
    case 'charge_type':
      return { key: Prisma.sql`r."chargeType"`, label: Prisma.sql`COALESCE(r."chargeType", 'unknown')` };
  }
}

/** Joins that give cost-center and location rows their names. */
export const labelJoinsSql = Prisma.sql`LEFT JOIN "CostCenter" cc ON cc.id = r."costCenterId" LEFT JOIN "Location" loc ON loc.id = r."locationId"`;
