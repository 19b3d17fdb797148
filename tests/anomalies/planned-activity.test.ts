import { describe, expect, it } from 'vitest';
import { seriesFamilies } from '../../src/domain/anomalies/cost-fact.js';
import type { CostFact } from '../../src/domain/anomalies/cost-fact.js';
import { detectCostAnomalies } from '../../src/domain/anomalies/detect-cost-anomalies.js';
import { dailyDetectorOptions, detectSeriesAnomalies } from '../../src/domain/anomalies/detect-series-anomalies.js';
import { addPeriods } from '../../src/domain/anomalies/period-axis.js';
import { Decimal } from '../../src/domain/shared/decimal.js';
import { weeklySeries } from './synthetic-series.js';

// "Mark as expected" feedback: the episode people called planned activity is not reported, nor
// its continuation, while the same series still alerts on the next, unplanned surprise.

const reported = (values: number[], planned?: Uint8Array) =>
  detectSeriesAnomalies(values, dailyDetectorOptions, planned ? { planned } : {})
    .filter((event) => !event.isPlanned)
    .map((event) => ({ start: event.startIndex, end: event.endIndex }));

describe('planned activity in the series detector', () => {
  const values = weeklySeries(90, { weekday: 100, weekend: 40, amplitude: 6, seed: 11 });
  values[50] = values[50]! + 150; // the load test people planned…
  values[51] = values[51]! + 150; // …ran a second day
  values[70] = values[70]! + 150; // a surprise three weeks later

  it('reports both episodes when nobody said anything', () => {
    expect(reported(values)).toEqual([
      { start: 50, end: 51 },
      { start: 70, end: 70 },
    ]);
  });

  it('drops the planned episode, including the day it ran on, but still reports the later surprise', () => {
    const planned = new Uint8Array(values.length);
    planned[50] = 1; // marked after the first day only
    expect(reported(values, planned)).toEqual([{ start: 70, end: 70 }]);
  });

  it('keeps a planned day that looked normal out of the baseline: later expectations do not move', () => {
    const quiet = weeklySeries(90, { weekday: 100, weekend: 40, amplitude: 6, seed: 12 });
    const elevated = quiet.map((value, day) => (day >= 40 && day < 46 ? value * 1.08 : value)); // a planned, modest ramp-up
    const planned = Uint8Array.from(elevated, (_, day) => (day >= 40 && day < 46 ? 1 : 0));
    const expectedQuiet = new Float64Array(quiet.length);
    const expectedPlanned = new Float64Array(quiet.length);
    const expectedUnplanned = new Float64Array(quiet.length);
    detectSeriesAnomalies(quiet, dailyDetectorOptions, { expectedOut: expectedQuiet });
    detectSeriesAnomalies(elevated, dailyDetectorOptions, { expectedOut: expectedPlanned, planned });
    detectSeriesAnomalies(elevated, dailyDetectorOptions, { expectedOut: expectedUnplanned });
    // Every day after the episode is judged as if it had not happened (within 3% of a weekday, USD 3)…
    for (let day = 46; day < quiet.length; day += 1) {
      expect(Math.abs(expectedPlanned[day]! - expectedQuiet[day]!), `day ${day}`).toBeLessThan(3);
    }
    // …while unplanned, the same ramp moves the baseline (a new level: not judged, or judged against another value).
    const moved = (day: number) => Number.isNaN(expectedUnplanned[day]!) || Math.abs(expectedUnplanned[day]! - expectedQuiet[day]!) >= 3;
    expect(Array.from({ length: 14 }, (_, offset) => moved(46 + offset)).some(Boolean)).toBe(true);
  });
});

describe('planned episodes in the cost scan', () => {
  const fact = (period: string, amount: number): CostFact => ({
    period,
    amount: new Decimal(amount.toFixed(2)),
    currency: 'USD',
    attributes: {
      provider: 'AWS',
      billingAccount: '111122223333',
      service: 'Amazon EC2',
      region: 'us-east-1',
      chargeCategory: 'Usage',
      costCenter: 'CC-630',
    },
  });
  const facts = Array.from({ length: 60 }, (_, offset) => {
    const period = addPeriods('2026-09-22', offset, 'day');
    return fact(period, period === '2026-11-20' ? 450 : 50 + (offset % 3));
  });
  const family = seriesFamilies['cloud-service'];
  const seriesFamily = 'anomaly:cloud-service:AWS|111122223333|Amazon EC2|USD';

  it('marks the episode of the named series as expected, and only that series', () => {
    const [marked] = detectCostAnomalies({
      facts,
      family,
      asOf: '2026-11-21',
      plannedEpisodes: [{ seriesFamily, start: '2026-11-20', end: '2026-11-20' }],
    });
    expect(marked).toMatchObject({ start: '2026-11-20', isExpected: true });
    const [other] = detectCostAnomalies({
      facts,
      family,
      asOf: '2026-11-21',
      plannedEpisodes: [{ seriesFamily: `${seriesFamily}x`, start: '2026-11-20', end: '2026-11-20' }],
    });
    expect(other?.isExpected).toBeUndefined();
  });
});
