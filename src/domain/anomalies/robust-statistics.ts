// Order statistics for the anomaly baseline. Plain numbers: these describe the shape of a series,
// they are never shown as money (the figures in an alert are recomputed with Decimal).

/** Median of the values; NaN when there are none. Sorts a copy. */
export function median(values: ArrayLike<number>): number {
  const count = values.length;
  if (count === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  const middle = count >> 1;
  return count % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Robust standard deviation from successive differences: median |x[i] − x[i−1]| scaled to σ for
 * normal noise. Unlike the MAD around one centre it is barely moved by a slow trend or by one
 * level shift inside the window, both common in cost series.
 */
export function robustNoiseScale(values: ArrayLike<number>): number {
  if (values.length < 2) return 0;
  const differences = new Float64Array(values.length - 1);
  for (let index = 1; index < values.length; index += 1) {
    differences[index - 1] = Math.abs(values[index]! - values[index - 1]!);
  }
  // 1 / (Φ⁻¹(3/4) · √2): the median absolute difference of two N(0, σ²) draws is 0.9539 σ
  return median(differences) * 1.0483;
}
