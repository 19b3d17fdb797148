import { CusumSide, referenceValue } from './level-shift-cusum.js';
import type { LevelReference } from './level-shift-cusum.js';
import { median } from './robust-statistics.js';
import { fitBaseline, forecastLevel } from './series-baseline.js';
import type { SeriesBaseline } from './series-baseline.js';

export interface SeriesDetectorOptions {
  /** 7 for daily series (weekday pattern); 1 for series without a season (monthly telecom). */
  seasonLength: number;
  /** How many past periods the weekday pattern, the noise scale and the trend are learnt from. */
  historyLength: number;
  /** How many recent periods the level (rolling median) is taken from. */
  levelLength: number;
  /** Fewer past periods than this: the period is not judged (a brand-new series). */
  minimumHistory: number;
  /** Robust z-score above which a period is anomalous. */
  threshold: number;
  /** This many anomalous periods in a row up are a new level. */
  shiftConfirmation: number;
  /** This many periods in a row far below are a new, lower level: longer than a rise, so a few days of missing data are not one. */
  dropConfirmation: number;
  /** 'up' for spend (an overspend is what people act on); 'both' also flags single low periods. */
  direction: 'up' | 'both';
  /** Noise floor relative to the level, so a perfectly flat series does not alert on cents. */
  minimumRelativeScale: number;
  /** Noise floor in the series' unit. */
  minimumScale: number;
  /** Periods of history before sums are kept: the level and trend they are measured from must be well known. */
  sumHistory: number;
  /**
   * A sum is believed only when the level moved by at least this share (0.05 = 5%): a smaller move
   * is never worth an alert, and restarting the baseline for it would cost its weekday pattern and
   * monthly charges. The cost scan sets it to half the alert's minimum percent.
   */
  minimumShift: number;
  /** CUSUM allowance in robust σ: only a level that moved by more than this accumulates. */
  shiftAllowance: number;
  /** CUSUM decision interval in robust σ: lower finds small shifts sooner, and noise more often. Above 2 × (clip − allowance), so two extreme periods are not a level. */
  shiftDecision: number;
  /** Each period adds at most this many σ to the CUSUM: one spike, credit or missing day is not a level. */
  shiftClip: number;
  /** A level change this young that comes back (for `returnConfirmation` periods) restores the old baseline. */
  settleLength: number;
  returnConfirmation: number;
  /** A level change is judged by its impact over at most this many periods from its start. */
  impactWindow: number;
  /** A level that came back within this many periods was an episode: its end is not news. */
  minimumHold: number;
}

export const dailyDetectorOptions: SeriesDetectorOptions = {
  seasonLength: 7,
  historyLength: 56,
  levelLength: 14,
  minimumHistory: 7,
  threshold: 4,
  shiftConfirmation: 3,
  dropConfirmation: 7,
  direction: 'up',
  minimumRelativeScale: 0.02,
  minimumScale: 0.01,
  sumHistory: 28,
  minimumShift: 0.05,
  shiftAllowance: 0.5,
  shiftDecision: 8,
  shiftClip: 3,
  settleLength: 21,
  returnConfirmation: 7,
  impactWindow: 60,
  minimumHold: 14,
};

export const monthlyDetectorOptions: SeriesDetectorOptions = {
  seasonLength: 1,
  historyLength: 12,
  levelLength: 4,
  minimumHistory: 3,
  threshold: 4,
  shiftConfirmation: 2,
  dropConfirmation: 2,
  direction: 'up',
  minimumRelativeScale: 0.02,
  minimumScale: 0.01,
  sumHistory: 6,
  minimumShift: 0.05,
  shiftAllowance: 0.5,
  shiftDecision: 5,
  shiftClip: 3,
  settleLength: 6,
  returnConfirmation: 2,
  impactWindow: 6,
  minimumHold: 2,
};

