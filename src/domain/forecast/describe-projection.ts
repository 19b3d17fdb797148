import { addDays, dateFromIso, toIsoDate } from '../periods/period.js';
import { Decimal, sumDecimals } from '../shared/decimal.js';
import { formatCount, formatDate, formatMonth, formatMoney } from '../shared/format.js';
import { basisMonthsOf } from './project-spend.js';
import type { ProjectionLine, SpendProjection } from './spend-projection.js';

/**
 * A projection's figures for some of its lines (a cost center, a vendor, a domain, or all): the
 * lines' own amounts summed (their meaning is documented once, on ProjectionLine), and the period.
 */
export type ProjectionSplit = Omit<ProjectionLine, 'vendor' | 'domain' | 'costCenterId'> & {
  currency: string;
  total: Decimal;
  actualThrough: string | null;
  /** Last day of the period: what "projected" is projected to. */
  periodLastDay: string;
  runRateDays: number;
};

export function splitProjection(projection: SpendProjection, isIncluded: (line: ProjectionLine) => boolean = () => true): ProjectionSplit {
  const lines = projection.lines.filter(isIncluded);
  const sum = (pick: (line: ProjectionLine) => Decimal) => sumDecimals(lines.map(pick));
  const runRate = sum((line) => line.runRate);
  return {
    currency: projection.currency,
    actual: sum((line) => line.actual),
    projected: sum((line) => line.projected),
    total: sum((line) => line.actual.plus(line.projected)),
    actualThrough: projection.actualThrough,
    periodLastDay: toIsoDate(addDays(dateFromIso(projection.period.end), -1)),
    recurring: sum((line) => line.recurring),
    recurringBasisMonths: basisMonthsOf(lines, (line) => line.recurringBasisMonths),
    usage: sum((line) => line.usage),
    usageBasisMonths: basisMonthsOf(lines, (line) => line.usageBasisMonths),
    added: sum((line) => line.added),
    monthlyCharges: sum((line) => line.monthlyCharges),
    runRate,
    runRateDays: runRate.isZero() ? 0 : projection.runRate.days,
    isRunRateByWeekday: lines.every((line) => line.runRate.isZero() || line.isRunRateByWeekday),
  };
}

const cents = (amount: Decimal) => amount.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
const months = (isoMonths: readonly string[]) => (isoMonths.length === 0 ? '' : isoMonths.map(formatMonth).join(' and ') + ' ');

/**
 * "actual USD 41,200.00 through 3 Dec 2026; projected a further USD 311,602.00 by 31 Dec 2026: recurring
 * charges from the Nov 2026 invoices USD 240,000.00, cloud run-rate USD 2,557.21/day × 28 days"
 */
export function describeProjectionBasis(split: ProjectionSplit): string {
  const money = (amount: Decimal) => formatMoney(cents(amount), split.currency);
  const parts: string[] = [];
  if (!split.recurring.isZero())
    parts.push(`recurring charges from the ${months(split.recurringBasisMonths)}invoices ${money(split.recurring)}`);
  if (!split.usage.isZero()) parts.push(`usage and taxes at the recent invoices' average ${money(split.usage)}`);
  if (!split.added.isZero()) parts.push(`services added since the last invoice ${money(split.added)}`);
  if (!split.monthlyCharges.isZero()) parts.push(`monthly cloud and SaaS charges at their last amount ${money(split.monthlyCharges)}`);
  if (!split.runRate.isZero() && split.runRateDays > 0) {
    parts.push(
      `cloud run-rate ${money(split.runRate.div(split.runRateDays))}/day × ${formatCount(split.runRateDays)} ${split.runRateDays === 1 ? 'day' : 'days'}${split.isRunRateByWeekday ? ' (by weekday)' : ''}`,
    );
  }
  const actual = split.actualThrough ? `actual ${money(split.actual)} through ${formatDate(split.actualThrough)}` : 'nothing actual yet';
  const projected = split.projected.isZero()
    ? 'nothing more projected'
    : `projected a further ${money(split.projected)} by ${formatDate(split.periodLastDay)}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
  return `${actual}; ${projected}`;
}
