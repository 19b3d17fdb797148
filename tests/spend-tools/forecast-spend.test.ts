import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presentForecast } from '../../src/assistant/present/present-forecast.js';
import { Prisma } from '../../src/db/generated/client.js';
import type { Database } from '../../src/db/open-database.js';
import { Decimal } from '../../src/domain/shared/decimal.js';
import { formatMoney } from '../../src/domain/shared/format.js';
import type { ForecastSpendResult } from '../../src/domain/spend/forecast-spend.js';
import { callTool, contextFor, openDemoDatabase, rawSpend, total } from './demo-spend.js';

// As of 26 Nov 2026: cloud rows run through 25 Nov, invoices through October. Each expected
// figure is recomputed here from the raw rows: invoice lines, the inventory's dates, FOCUS rows.

const day = 86_400_000;
const utc = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);
const cents = (amount: Decimal) => amount.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
const equal = (actual: string | undefined, expected: Decimal) =>
  expect(new Decimal(actual ?? 'NaN').toString()).toBe(cents(expected).toString());

interface Scope {
  costCenterCode?: string;
  vendor?: string;
}

const where = (scope: Scope, costCenter: Prisma.Sql, vendor: Prisma.Sql) =>
  Prisma.sql`${scope.costCenterCode ? Prisma.sql`${costCenter} = (SELECT id FROM "CostCenter" WHERE code = ${scope.costCenterCode})` : Prisma.sql`TRUE`}
    AND ${scope.vendor ? Prisma.sql`${vendor} = (SELECT id FROM "Vendor" WHERE name = ${scope.vendor})` : Prisma.sql`TRUE`}`;

/**
 * October's recurring lines billed again in each month, each line's service (the first with its
 * identifier) prorated by the days it is still in service that month; a disconnected service with
 * no end date owes nothing more.
 */
async function recurringFromOctober(database: Database, months: string[], scope: Scope = {}): Promise<Decimal> {
  const lines = await database.prisma.$queryRaw<
    Array<{ amount: string; status: string | null; startDate: string | null; endDate: string | null }>
  >`
    SELECT l.amount::text AS amount, s.status::text AS status, to_char(s."startDate", 'YYYY-MM-DD') AS "startDate", to_char(s."endDate", 'YYYY-MM-DD') AS "endDate"
    FROM "InvoiceLine" l
    LEFT JOIN (SELECT DISTINCT ON ("identifierKey") * FROM "Service" ORDER BY "identifierKey", id) s ON s."identifierKey" = l."identifierKey"
    WHERE l."periodStart" = '2026-10-01' AND l."chargeType" = 'recurring' AND ${where(scope, Prisma.sql`s."costCenterId"`, Prisma.sql`l."vendorId"`)}`;
  let sum = new Decimal(0);
  for (const line of lines) {
    for (const month of months) {
      const start = utc(month).getTime();
      const end = Date.UTC(utc(month).getUTCFullYear(), utc(month).getUTCMonth() + 1, 1);
      let share = new Decimal(1);
      if (line.status === 'disconnected' && line.endDate === null) share = new Decimal(0);
      else if (line.endDate !== null) {
        const from = Math.max(start, line.startDate ? utc(line.startDate).getTime() : start);
        const to = Math.min(end, utc(line.endDate).getTime() + day);
        share = new Decimal(Math.max(0, (to - from) / day)).div((end - start) / day);
      }
      sum = sum.plus(new Decimal(line.amount).times(share));
    }
  }
  return sum;
}

/** Usage, taxes and surcharges of August to October, a month's average. */
async function usageAverage(database: Database, scope: Scope = {}): Promise<Decimal> {
  const [row] = await database.prisma.$queryRaw<Array<{ amount: string | null }>>`
    SELECT sum(l.amount)::text AS amount FROM "InvoiceLine" l
    LEFT JOIN (SELECT DISTINCT ON ("identifierKey") * FROM "Service" ORDER BY "identifierKey", id) s ON s."identifierKey" = l."identifierKey"
    WHERE l."periodStart" >= '2026-08-01' AND l."periodStart" < '2026-11-01' AND l."chargeType" IN ('usage', 'tax', 'surcharge')
      AND ${where(scope, Prisma.sql`s."costCenterId"`, Prisma.sql`l."vendorId"`)}`;
  return new Decimal(row?.amount ?? '0').div(3);
}

/** FOCUS costs of the eight weeks to 25 Nov averaged by weekday, summed over the days [from, to). */
async function cloudByWeekday(database: Database, from: string, to: string, scope: Scope = {}): Promise<Decimal> {
  const rows = await database.prisma.$queryRaw<Array<{ weekday: number; amount: string }>>`
    SELECT extract(dow FROM c."chargePeriodStart")::int AS weekday, sum(c."billedCost")::text AS amount FROM "CostRecord" c
    WHERE c."chargePeriodStart" >= '2026-10-01' AND c."chargePeriodStart" < '2026-11-26' AND ${where(scope, Prisma.sql`c."costCenterId"`, Prisma.sql`c."vendorId"`)}
    GROUP BY 1`;
  const averages = new Map(rows.map((row) => [row.weekday, new Decimal(row.amount).div(8)]));
  let sum = new Decimal(0);
  for (let time = utc(from).getTime(); time < utc(to).getTime(); time += day) sum = sum.plus(averages.get(new Date(time).getUTCDay()) ?? 0);
  return sum;
}

