import { z } from 'zod';
import { Prisma } from '../../db/generated/client.js';
import { getFreshness } from '../freshness/get-freshness.js';
import { addDays, addMonths, dateFromIso, daysBetween, makePeriod, periodInputSchema, toIsoDate } from '../periods/period.js';
import { resolveViewerScope } from '../scope/viewer-scope.js';
import { Decimal, sumDecimals } from '../shared/decimal.js';
import { defineTool, type Period, type ResultEnvelope } from '../tools/define-tool.js';
import { answerCurrency } from './spend-breakdown.js';
import { spendFilterFields } from './spend-filters.js';
import { readsAccount, resolveSpendFilters, spendRowsSql } from './spend-query.js';

// Two ways spend arrives, so two ways to project it:
// - cloud and SaaS (FOCUS rows) accrue daily: what is imported is actual, and the days after the
//   last imported day are the trailing 30-day daily average × days left;
// - telecom and mobility (invoices) arrive as one bill a month: a month with invoice lines is
//   actual, a month after the vendor's last bill is forecast at that bill's month. Pro-rating a
//   monthly bill by days would count it twice once it arrives.
// The two are told apart by the vendor's domain, as the spend domains are defined.

export type ForecastHorizon = 'month' | 'quarter' | 'year';

export interface TrailingAveragePart {
  method: 'trailing_daily_average';
  actual: string;
  forecast: string;
  /** Last day with cloud/SaaS data before as-of; null when none is imported. */
  lastDataDay: string | null;
  /** The days averaged, [start, end). */
  averageWindow: Period | null;
  dailyAverage: string;
  daysProjected: number;
}

export interface LastInvoicePart {
  method: 'last_invoice';
  actual: string;
  forecast: string;
  /** Per vendor with months to project: the month it is projected from and the amount per month. */
  vendors: Array<{ vendor: string; basisMonth: string; monthlyAmount: string; monthsProjected: string[]; forecast: string }>;
}

export type ForecastPart = TrailingAveragePart | LastInvoicePart;

export interface ForecastSpendResult extends ResultEnvelope {
  period: Period;
  horizon: ForecastHorizon | 'period';
  asOfDay: string;
  currency: string;
  actual: string;
  /** Projected for the rest of the period, rounded to the cent. */
  forecast: string;
  /** actual + forecast. */
  total: string;
  /** Only the methods the filtered spend uses. */
  parts: ForecastPart[];
  /** Share of the total that is actual, percent with one decimal; null when the total is 0. */
  actualSharePercent: string | null;
  daysElapsed: number;
  daysTotal: number;
}

const averageDays = 30;
// A vendor with no invoice in the three months before as-of's month has stopped billing: it is
// not projected into the future.
const invoiceLookbackMonths = 3;
const focusDomains = ['cloud', 'saas'];
const invoiceDomains = ['telecom', 'mobility'];

function horizonPeriod(horizon: ForecastHorizon, asOf: Date): Period {
  const year = asOf.getUTCFullYear();
  const firstMonth = horizon === 'month' ? asOf.getUTCMonth() : horizon === 'quarter' ? Math.floor(asOf.getUTCMonth() / 3) * 3 : 0;
  const start = new Date(Date.UTC(year, firstMonth, 1));
  return makePeriod(toIsoDate(start), toIsoDate(addMonths(start, horizon === 'month' ? 1 : horizon === 'quarter' ? 3 : 12)));
}

const later = (left: Date, right: Date): Date => (left > right ? left : right);
const earlier = (left: Date, right: Date): Date => (left < right ? left : right);

