import { z } from 'zod';
import { Prisma } from '../../db/generated/client.js';
import { getFreshness } from '../freshness/get-freshness.js';
import { addDays, addMonths, dateFromIso, makePeriod, monthStart, periodInputSchema, resolvePeriod, toIsoDate } from '../periods/period.js';
import { resolveViewerScope } from '../scope/viewer-scope.js';
import { Decimal, sumDecimals } from '../shared/decimal.js';
import { defineTool, type ToolContext } from '../tools/define-tool.js';
import type { Period } from '../periods/period.js';
import type { ResultEnvelope } from '../tools/result-envelope.js';
import { answerCurrency, type ByCurrency } from '../shared/answer-currency.js';
import { spendDimensions, spendFilterFields, type SpendDimension } from './spend-filters.js';
import { dimensionSql, labelJoinsSql, readsAccount, resolveSpendFilters, spendRowsSql } from './spend-query.js';
import { splitByCurrency } from './split-by-currency.js';

export interface TrendPoint {
  /** First day of the bucket, YYYY-MM-DD. */
  bucket: string;
  amount: string;
}

export interface TrendSeries {
  label: string;
  /** Aligned with `points`. */
  amounts: string[];
}

export interface GetSpendTrendResult extends ResultEnvelope {
  period: Period;
  granularity: 'month' | 'day';
  currency: string;
  total: string;
  recordCount: number;
  points: TrendPoint[];
  splitBy: SpendDimension | null;
  /** The largest series; the rest summed into one "Other" series, so each bucket reconciles. */
  series: TrendSeries[];
}

/** One trend, or one per currency when the spend is in more than one (never summed across them). */
export type GetSpendTrendOutput = GetSpendTrendResult | (ResultEnvelope & ByCurrency<GetSpendTrendResult>);

const maxSeries = 6;

function buckets(period: Period, granularity: 'month' | 'day'): string[] {
  const result: string[] = [];
  const end = dateFromIso(period.end);
  let cursor = granularity === 'month' ? monthStart(dateFromIso(period.start)) : dateFromIso(period.start);
  while (cursor < end) {
    result.push(toIsoDate(cursor));
    cursor = granularity === 'month' ? addMonths(cursor, 1) : addDays(cursor, 1);
  }
  return result;
}

/** The last 12 complete months before as-of. */
const lastTwelveMonths = (asOf: Date): Period => {
  const end = monthStart(asOf);
  return makePeriod(toIsoDate(addMonths(end, -12)), toIsoDate(end));
};

const getSpendTrendInput = z.object({
  period: periodInputSchema.optional().describe('The period; defaults to the last 12 complete months'),
  granularity: z.enum(['month', 'day']).optional().describe('Bucket size (default month)'),
  splitBy: z.enum(spendDimensions).optional().describe('Split each bucket by this dimension'),
  ...spendFilterFields,
});
type GetSpendTrendInput = z.output<typeof getSpendTrendInput>;

export const getSpendTrend = defineTool({
  name: 'get_spend_trend',
  description:
    'Spend over time by month or day across a period, optionally split into series by one dimension (largest series first, the rest as "Other"). Use for "trend", "over time", "month by month", "daily".',
  input: getSpendTrendInput,
  run: (input, context): Promise<GetSpendTrendOutput> => splitByCurrency((currencyCondition) => trendIn(input, currencyCondition, context)),
});

async function trendIn(
  input: GetSpendTrendInput,
  currencyCondition: Prisma.Sql,
  context: ToolContext,
): Promise<{ result: GetSpendTrendResult; currencies: string[] }> {
  const period = resolvePeriod(input.period, () => lastTwelveMonths(context.asOf));
  // A daily series longer than a year is unreadable and slow; monthly answers the same question.
  const granularity = input.granularity === 'day' && buckets(period, 'day').length <= 400 ? 'day' : 'month';
  const scope = await resolveViewerScope(context.viewer, context.prisma);
  const filters = await resolveSpendFilters(input, scope, context.prisma);
  const split = input.splitBy ? dimensionSql(input.splitBy).label : Prisma.sql`'Total'`;
  const rows = spendRowsSql(period, {
    costType: input.costType,
    daily: granularity === 'day',
    accountLevel: readsAccount(filters.condition, split),
  });
  const bucketSql =
    granularity === 'month' ? Prisma.sql`to_char(date_trunc('month', r.day), 'YYYY-MM-DD')` : Prisma.sql`to_char(r.day, 'YYYY-MM-DD')`;
  const [result, freshness] = await Promise.all([
    context.prisma.$queryRaw<Array<{ bucket: string; label: string; amount: string | null; records: string; currencies: string | null }>>`
        SELECT ${bucketSql} AS bucket, ${split} AS label, sum(r.amount)::text AS amount, sum(r.records)::text AS records,
          string_agg(DISTINCT r.currency, ',') AS currencies
        FROM ${rows} ${labelJoinsSql}
        WHERE ${filters.condition} AND ${currencyCondition}
        GROUP BY 1, 2`,
    getFreshness(context.prisma),
  ]);
  const bucketList = buckets(period, granularity);
  const currencies = new Set<string>(result.flatMap((row) => (row.currencies ?? '').split(',').filter(Boolean)));
  const byLabel = new Map<string, Map<string, Decimal>>();
  for (const row of result) {
    const amounts = byLabel.get(row.label) ?? new Map<string, Decimal>();
    amounts.set(row.bucket, (amounts.get(row.bucket) ?? new Decimal(0)).plus(row.amount ?? '0'));
    byLabel.set(row.label, amounts);
  }
  const labelTotals = [...byLabel.entries()]
    .map(([label, amounts]) => ({ label, amounts, total: sumDecimals(amounts.values()) }))
    .sort((left, right) => right.total.comparedTo(left.total) || left.label.localeCompare(right.label));
  const shown = labelTotals.length > maxSeries ? labelTotals.slice(0, maxSeries - 1) : labelTotals;
  const rest = labelTotals.slice(shown.length);
  const series: TrendSeries[] = shown.map((entry) => ({
    label: entry.label,
    amounts: bucketList.map((bucket) => (entry.amounts.get(bucket) ?? new Decimal(0)).toString()),
  }));
  if (rest.length > 0) {
    series.push({
      label: `Other (${rest.length})`,
      amounts: bucketList.map((bucket) => sumDecimals(rest.map((entry) => entry.amounts.get(bucket) ?? 0)).toString()),
    });
  }
  const points = bucketList.map((bucket) => ({
    bucket,
    amount: sumDecimals(labelTotals.map((entry) => entry.amounts.get(bucket) ?? 0)).toString(),
  }));
  const trend: GetSpendTrendResult = {
    filters: { ...filters.described, ...(input.splitBy ? { splitBy: input.splitBy } : {}) },
    period,
    freshness,
    granularity,
    currency: answerCurrency([...currencies].sort()),
    total: sumDecimals(points.map((point) => point.amount)).toString(),
    recordCount: result.reduce((count, row) => count + Number(row.records), 0),
    points,
    splitBy: input.splitBy ?? null,
    series: input.splitBy ? series : [],
  };
  return { result: trend, currencies: [...currencies].sort() };
}
