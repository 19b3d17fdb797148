import { Prisma } from '../../db/generated/client.js';
import type { Period } from '../periods/period.js';

/**
 * Fills ServiceMonthSpend from every invoice line charged to a service, through ServiceOfIdentifier
 * (filled first, in the same transaction): the month's lines of one identifier summed once, as the
 * raw ranking sums them per question.
 */
export const fillServiceMonthSpendSql = Prisma.sql`
  INSERT INTO "ServiceMonthSpend" ("month", "serviceId", "currency", "amount")
  SELECT date_trunc('month', l."periodStart")::date, f."serviceId", min(i.currency), sum(l.amount)
  FROM "InvoiceLine" l
  JOIN "Invoice" i ON i.id = l."invoiceId"
  JOIN "ServiceOfIdentifier" f ON f."identifierKey" = l."identifierKey"
  GROUP BY 1, 2`;

/**
 * The period as whole calendar months, or null when it starts or ends inside one: the table
 * holds months, and a line whose billing period starts on the 15th must not be counted for a
 * question that starts on the 20th.
 */
export function wholeMonthsOf(period: Period): { start: Date; end: Date; count: number } | null {
  if (!period.start.endsWith('-01') || !period.end.endsWith('-01')) return null;
  const start = new Date(`${period.start}T00:00:00Z`);
  const end = new Date(`${period.end}T00:00:00Z`);
  const count = (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth();
  return count > 0 ? { start, end, count } : null;
}

/**
 * Each service's invoiced spend in the months, as `id, identifier, value, currency` rows over the
 * service alias `s` filtered by `condition`. One month is read as stored, so a ranking walks the
 * (month, amount) index and stops at its LIMIT; several are summed first.
 */
export function serviceMonthSpendSql(months: { start: Date; end: Date; count: number }, condition: Prisma.Sql): Prisma.Sql {
  if (months.count === 1) {
    return Prisma.sql`(
      SELECT s.id, s.identifier, m.amount AS value, m.currency
      FROM "ServiceMonthSpend" m JOIN "Service" s ON s.id = m."serviceId"
      WHERE m.month = ${months.start} AND ${condition})`;
  }
  return Prisma.sql`(
    SELECT s.id, s.identifier, m.amount AS value, m.currency
    FROM (
      SELECT "serviceId", sum(amount) AS amount, min(currency) AS currency FROM "ServiceMonthSpend"
      WHERE month >= ${months.start} AND month < ${months.end}
      GROUP BY "serviceId"
    ) m JOIN "Service" s ON s.id = m."serviceId"
    WHERE ${condition})`;
}
