import type { DomainDeps } from '../deps.js';
import { Decimal } from '../shared/decimal.js';
import type { AlertDraft } from './alert-draft.js';
import { day, describeFreshness, money, month } from './alert-figures.js';
import { detectBudgetOverruns } from './detect-budget-overruns.js';
import type { BudgetFinding } from './detect-budget-overruns.js';

/**
 * The budgets job's detector step for the as-of month: direct spend per cost center (cloud
 * through the cost-center tag, telecom lines through their service) against its budget.
 */
export async function collectBudgetAlerts(input: { asOf: string; thresholds?: number[] }, deps: Pick<DomainDeps, 'prisma'>): Promise<AlertDraft[]> {
  const { prisma } = deps;
  const monthStart = `${input.asOf.slice(0, 7)}-01`;
  const rows = await prisma.$queryRaw<Array<{ code: string; name: string; budget: string; currency: string; actual: string }>>`
    WITH spend AS (
      SELECT d."costCenterId", d."billedCost" AS "amount" FROM "CostDaily" d
      WHERE d."day" >= ${monthStart}::date AND d."day" < ${input.asOf}::date
      UNION ALL
      SELECT s."costCenterId", l."amount" FROM "InvoiceLine" l
      JOIN LATERAL (
        SELECT s."costCenterId" FROM "Service" s WHERE s."identifierKey" = l."identifierKey" AND s."vendorId" = l."vendorId" ORDER BY s."id" LIMIT 1
      ) s ON true
      WHERE l."periodStart" >= ${monthStart}::date AND l."periodStart" < ${input.asOf}::date
    )
    SELECT c."code", c."name", b."amount"::text AS "budget", b."currency", coalesce(sum(s."amount"), 0)::text AS "actual"
    FROM "Budget" b JOIN "CostCenter" c ON c."id" = b."costCenterId"
    LEFT JOIN spend s ON s."costCenterId" = b."costCenterId"
    WHERE b."month" = ${monthStart}::date
    GROUP BY 1, 2, 3, 4`;
  const latest = await prisma.$queryRaw<Array<{ through: string | null }>>`
    SELECT to_char(max("day"), 'YYYY-MM-DD') AS "through" FROM "CostDaily" WHERE "day" >= ${monthStart}::date AND "day" < ${input.asOf}::date`;
  const through = latest[0]?.through ?? null;
  const daysWithData = through === null ? 0 : Number(through.slice(8, 10));
  const [year, monthNumber] = input.asOf.split('-').map(Number) as [number, number];
  const daysInMonth = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  const findings = detectBudgetOverruns({
    rows: rows.map((row) => ({ costCenter: row.code, name: row.name, budget: new Decimal(row.budget), currency: row.currency, actual: new Decimal(row.actual) })),
    month: monthStart,
    daysWithData,
    daysInMonth,
    ...(input.thresholds ? { thresholds: input.thresholds } : {}),
  });
  const freshness = await describeFreshness(deps);
  return findings.map((finding) => toBudgetDraft(finding, through ?? input.asOf, freshness));
}

export function toBudgetDraft(finding: BudgetFinding, through: string, freshness: string): AlertDraft {
  const monthName = month(finding.month);
  const title =
    finding.status === 'exceeded'
      ? `${finding.costCenter} ${finding.name} has spent ${finding.percentOfBudget}% of its ${monthName} budget (${finding.threshold}% line crossed)`
      : `${finding.costCenter} ${finding.name} is projected to reach ${finding.percentOfBudget}% of its ${monthName} budget (${finding.threshold}% line)`;
  return {
    kind: 'budget',
    dedupeKey: finding.dedupeKey,
    title,
    message: {
      kind: 'budget',
      title,
      summary: `Spend through ${day(through)} is ${money(finding.actual, finding.currency)} of a ${money(finding.budget, finding.currency)} budget; at this pace the month ends at ${money(finding.projected, finding.currency)}.`,
      facts: [
        { label: 'Budget', value: money(finding.budget, finding.currency) },
        { label: 'Month to date', value: money(finding.actual, finding.currency) },
        { label: 'Projected month end', value: money(finding.projected, finding.currency) },
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