export const forecastSpend = defineTool({
  name: 'forecast_spend',
  description:
    'Forecasts spend to the end of the current month, quarter or year (or for a named month or period, e.g. next month), for any filter: actual to date plus a projection, with the method stated — cloud and SaaS at the trailing 30-day daily average, telecom and mobility at each vendor\'s last invoice — and how much of the period is actual. Use for "forecast", "projected", "expected by month/quarter/year end", "on track to spend"; not for past spend (get_spend) or the annualized current rate (get_run_rate).',
  input: z.object({
    horizon: z
      .enum(['month', 'quarter', 'year'])
      .optional()
      .describe('The calendar month (default), quarter or year that contains today'),
    period: periodInputSchema.optional().describe('A specific period to forecast instead of the horizon, e.g. next month 2026-12-01 to 2027-01-01'),
    ...spendFilterFields,
  }),
  async run(input, context): Promise<ForecastSpendResult> {
    const horizon = input.period ? 'period' : (input.horizon ?? 'month');
    const period = input.period ? makePeriod(input.period.start, input.period.end) : horizonPeriod(input.horizon ?? 'month', context.asOf);
    const start = dateFromIso(period.start);
    const end = dateFromIso(period.end);
    const asOfDay = new Date(Date.UTC(context.asOf.getUTCFullYear(), context.asOf.getUTCMonth(), context.asOf.getUTCDate()));
    const actualEnd = later(start, earlier(asOfDay, end));
    const scope = await resolveViewerScope(context.viewer, context.prisma);
    const filters = await resolveSpendFilters(input, scope, context.prisma);
    const focusCondition = Prisma.sql`${filters.condition} AND r.domain IN (${Prisma.join(focusDomains)})`;
    const invoiceCondition = Prisma.sql`${filters.condition} AND r.domain IN (${Prisma.join(invoiceDomains)})`;

    const [dataDays, freshness] = await Promise.all([
      context.prisma.$queryRaw<Array<{ first: string | null; last: string | null }>>`
        SELECT to_char(min(day), 'YYYY-MM-DD') AS first, to_char(max(day), 'YYYY-MM-DD') AS last FROM "CostDaily" WHERE day < ${asOfDay}`,
      getFreshness(context.prisma),
    ]);
    const lastDataDay = dataDays[0]?.last ? dateFromIso(dataDays[0].last) : null;
    const firstDataDay = dataDays[0]?.first ? dateFromIso(dataDays[0].first) : null;
    // 30 complete days before the last day (which may still be filling in); fewer when the data is younger.
    const window =
      lastDataDay && firstDataDay
        ? lastDataDay > firstDataDay
          ? { start: later(addDays(lastDataDay, -averageDays), firstDataDay), end: lastDataDay }
          : { start: lastDataDay, end: addDays(lastDataDay, 1) }
        : null;
    const lookbackStart = addMonths(new Date(Date.UTC(asOfDay.getUTCFullYear(), asOfDay.getUTCMonth(), 1)), -invoiceLookbackMonths);
    const invoiceRange = { start: toIsoDate(earlier(lookbackStart, start)), end: period.end };

    const sumFocus = (range: { start: Date; end: Date }, daily: boolean) =>
      range.start >= range.end
        ? Promise.resolve([{ amount: null, records: '0', currencies: null }])
        : context.prisma.$queryRaw<Array<{ amount: string | null; records: string; currencies: string | null }>>`
            SELECT sum(r.amount)::text AS amount, COALESCE(sum(r.records), 0)::text AS records, string_agg(DISTINCT r.currency, ',') AS currencies
            FROM ${spendRowsSql({ start: toIsoDate(range.start), end: toIsoDate(range.end) }, { costType: input.costType, daily, accountLevel: readsAccount(focusCondition) })}
            WHERE ${focusCondition}`;
    const [focusActualRows, focusWindowRows, invoiceRows] = await Promise.all([
      sumFocus({ start, end: actualEnd }, false),
      window ? sumFocus(window, true) : Promise.resolve([{ amount: null, records: '0', currencies: null }]),
      context.prisma.$queryRaw<Array<{ vendor: string; month: string; amount: string | null; currencies: string | null }>>`
        SELECT r."vendorName" AS vendor, to_char(date_trunc('month', r.day), 'YYYY-MM-DD') AS month, sum(r.amount)::text AS amount,
          string_agg(DISTINCT r.currency, ',') AS currencies
        FROM ${spendRowsSql(invoiceRange, { costType: input.costType, accountLevel: readsAccount(invoiceCondition) })}
        WHERE ${invoiceCondition}
        GROUP BY 1, 2`,
    ]);

    const currencies = new Set<string>();
    const noteCurrencies = (value: string | null | undefined) => {
      for (const currency of (value ?? '').split(',')) if (currency) currencies.add(currency);
    };

    // Cloud and SaaS.
    const focusActual = new Decimal(focusActualRows[0]?.amount ?? '0');
    noteCurrencies(focusActualRows[0]?.currencies);
    noteCurrencies(focusWindowRows[0]?.currencies);
    const windowDays = window ? daysBetween(window.start, window.end) : 0;
    const windowSum = new Decimal(focusWindowRows[0]?.amount ?? '0');
    const projectFrom = lastDataDay ? later(addDays(lastDataDay, 1), start) : start;
    const daysProjected = lastDataDay ? Math.max(0, daysBetween(projectFrom, end)) : 0;
    const focusForecast = windowDays > 0 ? windowSum.times(daysProjected).div(windowDays).toDecimalPlaces(2, Decimal.ROUND_HALF_UP) : new Decimal(0);
    const hasFocus = Number(focusActualRows[0]?.records ?? 0) > 0 || Number(focusWindowRows[0]?.records ?? 0) > 0;

    // Telecom and mobility.
    const monthsOfPeriod: string[] = [];
    for (let cursor = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1)); cursor < end; cursor = addMonths(cursor, 1)) {
      if (cursor >= start) monthsOfPeriod.push(toIsoDate(cursor));
    }
    const byVendor = new Map<string, Map<string, Decimal>>();
    for (const row of invoiceRows) {
      if (row.amount === null) continue;
      noteCurrencies(row.currencies);
      const months = byVendor.get(row.vendor) ?? new Map<string, Decimal>();
      months.set(row.month, new Decimal(row.amount));
      byVendor.set(row.vendor, months);
    }
    let invoiceActual = new Decimal(0);
    const vendors: LastInvoicePart['vendors'] = [];
    for (const [vendor, months] of [...byVendor.entries()].sort(([left], [right]) => left.localeCompare(right))) {
      invoiceActual = invoiceActual.plus(sumDecimals([...months.entries()].filter(([month]) => month >= period.start && month < period.end).map(([, amount]) => amount)));
      // Only months after the last bill are projected: a month missing before it was not billed.
      const basisMonth = [...months.keys()].sort().at(-1);
      if (!basisMonth || basisMonth < toIsoDate(lookbackStart)) continue;
      const missing = monthsOfPeriod.filter((month) => month > basisMonth);
      if (missing.length === 0) continue;
      const monthlyAmount = months.get(basisMonth)!;
      vendors.push({
        vendor,
        basisMonth,
        monthlyAmount: monthlyAmount.toString(),
        monthsProjected: missing,
        forecast: monthlyAmount.times(missing.length).toString(),
      });
    }
    const invoiceForecast = sumDecimals(vendors.map((entry) => entry.forecast));

    const parts: ForecastPart[] = [];
    if (hasFocus) {
      parts.push({
        method: 'trailing_daily_average',
        actual: focusActual.toString(),
        forecast: focusForecast.toString(),
        lastDataDay: lastDataDay ? toIsoDate(lastDataDay) : null,
        averageWindow: window ? makePeriod(toIsoDate(window.start), toIsoDate(window.end)) : null,
        dailyAverage: windowDays > 0 ? windowSum.div(windowDays).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString() : '0',
        daysProjected,
      });
    }
    if (byVendor.size > 0) parts.push({ method: 'last_invoice', actual: invoiceActual.toString(), forecast: invoiceForecast.toString(), vendors });
    const actual = focusActual.plus(invoiceActual);
    const forecast = focusForecast.plus(invoiceForecast);
    const total = actual.plus(forecast);
    return {
      filters: filters.described,
      period,
      horizon,
      asOfDay: toIsoDate(asOfDay),
      freshness,
      currency: answerCurrency([...currencies].sort()),
      actual: actual.toString(),
      forecast: forecast.toString(),
      total: total.toString(),
      parts,
      actualSharePercent: total.isZero() ? null : actual.div(total).times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed(1),
      daysElapsed: daysBetween(start, actualEnd),
      daysTotal: daysBetween(start, end),
    };
  },
});
