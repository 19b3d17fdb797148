import { describe, expect, it } from 'vitest';
import { dailyDetectorOptions, detectSeriesAnomalies, monthlyDetectorOptions } from '../../src/domain/anomalies/detect-series-anomalies.js';
import { weeklySeries } from './synthetic-series.js';

// A level change is followed for its run-rate after it is confirmed: its "end" here is where it was confirmed.
const summary = (values: number[], options = dailyDetectorOptions) =>
  detectSeriesAnomalies(values, options).map((event) => ({
    start: event.startIndex,
    end: event.isLevelShift ? event.confirmedIndex : event.endIndex,
    isLevelShift: event.isLevelShift,
  }));

describe('detectSeriesAnomalies', () => {
  it('flags a one-day spike once and keeps it out of the baseline', () => {
    const values = weeklySeries(90, { weekday: 100, weekend: 40, amplitude: 6, seed: 1 });
    values[50] = values[50]! + 80;
    values[51] = values[51]! + 0; // the next day is normal again
    expect(summary(values)).toEqual([{ start: 50, end: 50, isLevelShift: false }]);
    const [event] = detectSeriesAnomalies(values, dailyDetectorOptions);
    expect(event!.expected[0]).toBeGreaterThan(95);
    expect(event!.expected[0]).toBeLessThan(105);
  });

  it('alerts a step change once at the change, then adapts to the new level', () => {
    const values = weeklySeries(120, { weekday: 100, weekend: 40, amplitude: 6, seed: 2 }).map((value, day) =>
      day >= 60 ? value * 1.6 : value,
    );
    expect(summary(values)).toEqual([{ start: 60, end: 62, isLevelShift: true }]);
    const expected = new Float64Array(values.length);
    detectSeriesAnomalies(values, dailyDetectorOptions, { expectedOut: expected });
    // Two weeks on, a weekday is expected at the new level (about 160), not the old one (100).
    expect(expected[77]).toBeGreaterThan(150);
    expect(expected[77]).toBeLessThan(170);
  });

  it('learns the weekday pattern: low weekends and the Monday return are normal', () => {
    const values = weeklySeries(140, { weekday: 500, weekend: 50, amplitude: 20, seed: 3 });
    expect(summary(values)).toEqual([]);
  });

  it('treats zero-cost days as data: zero weekends are normal, spend on a zero weekend is not', () => {
    const values = weeklySeries(84, { weekday: 100, weekend: 0, amplitude: 4, seed: 4 });
    expect(summary(values)).toEqual([]);
    values[75] = 100; // a Saturday with weekday spend
    expect(summary(values)).toEqual([{ start: 75, end: 75, isLevelShift: false }]);
  });

  it('does not judge a new series before it has a week of history, then is stricter until two weeks', () => {
    const fresh = [0, 0, 300, 20, 20, 21, 19];
    expect(summary(fresh)).toEqual([]);
    const young = [20, 21, 19, 20, 22, 20, 21, 20, 19, 60, 20];
    expect(summary(young)).toEqual([{ start: 9, end: 9, isLevelShift: false }]);
    const youngAndNoisy = [20, 24, 17, 21, 23, 18, 22, 20, 19, 27, 20];
    expect(summary(youngAndNoisy)).toEqual([]);
  });

  it('starts alerting on a series that was zero and gets real cost', () => {
    const values = [...Array<number>(30).fill(0), 250, 0, 0];
    expect(summary(values)).toEqual([{ start: 30, end: 30, isLevelShift: false }]);
  });

  it('judges monthly series without a weekday pattern and adapts after a two-month step', () => {
    const months = [1000, 1010, 995, 1005, 1002, 998, 1500, 1003, 1001, 1400, 1410, 1405, 1398, 1402];
    expect(summary(months, monthlyDetectorOptions)).toEqual([
      { start: 6, end: 6, isLevelShift: false },
      { start: 9, end: 10, isLevelShift: true },
    ]);
  });
});