describe('forecast_spend on the demo enterprise', () => {
  let database: Database;

  beforeAll(async () => {
    database = await openDemoDatabase();
  }, 600_000);

  afterAll(async () => {
    await database.close();
  });

  it("forecasts this month: actual to date, each account's October recurring charges prorated for disconnections, usage at its three-month average, cloud by weekday", async () => {
    const result = await callTool<ForecastSpendResult>('forecast_spend', {}, contextFor(database));
    const actualToDate = total(await rawSpend(database.prisma, { start: '2026-11-01', end: '2026-11-26' }));
    const recurring = await recurringFromOctober(database, ['2026-11-01']);
    const usage = await usageAverage(database);
    const cloud = await cloudByWeekday(database, '2026-11-26', '2026-12-01');

    expect(result.period).toMatchObject({ start: '2026-11-01', end: '2026-12-01', label: 'November 2026' });
    expect(result.actualThrough).toBe('2026-11-25');
    expect(actualToDate.greaterThan(0)).toBe(true);
    equal(result.actual, actualToDate);
    expect(
      recurring.lessThan(total(await rawSpend(database.prisma, { start: '2026-10-01', end: '2026-11-01' }, { source: 'invoice' }))),
    ).toBe(true);
    equal(result.split.recurring, recurring);
    expect(result.split.recurringBasisMonths).toEqual(['2026-10-01']);
    equal(result.split.usage, usage);
    equal(result.split.runRate, cloud);
    expect([result.split.runRateDays, result.split.isRunRateByWeekday]).toEqual([5, true]);
    equal(result.forecast, recurring.plus(usage).plus(cloud).plus(result.split.added));
    equal(result.total, new Decimal(result.actual).plus(result.forecast));
    expect(result.changes.filter((change) => change.change === 'disconnected').length).toBeGreaterThan(0);
    expect([result.daysElapsed, result.daysTotal]).toEqual([25, 30]);
  });

  it('forecasts the year: January to date actual, November and December billed from October, 36 cloud days by weekday', async () => {
    const result = await callTool<ForecastSpendResult>('forecast_spend', { horizon: 'year' }, contextFor(database));
    const actualToDate = total(await rawSpend(database.prisma, { start: '2026-01-01', end: '2026-11-26' }));

    expect(result.period.label).toBe('2026');
    equal(result.actual, actualToDate);
    equal(result.split.recurring, await recurringFromOctober(database, ['2026-11-01', '2026-12-01']));
    equal(result.split.usage, (await usageAverage(database)).times(2));
    expect(result.split.runRateDays).toBe(36);
    equal(result.split.runRate, await cloudByWeekday(database, '2026-11-26', '2027-01-01'));
    equal(result.total, actualToDate.plus(result.forecast));
  });

  it('forecasts next month for one cloud vendor with no actual yet', async () => {
    const result = await callTool<ForecastSpendResult>(
      'forecast_spend',
      { vendors: ['AWS'], period: { start: '2026-12-01', end: '2027-01-01' } },
      contextFor(database),
    );

    expect(result.actualThrough).toBeNull();
    expect(result.byDomain.map((domain) => domain.domain)).toEqual(['cloud']);
    equal(result.actual, new Decimal(0));
    equal(result.total, await cloudByWeekday(database, '2026-12-01', '2027-01-01', { vendor: 'AWS' }));
  });

  it("gives a viewer limited to one cost center only that cost center's actual and forecast", async () => {
    const scope = { costCenterCode: 'CC-610' };
    const result = await callTool<ForecastSpendResult>(
      'forecast_spend',
      {},
      contextFor(database, { displayName: 'Platform lead', role: 'viewer', costCenterScope: [scope.costCenterCode] }),
    );
    const own = total(await rawSpend(database.prisma, { start: '2026-11-01', end: '2026-11-26' }, scope));
    const expected = (await recurringFromOctober(database, ['2026-11-01'], scope))
      .plus(await usageAverage(database, scope))
      .plus(await cloudByWeekday(database, '2026-11-26', '2026-12-01', scope));

    expect(own.greaterThan(0)).toBe(true);
    equal(result.actual, own);
    equal(result.forecast, expected.plus(result.split.added));
  });

  it('states the forecast, what is actual through which day, and each projected source with its basis, in the currency', async () => {
    const result = await callTool<ForecastSpendResult>('forecast_spend', {}, contextFor(database));
    const text = presentForecast(result).text;
    const money = (amount: string) => formatMoney(amount, 'USD');

    expect(text).toContain(
      `Forecast for November 2026: ${money(result.total)} (${money(result.actual)} actual through 25 Nov 2026 + ${money(result.forecast)} projected).`,
    );
    expect(text).toContain('25 of 30 days elapsed');
    expect(text).toContain(`recurring charges from the Oct 2026 invoices ${money(result.split.recurring)}`);
    expect(text).toContain(`usage and taxes at the recent invoices' average ${money(result.split.usage)}`);
    expect(text).toContain(`cloud run-rate ${money(result.split.runRatePerDay)}/day × 5 days (by weekday) ${money(result.split.runRate)}`);
  });
});
