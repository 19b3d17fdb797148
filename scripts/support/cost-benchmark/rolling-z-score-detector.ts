// The reference the benchmark compares against: the textbook detector. A period is anomalous when
// it is more than `threshold` standard deviations from the mean of the `window` periods before it
// (either way); consecutive anomalous periods on the same side are one event, reported when its
// summed deviation passes the same minimums the cost alerts use.

export interface ReferenceDetection {
  start: number;
  detectedIndex: number;
  direction: 'up' | 'down';
}

export interface RollingZScoreOptions {
  window: number;
  threshold: number;
  minimumImpact: number;
  minimumPercent: number;
}

export const dailyReferenceOptions: RollingZScoreOptions = { window: 28, threshold: 3, minimumImpact: 100, minimumPercent: 10 };
export const monthlyReferenceOptions: RollingZScoreOptions = { window: 12, threshold: 3, minimumImpact: 100, minimumPercent: 10 };

export function detectWithRollingZScore(values: readonly number[], options: RollingZScoreOptions): ReferenceDetection[] {
  const detections: ReferenceDetection[] = [];
  let open: { start: number; direction: 'up' | 'down'; actual: number; expected: number; isReported: boolean } | undefined;
  const minimumHistory = Math.ceil(options.window / 2);
  for (let index = minimumHistory; index < values.length; index += 1) {
    const from = Math.max(0, index - options.window);
    const history = values.slice(from, index);
    const mean = history.reduce((sum, value) => sum + value, 0) / history.length;
    const deviation = Math.sqrt(history.reduce((sum, value) => sum + (value - mean) ** 2, 0) / Math.max(1, history.length - 1));
    const score =
      deviation === 0 ? (values[index] === mean ? 0 : Math.sign(values[index]! - mean) * Infinity) : (values[index]! - mean) / deviation;
    if (Math.abs(score) <= options.threshold) {
      open = undefined;
      continue;
    }
    const direction = score > 0 ? 'up' : 'down';
    if (open === undefined || open.direction !== direction) open = { start: index, direction, actual: 0, expected: 0, isReported: false };
    open.actual += values[index]!;
    open.expected += mean;
    const impact = open.actual - open.expected;
    const isLargeEnough =
      Math.abs(impact) >= options.minimumImpact &&
      (open.expected === 0 || (Math.abs(impact) / Math.abs(open.expected)) * 100 >= options.minimumPercent);
    if (!open.isReported && isLargeEnough) {
      open.isReported = true;
      detections.push({ start: open.start, detectedIndex: index, direction });
    }
  }
  return detections;
}
