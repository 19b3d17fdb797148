// Benchmark (not a test): anomaly-scan time for 10,000 daily series × 400 days, in memory.
// Run: npx tsx scripts/bench-anomalies.ts [series] [days]
import { dailyDetectorOptions, detectSeriesAnomalies } from '../src/domain/anomalies/detect-series-anomalies.js';

const seriesCount = Number(process.argv[2] ?? 10_000);
const days = Number(process.argv[3] ?? 400);

let state = 42;
const random = () => {
  state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
  return state / 2 ** 32;
};

// Weekday/weekend pattern, slow growth, noise, an occasional spike and step: the shapes cost series have.
const allSeries = Array.from({ length: seriesCount }, () => {
  const level = 10 + random() * 5000;
  const weekendFactor = 0.3 + random() * 0.7;
  const spikeDay = Math.floor(random() * days);
  const stepDay = random() < 0.2 ? Math.floor(random() * days) : days;
  const values = new Float64Array(days);
  for (let day = 0; day < days; day += 1) {
    const seasonal = day % 7 >= 5 ? weekendFactor : 1;
    const growth = 1 + day * 0.0005;
    const step = day >= stepDay ? 1.5 : 1;
    values[day] = level * seasonal * growth * step * (1 + (random() - 0.5) * 0.1) + (day === spikeDay ? level * 2 : 0);
  }
  return values;
});

const durations = new Float64Array(seriesCount);
let anomalies = 0;
const started = performance.now();
allSeries.forEach((values, index) => {
  const before = performance.now();
  anomalies += detectSeriesAnomalies(values, dailyDetectorOptions).length;
  durations[index] = performance.now() - before;
});
const totalMs = performance.now() - started;
durations.sort();
const percentile = (fraction: number) => durations[Math.min(seriesCount - 1, Math.floor(fraction * seriesCount))]!;
console.log(
  JSON.stringify({
    series: seriesCount,
    days,
    totalSeconds: Number((totalMs / 1000).toFixed(2)),
    p50PerSeriesMs: Number(percentile(0.5).toFixed(3)),
    p95PerSeriesMs: Number(percentile(0.95).toFixed(3)),
    anomalies,
    node: process.version,
  }),
);
