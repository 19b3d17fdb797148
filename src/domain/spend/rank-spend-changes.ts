import { z } from 'zod';
import { getFreshness } from '../freshness/get-freshness.js';
import { lastCompleteMonth, makePeriod, periodInputSchema, previousPeriod, resolvePeriod } from '../periods/period.js';
import { resolveViewerScope } from '../scope/viewer-scope.js';
import { Decimal, sumDecimals } from '../shared/decimal.js';
import { Prisma } from '../../db/generated/client.js';
import { defineTool, type ToolContext } from '../tools/define-tool.js';
import type { Period } from '../periods/period.js';
import type { ResultEnvelope } from '../tools/result-envelope.js';
import { answerCurrency, type ByCurrency } from '../shared/answer-currency.js';
import { sumSpendGroups, type SpendGroup } from './spend-breakdown.js';
import { spendDimensions, spendFilterFields, type SpendDimension } from './spend-filters.js';
import { resolveSpendFilters } from './spend-query.js';
import { splitByCurrency } from './split-by-currency.js';

export interface SpendChangeRow {
  /** The value grouped by (vendor name, cost-center code…); null for spend without one (unallocated). */
  key: string | null;
  label: string;
  current: string;
  previous: string;
  change: string;
  /** Percent with one decimal ("12.5"); null when the earlier period had no spend. */
  changePercent: string | null;
}

export interface RankSpendChangesResult extends ResultEnvelope {
  period: Period;
  comparedTo: Period;
  dimension: SpendDimension;
  direction: 'increase' | 'decrease';
  currency: string;
  /** The groups that moved in the asked direction, biggest move first, at most `top`. */
  rows: SpendChangeRow[];
  /** How many groups moved in that direction (rows may list fewer). */
  movedCount: number;
  /** How many groups had spend in either period. */
  groupCount: number;
  /**
   * Spend with no value of the dimension (no cost center, no service…), which is not one of the
   * groups and is not ranked among them; null when there was none. The totals include it.
   */
  withoutGroup: SpendChangeRow | null;
  totals: { current: string; previous: string; change: string; changePercent: string | null };
}

/** One ranking, or one per currency when the spend is in more than one (amounts in different currencies do not rank together). */
export type RankSpendChangesOutput = RankSpendChangesResult | (ResultEnvelope & ByCurrency<RankSpendChangesResult>);

const percentChange = (change: Decimal, previous: Decimal): string | null =>
  previous.isZero() ? null : change.div(previous.abs()).times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed(1);

// The unallocated group has key null; it must still pair with its counterpart in the other period.
const groupId = (group: SpendGroup): string => (group.key === null ? '\u0000none' : `k:${group.key}`);

function pairGroups(current: SpendGroup[], previous: SpendGroup[]): SpendChangeRow[] {
  const byId = new Map<string, { key: string | null; label: string; current: Decimal; previous: Decimal }>();
  for (const group of current)
    byId.set(groupId(group), { key: group.key, label: group.label, current: new Decimal(group.amount), previous: new Decimal(0) });
  for (const group of previous) {
    const entry = byId.get(groupId(group)) ?? { key: group.key, label: group.label, current: new Decimal(0), previous: new Decimal(0) };
    entry.previous = entry.previous.plus(group.amount);
    byId.set(groupId(group), entry);
  }
  return [...byId.values()].map((entry) => {
    const change = entry.current.minus(entry.previous);
    return {
      key: entry.key,
      label: entry.label,
      current: entry.current.toString(),
      previous: entry.previous.toString(),
      change: change.toString(),
      changePercent: percentChange(change, entry.previous),
    };
  });
}

const rankSpendChangesInput = z.object({
  dimension: z.enum(spendDimensions).describe('What to rank: vendor, cost_center, service, location, …'),
  period: periodInputSchema.optional().describe('The later period; defaults to the last complete month'),
  comparedTo: periodInputSchema.optional().describe('The earlier period; defaults to the period of the same length just before'),
  direction: z.enum(['increase', 'decrease']).optional().describe('increase (default): who grew most; decrease: who shrank most'),
  top: z.number().int().min(1).max(100).optional().describe('How many groups to list (default 5)'),
  ...spendFilterFields,
});
type RankSpendChangesInput = z.output<typeof rankSpendChangesInput>;

export const rankSpendChanges = defineTool({
  name: 'rank_spend_changes',
  description:
    'Ranks the vendors, cost centers, services, locations (or any other dimension) whose spend grew or shrank the most between a period and an earlier one, in money and percent. Use for growth/decline ranking questions ("which cost center grew the most last month", "vendors that shrank most q3 vs q2", "biggest increases by service"), not for a single total (get_spend) or the overall change with its drivers (compare_spend).',
  input: rankSpendChangesInput,
  run: (input, context): Promise<RankSpendChangesOutput> =>
    splitByCurrency((currencyCondition) => rankIn(input, currencyCondition, context)),
});

async function rankIn(
  input: RankSpendChangesInput,
  currencyCondition: Prisma.Sql,
  context: ToolContext,
): Promise<{ result: RankSpendChangesResult; currencies: string[] }> {
  const period = resolvePeriod(input.period, () => lastCompleteMonth(context.asOf));
  const comparedTo = input.comparedTo ? makePeriod(input.comparedTo.start, input.comparedTo.end) : previousPeriod(period);
  const direction = input.direction ?? 'increase';
  const scope = await resolveViewerScope(context.viewer, context.prisma);
  const filters = await resolveSpendFilters(input, scope, context.prisma);
  const sums = (which: Period) =>
    sumSpendGroups(context.prisma, {
      period: which,
      costType: input.costType,
      condition: Prisma.sql`${filters.condition} AND ${currencyCondition}`,
      dimension: input.dimension,
    });
  const [current, previous, freshness] = await Promise.all([sums(period), sums(comparedTo), getFreshness(context.prisma)]);
  const pairedWithNone = pairGroups(current.groups, previous.groups);
  // "Which cost center shrank the most" is asked of cost centers: spend without one is said apart.
  const paired = pairedWithNone.filter((row) => row.key !== null);
  const withoutGroup = pairedWithNone.find((row) => row.key === null) ?? null;
  const sign = direction === 'increase' ? 1 : -1;
  const moved = paired
    .filter((row) => new Decimal(row.change).times(sign).greaterThan(0))
    .sort((left, right) => new Decimal(right.change).minus(left.change).times(sign).comparedTo(0) || left.label.localeCompare(right.label));
  const currentTotal = sumDecimals(current.groups.map((group) => group.amount));
  const previousTotal = sumDecimals(previous.groups.map((group) => group.amount));
  const totalChange = currentTotal.minus(previousTotal);
  const currencies = [...new Set([...current.currencies, ...previous.currencies])].sort();
  const result: RankSpendChangesResult = {
    filters: filters.described,
    period,
    comparedTo,
    freshness,
    dimension: input.dimension,
    direction,
    currency: answerCurrency(currencies),
    rows: moved.slice(0, input.top ?? 5),
    movedCount: moved.length,
    groupCount: paired.length,
    withoutGroup,
    totals: {
      current: currentTotal.toString(),
      previous: previousTotal.toString(),
      change: totalChange.toString(),
      changePercent: percentChange(totalChange, previousTotal),
    },
  };
  return { result, currencies };
}
