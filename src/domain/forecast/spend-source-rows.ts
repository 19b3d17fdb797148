import { Prisma } from '../../db/generated/client.js';
import { isSummaryCurrent } from '../spend/spend-query.js';

// Row sources with the column names of the unified spend rows (spend-query.ts), so the filters
// resolved for any spend tool (`r."vendorId"`, `r.domain`, `r."costCenterId"`, …) apply unchanged
// to what the projection reads: FOCUS days, invoice lines with their service, and services not
// billed yet.

const serviceOfIdentifier = Prisma.sql`(
  SELECT DISTINCT ON ("identifierKey") "identifierKey", identifier, "costCenterId", "locationId", "type"::text AS "serviceType",
    "startDate", "endDate", status::text AS status, "monthlyCost"
  FROM "Service" ORDER BY "identifierKey", id
)`;

/**
 * FOCUS daily costs of [start, end) as unified spend rows. Without `accountLevel` (the condition
 * reads no `r.account`, see readsAccount) they come from the summaries without accounts while those
 * are current, whose size does not grow with the number of billing accounts; `r.account` is then NULL.
 */
export function focusDailyRowsSql(
  range: { start: Date; end: Date },
  options: { costType: 'billed' | 'effective' | undefined; accountLevel: boolean },
): Prisma.Sql {
  const cost = options.costType === 'effective' ? Prisma.sql`c."effectiveCost"` : Prisma.sql`c."billedCost"`;
  const perAccount = (onlyIf: Prisma.Sql) => Prisma.sql`
    SELECT c."day", c."vendorId", c."costCenterId", c."serviceName", c."serviceCategory", COALESCE(c."subAccountId", c."billingAccountId") AS account,
      c."regionId", c."chargeCategory", c.currency, ${cost} AS amount
    FROM "CostDaily" c WHERE c."day" >= ${range.start} AND c."day" < ${range.end} AND ${onlyIf}`;
  const days = options.accountLevel
    ? perAccount(Prisma.sql`TRUE`)
    : Prisma.sql`
    SELECT c."day", c."vendorId", c."costCenterId", c."serviceName", c."serviceCategory", NULL::text AS account,
      c."regionId", c."chargeCategory", c.currency, ${cost} AS amount
    FROM "CostDailySummary" c WHERE c."day" >= ${range.start} AND c."day" < ${range.end} AND ${isSummaryCurrent}
    UNION ALL ${perAccount(Prisma.sql`NOT ${isSummaryCurrent}`)}`;
  return Prisma.sql`(
    SELECT c."day" AS day, c."vendorId", v.name AS "vendorName", v.domain::text AS domain, c."costCenterId", NULL::int AS "locationId",
      CASE WHEN v.domain::text = 'saas' THEN 'saas_subscription' ELSE 'cloud_account' END AS "serviceType",
      c."serviceName", c."serviceCategory", c.account, c."regionId" AS region,
      lower(c."chargeCategory") AS "chargeType", c.currency, c.amount::numeric AS amount
    FROM (${days}) c JOIN "Vendor" v ON v.id = c."vendorId"
  ) r`;
}

/** A line is prorated when its service is in service for part of a month: it starts after the line's month begins, has an end date, or is disconnected. */
const isProrated = Prisma.sql`(s."endDate" IS NOT NULL OR s.status = 'disconnected' OR s."startDate" > l."periodStart")`;

/** The columns every invoice-line source below returns, from a line `l`, its service `s` (first by id), vendor `v` and account `a`. */
const invoiceLineColumns = (amount: Prisma.Sql, currency: Prisma.Sql, withService: Prisma.Sql) => Prisma.sql`
    l."periodStart" AS day, l."vendorId", v.name AS "vendorName", v.domain::text AS domain, s."costCenterId", s."locationId", s."serviceType",
      NULL::text AS "serviceName", NULL::text AS "serviceCategory", a.number AS account, NULL::text AS region,
      l."chargeType"::text AS "chargeType", ${currency} AS currency, ${amount} AS amount,
      CASE WHEN ${withService} THEN l."identifierKey" END AS "proratedKey",
      CASE WHEN ${withService} THEN s.identifier END AS "proratedIdentifier",
      CASE WHEN ${withService} THEN s."startDate" END AS "serviceStart",
      CASE WHEN ${withService} THEN s."endDate" END AS "serviceEnd",
      CASE WHEN ${withService} THEN s."monthlyCost" END AS "serviceMonthlyCost",
      CASE WHEN ${withService} THEN s.status = 'disconnected' ELSE FALSE END AS "isDisconnected"`;

/**
 * Invoice lines billed for months in [start, end) as unified spend rows, with the service's dates
 * where the line is prorated (isProrated); other lines carry none, so a caller summing by these
 * columns gets one row per month, charge type and cost center plus one per prorated service.
 *
 * While InvoiceSpendDaily is current (`rollupIsCurrent`, read by the caller), the unprorated lines
 * come from it: every line of the rollup, less the prorated lines (those of the services that start,
 * end or were disconnected, joined line by line), which come back with their service. Sums are the
 * same as over the raw lines, which are read instead while the rollup is stale. The choice is made
 * before the statement, not inside it: a branch switched off inside one statement still starts
 * its parallel workers, which cost more than the whole rollup read.
 */
