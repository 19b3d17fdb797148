import { z } from 'zod';
import { getFreshness } from '../freshness/get-freshness.js';
import { lastCompleteMonth, periodInputSchema, resolvePeriod } from '../periods/period.js';
import { resolveViewerScope, type ViewerScope } from '../scope/viewer-scope.js';
import { Decimal, sumDecimals } from '../shared/decimal.js';
import { defineTool, type ToolContext } from '../tools/define-tool.js';
import type { Period } from '../periods/period.js';
import type { ResultEnvelope } from '../tools/result-envelope.js';
import { answerCurrency, type ByCurrency } from '../shared/answer-currency.js';
import { Prisma } from '../../db/generated/client.js';
import { sumSpendGroups, type SpendGroup } from './spend-breakdown.js';
import { spendDimensions, spendFilterFields, type SpendDimension, type SpendFilters } from './spend-filters.js';
import { resolveSpendFilters } from './spend-query.js';
import { splitByCurrency } from './split-by-currency.js';

export interface SpendBreakdownRow extends SpendGroup {
  /** Share of the total, percent with one decimal, as a string ("42.5"). */
  sharePercent: string;
}

export interface GetSpendResult extends ResultEnvelope {
  period: Period;
  currency: string;
  total: string;
  /** Invoice lines plus FOCUS rows behind the total. */
  recordCount: number;
  groupBy: SpendDimension | null;
  /** The top named groups, largest first (smallest first with `order: 'asc'`); with `other` and `unassigned`, they add up to `total`. */
  breakdown: SpendBreakdownRow[];
  /** Set when the breakdown lists the smallest groups first ("the cheapest sites", "bottom 3 vendors"). */
  order?: 'asc';
  other: { groupCount: number; amount: string; recordCount: number } | null;
  /** Named groups (the spend with no value for the dimension is `unassigned`, not a group). */
  groupCount: number;
  /** Spend with no value for the dimension ("No location"): never takes a rank of a top N. */
  unassigned: { label: string; amount: string; recordCount: number } | null;
  /** Spend with no cost center (account-level invoice lines, untagged cloud rows); set when grouped by cost center. */
  unallocated: string | null;
}

/** One result, or one per currency when the spend is in more than one (never summed across them). */
export type GetSpendOutput = GetSpendResult | (ResultEnvelope & ByCurrency<GetSpendResult>);

const share = (amount: string, total: Decimal): string =>
  total.isZero() ? '0.0' : new Decimal(amount).div(total).times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed(1);

const getSpendInput = z.object({
  period: periodInputSchema.optional().describe('The period; defaults to the last complete month'),
  groupBy: z.enum(spendDimensions).optional().describe('Break the total down by this dimension'),
  top: z.number().int().min(1).max(100).optional().describe('How many groups to list before "other" (default 10)'),
  order: z
    .enum(['desc', 'asc'])
    .optional()
    .describe('desc (default) lists the largest groups first; asc the smallest first ("the cheapest sites", "bottom 3 vendors")'),
  ...spendFilterFields,
});
type GetSpendInput = z.output<typeof getSpendInput>;

export const getSpend = defineTool({
  name: 'get_spend',
  description:
    'Total spend over a period (telecom and mobility invoices plus cloud/SaaS FOCUS costs), optionally broken down by one dimension with the top N groups and the remainder as "other". Taxes, surcharges and credits count. Grouped by cost center it also reports the unallocated amount.',
  input: getSpendInput,
  run: (input, context): Promise<GetSpendOutput> => splitByCurrency((currencyCondition) => spendIn(input, currencyCondition, context)),
});

async function spendIn(
  input: GetSpendInput,
  currencyCondition: Prisma.Sql,
  context: ToolContext,
): Promise<{ result: GetSpendResult; currencies: string[] }> {
  const period = resolvePeriod(input.period, () => lastCompleteMonth(context.asOf));
  const scope = await resolveViewerScope(context.viewer, context.prisma);
  const filters = await resolveSpendFilters(input, scope, context.prisma);
  const condition = Prisma.sql`${filters.condition} AND ${currencyCondition}`;
  const [{ groups, currencies }, freshness] = await Promise.all([
    sumSpendGroups(context.prisma, { period, costType: input.costType, condition, dimension: input.groupBy }),
    getFreshness(context.prisma),
  ]);
  const total = sumDecimals(groups.map((group) => group.amount));
  const recordCount = groups.reduce((count, group) => count + group.recordCount, 0);
  const top = input.top ?? 10;
  // "Top 10 cost centers" means ten cost centers: the spend with none is said apart, never ranked.
  const largestFirst = input.groupBy ? groups.filter((group) => group.key !== null) : [];
  const named =
    input.order === 'asc'
      ? [...largestFirst].sort((left, right) => new Decimal(left.amount).cmp(right.amount) || left.label.localeCompare(right.label))
      : largestFirst;
  const listed = named.slice(0, top);
  const rest = named.slice(top);
  const unassignedGroup = input.groupBy ? groups.find((group) => group.key === null && !new Decimal(group.amount).isZero()) : undefined;
  const leftOut =
    scope.costCenterIds === null
      ? 0
      : (await countRecords(input, period, { costCenterIds: null }, currencyCondition, context)) - recordCount;
  const result: GetSpendResult = {
    filters: { ...filters.described, ...(input.groupBy ? { groupBy: input.groupBy } : {}) },
    ...(leftOut > 0 ? { leftOutOfScope: { recordCount: leftOut } } : {}),
    period,
    freshness,
    currency: answerCurrency(currencies),
    total: total.toString(),
    recordCount,
    groupBy: input.groupBy ?? null,
    breakdown: listed.map((group) => ({ ...group, sharePercent: share(group.amount, total) })),
    ...(input.groupBy && input.order === 'asc' ? { order: 'asc' as const } : {}),
    other:
      rest.length > 0
        ? {
            groupCount: rest.length,
            amount: sumDecimals(rest.map((group) => group.amount)).toString(),
            recordCount: rest.reduce((count, group) => count + group.recordCount, 0),
          }
        : null,
    groupCount: named.length,
    unassigned: unassignedGroup
      ? { label: unassignedGroup.label, amount: unassignedGroup.amount, recordCount: unassignedGroup.recordCount }
      : null,
    unallocated: input.groupBy === 'cost_center' ? (unassignedGroup?.amount ?? '0') : null,
  };
  return { result, currencies };
}

/**
 * Records matching the question over a scope: under a partial scope the difference to all
 * records is what the total left out — a count, never an amount.
 */
async function countRecords(
  filters: SpendFilters,
  period: Period,
  scope: ViewerScope,
  currencyCondition: Prisma.Sql,
  context: ToolContext,
): Promise<number> {
  const resolved = await resolveSpendFilters(filters, scope, context.prisma);
  const condition = Prisma.sql`${resolved.condition} AND ${currencyCondition}`;
  const { groups } = await sumSpendGroups(context.prisma, { period, costType: filters.costType, condition });
  return groups.reduce((count, group) => count + group.recordCount, 0);
}
