import { median } from './robust-statistics.js';

/** The level a change is measured from: the baseline on the day the change may have begun, carried forward with its trend. */
export interface LevelReference {
  index: number;
  /** deseasonalized level at `index` */
  level: number;
  /** per period */
  slope: number;
  offsets: Float64Array;
  season: number;
  /** robust σ, floored like the daily judgement's */
  scale: number;
}

/** What the reference expects for period `index` (never below zero: costs are not negative). */
export function referenceValue(reference: LevelReference, index: number): number {
  return Math.max(0, reference.level + reference.slope * (index - reference.index) + reference.offsets[index % reference.season]!);
}

/**
 * One side of a two-sided CUSUM (Page's cumulative sum) of robust z-scores against a reference
 * frozen on the day the sum left zero. A rolling median follows a small step within a week and
 * would never see it; the frozen reference keeps counting until the step is beyond doubt. Each
 * period adds at most `clip` σ, so one spike, credit or missing day cannot make a level on its own.
 */
export class CusumSide {
  sum = 0;
  /** first period of the current accumulation, -1 when the sum is zero */
  start = -1;
  reference: LevelReference | undefined;
  /** clipped z-scores since `start`, and their periods (periods the sum did not hear are skipped) */
  readonly residuals: number[] = [];
  readonly periods: number[] = [];

  constructor(
    readonly sign: 1 | -1,
    private readonly allowance: number,
    private readonly clip: number,
  ) {}

  /** Adds period `index`; `current` is the baseline before it, used when an accumulation begins. */
  add(index: number, value: number, current: () => LevelReference): void {
    const reference = this.reference ?? current();
    const residual = Math.min(this.clip, Math.max(-this.clip, (value - referenceValue(reference, index)) / reference.scale));
    const step = this.sign * residual - this.allowance;
    if (this.reference === undefined) {
      if (step <= 0) return;
      this.reference = reference;
      this.start = index;
    }
    this.sum += step;
    if (this.sum <= 0) {
      this.reset();
      return;
    }
    this.residuals.push(residual);
    this.periods.push(index);
  }

  /**
   * Past the decision interval, and not carried by a few extreme periods: the median agrees, and
   * the change began at least `minimumLength` periods ago.
   */
  isConfirmed(decision: number, minimumLength: number): boolean {
    if (this.sum < decision || this.residuals.length < minimumLength || this.sign * median(this.residuals) < this.allowance) return false;
    return this.residuals.length - this.changeOffset() >= minimumLength;
  }

  /**
   * Where the change most likely began: the start of the suffix with the largest sum of
   * (z − half the mean shift). Leaves out early periods that only drifted up by chance.
   */
  changePoint(): number {
    return this.periods[this.changeOffset()]!;
  }

  private changeOffset(): number {
    const shift = (this.sign * this.residuals.reduce((sum, value) => sum + value, 0)) / this.residuals.length;
    let best = this.residuals.length - 1;
    let bestSum = Number.NEGATIVE_INFINITY;
    let suffix = 0;
    for (let offset = this.residuals.length - 1; offset >= 0; offset -= 1) {
      suffix += this.sign * this.residuals[offset]! - shift / 2;
      if (suffix >= bestSum) {
        bestSum = suffix;
        best = offset;
      }
    }
    return best;
  }

  /** A ramp rather than a step: the later half of the change is well over twice the earlier half. */
  isRamp(from: number, minimumLength: number): boolean {
    const since = this.residuals.filter((_, offset) => this.periods[offset]! >= from).map((value) => this.sign * value);
    if (since.length < minimumLength) return false;
    const half = since.length >> 1;
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    return mean(since.slice(since.length - half)) > 2 * Math.max(mean(since.slice(0, half)), this.allowance);
  }

  reset(): void {
    this.sum = 0;
    this.start = -1;
    this.reference = undefined;
    this.residuals.length = 0;
    this.periods.length = 0;
  }
}
