import { Decimal } from '../shared/decimal.js';
import type { SeriesAnomalyEvent } from './detect-series-anomalies.js';
import type { Granularity } from './period-axis.js';

export interface ImpactMinimums {
  /** in the series' currency, decimal string */
  minimumImpact: string;
  /** percent of the expected spend */
  minimumPercent: number;
}

export interface JudgedImpact {
  /** the period whose data first put the event over both minimums (a scan ending there reports it) */
  detectedIndex: number;
  actual: Decimal;
  expected: Decimal;
  /** actual − expected over the event's periods up to detectedIndex */
  impact: Decimal;
  /** impact / expected × 100, one decimal; null when nothing was expected (a new cost) */
  impactPercent: Decimal | null;
}

/**
 * An event's cumulative impact, period by period from its first, in exact money: the first period
 * at which it passes the minimums, as the scheduled scan of the next morning would see it. For a
 * level change this is its run-rate × the periods it has lasted so far, so a small step that stays
 * alerts once it has cost enough; one that comes back before that never does. Undefined when the
 * event never passes.
 */
function judgeEventImpact(
  event: SeriesAnomalyEvent,
  amounts: readonly Decimal[],
  minimums: ImpactMinimums,
  /** the monthly charges expected in each period: a share of the usage, not of a SaaS invoice that came as usual */
  charges?: ArrayLike<number>,
): JudgedImpact | undefined {
  const minimumImpact = new Decimal(minimums.minimumImpact);
  const sign = event.direction === 'up' ? 1 : -1;
  let actual = new Decimal(0);
  let expected = new Decimal(0);
  let expectedCharges = new Decimal(0);
  for (let index = event.startIndex; index <= event.endIndex; index += 1) {
    actual = actual.plus(amounts[index]!);
    expected = expected.plus(new Decimal(event.expected[index - event.startIndex]!.toFixed(2)));
    if (charges !== undefined && charges[index]! > 0) expectedCharges = expectedCharges.plus(new Decimal(charges[index]!.toFixed(2)));
    // A level change found by its sum did not exist for scans that ended before it was confirmed.
    const isVisible =
      event.confirmedIndex === undefined ||
      index >= event.confirmedIndex ||
      (event.spikeEndIndex !== undefined && index <= event.spikeEndIndex);
    if (!isVisible) continue;
    const impact = actual.minus(expected);
    if (impact.times(sign).lessThan(minimumImpact) || impact.isZero()) continue;
    const impactPercent = expected.isZero() ? null : impact.div(expected).times(100).toDecimalPlaces(1);
    const usage = expected.minus(expectedCharges);
    const percentOfUsage = usage.greaterThan(0) ? impact.div(usage).times(100) : impactPercent;
    if (percentOfUsage !== null && percentOfUsage.abs().lessThan(minimums.minimumPercent)) continue;
    return { detectedIndex: index, actual, expected, impact, impactPercent };
  }
  return undefined;
}

/**
 * The events people are told about, each with the period it passes the minimums: the end of a
 * level people were told about is news; the end of a short episode (under `minimumHold` periods),
 * or of a level nobody heard of, is not.
 */
export function findReportableEvents(
  events: readonly SeriesAnomalyEvent[],
  amounts: readonly Decimal[],
  minimums: ImpactMinimums,
  minimumHold: number,
  charges?: ArrayLike<number>,
): Array<{ event: SeriesAnomalyEvent; judged: JudgedImpact }> {
  const reported = new Set<SeriesAnomalyEvent>();
  const reportable: Array<{ event: SeriesAnomalyEvent; judged: JudgedImpact }> = [];
  for (const event of events) {
    const judged = judgeEventImpact(event, amounts, minimums, charges);
    if (judged === undefined) continue;
    reported.add(event);
    if (event.returnOf !== undefined && (!reported.has(event.returnOf) || event.startIndex - event.returnOf.startIndex < minimumHold))
      continue;
    reportable.push({ event, judged });
  }
  return reportable;
}

export interface RunRate {
  per: Granularity;
  /** periods from the first to the detected one */
  periods: number;
  /** average per period, before and now (a drift: over its latest periods) */
  oldLevel: string;
  newLevel: string;
  /** newLevel − oldLevel, per period */
  change: string;
  monthly: string;
  annual: string;
}

/** How many latest periods a drift's new level is read from: it is still climbing. */
const driftWindow = { day: 7, month: 2 } as const;

/**
 * A level change as a FinOps team reads it: old and new level per period, and what the change
 * costs a month and a year at this rate (a day × 365, a month × 12), each figure rounded to the
 * cent from exact sums so that new − old = change and annual = change × 365 (or × 12).
 */
export function measureRunRate(
  event: SeriesAnomalyEvent,
  detectedIndex: number,
  amounts: readonly Decimal[],
  granularity: Granularity,
): RunRate {
  const periods = detectedIndex - event.startIndex + 1;
  const window = event.shape === 'drift' ? Math.min(periods, driftWindow[granularity]) : periods;
  let actual = new Decimal(0);
  let expected = new Decimal(0);
  for (let index = detectedIndex - window + 1; index <= detectedIndex; index += 1) {
    actual = actual.plus(amounts[index]!);
    expected = expected.plus(new Decimal(event.expected[index - event.startIndex]!.toFixed(2)));
  }
  const oldLevel = expected.div(window).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const newLevel = actual.div(window).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const change = newLevel.minus(oldLevel);
  const annual = change.times(granularity === 'day' ? 365 : 12);
  const monthly = granularity === 'day' ? annual.div(12).toDecimalPlaces(2, Decimal.ROUND_HALF_UP) : change;
  return {
    per: granularity,
    periods,
    oldLevel: oldLevel.toFixed(2),
    newLevel: newLevel.toFixed(2),
    change: change.toFixed(2),
    monthly: monthly.toFixed(2),
    annual: annual.toFixed(2),
  };
}