export function invoiceLineRowsSql(range: { start: Date; end: Date }, options: { rollupIsCurrent: boolean }): Prisma.Sql {
  const inRange = Prisma.sql`l."periodStart" >= ${range.start} AND l."periodStart" < ${range.end}`;
  // The first service by id per identifier, as the rollup and the spend rows join it — only those
  // that can make a line of the range prorated.
  const proratedServices = Prisma.sql`(
    SELECT s."identifierKey", s.identifier, s."costCenterId", s."locationId", s.type::text AS "serviceType",
      s."startDate", s."endDate", s.status::text AS status, s."monthlyCost"
    FROM "Service" s
    WHERE (s."endDate" IS NOT NULL OR s.status = 'disconnected' OR s."startDate" > ${range.start})
      AND s.id = (SELECT min(e.id) FROM "Service" e WHERE e."identifierKey" = s."identifierKey")
  )`;
  // Each prorated line twice: with its service, and negated without it, to take it out of its
  // rollup group.
  // The currency is looked up per line by the invoice's key. The services' filter is estimated at a
  // few rows (a correlated min), so a join to Invoice ran as a nested loop over every invoice for
  // every line: 294,000 comparisons at 10× for 1,231 lines, most of the statement's time.
  const invoiceCurrency = Prisma.sql`(SELECT i.currency FROM "Invoice" i WHERE i.id = l."invoiceId")`;
  const proratedLines = Prisma.sql`
    SELECT ${invoiceLineColumns(Prisma.sql`CASE WHEN side."withService" THEN l.amount ELSE -l.amount END::numeric`, invoiceCurrency, Prisma.sql`side."withService"`)}
    FROM ${proratedServices} s
    JOIN "InvoiceLine" l ON l."identifierKey" = s."identifierKey" AND ${inRange}
    CROSS JOIN (VALUES (TRUE), (FALSE)) AS side("withService")
    JOIN "Vendor" v ON v.id = l."vendorId"
    JOIN "Account" a ON a.id = l."accountId"
    WHERE ${isProrated}`;
  if (!options.rollupIsCurrent) {
    return Prisma.sql`(
    SELECT ${invoiceLineColumns(Prisma.sql`l.amount::numeric`, Prisma.sql`i.currency`, isProrated)}
    FROM "InvoiceLine" l
    JOIN "Invoice" i ON i.id = l."invoiceId"
    JOIN "Vendor" v ON v.id = l."vendorId"
    JOIN "Account" a ON a.id = l."accountId"
    LEFT JOIN ${serviceOfIdentifier} s ON s."identifierKey" = l."identifierKey"
    WHERE ${inRange}
  ) r`;
  }
  return Prisma.sql`(
    SELECT d."periodStart" AS day, d."vendorId", v.name AS "vendorName", v.domain::text AS domain, d."costCenterId", d."locationId", d."serviceType",
      NULL::text AS "serviceName", NULL::text AS "serviceCategory", a.number AS account, NULL::text AS region,
      d."chargeType", d.currency, d.amount::numeric AS amount,
      NULL::text AS "proratedKey", NULL::text AS "proratedIdentifier", NULL::date AS "serviceStart", NULL::date AS "serviceEnd",
      NULL::numeric AS "serviceMonthlyCost", FALSE AS "isDisconnected"
    FROM "InvoiceSpendDaily" d
    JOIN "Vendor" v ON v.id = d."vendorId"
    JOIN "Account" a ON a.id = d."accountId"
    WHERE d."periodStart" >= ${range.start} AND d."periodStart" < ${range.end}
    UNION ALL ${proratedLines}
  ) r`;
}

/**
 * Active or pending services started on or after `since` that no invoice of their vendor has
 * billed since, at vendors that bill by invoice, with their monthly rate: the inventory's monthly
 * cost, else the vendor's contract rate for the service type when there is exactly one monthly
 * rate to choose.
 */
export function unbilledServiceRowsSql(since: Date): Prisma.Sql {
  return Prisma.sql`(
    SELECT s."startDate" AS day, s."vendorId", v.name AS "vendorName", v.domain::text AS domain, s."costCenterId", s."locationId", s.type::text AS "serviceType",
      NULL::text AS "serviceName", NULL::text AS "serviceCategory", a.number AS account, NULL::text AS region,
      'recurring'::text AS "chargeType", s.currency, COALESCE(s."monthlyCost", rate."unitPrice")::numeric AS amount,
      CASE WHEN s."monthlyCost" IS NOT NULL THEN 'inventory' ELSE 'contract' END AS "rateSource",
      s.identifier, s."startDate" AS "serviceStart", s."endDate" AS "serviceEnd"
    FROM "Service" s
    JOIN "Vendor" v ON v.id = s."vendorId"
    LEFT JOIN "Account" a ON a.id = s."accountId"
    LEFT JOIN LATERAL (
      SELECT min(cr."unitPrice") AS "unitPrice" FROM "Contract" c JOIN "ContractRate" cr ON cr."contractId" = c.id
      WHERE c."vendorId" = s."vendorId" AND cr."serviceType" = s.type AND cr.unit ILIKE '%month%'
      HAVING count(*) = 1
    ) rate ON TRUE
    WHERE s.status IN ('active', 'pending') AND s."startDate" >= ${since}
      AND (v.domain::text IN ('telecom', 'mobility') OR EXISTS (SELECT 1 FROM "Invoice" i WHERE i."vendorId" = s."vendorId"))
      AND NOT EXISTS (SELECT 1 FROM "InvoiceLine" l WHERE l."identifierKey" = s."identifierKey" AND l."vendorId" = s."vendorId" AND l."periodStart" >= ${since})
  ) r`;
}
