import type { Decimal } from '../shared/decimal.js';

export interface CostCenterMonth {
  costCenter: string;
  name: string;
  budget: Decimal;
  currency: string;
  /** direct spend of the cost center in the month so far */
  actual: Decimal;
}

export interface BudgetFinding {
  costCenter: string;
  name: string;
  month: string;
  currency: string;
  budget: string;
  actual: string;
  projected: string;
  /** the highest threshold (percent of budget) crossed */
  threshold: number;
  /** exceeded: actual spend is past the threshold; projected: the straight-line month end will be */
  status: 'exceeded' | 'projected';
  percentOfBudget: string;
  dedupeKey: string;
}

export const defaultBudgetThresholds = [80, 100, 120];

/**
 * Pure: cost centers whose month-to-date spend, or its straight-line projection to month end
 * (actual / days with data × days in month), crosses a threshold of the monthly budget.
 */
export function detectBudgetOverruns(input: {
  rows: readonly CostCenterMonth[];
  month: string;
  daysWithData: number;
  daysInMonth: number;
  thresholds?: readonly number[];
}): BudgetFinding[] {
  const thresholds = [...(input.thresholds ?? defaultBudgetThresholds)].sort((left, right) => right - left);
  if (input.daysWithData <= 0) return [];
  const findings: BudgetFinding[] = [];
  for (const row of input.rows) {
    if (row.budget.lessThanOrEqualTo(0)) continue;
    const projected = row.actual.div(input.daysWithData).times(input.daysInMonth).toDecimalPlaces(2);
    const exceeded = thresholds.find((threshold) => row.actual.greaterThanOrEqualTo(row.budget.times(threshold).div(100)));
    const projectedOver = thresholds.find((threshold) => projected.greaterThanOrEqualTo(row.budget.times(threshold).div(100)));
    // Report what matters most: a crossed line beats a projection of the same or a lower line.
    const status = exceeded !== undefined && (projectedOver === undefined || exceeded >= projectedOver) ? 'exceeded' : projectedOver !== undefined ? 'projected' : undefined;
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
      threshold,
      status,
      percentOfBudget: (status === 'exceeded' ? row.actual : projected).div(row.budget).times(100).toFixed(1),
      dedupeKey: `budget:${row.costCenter}:${input.month}:${threshold}:${status}`,
    });
  }
  return findings.sort((left, right) => left.costCenter.localeCompare(right.costCenter));
}
