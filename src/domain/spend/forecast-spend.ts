import { z } from 'zod';
import { describeProjectionBasis, splitProjection } from '../forecast/describe-projection.js';
import { projectSpend } from '../forecast/project-spend.js';
import { horizonPeriod, type ProjectionHorizon } from '../forecast/projection-period.js';
import { sumProjectionBy } from '../forecast/sum-projection-by.js';
import { getFreshness } from '../freshness/get-freshness.js';
import { dateFromIso, daysBetween, makePeriod, periodInputSchema } from '../periods/period.js';
import { resolveViewerScope } from '../scope/viewer-scope.js';
import type { ByCurrency } from '../shared/answer-currency.js';
import { Decimal } from '../shared/decimal.js';
import { Prisma } from '../../db/generated/client.js';
import { LedgerlineError } from '../../errors.js';
import { defineTool, type ToolContext } from '../tools/define-tool.js';
import type { Period } from '../periods/period.js';
import type { ResultEnvelope } from '../tools/result-envelope.js';
import { spendFilterFields } from './spend-filters.js';
import { resolveSpendFilters } from './spend-query.js';
import { splitByCurrency } from './split-by-currency.js';

// The forecast is the shared projection (domain/forecast): actual to date, then each source as it
// is billed — invoiced recurring charges once per month not yet invoiced, usage at the recent
// invoices' average, cloud at its weekday run-rate.

export type ForecastHorizon = ProjectionHorizon;

const topVendors = 10;

export interface ForecastShare {
  actual: string;
  forecast: string;
  total: string;
}

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
  /** Last day counted as actual; null when the period has not started. */
  actualThrough: string | null;
  /** The forecast by how it is billed, each rounded to the cent. */
  split: {
    recurring: string;
    recurringBasisMonths: string[];
    usage: string;
    usageBasisMonths: string[];
    added: string;
    /** FOCUS charges billed once a month, again at their latest amount. */
    monthlyCharges: string;
    runRate: string;
    runRatePerDay: string;
    runRateDays: number;
    isRunRateByWeekday: boolean;
  };
  /** "actual USD X through 3 Dec 2026; projected USD Y by 31 Dec 2026: …" */
  basis: string;
  byDomain: Array<ForecastShare & { domain: string }>;
  /** The largest vendors by total. */
  byVendor: Array<ForecastShare & { vendor: string }>;
  /** Services whose disconnection or addition since the last invoice changed the forecast. */
  changes: Array<{ vendor: string; identifier: string; change: 'disconnected' | 'added'; amount: string }>;
  /** Share of the total that is actual, percent with one decimal; null when the total is 0. */
  actualSharePercent: string | null;
  daysElapsed: number;
  daysTotal: number;
}

const cents = (amount: Decimal) => amount.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
const share = (group: { actual: Decimal; projected: Decimal }): ForecastShare => ({
  actual: group.actual.toString(),
  forecast: cents(group.projected).toString(),
  total: group.actual.plus(cents(group.projected)).toString(),
});

/** One result, or one per currency when the amounts are in more than one (never summed across them). */
export type ForecastSpendOutput = ForecastSpendResult | (ResultEnvelope & ByCurrency<ForecastSpendResult>);

const forecastSpendInput = z.object({
  horizon: z.enum(['month', 'quarter', 'year']).optional().describe('The calendar month (default), quarter or year that contains today'),
  period: periodInputSchema
    .optional()
    .describe('A specific period to forecast instead of the horizon, e.g. next month 2026-12-01 to 2027-01-01'),
  ...spendFilterFields,
});
type ForecastSpendInput = z.output<typeof forecastSpendInput>;

