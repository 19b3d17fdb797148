import { Prisma } from '../../db/generated/client.js';

// Row sources with the column names of the unified spend rows (spend-query.ts), so the filters
// resolved for any spend tool (`r."vendorId"`, `r.domain`, `r."costCenterId"`, …) apply unchanged
// to what the projection reads: FOCUS days, invoice lines with their service, and services not
// billed yet.

const serviceOfIdentifier = Prisma.sql`(
  SELECT DISTINCT ON ("identifierKey") "identifierKey", identifier, "costCenterId", "locationId", "type"::text AS "serviceType",
    "startDate", "endDate", status::text AS status
  FROM "Service" ORDER BY "identifierKey", id
)`;

/** FOCUS daily costs of [start, end) as unified spend rows. */
export function focusDailyRowsSql(range: { start: Date; end: Date }, costType: 'billed' | 'effective' | undefined): Prisma.Sql {
  const cost = costType === 'effective' ? Prisma.sql`c."effectiveCost"` : Prisma.sql`c."billedCost"`;
  return Prisma.sql`(
    SELECT c."day" AS day, c."vendorId", v.name AS "vendorName", v.domain::text AS domain, c."costCenterId", NULL::int AS "locationId",
      CASE WHEN v.domain::text = 'saas' THEN 'saas_subscription' ELSE 'cloud_account' END AS "serviceType",
      c."serviceName", c."serviceCategory", COALESCE(c."subAccountId", c."billingAccountId") AS account, c."regionId" AS region,
      lower(c."chargeCategory") AS "chargeType", c.currency, ${cost}::numeric AS amount
    FROM "CostDaily" c JOIN "Vendor" v ON v.id = c."vendorId"
    WHERE c."day" >= ${range.start} AND c."day" < ${range.end}
  ) r`;
}

/**
 * Invoice lines billed for months in [start, end) as unified spend rows, with the service's dates
 * where it ends (an end date, or disconnected): only those lines are prorated.
 */
export function invoiceLineRowsSql(range: { start: Date; end: Date }): Prisma.Sql {
  const isEnding = Prisma.sql`(s."endDate" IS NOT NULL OR s.status = 'disconnected')`;
  return Prisma.sql`(
    SELECT l."periodStart" AS day, l."vendorId", v.name AS "vendorName", v.domain::text AS domain, s."costCenterId", s."locationId", s."serviceType",
      NULL::text AS "serviceName", NULL::text AS "serviceCategory", a.number AS account, NULL::text AS region,
      l."chargeType"::text AS "chargeType", i.currency, l.amount::numeric AS amount,
      CASE WHEN ${isEnding} THEN l."identifierKey" END AS "endingKey",
      CASE WHEN ${isEnding} THEN s.identifier END AS "endingIdentifier",
      CASE WHEN ${isEnding} THEN s."startDate" END AS "serviceStart",
      CASE WHEN ${isEnding} THEN s."endDate" END AS "serviceEnd",
      COALESCE(s.status = 'disconnected', FALSE) AS "isDisconnected"
    FROM "InvoiceLine" l
    JOIN "Invoice" i ON i.id = l."invoiceId"
    JOIN "Vendor" v ON v.id = l."vendorId"
    JOIN "Account" a ON a.id = l."accountId"
    LEFT JOIN ${serviceOfIdentifier} s ON s."identifierKey" = l."identifierKey"
    WHERE l."periodStart" >= ${range.start} AND l."periodStart" < ${range.end}
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
