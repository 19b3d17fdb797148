import { addDays, addMonths, dateFromIso, monthStart, toIsoDate } from '../periods/period.js';
// ISO periods as strings: a day "2026-11-25" or a month's first day "2026-11-01". UTC throughout.

export type Granularity = 'day' | 'month';

export function addPeriods(period: string, count: number, granularity: Granularity): string {
  const date = dateFromIso(period);
  if (granularity === 'day') return toIsoDate(addDays(date, count));
  return toIsoDate(addMonths(monthStart(date), count));
}

/** The periods from `first` to `last` inclusive. */
export function periodRange(first: string, last: string, granularity: Granularity): string[] {
  const periods: string[] = [];
  for (let period = first; period <= last; period = addPeriods(period, 1, granularity)) periods.push(period);
  return periods;
}

/** The first day of the month of an ISO day. */
export function monthOf(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

/** The last complete period before the as-of day: yesterday, or last month. */
export function lastCompletePeriod(asOf: string, granularity: Granularity): string {
  return granularity === 'day' ? addPeriods(asOf, -1, 'day') : addPeriods(monthOf(asOf), -1, 'month');
}

/**
 * For consecutive days, the index of the same day of the previous month, or -1 (before the first
 * day, or the 29th–31st of a month whose previous month is shorter).
 */
export function sameDayLastMonth(days: readonly string[]): Int32Array {
  return Int32Array.from(days, (day, index) => {
    const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
    // Day 0 of this month is the last day of the previous one; the same date there is that many days back.
    const previousMonthDays = new Date(Date.UTC(year, month - 1, 0)).getUTCDate();
    if (date > previousMonthDays || index < previousMonthDays) return -1;
    return index - previousMonthDays;
  });
}
