import type { PrismaClient } from '../../db/generated/client.js';
import type { Prisma } from '../../db/generated/client.js';
import { addDays, dateFromIso } from '../periods/period.js';
import { Decimal } from '../shared/decimal.js';
import { maxPatternWeeks } from './project-daily-run-rate.js';
import { readsAccount } from '../spend/spend-query.js';
import { focusDailyRowsSql } from './spend-source-rows.js';

export interface CloudSeries {
  vendor: string;
  domain: string;
  costCenterId: number | null;
  currency: string;
  /** First day with a cost inside the window read: a younger series is averaged over its own days. */
  firstDay: Date;
  dailyCosts: Map<string, Decimal>;
}

/**
 * FOCUS daily costs per vendor and cost center over the last weeks up to the last imported day
 * before as-of (one date for all series: a series without costs on it simply cost nothing).
 */
export async function loadCloudSeries(
  input: { asOfDay: Date; condition: Prisma.Sql; costType: 'billed' | 'effective' | undefined },
  prisma: PrismaClient,
): Promise<{ lastDataDay: Date | null; series: CloudSeries[] }> {
  const [latest] = await prisma.$queryRaw<Array<{ last: string | null }>>`
    SELECT to_char(max(day), 'YYYY-MM-DD') AS last FROM "CostDaily" WHERE day < ${input.asOfDay}`;
  if (!latest?.last) return { lastDataDay: null, series: [] };
  const lastDataDay = dateFromIso(latest.last);
  const windowEnd = addDays(lastDataDay, 1);
  const rows = await prisma.$queryRaw<
    Array<{ vendor: string; domain: string; costCenterId: number | null; currency: string; day: string; amount: string }>
  >`
    SELECT r."vendorName" AS vendor, r.domain, r."costCenterId" AS "costCenterId", r.currency, to_char(r.day, 'YYYY-MM-DD') AS day, sum(r.amount)::text AS amount
    FROM ${focusDailyRowsSql({ start: addDays(windowEnd, -maxPatternWeeks * 7), end: windowEnd }, { costType: input.costType, accountLevel: readsAccount(input.condition) })}
    WHERE ${input.condition}
    GROUP BY 1, 2, 3, 4, 5
    ORDER BY 5`;
  const series = new Map<string, CloudSeries>();
  for (const row of rows) {
    const key = [row.vendor, row.costCenterId ?? '', row.currency].join('\u0000');
    let entry = series.get(key);
    if (!entry) {
      entry = {
        vendor: row.vendor,
        domain: row.domain,
        costCenterId: row.costCenterId,
        currency: row.currency,
        firstDay: dateFromIso(row.day),
        dailyCosts: new Map(),
      };
      series.set(key, entry);
    }
    entry.dailyCosts.set(row.day, new Decimal(row.amount));
  }
  return { lastDataDay, series: [...series.values()] };
}
