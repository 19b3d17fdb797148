import { addDays, addMonths, daysBetween, monthStart, toIsoDate } from '../periods/period.js';
import { Decimal } from '../shared/decimal.js';

/** The first day (YYYY-MM-DD) of every calendar month that starts inside [start, end). */
export function monthStartsIn(start: Date, end: Date): string[] {
  const months: string[] = [];
  for (let cursor = monthStart(start); cursor < end; cursor = addMonths(cursor, 1)) {
    if (cursor >= start) months.push(toIsoDate(cursor));
  }
  return months;
}

/**
 * The share of a monthly charge a service owes for one billing month: the days it is in service
 * that month ÷ the month's days. The inventory's end date is the last day in service; a service
 * marked disconnected without one owes nothing more.
 */
export function serviceMonthShare(
  month: string,
  service: { startDate: Date | null; endDate: Date | null; isDisconnected: boolean },
): Decimal {
  const start = new Date(`${month}T00:00:00Z`);
  const end = addMonths(start, 1);
  if (service.isDisconnected && service.endDate === null) return new Decimal(0);
  const from = service.startDate && service.startDate > start ? service.startDate : start;
  const lastExclusive = service.endDate ? addDays(service.endDate, 1) : end;
  const to = lastExclusive < end ? lastExclusive : end;
  const days = daysBetween(from, to);
  if (days <= 0) return new Decimal(0);
  return new Decimal(days).div(daysBetween(start, end));
}