export const forecastSpend = defineTool({
  name: 'forecast_spend',
  description:
    'Forecasts spend to the end of the current month, quarter or year (or for a named month or period, e.g. next month), for any filter: actual to date plus a projection by how each bill arrives — invoiced recurring charges once per month not yet invoiced (prorated for services disconnected or added), usage at the recent invoices\' average, cloud at its run-rate by weekday — split by domain and vendor, with how much is actual. Use for "forecast", "projected", "expected by month/quarter/year end", "on track to spend"; not for past spend (get_spend) or the annualized current rate (get_run_rate).',
  input: forecastSpendInput,
  run: (input, context): Promise<ForecastSpendOutput> =>
    splitByCurrency((currencyCondition) => forecastIn(input, currencyCondition, context)),
});

async function forecastIn(
  input: ForecastSpendInput,
  currencyCondition: Prisma.Sql,
  context: ToolContext,
): Promise<{ result: ForecastSpendResult; currencies: string[] }> {
  const horizon = input.period ? 'period' : (input.horizon ?? 'month');
  const period = input.period ? makePeriod(input.period.start, input.period.end) : horizonPeriod(input.horizon ?? 'month', context.asOf);
  // The projection carries today's run-rate forward; beyond next year it would be a figure that
  // says nothing (no price changes, growth or renewals are modelled), so it is not given.
  const nextYear = context.asOf.getUTCFullYear() + 1;
  if (period.end > `${nextYear + 1}-01-01`)
    throw new LedgerlineError(
      'INVALID_INPUT',
      `I forecast up to the end of next year (December ${nextYear}) from today's run-rate; ${period.label} reaches further than that says anything about.`,
    );
  const scope = await resolveViewerScope(context.viewer, context.prisma);
  const resolved = await resolveSpendFilters(input, scope, context.prisma);
  const filters = { ...resolved, condition: Prisma.sql`${resolved.condition} AND ${currencyCondition}` };
  const [projection, freshness] = await Promise.all([
    projectSpend({ period, asOf: context.asOf, condition: filters.condition, costType: input.costType }, context.prisma),
    getFreshness(context.prisma),
  ]);
  const split = splitProjection(projection);
  const forecast = cents(projection.projected);
  const total = projection.actual.plus(forecast);
  const start = dateFromIso(period.start);
  const forecastResult: ForecastSpendResult = {
    filters: filters.described,
    period,
    horizon,
    asOfDay: projection.asOfDay,
    freshness,
    currency: projection.currency,
    actual: projection.actual.toString(),
    forecast: forecast.toString(),
    total: total.toString(),
    actualThrough: projection.actualThrough,
    split: {
      recurring: cents(split.recurring).toString(),
      recurringBasisMonths: split.recurringBasisMonths,
      usage: cents(split.usage).toString(),
      usageBasisMonths: split.usageBasisMonths,
      added: cents(split.added).toString(),
      monthlyCharges: cents(split.monthlyCharges).toString(),
      runRate: cents(split.runRate).toString(),
      runRatePerDay: split.runRateDays > 0 ? cents(split.runRate.div(split.runRateDays)).toString() : '0',
      runRateDays: split.runRateDays,
      isRunRateByWeekday: split.isRunRateByWeekday,
    },
    basis: describeProjectionBasis(split),
    byDomain: sumProjectionBy(projection, (line) => line.domain).map((group) => ({ domain: group.key, ...share(group) })),
    byVendor: sumProjectionBy(projection, (line) => line.vendor)
      .slice(0, topVendors)
      .map((group) => ({ vendor: group.key, ...share(group) })),
    changes: projection.notes.map((note) => ({
      vendor: note.vendor,
      identifier: note.identifier,
      change: note.change,
      amount: cents(note.amount).toString(),
    })),
    actualSharePercent: total.isZero()
      ? null
      : projection.actual.div(total).times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed(1),
    daysElapsed: projection.actualThrough ? daysBetween(start, dateFromIso(projection.actualThrough)) + 1 : 0,
    daysTotal: daysBetween(start, dateFromIso(period.end)),
  };
  return { result: forecastResult, currencies: projection.currencies };
}
