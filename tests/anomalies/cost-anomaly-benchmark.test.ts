import { describe, expect, it } from 'vitest';
import { generateCostBenchmark } from '../../scripts/support/cost-benchmark/generate-cost-series.js';
import type { BenchmarkSummary } from '../../scripts/support/cost-benchmark/score-cost-benchmark.js';
import { runCostBenchmark } from '../../scripts/support/cost-benchmark/score-cost-benchmark.js';

// Issue 17's targets on the labelled cost benchmark (the daily series; the full report with the
// monthly series, every noise level and NAB is `npx tsx scripts/bench-anomaly-detection.ts`, in
// BENCHMARKS.md "Anomaly detection quality"). The whole daily set scores in about two seconds.
describe('the labelled cost-anomaly benchmark (daily series)', () => {
  const daily = generateCostBenchmark().filter((series) => series.granularity === 'day');
  const { ledgerline, 'rolling z-score': reference } = runCostBenchmark(daily);
  const shifts = (summary: BenchmarkSummary, noises: string[]) => {
    const rows = summary.recall.filter((row) => ['shift-up', 'shift-down', 'return'].includes(row.type) && noises.includes(row.noise));
    const hits = rows.reduce((sum, row) => sum + row.withinTarget.hits, 0);
    const total = rows.reduce((sum, row) => sum + row.withinTarget.total, 0);
    return { hits, total, share: hits / total };
  };

  it('has at least 200 labelled anomalies in 240 series, a fifth of them quiet', () => {
    expect(daily).toHaveLength(240);
    expect(daily.reduce((sum, series) => sum + series.labels.length, 0)).toBeGreaterThanOrEqual(200);
    expect(daily.filter((series) => series.labels.length === 0)).toHaveLength(48);
  });

  it('finds at least 95% of the spikes of 3× or more on their day', () => {
    const { spikes } = ledgerline.summary.targets;
    expect(spikes.total).toBeGreaterThanOrEqual(100);
    expect(spikes.hits / spikes.total).toBeGreaterThanOrEqual(0.95);
  });

  it('raises at most one false alert per series-year on series that only have noise, patterns, charges, credits and gaps', () => {
    expect(ledgerline.summary.targets.quietDailyFalseAlertsPerYear).toBeLessThanOrEqual(1);
    expect(ledgerline.summary.targets.quietDailyFalseAlertsPerYear).toBeLessThan(
      reference.summary.targets.quietDailyFalseAlertsPerYear / 3,
    );
  });

  it('finds at least 95% of the level shifts of USD 300/month or more within 14 days at day-to-day noise up to 10%', () => {
    const upToTenPercent = shifts(ledgerline.summary, ['2%', '5%', '10%']);
    expect(upToTenPercent.total).toBeGreaterThanOrEqual(90);
    expect(upToTenPercent.share).toBeGreaterThanOrEqual(0.95);
  });

  it('at 20% noise misses the target (a 15% step is under one σ there; BENCHMARKS.md says by how much) but stays above its measured floor and the reference', () => {
    // Measured 40% (12/30) when written: a regression guard, not the target.
    expect(shifts(ledgerline.summary, ['20%']).share).toBeGreaterThanOrEqual(0.35);
    expect(shifts(ledgerline.summary, ['all']).share).toBeGreaterThanOrEqual(0.8);
    expect(shifts(ledgerline.summary, ['all']).share).toBeGreaterThan(2 * shifts(reference.summary, ['all']).share);
  });

  it('stays silent on at least 90% of the changes people marked as planned', () => {
    const planned = ledgerline.summary.recall.find((row) => row.type === 'planned' && row.noise === 'all')!;
    expect(planned.withinTarget.hits / planned.withinTarget.total).toBeGreaterThanOrEqual(0.9);
  });
});
