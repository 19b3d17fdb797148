import type { PrismaClient } from '../../src/db/generated/client.js';
import { Prisma } from '../../src/db/generated/client.js';
import { Decimal } from '../../src/domain/shared/decimal.js';

// The forecast as issue 17 specifies it, recomputed from the raw rows (InvoiceLine, Invoice,
// Service, ContractRate, CostRecord — never the rollups or the product's projection code), for
// the eval oracles. Their filter condition is written over the columns of their spend rows (r.at,
// r.vendor, r.domain, r."costCenterId", r."locationId", r.account, …), which the row sources here
// repeat, with what the method needs beside them.
//
// The method: actual is spend before as-of's day. Each vendor account invoiced in the three
// months before as-of's month is billed once more for every month of the horizon after its last
// invoice: that invoice's recurring lines (a service with an end date, or disconnected without one,
// only for its days in service that month), and usage, taxes and surcharges at their average over
// the account's last three invoices (a line of a service that ends, for its days in service). A service started since then that no invoice has billed yet
// is billed from its start at its inventory monthly cost (or its vendor's one monthly contract
// rate). FOCUS costs after the last imported day follow the average of the same weekday over the
// last whole weeks (at most 8), per vendor, cost center and currency; a series with under 4 whole
// weeks is averaged flat over its days. A series whose costs all fall on one day of the month
// (at least twice, or once on the 1st) is a monthly charge: charged again on that day at its
// latest amount.

const day = 86_400_000;
const utc = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);
const monthsLater = (date: Date, months: number) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));

function invoiceRows(): Prisma.Sql {
  return Prisma.sql`(
    SELECT l."periodStart"::timestamp AS at, v.name AS vendor, v.domain::text AS domain, s."costCenterId", s."locationId",
      NULL::text AS "serviceName", NULL::text AS "serviceCategory", NULL::text AS region, NULL::text AS "subAccountId", NULL::text AS "subAccountName",
      a.number AS account, l.amount::numeric AS amount, 'invoice' AS source, l."chargeType"::text AS "chargeType",
      s.status::text AS "serviceStatus", to_char(s."startDate", 'YYYY-MM-DD') AS "serviceStart", to_char(s."endDate", 'YYYY-MM-DD') AS "serviceEnd"
    FROM "InvoiceLine" l
    JOIN "Vendor" v ON v.id = l."vendorId"
    JOIN "Account" a ON a.id = l."accountId"
    LEFT JOIN (SELECT DISTINCT ON ("identifierKey") * FROM "Service" ORDER BY "identifierKey", id) s ON s."identifierKey" = l."identifierKey"
  ) r`;
}

function focusRows(costCenterTagKeys: readonly string[]): Prisma.Sql {
  return Prisma.sql`(
    SELECT c."chargePeriodStart" AS at, v.name AS vendor, v.domain::text AS domain, tagged.id AS "costCenterId", NULL::int AS "locationId",
      c."serviceName", c."serviceCategory", c."regionId" AS region, c."subAccountId", c."subAccountName", c."billingAccountId" AS account,
      c."billedCost"::numeric AS amount, 'focus' AS source, c."billingCurrency" AS currency
    FROM "CostRecord" c
    JOIN "Vendor" v ON v.id = c."vendorId"
    LEFT JOIN "CostCenter" tagged ON lower(tagged.code) = lower(trim((
      SELECT t.value FROM jsonb_each_text(CASE WHEN jsonb_typeof(c.tags::jsonb) = 'object' THEN c.tags::jsonb ELSE '{}'::jsonb END) t
      WHERE lower(t.key) IN (${Prisma.join(costCenterTagKeys.map((key) => key.toLowerCase()))}) LIMIT 1)))
  ) r`;
}

/** Days in service in [month, next month) ÷ the month's days; 1 for a service that does not end. */
function shareOfMonth(
  month: Date,
  service: { status: string | null; start: string | null; end: string | null },
  isEndingOnly: boolean,
): Decimal {
  const next = monthsLater(month, 1);
  if (isEndingOnly && service.end === null && service.status !== 'disconnected') return new Decimal(1);
  if (service.status === 'disconnected' && service.end === null) return new Decimal(0);
  const from = Math.max(month.getTime(), service.start ? utc(service.start).getTime() : month.getTime());
  const to = Math.min(next.getTime(), service.end ? utc(service.end).getTime() + day : next.getTime());
  return new Decimal(Math.max(0, Math.round((to - from) / day))).div(Math.round((next.getTime() - month.getTime()) / day));
}

