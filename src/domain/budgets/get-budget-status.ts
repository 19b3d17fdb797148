import { z } from 'zod';
import { Prisma } from '../../db/generated/client.js';
import { getFreshness } from '../freshness/get-freshness.js';
import { describeProjectionBasis, splitProjection } from '../forecast/describe-projection.js';
import { projectSpend } from '../forecast/project-spend.js';
import { addMonths, dateFromIso, daysBetween, daysInMonth, makePeriod, monthStart, toIsoDate, startOfDay } from '../periods/period.js';
import { describeCostCenters, resolveCostCentersWithChildren } from '../scope/resolve-named-filters.js';
import { intersectScope, resolveViewerScope } from '../scope/viewer-scope.js';
import { Decimal, sumDecimals } from '../shared/decimal.js';
import { defineTool } from '../tools/define-tool.js';
import type { Period } from '../periods/period.js';
import type { ResultEnvelope } from '../tools/result-envelope.js';

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
  currency: string;
}

export interface GetBudgetStatusResult extends ResultEnvelope {
  period: Period;
  isMonthComplete: boolean;
  daysElapsed: number;
  daysInMonth: number;
  lines: BudgetLine[];
  /** Last day counted as actual; null before the month starts. */
  actualThrough: string | null;
  totals: { budget: string; actual: string; projected: string; projectedRest: string; currency: string };
  counts: { over: number; atRisk: number; under: number };
}

export const getBudgetStatus = defineTool({
  name: 'get_budget_status',
  description:
    'Budget vs actual spend per cost center for one month, with the month-end projection (actual to date, plus invoices not yet arrived at their last recurring charges and cloud at its weekday run-rate) and a status: under, at_risk (projected over budget) or over (already over).',
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
    const ids = budgets.map((budget) => budget.costCenterId);
    // Direct spend of each cost center, actual to date and projected to month end by how each
    // bill arrives (domain/forecast): a month's first days hold cloud costs but no invoice yet.
    const projection =
      ids.length === 0
        ? null
        : await projectSpend(
            { period, asOf: context.asOf, condition: Prisma.sql`r."costCenterId" IN (${Prisma.join(ids)})` },
            context.prisma,
          );
    const lines: BudgetLine[] = budgets.map((budget) => {
      const split = projection ? splitProjection(projection, (line) => line.costCenterId === budget.costCenterId) : null;
      const actual = split?.actual ?? new Decimal(0);
      const rest = (split?.projected ?? new Decimal(0)).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
      const projected = actual.plus(rest);
      const amount = new Decimal(budget.amount);
      const status: BudgetState = actual.greaterThan(amount) ? 'over' : projected.greaterThan(amount) ? 'at_risk' : 'under';
      return {
        costCenter: budget.costCenter.code,
        costCenterName: budget.costCenter.name,
        budget: amount.toString(),
        actual: actual.toString(),
        projectedRest: rest.toString(),
        projected: projected.toString(),
        basis: split ? describeProjectionBasis({ ...split, currency: budget.currency }) : 'nothing actual yet; nothing more projected',
        variance: actual.minus(amount).toString(),
        usedPercent: amount.isZero() ? '0.0' : actual.div(amount).times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed(1),
        status,
        currency: budget.currency,
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
      totals: {
        budget: sumDecimals(shown.map((line) => line.budget)).toString(),
        actual: sumDecimals(shown.map((line) => line.actual)).toString(),
        projected: sumDecimals(shown.map((line) => line.projected)).toString(),
        projectedRest: sumDecimals(shown.map((line) => line.projectedRest)).toString(),
        currency: shown[0]?.currency ?? 'USD',
      },
      counts: {
        over: lines.filter((line) => line.status === 'over').length,
        atRisk: lines.filter((line) => line.status === 'at_risk').length,
        under: lines.filter((line) => line.status === 'under').length,
      },
    };
  },
});
