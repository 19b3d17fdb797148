// ISO periods as strings: a day "2026-11-25" or a month's first day "2026-11-01". UTC throughout.

export type Granularity = 'day' | 'month';

const dayMs = 86_400_000;

export function addPeriods(period: string, count: number, granularity: Granularity): string {
  const date = new Date(`${period.slice(0, 10)}T00:00:00Z`);
  if (granularity === 'day') return new Date(date.getTime() + count * dayMs).toISOString().slice(0, 10);
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + count, 1)).toISOString().slice(0, 10);
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
