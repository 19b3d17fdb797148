import { describeOtherCurrencies, projectBudgets } from '../budgets/project-budgets.js';
import type { DomainDeps } from '../deps.js';
import { describeProjectionBasis } from '../forecast/describe-projection.js';
import { addDays, addMonths, dateFromIso, makePeriod, toIsoDate } from '../periods/period.js';
import { Decimal } from '../shared/decimal.js';
import type { AlertDraft } from './alert-draft.js';
import { day, describeFreshness, money, month } from './alert-figures.js';
import { detectBudgetOverruns } from './detect-budget-overruns.js';
import { dropBudgetFindingsAlreadyTold } from './drop-budget-findings-already-told.js';
import type { BudgetFinding } from './detect-budget-overruns.js';

/**
 * The budgets job's detector step for the as-of month: direct spend per cost center (cloud
 * through the cost-center tag, invoice lines through their service) in its budget's currency,
 * actual to date and projected to month end by the shared projection (domain/forecast), against its budget.
 */
export async function collectBudgetAlerts(
  input: { asOf: string; thresholds?: number[] },
  deps: Pick<DomainDeps, 'prisma'>,
): Promise<AlertDraft[]> {
  const { prisma } = deps;
  const monthStart = dateFromIso(`${input.asOf.slice(0, 7)}-01`);
  const budgets = await prisma.budget.findMany({
    where: { month: monthStart },
    include: { costCenter: { select: { code: true, name: true } } },
  });
  if (budgets.length === 0) return [];
  const period = makePeriod(toIsoDate(monthStart), toIsoDate(addMonths(monthStart, 1)));
  const projection = await projectBudgets({ budgets, period, asOf: dateFromIso(input.asOf) }, prisma);
  const findings = detectBudgetOverruns({
    rows: budgets.map((budget) => {
      // Only spend in the budget's currency counts against it; the rest is named in the basis.
      const { split, otherCurrencies } = projection.spendOf(budget);
      return {
        costCenter: budget.costCenter.code,
        name: budget.costCenter.name,
        budget: new Decimal(budget.amount),
        currency: budget.currency,
        actual: split.actual,
        projected: split.total,
        basis: describeProjectionBasis(split) + describeOtherCurrencies(otherCurrencies, budget.currency),
      };
    }),
    month: period.start,
    projectedBy: toIsoDate(addDays(dateFromIso(period.end), -1)),
    ...(input.thresholds ? { thresholds: input.thresholds } : {}),
  });
  const told = await prisma.alert.findMany({
    where: { kind: 'budget', dedupeKey: { startsWith: 'budget:', contains: `:${period.start}:` } },
    select: { dedupeKey: true },
  });
  const news = dropBudgetFindingsAlreadyTold(
    findings,
    told.map((alert) => alert.dedupeKey),
  );
  const freshness = await describeFreshness(deps);
  return news.map((finding) => toBudgetDraft(finding, projection.actualThrough ?? input.asOf, freshness));
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function toBudgetDraft(finding: BudgetFinding, through: string, freshness: string): AlertDraft {
  const monthName = month(finding.month);
  const isProjectedOver = new Decimal(finding.projectedOverBudget).greaterThan(0);
  const title =
    finding.status === 'exceeded'
      ? `${finding.costCenter} ${finding.name} has spent ${finding.percentOfBudget}% of its ${monthName} budget (${finding.threshold}% line crossed)`
      : isProjectedOver
        ? `${finding.costCenter} ${finding.name} is projected to exceed its ${monthName} budget by ${money(finding.projectedOverBudget, finding.currency)} by ${day(finding.projectedBy)} (${finding.percentOfBudget}%, ${finding.threshold}% line)`
        : `${finding.costCenter} ${finding.name} is projected to reach ${finding.percentOfBudget}% of its ${monthName} budget by ${day(finding.projectedBy)} (${finding.threshold}% line)`;
  const outlook =
    finding.status === 'exceeded'
      ? `Spend through ${day(through)} is ${money(finding.actual, finding.currency)} of a ${money(finding.budget, finding.currency)} budget; the month is projected to end at ${money(finding.projected, finding.currency)}.`
      : `Projected: ${money(finding.projected, finding.currency)} by ${day(finding.projectedBy)} against a ${money(finding.budget, finding.currency)} budget — not spent yet.`;
  return {
    kind: 'budget',
    dedupeKey: finding.dedupeKey,
    title,
    message: {
      kind: 'budget',
      title,
      summary: `${outlook} ${capitalize(finding.basis)}.`,
      facts: [
        { label: 'Budget', value: money(finding.budget, finding.currency) },
        { label: 'Month to date (actual)', value: money(finding.actual, finding.currency) },
        { label: `Projected by ${day(finding.projectedBy)}`, value: money(finding.projected, finding.currency) },
        { label: 'Threshold', value: `${finding.threshold}% (${finding.status})` },
      ],
      actions: [
        { id: 'acknowledge', label: 'Acknowledge', value: finding.dedupeKey },
        { id: 'snooze-7d', label: 'Snooze 7 days', value: finding.dedupeKey },
        { id: 'ask', label: 'Ask about it', value: `Why is ${finding.costCenter} over budget in ${monthName}?` },
      ],
      freshness,
    },
    scope: { costCenters: [finding.costCenter], vendors: [] },
    finding,
  };
}
