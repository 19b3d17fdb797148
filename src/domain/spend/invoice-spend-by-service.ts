import { Prisma } from '../../db/generated/client.js';

/**
 * Invoice spend per service billed in [start, end) as `(…) l` with columns "periodStart",
 * "serviceId", "vendorId" (the vendor that billed), currency and amount. A line belongs to the first
 * service by id with its identifier, as in every spend answer; lines that match no service are left
 * out. While the invoice rollup is current (readIsRollupCurrent, asked by the caller) the rows come
 * from InvoiceSpendByService, one per service, period, vendor and currency; otherwise from the raw
 * lines, one per line, with the same sums. At 50× the raw side matches ~200,000 lines of a month
 * to 108,857 services for every answer that ranks or averages services.
 */
export function invoiceSpendByServiceSql(range: { start: Date; end: Date }, options: { rollupIsCurrent: boolean }): Prisma.Sql {
  if (options.rollupIsCurrent) {
    return Prisma.sql`(
      SELECT p."periodStart", p."serviceId", p."vendorId", p.currency, p.amount
      FROM "InvoiceSpendByService" p
      WHERE p."periodStart" >= ${range.start} AND p."periodStart" < ${range.end}
    ) l`;
  }
  return Prisma.sql`(
    SELECT line."periodStart", first.id AS "serviceId", line."vendorId", i.currency, line.amount
    FROM "InvoiceLine" line
    JOIN "Invoice" i ON i.id = line."invoiceId"
    JOIN (SELECT DISTINCT ON ("identifierKey") id, "identifierKey" FROM "Service" ORDER BY "identifierKey", id) first
      ON first."identifierKey" = line."identifierKey"
    WHERE line."periodStart" >= ${range.start} AND line."periodStart" < ${range.end}
  ) l`;
}
