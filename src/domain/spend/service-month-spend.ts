import { Prisma } from '../../db/generated/client.js';
import type { Period } from '../periods/period.js';

/**
 * Works out again the months of ServiceMonthSpend whose lines changed since the last rebuild (named
 * in ServiceMonthSpendStale by triggers, see the migration) and those holding lines of an
 * identifier that now reaches another service (ServiceOfIdentifier against
 * `previous_service_of_identifier`, its rows before this rebuild). Runs inside the rebuild's
 * transaction, after ServiceOfIdentifier is refilled. Refilling every month took 17 s at 50×
 * (2.4 million rows); a month of invoices refills ~100,000.
 *
 * The stale months are taken with DELETE … RETURNING: a writer's months not yet committed are not
 * seen, stay in the table and are refilled by the next rebuild (its version bump waits for this
 * transaction, so the rollup reads as stale until then).
 */
export async function refillStaleServiceMonths(transaction: Prisma.TransactionClient): Promise<void> {
  await transaction.$executeRaw`CREATE TEMPORARY TABLE months_to_refill ("month" date PRIMARY KEY) ON COMMIT DROP`;
  await transaction.$executeRaw`
    WITH taken AS (DELETE FROM "ServiceMonthSpendStale" RETURNING "month")
    INSERT INTO months_to_refill SELECT "month" FROM taken`;
  await transaction.$executeRaw`
    INSERT INTO months_to_refill
    SELECT DISTINCT date_trunc('month', l."periodStart")::date
    FROM "InvoiceLine" l
    WHERE l."identifierKey" IN (
      SELECT "identifierKey" FROM (
        (SELECT "identifierKey", "serviceId" FROM "ServiceOfIdentifier" EXCEPT SELECT "identifierKey", "serviceId" FROM previous_service_of_identifier)
        UNION ALL
        (SELECT "identifierKey", "serviceId" FROM previous_service_of_identifier EXCEPT SELECT "identifierKey", "serviceId" FROM "ServiceOfIdentifier")
      ) moved)
    ON CONFLICT DO NOTHING`;
  // Without statistics the planner takes the temporary table for many months and joins every
  // invoice line (1.4–2 s at 50× with nothing to refill); analysed, it reads the month's lines by
  // their periodStart index.
  const [pending] = await transaction.$queryRaw<Array<{ months: number }>>`SELECT count(*)::int AS months FROM months_to_refill`;
  if (!pending?.months) return;
  await transaction.$executeRaw`ANALYZE months_to_refill`;
  await transaction.$executeRaw`DELETE FROM "ServiceMonthSpend" WHERE "month" IN (SELECT "month" FROM months_to_refill)`;
  // Written in month order so a month's ~100,000 rows at 50× sit together: in hash order they were
  // spread over every page of the table, and counting one month's ranked services read ~7,000
  // pages instead of ~400 (500 against 120 ms).
  await transaction.$executeRaw`
    INSERT INTO "ServiceMonthSpend" ("month", "serviceId", "currency", "amount")
    SELECT r."month", f."serviceId", min(i.currency), sum(l.amount)
    FROM months_to_refill r
    JOIN "InvoiceLine" l ON l."periodStart" >= r."month" AND l."periodStart" < r."month" + interval '1 month'
    JOIN "Invoice" i ON i.id = l."invoiceId"
    JOIN "ServiceOfIdentifier" f ON f."identifierKey" = l."identifierKey"
    GROUP BY 1, 2
    ORDER BY 1, 2`;
}

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
