import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SeriesDetectorOptions } from '../../src/domain/anomalies/detect-series-anomalies.js';
import { dailyDetectorOptions, detectSeriesAnomalies } from '../../src/domain/anomalies/detect-series-anomalies.js';
import { findReportableEvents } from '../../src/domain/anomalies/judge-event-impact.js';
import { Decimal } from '../../src/domain/shared/decimal.js';

// A labelled set the demo generator did not produce: Numenta Anomaly Benchmark series (MIT,
// tests/fixtures/external/nab, from NAB commit ea702d7), resampled into buckets and scored against NAB's windows.

const nabRoot = fileURLToPath(new URL('../../tests/fixtures/external/nab/', import.meta.url));

export interface NabCase {
  file: string;
  /** bucket length in minutes: 1440 = daily totals */
  bucketMinutes: number;
  aggregate: 'sum' | 'mean';
  detector: SeriesDetectorOptions;
}

// The cost detector's settings, in both directions, on the series' own scale; hourly buckets get a day's season.
const base = { ...dailyDetectorOptions, direction: 'both', minimumScale: 0.000001 } as const;
const daily: SeriesDetectorOptions = base;
const hourly: SeriesDetectorOptions = {
  ...base,
  seasonLength: 24,
  historyLength: 96,
  levelLength: 48,
  minimumHistory: 48,
  shiftConfirmation: 6,
  dropConfirmation: 24,
  sumHistory: 96,
  settleLength: 0,
  returnConfirmation: 24,
  impactWindow: 240,
  minimumHold: 24,
};

export const nabCases: NabCase[] = [
  { file: 'realKnownCause/nyc_taxi.csv', bucketMinutes: 1440, aggregate: 'sum', detector: daily },
  { file: 'realKnownCause/ambient_temperature_system_failure.csv', bucketMinutes: 1440, aggregate: 'mean', detector: daily },
  { file: 'realKnownCause/cpu_utilization_asg_misconfiguration.csv', bucketMinutes: 60, aggregate: 'mean', detector: hourly },
  { file: 'realKnownCause/ec2_request_latency_system_failure.csv', bucketMinutes: 60, aggregate: 'mean', detector: hourly },
  { file: 'realAWSCloudwatch/ec2_cpu_utilization_24ae8d.csv', bucketMinutes: 60, aggregate: 'mean', detector: hourly },
  { file: 'realAWSCloudwatch/ec2_cpu_utilization_825cc2.csv', bucketMinutes: 60, aggregate: 'mean', detector: hourly },
  { file: 'realAWSCloudwatch/rds_cpu_utilization_cc0c53.csv', bucketMinutes: 60, aggregate: 'mean', detector: hourly },
  { file: 'realAWSCloudwatch/elb_request_count_8c0756.csv', bucketMinutes: 60, aggregate: 'sum', detector: hourly },
  { file: 'realAWSCloudwatch/grok_asg_anomaly.csv', bucketMinutes: 60, aggregate: 'mean', detector: hourly },
  { file: 'artificialWithAnomaly/art_daily_jumpsup.csv', bucketMinutes: 60, aggregate: 'mean', detector: hourly },
];

export interface NabScore {
  file: string;
  buckets: number;
  windows: number;
  windowsHit: number;
  falsePositives: number;
}

const toTime = (text: string) => Date.parse(`${text.slice(0, 19).replace(' ', 'T')}Z`);

export interface NabSeries {
  values: number[];
  /** labelled windows as [first, last] bucket index */
  windows: Array<readonly [number, number]>;
}

/** The series resampled into buckets, with NAB's labelled windows in bucket indexes. */
export function readNabSeries(nabCase: NabCase): NabSeries {
  const rows = readFileSync(`${nabRoot}data/${nabCase.file}`, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [timestamp = '', value = ''] = line.split(',');
      return { time: toTime(timestamp), value: Number(value) };
    });
  const bucketMs = nabCase.bucketMinutes * 60_000;
  const first = Math.floor(rows[0]!.time / bucketMs) * bucketMs;
  const count = Math.floor((rows.at(-1)!.time - first) / bucketMs) + 1;
  const sums = new Float64Array(count);
  const counts = new Float64Array(count);
  for (const row of rows) {
    const index = Math.floor((row.time - first) / bucketMs);
    sums[index]! += row.value;
    counts[index]! += 1;
  }
  const values = Array.from(sums, (sum, index) => (nabCase.aggregate === 'sum' ? sum : counts[index]! > 0 ? sum / counts[index]! : 0));
  const windows =
    (JSON.parse(readFileSync(`${nabRoot}labels/combined_windows.json`, 'utf8')) as Record<string, [string, string][]>)[nabCase.file] ?? [];
  return {
    values,
    windows: windows.map(
      ([start, end]) => [Math.floor((toTime(start) - first) / bucketMs), Math.floor((toTime(end) - first) / bucketMs)] as const,
    ),
  };
}

/** A window is hit when an event (first period to the period it was reported) overlaps it; an event outside every window is a false positive. */
export function scoreNabEvents(file: string, series: NabSeries, events: ReadonlyArray<{ startIndex: number; endIndex: number }>): NabScore {
  const isInWindow = (index: number) => series.windows.some(([start, end]) => index >= start && index <= end);
  return {
    file,
    buckets: series.values.length,
    windows: series.windows.length,
    windowsHit: series.windows.filter(([start, end]) => events.some((event) => event.startIndex <= end && event.endIndex >= start)).length,
    falsePositives: events.filter((event) => !isInWindow(event.startIndex) && !isInWindow(event.endIndex)).length,
  };
}

export function scoreNabCase(nabCase: NabCase): NabScore {
  const series = readNabSeries(nabCase);
  // The cost alerts' own rule: an event counts once its cumulative deviation passes 10% of what was
  // expected (no money minimum: these are not dollars); it is dated from its start to that period.
  const amounts = series.values.map((value) => new Decimal(value));
  const events = findReportableEvents(
    detectSeriesAnomalies(series.values, nabCase.detector),
    amounts,
    { minimumImpact: '0', minimumPercent: 10 },
    nabCase.detector.minimumHold,
  );
  return scoreNabEvents(
    nabCase.file,
    series,
    events.map(({ event, judged }) => ({ startIndex: event.startIndex, endIndex: judged.detectedIndex })),
  );
}
