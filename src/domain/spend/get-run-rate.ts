import { z } from 'zod';
import { getFreshness } from '../freshness/get-freshness.js';
import { addMonths, dateFromIso, makePeriod, monthStart, toIsoDate } from '../periods/period.js';
import { resolveViewerScope } from '../scope/viewer-scope.js';
import { Decimal, sumDecimals } from '../shared/decimal.js';
import { Prisma } from '../../db/generated/client.js';
import { defineTool, type ToolContext } from '../tools/define-tool.js';
import type { Period } from '../periods/period.js';
import type { ResultEnvelope } from '../tools/result-envelope.js';
import { answerCurrency, type ByCurrency } from '../shared/answer-currency.js';
import { spendFilterFields } from './spend-filters.js';
import { readsAccount, resolveSpendFilters, spendRowsSql } from './spend-query.js';
import { splitByCurrency } from './split-by-currency.js';

export type RunRateBasis = 'last_full_month' | 'trailing_3_months';

export interface MonthAmount {
  /** First day of the month, YYYY-MM-DD. */
  month: string;
  amount: string;
}

export interface GetRunRateResult extends ResultEnvelope {
  period: Period;
  basis: RunRateBasis;
  /** The complete months the run-rate is computed from. */
  basisPeriod: Period;
  currency: string;
  /** The basis month's spend, or the basis months' average; rounded half-up to the cent. */
  monthly: string;
  /** monthly × 12. */
  annual: string;
  /** The basis months, oldest first. */
  months: MonthAmount[];
  /** The 12 complete months up to the basis, oldest first, to show where the run-rate sits. */
  trend: MonthAmount[];
  recordCount: number;
}

const trendMonths = 12;

/** One result, or one per currency when the amounts are in more than one (never summed across them). */
export type GetRunRateOutput = GetRunRateResult | (ResultEnvelope & ByCurrency<GetRunRateResult>);

const getRunRateInput = z.object({
  basis: z
    .enum(['last_full_month', 'trailing_3_months'])
    .optional()
    .describe('last_full_month (default): the last complete month × 12; trailing_3_months: the average of the last 3 complete months × 12'),
  ...spendFilterFields,
});
type GetRunRateInput = z.output<typeof getRunRateInput>;

export const getRunRate = defineTool({
  name: 'get_run_rate',
  description:
    'Monthly and annual run-rate of spend (annual = monthly × 12), from the last full month or the average of the last 3 complete months, for any filter (vendor, cost center, domain, service…). Use for "run-rate", "annualized", "per year at the current rate", "what are we paying per month now"; not for what was actually spent in a past period (get_spend) or a projection to month/quarter/year end (forecast_spend).',
  input: getRunRateInput,
  run: (input, context): Promise<GetRunRateOutput> => splitByCurrency((currencyCondition) => runRateIn(input, currencyCondition, context)),
});

async function runRateIn(
  input: GetRunRateInput,
  currencyCondition: Prisma.Sql,
  context: ToolContext,
): Promise<{ result: GetRunRateResult; currencies: string[] }> {
  const basis = input.basis ?? 'last_full_month';
  const basisMonths = basis === 'last_full_month' ? 1 : 3;
  const end = monthStart(context.asOf);
  const basisPeriod = makePeriod(toIsoDate(addMonths(end, -basisMonths)), toIsoDate(end));
  const trendPeriod = makePeriod(toIsoDate(addMonths(end, -trendMonths)), toIsoDate(end));
  const scope = await resolveViewerScope(context.viewer, context.prisma);
  const resolved = await resolveSpendFilters(input, scope, context.prisma);
  const filters = { ...resolved, condition: Prisma.sql`${resolved.condition} AND ${currencyCondition}` };
  const rows = spendRowsSql(trendPeriod, { costType: input.costType, accountLevel: readsAccount(filters.condition) });
  const [result, freshness] = await Promise.all([
    context.prisma.$queryRaw<Array<{ month: string; amount: string | null; records: string; currencies: string | null }>>`
        SELECT to_char(date_trunc('month', r.day), 'YYYY-MM-DD') AS month, sum(r.amount)::text AS amount,
          sum(r.records)::text AS records, string_agg(DISTINCT r.currency, ',') AS currencies
        FROM ${rows}
        WHERE ${filters.condition}
        GROUP BY 1`,
    getFreshness(context.prisma),
  ]);
  const byMonth = new Map(result.map((row) => [row.month, row]));
  const trend: MonthAmount[] = [];
  for (let cursor = dateFromIso(trendPeriod.start); cursor < end; cursor = addMonths(cursor, 1)) {
    const month = toIsoDate(cursor);
    trend.push({ month, amount: new Decimal(byMonth.get(month)?.amount ?? '0').toString() });
  }
  const months = trend.filter((entry) => entry.month >= basisPeriod.start);
  const monthly = sumDecimals(months.map((entry) => entry.amount))
    .div(basisMonths)
    .toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const currencies = new Set(result.flatMap((row) => (row.currencies ?? '').split(',').filter(Boolean)));
  const basisRows = result.filter((row) => row.month >= basisPeriod.start);
  const runRate: GetRunRateResult = {
    filters: filters.described,
    period: basisPeriod,
    freshness,
    basis,
    basisPeriod,
    currency: answerCurrency([...currencies].sort()),
    monthly: monthly.toFixed(2),
    annual: monthly.times(12).toFixed(2),
    months,
    trend,
    recordCount: basisRows.reduce((count, row) => count + Number(row.records), 0),
  };
  return { result: runRate, currencies: [...currencies].sort() };
}
