import { addDays, daysBetween, toIsoDate, daysInMonth } from '../periods/period.js';
import { Decimal } from '../shared/decimal.js';

// Cloud costs accrue by the day and most of them follow the working week (batch jobs, office
// hours, autoscaling), so the days still to come are projected at the average of the same weekday
// over the last whole weeks: a month with five weekends left costs less than one with five Mondays.

/** At most this many whole weeks are averaged: recent enough to follow growth. */
export const maxPatternWeeks = 8;
/** Fewer whole weeks than this and one weekday's average is too noisy: every day is averaged flat. */
const minPatternWeeks = 4;

export interface DailyRunRate {
  /** monthly_charge: every cost of the window fell on one day of the month (a subscription billed monthly). */
  method: 'weekday_pattern' | 'daily_average' | 'monthly_charge';
  /** The days averaged, [start, end), ending with the last day that has data. */
  window: { start: string; end: string };
  /** Average cost by weekday, Sunday first (every entry the same for a flat average). */
  weekdayAverages: Decimal[];
  /** The days projected, [start, end). */
  projectedDays: { start: string; end: string };
  dayCount: number;
  /** Sum of the averages of the projected days; not rounded. */
  amount: Decimal;
}

/**
 * The day of the month every cost of the series falls on, when there is one: a monthly charge. A
 * single cost is only taken for one when it falls on the 1st (a subscription billed in advance);
 * on another day it may as well be a new daily series' first day.
 */
function monthlyChargeDay(dailyCosts: ReadonlyMap<string, Decimal>): number | null {
  const costDays = [...dailyCosts].filter(([, cost]) => !cost.isZero()).map(([isoDay]) => Number(isoDay.slice(8, 10)));
  const days = new Set(costDays);
  if (days.size !== 1) return null;
  const day = [...days][0]!;
  return costDays.length >= 2 || day === 1 ? day : null;
}

/**
 * Pure: projects [from, to) from one series' daily costs (days without a cost are zero) that end
 * at lastDataDay. `firstDataDay` bounds the history: a series younger than the window is averaged
 * over the days it has.
 */
export function projectDailyRunRate(input: {
  dailyCosts: ReadonlyMap<string, Decimal>;
  firstDataDay: Date;
  lastDataDay: Date;
  from: Date;
  to: Date;
}): DailyRunRate {
  const windowEnd = addDays(input.lastDataDay, 1);
  const dayCount = Math.max(0, daysBetween(input.from, input.to));
  // A subscription charged once a month (a FOCUS charge spanning the month, on its first day) is
  // charged again on that day of each month at its latest amount, not spread over the days.
  const chargeDay = monthlyChargeDay(input.dailyCosts);
  if (chargeDay !== null) {
    const latest = [...input.dailyCosts]
      .filter(([, cost]) => !cost.isZero())
      .sort(([left], [right]) => left.localeCompare(right))
      .at(-1)![1];
    let amount = new Decimal(0);
    for (let day = input.from; day < input.to; day = addDays(day, 1)) {
      const lastOfMonth = daysInMonth(day);
      if (day.getUTCDate() === Math.min(chargeDay, lastOfMonth)) amount = amount.plus(latest);
    }
    const none = Array.from({ length: 7 }, () => new Decimal(0));
    return {
      method: 'monthly_charge',
      window: { start: toIsoDate(input.firstDataDay), end: toIsoDate(windowEnd) },
      weekdayAverages: none,
      projectedDays: { start: toIsoDate(input.from), end: toIsoDate(input.to) },
      dayCount,
      amount,
    };
  }
  const available = Math.max(1, daysBetween(input.firstDataDay, windowEnd));
  const weeks = Math.min(maxPatternWeeks, Math.floor(available / 7));
  const isWeekdayPattern = weeks >= minPatternWeeks;
  const windowDays = isWeekdayPattern ? weeks * 7 : Math.min(available, maxPatternWeeks * 7);
  const windowStart = addDays(windowEnd, -windowDays);
  const sums = Array.from({ length: 7 }, () => new Decimal(0));
  const counts = Array.from({ length: 7 }, () => 0);
  let total = new Decimal(0);
  for (let day = windowStart; day < windowEnd; day = addDays(day, 1)) {
    const cost = input.dailyCosts.get(toIsoDate(day)) ?? new Decimal(0);
    sums[day.getUTCDay()] = sums[day.getUTCDay()]!.plus(cost);
    counts[day.getUTCDay()]! += 1;
    total = total.plus(cost);
  }
  const flat = total.div(windowDays);
  const weekdayAverages = sums.map((sum, weekday) => (isWeekdayPattern ? sum.div(counts[weekday]!) : flat));
  let amount = new Decimal(0);
  for (let day = input.from; day < input.to; day = addDays(day, 1)) amount = amount.plus(weekdayAverages[day.getUTCDay()]!);
  return {
    method: isWeekdayPattern ? 'weekday_pattern' : 'daily_average',
    window: { start: toIsoDate(windowStart), end: toIsoDate(windowEnd) },
    weekdayAverages,
    projectedDays: { start: toIsoDate(input.from), end: toIsoDate(input.to) },
    dayCount,
    amount,
  };
}
