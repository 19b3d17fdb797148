import { z } from 'zod';
import { getFreshness } from '../freshness/get-freshness.js';
import { describeProjectionBasis } from '../forecast/describe-projection.js';
import { addMonths, dateFromIso, daysBetween, daysInMonth, makePeriod, monthStart, toIsoDate, startOfDay } from '../periods/period.js';
import { describeCostCenters, resolveCostCentersWithChildren } from '../scope/resolve-named-filters.js';
import { intersectScope, resolveViewerScope } from '../scope/viewer-scope.js';
import { Decimal, sumDecimals } from '../shared/decimal.js';
import { defineTool } from '../tools/define-tool.js';
import type { Period } from '../periods/period.js';
import type { ResultEnvelope } from '../tools/result-envelope.js';
import { projectBudgets } from './project-budgets.js';

export type BudgetState = 'under' | 'at_risk' | 'over';

export interface BudgetLine {
  costCenter: string;
  costCenterName: string;
  budget: string;
  actual: string;
  /** Actual plus what is still to come this month (projectedRest). */
  projected: string;
  /** Projected for the rest of the month: invoices not yet arrived, cloud at its weekday run-rate. */
  projectedRest: string;
  /** "actual USD X through 3 Dec 2026; projected USD Y by 31 Dec 2026: recurring charges …" */
  basis: string;
  /** Actual minus budget: positive means over. */
  variance: string;
  /** Percent of budget spent, one decimal. */
  usedPercent: string;
  status: BudgetState;
  /** The budget's currency: every amount above is in it. */
  currency: string;
  /** Actual spend of the cost center in other currencies: not counted above (no exchange rate). */
  otherCurrencies: Array<{ currency: string; actual: string }>;
}

/** The lines' sums in one budget currency; budgets in different currencies are never added together. */
export interface BudgetTotals {
  currency: string;
  budget: string;
  actual: string;
  projected: string;
  projectedRest: string;
}

export interface GetBudgetStatusResult extends ResultEnvelope {
  period: Period;
  isMonthComplete: boolean;
  daysElapsed: number;
  daysInMonth: number;
  lines: BudgetLine[];
  /** Last day counted as actual; null before the month starts. */
  actualThrough: string | null;
  /** One per budget currency among the lines shown, sorted by currency. */
  totals: BudgetTotals[];
  counts: { over: number; atRisk: number; under: number };
}

export const getBudgetStatus = defineTool({
  name: 'get_budget_status',
  description:
    "Budget vs actual spend per cost center for one month (only spend in the budget's currency counts; spend in other currencies is listed apart), with the month-end projection (actual to date, plus invoices not yet arrived at their last recurring charges and cloud at its weekday run-rate) and a status: under, at_risk (projected over budget) or over (already over).",
  input: z.object({
    month: z
      .string()
      .regex(/^\d{4}-\d{2}$/)
      .optional()
      .describe('The month as YYYY-MM; defaults to the current month'),
    costCenters: z.array(z.string().min(1).max(100)).max(50).optional().describe('Cost-center codes or names; omit for all'),
    status: z.enum(['under', 'at_risk', 'over']).optional().describe('Only cost centers in this status'),
  }),
  async run(input, context): Promise<GetBudgetStatusResult> {
    const today = startOfDay(context.asOf);
    const start = input.month ? dateFromIso(`${input.month}-01`) : monthStart(today);
    const end = addMonths(start, 1);
    const period = makePeriod(toIsoDate(start), toIsoDate(end));
    // Today's costs are still arriving, so only whole days before as-of count as elapsed.
    const isMonthComplete = end <= today;
    const daysElapsed = isMonthComplete ? daysInMonth(start) : Math.max(0, daysBetween(start, today));
    const scope = await resolveViewerScope(context.viewer, context.prisma);
    const requested = await resolveCostCentersWithChildren(input.costCenters, context.prisma);
    const allowed = intersectScope(requested ? requested.map((costCenter) => costCenter.id) : null, scope);
    const budgets = await context.prisma.budget.findMany({
      where: { month: start, ...(allowed !== null ? { costCenterId: { in: allowed } } : {}) },
      include: { costCenter: { select: { code: true, name: true } } },
      orderBy: { costCenter: { code: 'asc' } },
    });
    // Direct spend of each cost center in its budget's currency, actual to date and projected to
    // month end by how each bill arrives (domain/forecast): a month's first days hold cloud costs but no invoice yet.
    const projection = budgets.length === 0 ? null : await projectBudgets({ budgets, period, asOf: context.asOf }, context.prisma);
    const lines: BudgetLine[] = budgets.map((budget) => {
      const spend = projection?.spendOf(budget) ?? null;
      const actual = spend?.split.actual ?? new Decimal(0);
      const rest = (spend?.split.projected ?? new Decimal(0)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
      const projected = actual.plus(rest);
      const amount = new Decimal(budget.amount);
      const status: BudgetState = actual.greaterThan(amount) ? 'over' : projected.greaterThan(amount) ? 'at_risk' : 'under';
      const otherCurrencies = spend?.otherCurrencies ?? [];
      return {
        costCenter: budget.costCenter.code,
        costCenterName: budget.costCenter.name,
        budget: amount.toString(),
        actual: actual.toString(),
        projectedRest: rest.toString(),
        projected: projected.toString(),
        basis: spend ? describeProjectionBasis(spend.split) : 'nothing actual yet; nothing more projected',
        variance: actual.minus(amount).toString(),
        usedPercent: amount.isZero() ? '0.0' : actual.div(amount).times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed(1),
        status,
        currency: budget.currency,
        otherCurrencies: otherCurrencies.map((other) => ({ currency: other.currency, actual: other.actual.toString() })),
      };
    });
    const order: Record<BudgetState, number> = { over: 0, at_risk: 1, under: 2 };
    const shown = lines
      .filter((line) => !input.status || line.status === input.status)
      .sort(
        (left, right) =>
          order[left.status] - order[right.status] ||
          new Decimal(right.variance).comparedTo(left.variance) ||
          left.costCenter.localeCompare(right.costCenter),
      );
    return {
      filters: {
        ...(requested ? { costCenters: describeCostCenters(requested) } : {}),
        ...(input.status ? { status: input.status } : {}),
      },
      period,
      freshness: await getFreshness(context.prisma),
      isMonthComplete,
      daysElapsed,
      actualThrough: projection?.actualThrough ?? null,
      daysInMonth: daysInMonth(start),
      lines: shown,
      totals: totalsByCurrency(shown),
      counts: {
        over: lines.filter((line) => line.status === 'over').length,
        atRisk: lines.filter((line) => line.status === 'at_risk').length,
        under: lines.filter((line) => line.status === 'under').length,
      },
    };
  },
});

function totalsByCurrency(lines: readonly BudgetLine[]): BudgetTotals[] {
  const currencies = [...new Set(lines.map((line) => line.currency))].sort();
  return currencies.map((currency) => {
    const inCurrency = lines.filter((line) => line.currency === currency);
    const sum = (pick: (line: BudgetLine) => string) => sumDecimals(inCurrency.map(pick)).toString();
    return {
      currency,
      budget: sum((line) => line.budget),
      actual: sum((line) => line.actual),
      projected: sum((line) => line.projected),
      projectedRest: sum((line) => line.projectedRest),
    };
  });
}