export async function expectedForecast(
  prisma: PrismaClient,
  input: { asOf: Date; horizonStart: Date; horizonEnd: Date; condition: Prisma.Sql; costCenterTagKeys: readonly string[] },
): Promise<{ actual: Decimal; projected: Decimal; total: Decimal }> {
  const today = new Date(Date.UTC(input.asOf.getUTCFullYear(), input.asOf.getUTCMonth(), input.asOf.getUTCDate()));
  const actualEnd = today < input.horizonStart ? input.horizonStart : today > input.horizonEnd ? input.horizonEnd : today;
  const activeSince = monthsLater(today, -3);
  const readFrom = monthsLater(activeSince, -3);
  const horizonMonths: Date[] = [];
  for (let month = input.horizonStart; month < input.horizonEnd; month = monthsLater(month, 1)) horizonMonths.push(month);

  const sumOf = async (rows: Prisma.Sql) => {
    const [row] = await prisma.$queryRaw<Array<{ amount: string | null }>>`
      SELECT sum(r.amount)::text AS amount FROM ${rows} WHERE ${input.condition} AND r.at >= ${input.horizonStart} AND r.at < ${actualEnd}`;
    return new Decimal(row?.amount ?? 0);
  };
  const actual = (await sumOf(invoiceRows())).plus(await sumOf(focusRows(input.costCenterTagKeys)));

  // Invoices, per account.
  let projected = new Decimal(0);
  const invoiced = await prisma.$queryRaw<Array<{ vendor: string; account: string; month: string }>>`
    SELECT DISTINCT v.name AS vendor, a.number AS account, to_char(i."periodStart", 'YYYY-MM-DD') AS month
    FROM "Invoice" i JOIN "Vendor" v ON v.id = i."vendorId" JOIN "Account" a ON a.id = i."accountId"
    WHERE i."periodStart" >= ${readFrom} AND i."periodStart" < ${today}`;
  const lines = await prisma.$queryRaw<
    Array<{
      vendor: string;
      account: string;
      month: string;
      chargeType: string;
      serviceStatus: string | null;
      serviceStart: string | null;
      serviceEnd: string | null;
      amount: string;
    }>
  >`
    SELECT r.vendor, r.account, to_char(r.at, 'YYYY-MM-DD') AS month, r."chargeType", r."serviceStatus", r."serviceStart", r."serviceEnd", sum(r.amount)::text AS amount
    FROM ${invoiceRows()} WHERE ${input.condition} AND r.at >= ${readFrom} AND r.at < ${today}
    GROUP BY 1, 2, 3, 4, 5, 6, 7`;
  const accounts = new Map<string, string[]>();
  for (const row of invoiced)
    accounts.set(`${row.vendor}|${row.account}`, [...(accounts.get(`${row.vendor}|${row.account}`) ?? []), row.month]);
  const projectedMonthsOf = new Map<string, Date[]>();
  for (const [key, months] of accounts) {
    months.sort().reverse();
    const last = months[0]!;
    if (utc(last) < activeSince) continue;
    const toBill = horizonMonths.filter((month) => month > utc(last));
    projectedMonthsOf.set(key, toBill);
    const averaged = months.slice(0, 3);
    for (const line of lines.filter((candidate) => `${candidate.vendor}|${candidate.account}` === key)) {
      const service = { status: line.serviceStatus, start: line.serviceStart, end: line.serviceEnd };
      for (const month of toBill) {
        if (line.chargeType === 'recurring' && line.month === last)
          projected = projected.plus(new Decimal(line.amount).times(shareOfMonth(month, service, true)));
        if (['usage', 'tax', 'surcharge'].includes(line.chargeType) && averaged.includes(line.month)) {
          projected = projected.plus(new Decimal(line.amount).div(averaged.length).times(shareOfMonth(month, service, true)));
        }
      }
    }
  }

  // Services started since activeSince and not billed yet.
  const added = await prisma.$queryRaw<
    Array<{ vendor: string; account: string | null; start: string; end: string | null; rate: string | null }>
  >`
    SELECT r.vendor, r.account, r.start, r."end", r.rate FROM (
      SELECT s."startDate"::timestamp AS at, v.name AS vendor, v.domain::text AS domain, s."costCenterId", s."locationId",
        NULL::text AS "serviceName", NULL::text AS "serviceCategory", NULL::text AS region, NULL::text AS "subAccountId", NULL::text AS "subAccountName",
        a.number AS account, to_char(s."startDate", 'YYYY-MM-DD') AS start, to_char(s."endDate", 'YYYY-MM-DD') AS "end",
        COALESCE(s."monthlyCost", (
          SELECT min(cr."unitPrice") FROM "Contract" k JOIN "ContractRate" cr ON cr."contractId" = k.id
          WHERE k."vendorId" = s."vendorId" AND cr."serviceType" = s.type AND cr.unit ILIKE '%month%' HAVING count(*) = 1
        ))::text AS rate
      FROM "Service" s JOIN "Vendor" v ON v.id = s."vendorId" LEFT JOIN "Account" a ON a.id = s."accountId"
      WHERE s.status IN ('active', 'pending') AND s."startDate" >= ${activeSince}
        AND (v.domain::text IN ('telecom', 'mobility') OR EXISTS (SELECT 1 FROM "Invoice" i WHERE i."vendorId" = s."vendorId"))
        AND NOT EXISTS (SELECT 1 FROM "InvoiceLine" l WHERE l."identifierKey" = s."identifierKey" AND l."vendorId" = s."vendorId" AND l."periodStart" >= ${activeSince})
    ) r WHERE ${input.condition} AND r.rate IS NOT NULL`;
  for (const service of added) {
    const months =
      (service.account !== null ? projectedMonthsOf.get(`${service.vendor}|${service.account}`) : undefined) ??
      horizonMonths.filter((month) => month >= monthsLater(utc(service.start), 0));
    for (const month of months)
      projected = projected.plus(
        new Decimal(service.rate!).times(shareOfMonth(month, { status: 'active', start: service.start, end: service.end }, false)),
      );
  }

  // FOCUS: the days after the last imported day.
  const [latest] = await prisma.$queryRaw<Array<{ last: string | null }>>`
    SELECT to_char(max(date_trunc('day', "chargePeriodStart")), 'YYYY-MM-DD') AS last FROM "CostRecord" WHERE "chargePeriodStart" < ${today}`;
  if (latest?.last) {
    const windowEnd = new Date(utc(latest.last).getTime() + day);
    const windowStart = new Date(windowEnd.getTime() - 56 * day);
    const from = windowEnd > input.horizonStart ? windowEnd : input.horizonStart;
    const days = await prisma.$queryRaw<Array<{ series: string; day: string; amount: string }>>`
      SELECT concat_ws('|', r.vendor, r."costCenterId"::text, r.currency) AS series, to_char(date_trunc('day', r.at), 'YYYY-MM-DD') AS day, sum(r.amount)::text AS amount
      FROM ${focusRows(input.costCenterTagKeys)} WHERE ${input.condition} AND r.at >= ${windowStart} AND r.at < ${windowEnd}
      GROUP BY 1, 2`;
    const series = new Map<string, Map<string, Decimal>>();
    for (const row of days)
      series.set(row.series, (series.get(row.series) ?? new Map<string, Decimal>()).set(row.day, new Decimal(row.amount)));
    for (const costs of series.values()) {
      const first = [...costs.keys()].sort()[0]!;
      const charged = [...costs].filter(([, cost]) => !cost.isZero()).sort(([left], [right]) => left.localeCompare(right));
      const chargeDays = new Set(charged.map(([chargeDay]) => Number(chargeDay.slice(8, 10))));
      const chargeDay = [...chargeDays][0];
      if (chargeDays.size === 1 && chargeDay !== undefined && (charged.length >= 2 || chargeDay === 1)) {
        for (let time = from.getTime(); time < input.horizonEnd.getTime(); time += day) {
          const date = new Date(time);
          const monthDays = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
          if (date.getUTCDate() === Math.min(chargeDay, monthDays)) projected = projected.plus(charged.at(-1)![1]);
        }
        continue;
      }
      const available = Math.round((windowEnd.getTime() - utc(first).getTime()) / day);
      const weeks = Math.min(8, Math.floor(available / 7));
      const spanDays = weeks >= 4 ? weeks * 7 : Math.min(available, 56);
      const sums = Array.from({ length: 7 }, () => new Decimal(0));
      let total = new Decimal(0);
      for (let time = windowEnd.getTime() - spanDays * day; time < windowEnd.getTime(); time += day) {
        const cost = costs.get(iso(new Date(time))) ?? new Decimal(0);
        sums[new Date(time).getUTCDay()] = sums[new Date(time).getUTCDay()]!.plus(cost);
        total = total.plus(cost);
      }
      for (let time = from.getTime(); time < input.horizonEnd.getTime(); time += day) {
        projected = projected.plus(weeks >= 4 ? sums[new Date(time).getUTCDay()]!.div(weeks) : total.div(spanDays));
      }
    }
  }
  const rounded = projected.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return { actual, projected: rounded, total: actual.plus(rounded) };
}
