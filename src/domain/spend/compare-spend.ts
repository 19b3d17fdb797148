import { z } from 'zod';
import { getFreshness } from '../freshness/get-freshness.js';
import { lastCompleteMonth, makePeriod, periodInputSchema, previousPeriod } from '../periods/period.js';
import { resolveViewerScope } from '../scope/viewer-scope.js';
import { Decimal, sumDecimals } from '../shared/decimal.js';
import { Prisma } from '../../db/generated/client.js';
import { defineTool, type ToolContext } from '../tools/define-tool.js';
import type { Period } from '../periods/period.js';
import type { ResultEnvelope } from '../tools/result-envelope.js';
import { answerCurrency, type ByCurrency } from '../shared/answer-currency.js';
import { sumSpendGroups, type SpendGroup } from './spend-breakdown.js';
import { spendFilterFields, type SpendDimension } from './spend-filters.js';
import { resolveSpendFilters } from './spend-query.js';
import { splitByCurrency } from './split-by-currency.js';

export interface SpendMover {
  label: string;
  current: string;
  previous: string;
  change: string;
}

export interface CompareSpendResult extends ResultEnvelope {
  period: Period;
  previousPeriod: Period;
  currency: string;
  current: string;
  previous: string;
  change: string;
  /** Percent with one decimal ("12.5"); null when the earlier period had no spend. */
  changePercent: string | null;
  currentRecordCount: number;
  previousRecordCount: number;
  /** What moved most, by absolute change, per dimension. */
  drivers: Array<{ dimension: SpendDimension; movers: SpendMover[] }>;
}

/** One comparison, or one per currency when the spend is in more than one (never summed across them). */
export type CompareSpendOutput = CompareSpendResult | (ResultEnvelope & ByCurrency<CompareSpendResult>);

const driverDimensions: SpendDimension[] = ['vendor', 'service', 'cost_center'];

function movers(current: SpendGroup[], previous: SpendGroup[], limit: number): SpendMover[] {
  const byLabel = new Map<string, { current: Decimal; previous: Decimal }>();
  for (const group of current) byLabel.set(group.label, { current: new Decimal(group.amount), previous: new Decimal(0) });
  for (const group of previous) {
    const entry = byLabel.get(group.label) ?? { current: new Decimal(0), previous: new Decimal(0) };
    entry.previous = entry.previous.plus(group.amount);
    byLabel.set(group.label, entry);
  }
  return [...byLabel.entries()]
    .map(([label, entry]) => ({ label, current: entry.current, previous: entry.previous, change: entry.current.minus(entry.previous) }))
    .filter((entry) => !entry.change.isZero())
    .sort((left, right) => right.change.abs().comparedTo(left.change.abs()) || left.label.localeCompare(right.label))
    .slice(0, limit)
    .map((entry) => ({
      label: entry.label,
      current: entry.current.toString(),
      previous: entry.previous.toString(),
      change: entry.change.toString(),
    }));
}

const compareSpendInput = z.object({
  period: periodInputSchema.optional().describe('The period of interest; defaults to the last complete month'),
  comparedTo: periodInputSchema.optional().describe('The earlier period; defaults to the period just before'),
  top: z.number().int().min(1).max(20).optional().describe('Movers listed per dimension (default 5)'),
  ...spendFilterFields,
});
type CompareSpendInput = z.output<typeof compareSpendInput>;

export const compareSpend = defineTool({
  name: 'compare_spend',
  description:
    'Compares spend in a period with an earlier period (by default the one just before, of the same length): both totals, the change in money and percent, and the drivers — the vendors, services and cost centers that moved most. Use for "why did X go up", "vs", "compared to".',
  input: compareSpendInput,
  run: (input, context): Promise<CompareSpendOutput> =>
    splitByCurrency((currencyCondition) => compareIn(input, currencyCondition, context)),
});

async function compareIn(
  input: CompareSpendInput,
  currencyCondition: Prisma.Sql,
  context: ToolContext,
): Promise<{ result: CompareSpendResult; currencies: string[] }> {
  const period = input.period ? makePeriod(input.period.start, input.period.end) : lastCompleteMonth(context.asOf);
  const earlier = input.comparedTo ? makePeriod(input.comparedTo.start, input.comparedTo.end) : previousPeriod(period);
  const scope = await resolveViewerScope(context.viewer, context.prisma);
  const filters = await resolveSpendFilters(input, scope, context.prisma);
  const sums = (which: Period, dimension: SpendDimension) =>
    sumSpendGroups(context.prisma, {
      period: which,
      costType: input.costType,
      condition: Prisma.sql`${filters.condition} AND ${currencyCondition}`,
      dimension,
    });
  const [freshness, ...grouped] = await Promise.all([
    getFreshness(context.prisma),
    ...driverDimensions.flatMap((dimension) => [sums(period, dimension), sums(earlier, dimension)]),
  ]);
  const currentByVendor = grouped[0]!;
  const previousByVendor = grouped[1]!;
  const current = sumDecimals(currentByVendor.groups.map((group) => group.amount));
  const previous = sumDecimals(previousByVendor.groups.map((group) => group.amount));
  const change = current.minus(previous);
  const currencies = [...new Set([...currentByVendor.currencies, ...previousByVendor.currencies])].sort();
  const result: CompareSpendResult = {
    filters: filters.described,
    period,
    previousPeriod: earlier,
    freshness,
    currency: answerCurrency(currencies),
    current: current.toString(),
    previous: previous.toString(),
    change: change.toString(),
    changePercent: previous.isZero() ? null : change.div(previous.abs()).times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed(1),
    currentRecordCount: currentByVendor.groups.reduce((count, group) => count + group.recordCount, 0),
    previousRecordCount: previousByVendor.groups.reduce((count, group) => count + group.recordCount, 0),
    drivers: driverDimensions.map((dimension, index) => ({
      dimension,
      movers: movers(grouped[index * 2]!.groups, grouped[index * 2 + 1]!.groups, input.top ?? 5),
    })),
  };
  return { result, currencies };
}
