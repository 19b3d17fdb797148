import { describe, expect, it } from 'vitest';
import { nabCases, scoreNabCase } from '../../scripts/support/nab-series.js';

// Figures are recorded in BENCHMARKS.md ("Anomaly detection"); these bounds guard against regressions.
describe('anomaly detector on labelled NAB series (resampled)', () => {
  const scores = nabCases.map(scoreNabCase);

  it('hits at least 16 of the 22 labelled windows', () => {
    expect(scores.reduce((sum, score) => sum + score.windowsHit, 0)).toBeGreaterThanOrEqual(16);
    expect(scores.reduce((sum, score) => sum + score.windows, 0)).toBe(22);
  });

  it('on the one real daily series (NYC taxi demand, daily totals) hits all 5 windows with no more false alerts than windows', () => {
    const taxi = scores.find((score) => score.file === 'realKnownCause/nyc_taxi.csv')!;
    expect(taxi).toMatchObject({ buckets: 215, windows: 5, windowsHit: 5 });
    expect(taxi.falsePositives).toBeLessThanOrEqual(taxi.windows);
  });

  it('finds the level shift of art_daily_jumpsup and the failures of ec2_cpu_utilization_825cc2 with at most one false alert', () => {
    expect(scores.find((score) => score.file === 'artificialWithAnomaly/art_daily_jumpsup.csv')?.windowsHit).toBe(1);
    expect(scores.find((score) => score.file === 'realAWSCloudwatch/ec2_cpu_utilization_825cc2.csv')).toMatchObject({
      windowsHit: 1,
      falsePositives: 1,
    });
  });
});