export interface SeriesAnomalyEvent {
  startIndex: number;
  /** inclusive: the last period the event covers so far */
  endIndex: number;
  /** expected value for each period of the event: the baseline, or for a level change the old level */
  expected: number[];
  /** robust z-score of the first period (0 for a level change found by its sum) */
  score: number;
  direction: 'up' | 'down';
  /** the event became the series' new level (a step, a drift or a return) */
  isLevelShift: boolean;
  /** spike: anomalous periods; step, drift: a new level, judged by its run-rate; return: back to the level before a step */
  shape: 'spike' | 'step' | 'drift' | 'return';
  /** a level change: the period at which it was confirmed (a scan ending earlier does not know it) */
  confirmedIndex?: number;
  /** a level change that began as a spike: the last period a scan saw it as one */
  spikeEndIndex?: number;
  /** a return: the level change it ends */
  returnOf?: SeriesAnomalyEvent;
  /** people marked it (or the episode it continues) as planned activity: reported to nobody */
  isPlanned: boolean;
}

export interface SeriesDetectorInputs {
  /** receives the expected value of every judged period (NaN where not judged) */
  expectedOut?: Float64Array;
  /** receives the monthly charge each period was expected to carry (included in the expected values) */
  chargesOut?: Float64Array;
  /**
   * 1 where people marked the period as planned activity ("Mark as expected"): it is excluded from
   * the baseline, and an event that contains it — or continues it without a break — is planned.
   */
  planned?: ArrayLike<number>;
  /**
   * For each period, the index of the same day of the previous month (-1 when there is none): a
   * charge that came on that day (a monthly fee, a SaaS invoice) is expected again.
   */
  sameDayLastMonth?: ArrayLike<number>;
}

/** A confirmed level change whose impact is still being counted against the old level. */
interface OpenLevel {
  event: SeriesAnomalyEvent;
  reference: LevelReference;
  /** median (actual − old level) when confirmed: "back" means closer to the old level than to this */
  change: number;
  /** where the history of the level before the change began: restored if the series comes back */
  previousHistoryStart: number;
  canReturn: boolean;
  returnRun: number;
}

/**
 * Scans a regular series (no gaps: a missing period is a zero) and returns its anomalous events.
 * Each period is judged only against earlier periods, so what a scan says about a period never
 * changes when later periods arrive — the alert dedupe key (series + first period) relies on that.
 *
 * Spikes: a period beyond `threshold` robust σ of the seasonal baseline; it is kept out of the
 * baseline. Level changes: `shiftConfirmation` anomalous periods in a row, or a CUSUM against the
 * level before (small steps and drifts); the history then restarts at the change, so the new level
 * becomes the baseline, while the event keeps counting its impact against the old level for
 * `impactWindow` periods (the caller judges that run-rate against the alert minimums). A young
 * change that comes back restores the old baseline and opens a return event.
 */
