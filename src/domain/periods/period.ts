import { z } from 'zod';

// Periods are [start, end) in ISO dates, UTC. Every tool and the planner build them here, so a
// label reads the same everywhere ("September 2026", "Q3 2026", "2026"). The calendar arithmetic
// below is the project's one home for date math: every date is UTC, so plain Date.UTC arithmetic
// is exact here and no date library (with its local-time defaults) is needed.

const millisecondsPerDay = 86_400_000;

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A period is always [start, end): start inclusive, end exclusive, ISO dates, UTC. */
export interface Period {
  start: string;
  end: string;
  /** How a person would say it: "Q3 2026", "September 2026", "2026-01-01 to 2026-03-31". */
  label: string;
}

export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const periodInputSchema = z
  .object({
    start: isoDateSchema.describe('First day included, YYYY-MM-DD'),
    end: isoDateSchema.describe('First day NOT included, YYYY-MM-DD (exclusive end: September 2026 is 2026-09-01 to 2026-10-01)'),
  })
  .refine((value) => value.start < value.end, 'start must be before end');

export type PeriodInput = z.output<typeof periodInputSchema>;

export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "YYYY-MM", the month of a UTC date. */
export function toIsoMonth(date: Date): string {
  return date.toISOString().slice(0, 7);
}

export function dateFromIso(isoDate: string): Date {
  return new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
}

/** Midnight UTC of the date's day. */
export function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function monthStart(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}

/** The first day of the date's calendar quarter. */
export function quarterStart(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), Math.floor(date.getUTCMonth() / 3) * 3, 1));
}

/** The last day of the date's month (a day inside it, not the exclusive end). */
export function monthEnd(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0));
}

export function addMonths(date: Date, months: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * millisecondsPerDay);
}

export function daysBetween(start: Date, end: Date): number {
  return Math.round((end.getTime() - start.getTime()) / millisecondsPerDay);
}

export function daysInMonth(date: Date): number {
  return monthEnd(date).getUTCDate();
}

/** True when both ends fall on the first of a month: monthly rollups can answer it. */
function isMonthAligned(period: { start: string; end: string }): boolean {
  return period.start.endsWith('-01') && period.end.endsWith('-01');
}

const formatDay = (isoDate: string): string => {
  const date = dateFromIso(isoDate);
  return `${date.getUTCDate()} ${monthNames[date.getUTCMonth()]!.slice(0, 3)} ${date.getUTCFullYear()}`;
};

/** How a person would say the period. */
export function labelPeriod(start: string, end: string): string {
  const startDate = dateFromIso(start);
  const endDate = dateFromIso(end);
  if (isMonthAligned({ start, end })) {
    const months = (endDate.getUTCFullYear() - startDate.getUTCFullYear()) * 12 + endDate.getUTCMonth() - startDate.getUTCMonth();
    const year = startDate.getUTCFullYear();
    if (months === 1) return `${monthNames[startDate.getUTCMonth()]} ${year}`;
    if (months === 3 && startDate.getUTCMonth() % 3 === 0) return `Q${startDate.getUTCMonth() / 3 + 1} ${year}`;
    if (months === 12 && startDate.getUTCMonth() === 0) return String(year);
    const last = addMonths(endDate, -1);
    return `${monthNames[startDate.getUTCMonth()]!.slice(0, 3)} ${year} – ${monthNames[last.getUTCMonth()]!.slice(0, 3)} ${last.getUTCFullYear()}`;
  }
  return `${formatDay(start)} – ${formatDay(toIsoDate(addDays(endDate, -1)))}`;
}

export function makePeriod(start: string, end: string, label?: string): Period {
  return { start, end, label: label ?? labelPeriod(start, end) };
}

export function monthPeriod(year: number, monthIndex: number): Period {
  const start = new Date(Date.UTC(year, monthIndex, 1));
  return makePeriod(toIsoDate(start), toIsoDate(addMonths(start, 1)));
}

/** The last complete month before as-of: the default when a question names no period. */
export function lastCompleteMonth(asOf: Date): Period {
  const previous = addMonths(monthStart(asOf), -1);
  return monthPeriod(previous.getUTCFullYear(), previous.getUTCMonth());
}

/** January 1st of as-of's year through as-of, inclusive. */
export function yearToDate(asOf: Date): Period {
  const start = new Date(Date.UTC(asOf.getUTCFullYear(), 0, 1));
  const end = addDays(startOfDay(asOf), 1);
  return makePeriod(toIsoDate(start), toIsoDate(end), `${asOf.getUTCFullYear()} year to date`);
}

export function resolvePeriod(input: PeriodInput | undefined, fallback: () => Period): Period {
  return input ? makePeriod(input.start, input.end) : fallback();
}

/** The period just before, of the same length in months (or days when not month-aligned). */
export function previousPeriod(period: { start: string; end: string }): Period {
  const start = dateFromIso(period.start);
  const end = dateFromIso(period.end);
  if (isMonthAligned(period)) {
    const months = (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth();
    return makePeriod(toIsoDate(addMonths(start, -months)), period.start);
  }
  return makePeriod(toIsoDate(addDays(start, -daysBetween(start, end))), period.start);
}
