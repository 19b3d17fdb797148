import { Decimal } from '../shared/decimal.js';

export interface CostCenterMonth {
  costCenter: string;
  name: string;
  budget: Decimal;
  currency: string;
  /** direct spend of the cost center in the month so far */
  actual: Decimal;
  /** actual plus what is projected for the rest of the month (domain/forecast) */
  projected: Decimal;
  /** what is actual and what is projected, and from what */
  basis: string;
}

export interface BudgetFinding {
  costCenter: string;
  name: string;
  month: string;
  currency: string;
  budget: string;
  actual: string;
  projected: string;
  /** the last day of the month: when the projected figure is reached */
  projectedBy: string;
  /** projected minus budget: positive when the month is projected to end over budget */
  projectedOverBudget: string;
  basis: string;
  /** the highest threshold (percent of budget) crossed */
  threshold: number;
  /** exceeded: actual spend is past the threshold; projected: the month-end projection will be */
  status: 'exceeded' | 'projected';
  percentOfBudget: string;
  dedupeKey: string;
}

const defaultBudgetThresholds = [80, 100, 120];

/**
 * Pure: cost centers whose month-to-date spend, or its month-end projection, crosses a threshold
 * of the monthly budget. The projection knows how bills arrive, so a month whose invoices have not
 * come yet is not judged by its cloud days alone, and a low start is no reason for silence.
 */
export function detectBudgetOverruns(input: {
  rows: readonly CostCenterMonth[];
  month: string;
  projectedBy: string;
  thresholds?: readonly number[];
}): BudgetFinding[] {
  const thresholds = [...(input.thresholds ?? defaultBudgetThresholds)].sort((left, right) => right - left);
  const findings: BudgetFinding[] = [];
  for (const row of input.rows) {
    if (row.budget.lessThanOrEqualTo(0)) continue;
    const projected = row.projected.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    const crosses = (amount: Decimal) =>
      thresholds.find((threshold) => amount.greaterThanOrEqualTo(row.budget.times(threshold).div(100)) && amount.greaterThan(0));
    const exceeded = crosses(row.actual);
    const projectedOver = crosses(projected);
    // Report what matters most: a crossed line beats a projection of the same or a lower line.
    const status =
      exceeded !== undefined && (projectedOver === undefined || exceeded >= projectedOver)
        ? 'exceeded'
        : projectedOver !== undefined
          ? 'projected'
          : undefined;
    if (status === undefined) continue;
    const threshold = (status === 'exceeded' ? exceeded : projectedOver)!;
    findings.push({
      costCenter: row.costCenter,
      name: row.name,
      month: input.month,
      currency: row.currency,
      budget: row.budget.toFixed(2),
      actual: row.actual.toFixed(2),
      projected: projected.toFixed(2),
      projectedBy: input.projectedBy,
      projectedOverBudget: projected.minus(row.budget).toFixed(2),
      basis: row.basis,
      threshold,
      status,
      percentOfBudget: (status === 'exceeded' ? row.actual : projected).div(row.budget).times(100).toFixed(1),
      dedupeKey: `budget:${row.costCenter}:${input.month}:${threshold}:${status}`,
    });
  }
  return findings.sort((left, right) => left.costCenter.localeCompare(right.costCenter));
}
