import { median, robustNoiseScale } from './robust-statistics.js';

export interface SeriesDetectorOptions {
  /** 7 for daily series (weekday pattern); 1 for series without a season (monthly telecom). */
  seasonLength: number;
  /** How many past periods the weekday pattern and the noise scale are learnt from. */
  historyLength: number;
  /** How many recent periods the level (rolling median) is taken from. */
  levelLength: number;
  /** Fewer past periods than this: the period is not judged (a brand-new series). */
  minimumHistory: number;
  /** Robust z-score above which a period is anomalous. */
  threshold: number;
  /** This many anomalous periods in a row are a new level: alert once, then learn from it. */
  shiftConfirmation: number;
  /** 'up' for spend (an overspend is what people act on); 'both' also flags drops. */
  direction: 'up' | 'both';
  /** Noise floor relative to the level, so a perfectly flat series does not alert on cents. */
  minimumRelativeScale: number;
  /** Noise floor in the series' unit. */
  minimumScale: number;
}

export const dailyDetectorOptions: SeriesDetectorOptions = {
  seasonLength: 7,
  historyLength: 56,
  levelLength: 14,
  minimumHistory: 7,
  threshold: 4,
  shiftConfirmation: 3,
  direction: 'up',
  minimumRelativeScale: 0.02,
  minimumScale: 0.01,
};

export const monthlyDetectorOptions: SeriesDetectorOptions = {
  seasonLength: 1,
  historyLength: 12,
  levelLength: 4,
  minimumHistory: 3,
  threshold: 4,
  shiftConfirmation: 2,
  direction: 'up',
  minimumRelativeScale: 0.02,
  minimumScale: 0.01,
};

export interface SeriesAnomalyEvent {
  startIndex: number;
  /** inclusive */
  endIndex: number;
  /** expected value for each period of the event */
  expected: number[];
  /** robust z-score of the first period */
  score: number;
  direction: 'up' | 'down';
  /** the event became the series' new level (a step change) */
  isLevelShift: boolean;
  /** people marked it (or the episode it continues) as planned activity: reported to nobody */
  isPlanned: boolean;
}

interface Model {
  computedAt: number;
  season: number;
  offsets: Float64Array;
  scale: number;
}

/**
 * Scans a regular series (no gaps: a missing period is a zero) and returns its anomalous events.
 * Each period is judged only against earlier periods, so the verdict for a day never changes when
 * later days arrive — the alert dedupe key relies on that. Anomalous periods are replaced by their
 * expected value in the history (a spike does not teach the baseline), unless they persist for
 * `shiftConfirmation` periods, in which case the history restarts at the step.
 */
export function detectSeriesAnomalies(
  values: ArrayLike<number>,
  options: SeriesDetectorOptions,
  /** when given, receives the expected value of every judged period (NaN where not judged) */
  expectedOut?: Float64Array,
  /**
   * 1 where people marked the period as planned activity ("Mark as expected"): it is excluded from
   * the baseline, and an event that contains it — or continues it without a break — is planned.
   */
  planned?: ArrayLike<number>,
): SeriesAnomalyEvent[] {
  expectedOut?.fill(Number.NaN);
  const count = values.length;
  const clean = new Float64Array(count);
  const events: SeriesAnomalyEvent[] = [];
  let historyStart = 0;
  let model: Model | undefined;
  let open: SeriesAnomalyEvent | undefined;

  for (let index = 0; index < count; index += 1) {
    const actual = values[index]!;
    const available = index - historyStart;
    if (available < options.minimumHistory) {
      clean[index] = actual;
      open = undefined;
      continue;
    }
    const from = Math.max(historyStart, index - options.historyLength);
    const isSeasonal = options.seasonLength > 1 && available >= 2 * options.seasonLength;
    const season = isSeasonal ? options.seasonLength : 1;
    if (model === undefined || model.season !== season || index - model.computedAt >= options.seasonLength) {
      model = fitModel(clean, from, index, season);
    }
    // A trend is only read from whole seasons (or unseasonal series): half a week of weekend
    // values would otherwise look like a collapse.
    const hasTrend = season > 1 || options.seasonLength === 1;
    const level = forecastLevel(clean, Math.max(from, index - options.levelLength), index, model.offsets, season, hasTrend);
    const expected = Math.max(0, level + model.offsets[index % season]!);
    if (expectedOut) expectedOut[index] = expected;
    const scale = Math.max(model.scale, options.minimumRelativeScale * Math.abs(expected), options.minimumScale);
    const score = (actual - expected) / scale;
    // Short history: be stricter, the baseline is still a guess.
    const threshold = isSeasonal || options.seasonLength === 1 ? options.threshold : options.threshold * 1.5;
    const direction = score > 0 ? 'up' : 'down';
    const isAnomalous = (options.direction === 'both' ? Math.abs(score) : score) > threshold;
    const isPlannedPeriod = planned !== undefined && planned[index] === 1;

    if (!isAnomalous) {
      clean[index] = isPlannedPeriod ? expected : actual;
      open = undefined;
      continue;
    }
    clean[index] = expected;
    if (open !== undefined && open.endIndex === index - 1 && open.direction === direction) {
      open.endIndex = index;
      open.expected.push(expected);
      open.isPlanned ||= isPlannedPeriod;
    } else {
      open = { startIndex: index, endIndex: index, expected: [expected], score, direction, isLevelShift: false, isPlanned: isPlannedPeriod };
      events.push(open);
    }
    if (open.endIndex - open.startIndex + 1 >= options.shiftConfirmation) {
      // A new level: keep the event (alerted once) and learn the new level from its first period.
      open.isLevelShift = true;
      historyStart = open.startIndex;
      for (let shifted = open.startIndex; shifted <= index; shifted += 1) clean[shifted] = values[shifted]!;
      model = undefined;
      open = undefined;
    }
  }
  return events;
}

/** Weekday offsets (additive: zero-cost weekends stay zero) and the noise scale of the history. */
function fitModel(clean: Float64Array, from: number, to: number, season: number): Model {
  const offsets = new Float64Array(season);
  const history = clean.subarray(from, to);
  if (season > 1) {
    const centre = median(history);
    for (let phase = 0; phase < season; phase += 1) {
      const samePhase: number[] = [];
      for (let index = from; index < to; index += 1) if (index % season === phase) samePhase.push(clean[index]!);
      offsets[phase] = samePhase.length > 0 ? median(samePhase) - centre : 0;
    }
  }
  const deseasonalized = new Float64Array(history.length);
  for (let index = from; index < to; index += 1) deseasonalized[index - from] = clean[index]! - offsets[index % season]!;
  return { computedAt: to, season, offsets, scale: robustNoiseScale(deseasonalized) };
}

/** Rolling median of the deseasonalized recent history, moved forward by half its damped trend. */
function forecastLevel(clean: Float64Array, from: number, to: number, offsets: Float64Array, season: number, hasTrend: boolean): number {
  const recent = new Float64Array(to - from);
  for (let index = from; index < to; index += 1) recent[index - from] = clean[index]! - offsets[index % season]!;
  const level = median(recent);
  const half = recent.length >> 1;
  if (!hasTrend || half < 3) return level;
  const slope = (median(recent.subarray(recent.length - half)) - median(recent.subarray(0, half))) / half;
  // The median sits half a window back; damping keeps noise in the slope from becoming alerts.
  return level + 0.5 * slope * ((recent.length + 1) / 2);
}
