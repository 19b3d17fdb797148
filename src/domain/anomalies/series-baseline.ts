import { median, robustNoiseScale } from './robust-statistics.js';

/** What the detector learns from a series' recent history; refitted once a season. */
export interface SeriesBaseline {
  computedAt: number;
  season: number;
  /** additive offset per phase (weekday): zero-cost weekends stay at zero */
  offsets: Float64Array;
  /** robust σ of the deseasonalized history */
  scale: number;
  /**
   * robust σ relative to the level, from the phases that carry cost: noise grows with the level, so
   * a busy weekday is judged by its own spread, not by the calm (or zero) weekend's
   */
  relativeScale: number;
  /** trend over the whole history, per period: what "growth above the trend" is measured against */
  slope: number;
  /** median of the deseasonalized history: the level at its centre period, `centre` */
  level: number;
  centre: number;
}

/** Weekday offsets and noise scale of history[from, to), and the trend of a (longer) history ending at `to`. */
export function fitBaseline(
  clean: Float64Array,
  from: number,
  to: number,
  season: number,
  /** the history the trend is read from, ending at `to` (by default history[from, to)) */
  trendHistory: Float64Array = clean.subarray(from, to),
): SeriesBaseline {
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
  const scale = robustNoiseScale(deseasonalized);
  const centre = median(deseasonalized);
  const relative: number[] = [];
  for (let index = from; index < to; index += 1) {
    const phaseLevel = centre + offsets[index % season]!;
    if (phaseLevel > 0.25 * Math.abs(centre) && phaseLevel > 0) relative.push((clean[index]! - phaseLevel) / phaseLevel);
  }
  const trendFrom = to - trendHistory.length;
  const trendDeseasonalized = trendHistory.map((value, offset) => value - offsets[(trendFrom + offset) % season]!);
  return {
    computedAt: to,
    season,
    offsets,
    scale,
    relativeScale: robustNoiseScale(relative),
    slope: halvesSlope(trendDeseasonalized, season, scale),
    level: centre,
    centre: (from + to - 1) / 2,
  };
}

/** Rolling median of the deseasonalized recent history, moved forward by half its damped trend. */
export function forecastLevel(
  clean: Float64Array,
  from: number,
  to: number,
  offsets: Float64Array,
  season: number,
  hasTrend: boolean,
): number {
  const recent = new Float64Array(to - from);
  for (let index = from; index < to; index += 1) recent[index - from] = clean[index]! - offsets[index % season]!;
  const level = median(recent);
  const half = recent.length >> 1;
  if (!hasTrend || half < 3) return level;
  const slope = (median(recent.subarray(recent.length - half)) - median(recent.subarray(0, half))) / half;
  // The median sits half a window back; damping keeps noise in the slope from becoming alerts.
  return level + 0.5 * slope * ((recent.length + 1) / 2);
}

/**
 * Slope from the medians of the two halves, each a whole number of seasons: robust to a spike and
 * to the weekday pattern. Zero unless the halves differ by more than twice their noise — a change
 * is measured from this trend for weeks, so a slope read from noise would itself look like a drift.
 */
function halvesSlope(deseasonalized: Float64Array, season: number, scale: number): number {
  const half = Math.floor(deseasonalized.length / 2 / season) * season;
  if (half < Math.max(season, 3)) return 0;
  const end = deseasonalized.length;
  const difference = median(deseasonalized.subarray(end - half)) - median(deseasonalized.subarray(end - 2 * half, end - half));
  // The median of n normal values has a standard error of 1.2533 σ / √n; the difference of two, √2 times that.
  const standardError = (1.2533 * scale * Math.SQRT2) / Math.sqrt(half);
  return Math.abs(difference) > 2 * standardError ? difference / half : 0;
}