export function detectSeriesAnomalies(
  values: ArrayLike<number>,
  options: SeriesDetectorOptions,
  inputs: SeriesDetectorInputs = {},
): SeriesAnomalyEvent[] {
  const { expectedOut, chargesOut, planned, sameDayLastMonth } = inputs;
  expectedOut?.fill(Number.NaN);
  const count = values.length;
  const clean = new Float64Array(count);
  // How far each period rose above its baseline: a charge on that day recurs next month.
  const excess = new Float64Array(count);
  // (A rise that became a level change is no charge: confirming the change clears its excess.)
  const chargeAt = (index: number) => {
    const lastMonth = sameDayLastMonth?.[index] ?? -1;
    return lastMonth >= 0 ? excess[lastMonth]! : 0;
  };
  const isPlannedAt = (index: number) => planned !== undefined && planned[index] === 1;
  // A period without its expected charge is a late invoice, not a lower level: subtract only a charge that came.
  const withoutCharge = (index: number) => {
    const charge = chargeAt(index);
    if (chargesOut) chargesOut[index] = charge;
    const actual = values[index]!;
    return charge > 0 && actual > charge / 2 ? actual - charge : actual;
  };
  const events: SeriesAnomalyEvent[] = [];
  const rise = new CusumSide(1, options.shiftAllowance, options.shiftClip);
  const fall = new CusumSide(-1, options.shiftAllowance, options.shiftClip);
  let historyStart = 0;
  let baseline: SeriesBaseline | undefined;
  let spike: SeriesAnomalyEvent | undefined;
  let lastSpike: SeriesAnomalyEvent | undefined;
  let level: OpenLevel | undefined;
  let upRun = 0;
  let downRun = 0;
  // The trend is read over twice the history (slow growth hides in two months of noise); growth
  // outlives a level change, so a history too young to read it keeps the trend from before.
  let carriedSlope = 0;
  const fit = (from: number, to: number, season: number) => {
    const trendFrom = Math.max(historyStart, to - 2 * options.historyLength);
    const fitted = fitBaseline(clean, from, to, season, clean.subarray(trendFrom, to));
    if (to - trendFrom >= options.historyLength) carriedSlope = fitted.slope;
    else fitted.slope = carriedSlope;
    return fitted;
  };

  const restart = (from: number) => {
    historyStart = from;
    baseline = undefined;
    rise.reset();
    fall.reset();
    upRun = 0;
    downRun = 0;
    spike = undefined;
  };

  /** The young level change came back: its periods leave the history as a spike's would, and the return is an event of its own. */
  const comeBack = (open: OpenLevel, index: number): OpenLevel => {
    const shifted = open.event;
    const returnStart = index - options.returnConfirmation + 1;
    for (let past = shifted.startIndex; past < returnStart; past += 1) clean[past] = referenceValue(open.reference, past);
    restart(open.previousHistoryStart);
    const reference = { ...open.reference, level: open.reference.level + open.change };
    const back: SeriesAnomalyEvent = {
      startIndex: returnStart,
      endIndex: index,
      expected: Array.from(
        { length: index - returnStart + 1 },
        (_, offset) => referenceValue(reference, returnStart + offset) + chargeAt(returnStart + offset),
      ),
      score: 0,
      direction: shifted.direction === 'up' ? 'down' : 'up',
      isLevelShift: true,
      shape: 'return',
      confirmedIndex: index,
      returnOf: shifted,
      isPlanned: shifted.isPlanned,
    };
    events.push(back);
    return { event: back, reference, change: -open.change, previousHistoryStart: historyStart, canReturn: false, returnRun: 0 };
  };

  /**
   * A sum can pass its interval because the level it froze was a poor guess (a trend it missed, a
   * weekday it misread). Before a change is believed, it is measured again from the history just
   * before it began; if that explains it, the sum starts over.
   */
  const confirmSum = (side: CusumSide, minimumLength: number, season: number): { start: number; reference: LevelReference } | undefined => {
    if (!side.isConfirmed(options.shiftDecision, minimumLength)) return undefined;
    let start = side.changePoint();
    let reference = side.reference!;
    if (start - historyStart >= 2 * Math.max(season, 3)) {
      const before = fit(Math.max(historyStart, start - options.historyLength), start, season);
      const slope = before.slope;
      const level = before.level + slope * (start - before.centre);
      const scale = Math.max(before.scale, options.minimumRelativeScale * Math.abs(level), options.minimumScale);
      reference = { index: start, level, slope, offsets: before.offsets, season, scale };
    }
    // Where it began, again, against that level: the frozen one may have drifted before the change.
    const all = side.periods.map((period) => side.sign * (values[period]! - referenceValue(reference, period)));
    const half = all.reduce((sum, value) => sum + value, 0) / all.length / 2;
    let best = 0;
    let bestSum = Number.NEGATIVE_INFINITY;
    for (let offset = all.length - 1, suffix = 0; offset >= 0; offset -= 1) {
      suffix += all[offset]! - half;
      if (suffix >= bestSum) {
        bestSum = suffix;
        best = offset;
      }
    }
    if (side.periods.length - best >= minimumLength) start = side.periods[best]!;
    const changes: number[] = [];
    let referenceSum = 0;
    for (const period of side.periods) {
      if (period < start) continue;
      changes.push(values[period]! - referenceValue(reference, period));
      referenceSum += referenceValue(reference, period);
    }
    // A drift is still climbing: its latest two seasons say more than the median since it began.
    const recent = 2 * Math.max(options.seasonLength, 3);
    const change = side.isRamp(start, recent)
      ? Math.max(side.sign * median(changes), side.sign * median(changes.slice(-recent)))
      : side.sign * median(changes);
    const isLargeEnough = change >= options.minimumShift * Math.abs(referenceSum / changes.length);
    // Already back at the old level (the sum took longer than the episode): that was an episode.
    const latest = changes.slice(-options.shiftConfirmation);
    const hasComeBack = latest.every((value) => Math.abs(value) < Math.abs(value - side.sign * change));
    if (changes.length === 0 || median(changes) * side.sign < options.shiftAllowance * reference.scale || !isLargeEnough || hasComeBack) {
      side.reset();
      return undefined;
    }
    return { start, reference };
  };

  const confirmShift = (candidate: number, direction: 'up' | 'down', index: number, reference: LevelReference, side: CusumSide) => {
    // One change, one alert: the spike that opened it becomes the level change (same first period, same key).
    const converted =
      lastSpike !== undefined && !lastSpike.isLevelShift && lastSpike.direction === direction && lastSpike.endIndex >= candidate - 1
        ? lastSpike
        : undefined;
    const start = converted?.startIndex ?? candidate;
    const event: SeriesAnomalyEvent = converted ?? {
      startIndex: start,
      endIndex: index,
      expected: [],
      score: 0,
      direction,
      isLevelShift: true,
      shape: 'step',
      isPlanned: false,
    };
    if (converted) event.spikeEndIndex = converted.endIndex;
    else events.push(event);
    // The periods a spike already judged keep their expected values: what earlier scans said stays said.
    for (let period = start + event.expected.length; period <= index; period += 1)
      event.expected.push(referenceValue(reference, period) + chargeAt(period));
    event.endIndex = index;
    event.isLevelShift = true;
    event.confirmedIndex = index;
    event.shape =
      side.reference !== undefined && side.isRamp(Math.max(start, side.start), 2 * Math.max(options.seasonLength, 3)) ? 'drift' : 'step';
    // A change inside, or right after, a planned episode (within a season) is that plan's new level.
    for (let period = Math.max(0, start - Math.max(options.seasonLength, 2)); period <= index; period += 1)
      event.isPlanned ||= isPlannedAt(period);
    const changes: number[] = [];
    for (let period = start; period <= index; period += 1) changes.push(values[period]! - event.expected[period - start]!);
    const change = median(changes);
    level = { event, reference, change, previousHistoryStart: historyStart, canReturn: true, returnRun: 0 };
    // Adapt: the new level is the baseline from its first period on (and its rise no monthly charge);
    // a gap or a credit among its first periods would teach the new weekday pattern a hole. Cost levels
    // move in proportion (weekends with weekdays), so "far from the new level" is judged by the ratio.
    const ratios: number[] = [];
    for (let period = start; period <= index; period += 1) {
      const old = referenceValue(reference, period);
      if (old > 0) ratios.push(withoutCharge(period) / old);
    }
    const ratio = ratios.length > 0 ? Math.max(0, median(ratios)) : 1;
    for (let period = start; period <= index; period += 1) {
      const shifted = referenceValue(reference, period) * ratio;
      const value = withoutCharge(period);
      clean[period] = Math.abs(value - shifted) > options.threshold * reference.scale * Math.max(ratio, 1) ? shifted : value;
    }
    // The first days of a step rose above the baseline like a charge would: they are no monthly charge.
    for (let period = start; period <= (event.spikeEndIndex ?? -1); period += 1) excess[period] = 0;
    restart(start);
  };

  for (let index = 0; index < count; index += 1) {
    const actual = values[index]!;
    const isPlannedPeriod = isPlannedAt(index);
    const charge = chargeAt(index);
    if (chargesOut) chargesOut[index] = charge;

    if (level !== undefined) {
      const event = level.event;
      if (index - event.startIndex >= options.impactWindow) {
        level = undefined;
      } else {
        const old = referenceValue(level.reference, index) + charge;
        event.endIndex = index;
        event.expected.push(old);
        if (level.canReturn && index - event.startIndex < options.settleLength) {
          const isCloserToOld = Math.abs(actual - old) < Math.abs(actual - old - level.change);
          level.returnRun = isCloserToOld ? level.returnRun + 1 : 0;
          if (level.returnRun >= options.returnConfirmation) level = comeBack(level, index);
        }
      }
    }

    const available = index - historyStart;
    if (available < options.minimumHistory) {
      clean[index] = withoutCharge(index);
      spike = undefined;
      upRun = 0;
      downRun = 0;
      continue;
    }
    const from = Math.max(historyStart, index - options.historyLength);
    const isSeasonal = options.seasonLength > 1 && available >= 2 * options.seasonLength;
    const season = isSeasonal ? options.seasonLength : 1;
    if (baseline === undefined || baseline.season !== season || index - baseline.computedAt >= options.seasonLength) {
      baseline = fit(from, index, season);
    }
    // Half a week of weekend values would look like a collapse: trends and sums wait for whole seasons.
    const isMature = isSeasonal || options.seasonLength === 1;
    const levelNow = forecastLevel(clean, Math.max(from, index - options.levelLength), index, baseline.offsets, season, isMature);
    const base = Math.max(0, levelNow + baseline.offsets[index % season]!);
    const expected = base + charge;
    if (expectedOut) expectedOut[index] = expected;
    // Noise grows with the level: a busy weekday is judged by its own spread, not the calm weekend's.
    const floor = (value: number) =>
      Math.max(baseline!.scale, Math.max(baseline!.relativeScale, options.minimumRelativeScale) * Math.abs(value), options.minimumScale);
    const scale = floor(expected);
    const score = (actual - expected) / scale;
    // Short history: be stricter, the baseline is still a guess.
    const threshold = isMature ? options.threshold : options.threshold * 1.5;
    const direction = score > 0 ? 'up' : 'down';
    const isAnomalous = (options.direction === 'both' ? Math.abs(score) : score) > threshold;
    excess[index] = actual - base > threshold * floor(base) ? actual - base : 0;

    // Extreme periods either way (a spike, a gap, a credit) enter the baseline only as far as the
    // threshold: a spike does not teach it, yet a weekday the baseline misjudged still pulls it back.
    // (Before a whole season is known a weekend looks extreme to a weekday baseline: it is kept as it is.)
    const extreme = !isMature ? 0 : score > threshold ? 1 : score < -threshold ? -1 : 0;
    clean[index] =
      isPlannedPeriod || charge > 0 ? base : extreme !== 0 ? Math.max(0, expected + extreme * threshold * scale) - charge : actual;
    if (!isAnomalous) {
      spike = undefined;
    } else {
      if (spike !== undefined && spike.endIndex === index - 1 && spike.direction === direction) {
        spike.endIndex = index;
        spike.expected.push(expected);
        spike.isPlanned ||= isPlannedPeriod;
      } else {
        spike = {
          startIndex: index,
          endIndex: index,
          expected: [expected],
          score,
          direction,
          isLevelShift: false,
          shape: 'spike',
          isPlanned: isPlannedPeriod,
        };
        events.push(spike);
      }
      lastSpike = spike;
    }

    upRun = score > threshold ? upRun + 1 : 0;
    downRun = score < -threshold ? downRun + 1 : 0;
    // What a change is measured from: the whole history's level carried along its trend, not the
    // two-week median — the reference is frozen when a sum begins, so its own noise would be counted as a shift.
    const slope = baseline.slope;
    const longLevel = baseline.level + slope * (index - baseline.centre);
    const current: LevelReference = { index, level: longLevel, slope, offsets: baseline.offsets, season, scale: floor(longLevel) };
    const isSummed = isMature && available >= options.sumHistory;
    // A day with a monthly charge says little about the level (how much the invoice came to is its own
    // question), and a planned day is what people said it would be.
    if (isSummed && charge === 0 && !isPlannedPeriod) {
      rise.add(index, actual, () => current);
      fall.add(index, actual, () => current);
    }
    if (upRun >= options.shiftConfirmation) {
      confirmShift(index - upRun + 1, 'up', index, rise.reference ?? current, rise);
      continue;
    }
    if (downRun >= options.dropConfirmation) {
      confirmShift(index - downRun + 1, 'down', index, fall.reference ?? current, fall);
      continue;
    }
    if (!isSummed) continue;
    const risen = confirmSum(rise, options.shiftConfirmation, season);
    if (risen !== undefined) {
      confirmShift(risen.start, 'up', index, risen.reference, rise);
      continue;
    }
    const fallen = confirmSum(fall, options.dropConfirmation, season);
    if (fallen !== undefined) confirmShift(fallen.start, 'down', index, fallen.reference, fall);
  }
  return events;
}
