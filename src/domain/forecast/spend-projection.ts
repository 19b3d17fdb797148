import type { Decimal } from '../shared/decimal.js';
import type { Period } from '../periods/period.js';
import type { ProrationNote } from './project-billed-charges.js';

/** One vendor's spend in one cost center (null: unallocated): actual to date and projected by source. */
export interface ProjectionLine {
  vendor: string;
  domain: string;
  costCenterId: number | null;
  actual: Decimal;
  /** Recurring lines of the last invoice, prorated for disconnections. */
  recurring: Decimal;
  /** The invoice months the recurring charges come from. */
  recurringBasisMonths: string[];
  /** Usage, taxes and surcharges at their average over the last invoices. */
  usage: Decimal;
  /** The newest invoice month of each average. */
  usageBasisMonths: string[];
  /** Services added since the last invoice, at their inventory or contract rate. */
  added: Decimal;
  /** FOCUS charges billed once a month (one day of the month), again at their latest amount. */
  monthlyCharges: Decimal;
  /** FOCUS daily costs at the weekday run-rate. */
  runRate: Decimal;
  /** False when a series of the line was too young for a weekday pattern and was averaged flat. */
  isRunRateByWeekday: boolean;
  projected: Decimal;
}

/**
 * Spend of a period as of a day: what is actual (imported) and what is projected, by how bills
 * arrive. Amounts are exact; round them where they are shown.
 */
export interface SpendProjection {
  period: Period;
  asOfDay: string;
  currency: string;
  /** The currencies the amounts are in, sorted; more than one means the sums above mix them. */
  currencies: string[];
  /** Last day counted as actual, null when the period has not started. */
  actualThrough: string | null;
  /** Last day with FOCUS data before as-of, null when none. */
  cloudDataThrough: string | null;
  actual: Decimal;
  projected: Decimal;
  total: Decimal;
  recurring: { amount: Decimal; basisMonths: string[]; monthsProjected: string[] };
  usage: { amount: Decimal; basisMonths: string[] };
  added: { amount: Decimal };
  monthlyCharges: { amount: Decimal };
  runRate: {
    amount: Decimal;
    /** Average projected cost per day (amount ÷ days). */
    perDay: Decimal;
    days: number;
    projectedDays: { start: string; end: string } | null;
    /** Weekday averages (Sunday first) summed over the series, when every series had enough weeks. */
    weekdayAverages: Decimal[] | null;
    window: { start: string; end: string } | null;
  };
  notes: ProrationNote[];
  lines: ProjectionLine[];
}
