import type { CostFact } from '../../../src/domain/anomalies/cost-fact.js';
import { seriesFamilies } from '../../../src/domain/anomalies/cost-fact.js';
import { defaultCostAnomalyThresholds, detectCostAnomalies } from '../../../src/domain/anomalies/detect-cost-anomalies.js';
import { addPeriods } from '../../../src/domain/anomalies/period-axis.js';
import { Decimal } from '../../../src/domain/shared/decimal.js';
import type { AnomalyType, BenchmarkSeries, LabelledAnomaly } from './generate-cost-series.js';
import { dailyReferenceOptions, detectWithRollingZScore, monthlyReferenceOptions } from './rolling-z-score-detector.js';
import type { ReferenceDetection } from './rolling-z-score-detector.js';

export type Detection = ReferenceDetection;
export type DetectorName = 'ledgerline' | 'rolling z-score';

/** The product's detector, through detectCostAnomalies (alert minimums, planned episodes, exact money) as the scan runs it. */
export function detectWithLedgerline(series: BenchmarkSeries): Detection[] {
  const family = series.granularity === 'day' ? seriesFamilies['cloud-service'] : seriesFamilies['telecom-account'];
  const periodOf = (index: number) => addPeriods(series.first, index, series.granularity);
  const attributes =
    series.granularity === 'day'
      ? { provider: 'Bench Cloud', billingAccount: series.id, service: 'Metered service', region: 'region-1', chargeCategory: 'Usage' }
      : { vendor: 'Bench Telecom', account: series.id, chargeType: 'recurring' };
  const facts: CostFact[] = series.amounts.flatMap((amount, index) =>
    amount === 0 ? [] : [{ period: periodOf(index), amount: new Decimal(amount.toFixed(2)), currency: 'USD', attributes }],
  );
  const keyValues = family.keyAttributes.map((attribute) => (attributes as Partial<Record<string, string>>)[attribute] ?? '');
  const seriesFamily = `anomaly:${family.id}:${[...keyValues, 'USD'].join('|')}`;
  const anomalies = detectCostAnomalies({
    facts,
    family,
    // The scan runs the day (month) after the last period: every period is complete.
    asOf: periodOf(series.amounts.length),
    thresholds: defaultCostAnomalyThresholds,
    plannedEpisodes: series.planned.map((episode) => ({ seriesFamily, start: periodOf(episode.start), end: periodOf(episode.end) })),
  });
  const indexOf = (period: string) =>
    series.granularity === 'day'
      ? Math.round((Date.parse(period) - Date.parse(series.first)) / 86_400_000)
      : (Number(period.slice(0, 4)) - Number(series.first.slice(0, 4))) * 12 +
        Number(period.slice(5, 7)) -
        Number(series.first.slice(5, 7));
  // As the scan does: what people marked as planned is kept out of the alerts.
  return anomalies
    .filter((anomaly) => !anomaly.isExpected)
    .map((anomaly) => ({ start: indexOf(anomaly.start), detectedIndex: indexOf(anomaly.detectedOn), direction: anomaly.direction }));
}

export function detectWithReference(series: BenchmarkSeries): Detection[] {
  return detectWithRollingZScore(series.amounts, series.granularity === 'day' ? dailyReferenceOptions : monthlyReferenceOptions);
}

/** What "found" means per type, in periods of the series (days or months). */
function matchWindow(label: LabelledAnomaly, granularity: 'day' | 'month'): { from: number; to: number; target: number } {
  const isDaily = granularity === 'day';
  switch (label.type) {
    case 'spike':
      return { from: label.start - 1, to: label.start + 1, target: 0 };
    case 'drift':
      return { from: label.start - 7, to: label.start + (label.rampLength ?? 0) + 30, target: 60 };
    case 'shift-up':
    case 'shift-down':
    case 'return':
    case 'planned':
      // A step's first day is an estimate: a week early still names the same change.
      return isDaily
        ? { from: label.start - 7, to: label.start + 21, target: 14 }
        : { from: label.start - 1, to: label.start + 3, target: 2 };
  }
}

const expectedDirection = (label: LabelledAnomaly): 'up' | 'down' | undefined =>
  label.type === 'planned'
    ? undefined
    : label.type === 'shift-down' || (label.type === 'return' && (label.monthlyImpact ?? 0) < 0)
      ? 'down'
      : 'up';

export interface LabelOutcome {
  series: string;
  granularity: 'day' | 'month';
  noiseLevel: number;
  label: LabelledAnomaly;
  /** periods from the start to the period after which the detector reported it; undefined when missed */
  delay: number | undefined;
  isWithinTarget: boolean;
}

export interface SeriesOutcome {
  series: BenchmarkSeries;
  labels: LabelOutcome[];
  alerts: number;
  /** alerts matching no label, a second alert on the same label, or any alert on a planned change */
  falseAlerts: number;
  seriesYears: number;
}

/** Matches a detector's alerts with the labels: each label takes the first alert in its window, in its direction. */
export function scoreSeries(series: BenchmarkSeries, detections: readonly Detection[]): SeriesOutcome {
  const scored = detections
    .filter((detection) => detection.detectedIndex >= series.warmUp)
    .sort((left, right) => left.detectedIndex - right.detectedIndex);
  const matched = new Map<LabelledAnomaly, Detection>();
  let falseAlerts = 0;
  for (const detection of scored) {
    const candidates = series.labels.filter((label) => {
      const window = matchWindow(label, series.granularity);
      const direction = expectedDirection(label);
      return (
        detection.start >= window.from && detection.start <= window.to && (direction === undefined || direction === detection.direction)
      );
    });
    const label = candidates
      .sort((left, right) => Math.abs(left.start - detection.start) - Math.abs(right.start - detection.start))
      .find((candidate) => !matched.has(candidate));
    if (label === undefined || label.type === 'planned') falseAlerts += 1;
    if (label !== undefined) matched.set(label, detection);
  }
  const periodsPerYear = series.granularity === 'day' ? 365 : 12;
  return {
    series,
    labels: series.labels.map((label) => {
      const detection = matched.get(label);
      const delay = detection === undefined ? undefined : detection.detectedIndex - label.start;
      return {
        series: series.id,
        granularity: series.granularity,
        noiseLevel: series.noiseLevel,
        label,
        delay,
        isWithinTarget:
          label.type === 'planned'
            ? detection === undefined
            : delay !== undefined && delay <= matchWindow(label, series.granularity).target,
      };
    }),
    alerts: scored.length,
    falseAlerts,
    seriesYears: (series.amounts.length - series.warmUp) / periodsPerYear,
  };
}

export interface Rate {
  hits: number;
  total: number;
}

export interface BenchmarkSummary {
  detector: DetectorName;
  series: number;
  seriesYears: number;
  alerts: number;
  falseAlerts: number;
  precision: number;
  /** per granularity, anomaly type and noise level ('all' for every level) */
  recall: Array<{
    granularity: 'day' | 'month';
    type: AnomalyType;
    noise: string;
    withinTarget: Rate;
    found: Rate;
    medianDelay: number | undefined;
  }>;
  /** false alerts per series-year on series with no labelled anomaly (noise, weekly pattern, charges, credits, gaps) */
  quietFalseAlertsPerYear: Array<{
    granularity: 'day' | 'month';
    noise: string;
    falseAlerts: number;
    seriesYears: number;
    perYear: number;
  }>;
  /** the three targets */
  targets: { levelShifts: Rate; spikes: Rate; quietDailyFalseAlertsPerYear: number };
}

const noiseLabel = (noiseLevel: number) => `${Math.round(noiseLevel * 100)}%`;

export function summarize(detector: DetectorName, outcomes: readonly SeriesOutcome[]): BenchmarkSummary {
  const labels = outcomes.flatMap((outcome) => outcome.labels);
  const rate = (subset: readonly LabelOutcome[], isHit: (outcome: LabelOutcome) => boolean): Rate => ({
    hits: subset.filter(isHit).length,
    total: subset.length,
  });
  const median = (values: number[]) => {
    if (values.length === 0) return undefined;
    const sorted = [...values].sort((left, right) => left - right);
    return sorted[Math.floor((sorted.length - 1) / 2)];
  };
  const recall: BenchmarkSummary['recall'] = [];
  for (const granularity of ['day', 'month'] as const) {
    for (const type of ['spike', 'shift-up', 'shift-down', 'return', 'drift', 'planned'] as const) {
      const ofType = labels.filter((outcome) => outcome.granularity === granularity && outcome.label.type === type);
      if (ofType.length === 0) continue;
      const noises = [...new Set(ofType.map((outcome) => outcome.noiseLevel))].sort((left, right) => left - right);
      for (const noise of [undefined, ...noises]) {
        const subset = noise === undefined ? ofType : ofType.filter((outcome) => outcome.noiseLevel === noise);
        recall.push({
          granularity,
          type,
          noise: noise === undefined ? 'all' : noiseLabel(noise),
          withinTarget: rate(subset, (outcome) => outcome.isWithinTarget),
          found: rate(subset, (outcome) => outcome.delay !== undefined),
          medianDelay: median(subset.flatMap((outcome) => (outcome.delay === undefined ? [] : [outcome.delay]))),
        });
      }
    }
  }
  const quietFalseAlertsPerYear: BenchmarkSummary['quietFalseAlertsPerYear'] = [];
  for (const granularity of ['day', 'month'] as const) {
    const quiet = outcomes.filter((outcome) => outcome.series.granularity === granularity && outcome.series.labels.length === 0);
    const noises = [...new Set(quiet.map((outcome) => outcome.series.noiseLevel))].sort((left, right) => left - right);
    for (const noise of [undefined, ...noises]) {
      const subset = noise === undefined ? quiet : quiet.filter((outcome) => outcome.series.noiseLevel === noise);
      const falseAlerts = subset.reduce((sum, outcome) => sum + outcome.falseAlerts, 0);
      const seriesYears = subset.reduce((sum, outcome) => sum + outcome.seriesYears, 0);
      quietFalseAlertsPerYear.push({
        granularity,
        noise: noise === undefined ? 'all' : noiseLabel(noise),
        falseAlerts,
        seriesYears,
        perYear: falseAlerts / seriesYears,
      });
    }
  }
  const alerts = outcomes.reduce((sum, outcome) => sum + outcome.alerts, 0);
  const falseAlerts = outcomes.reduce((sum, outcome) => sum + outcome.falseAlerts, 0);
  const dailyShifts = labels.filter(
    (outcome) =>
      outcome.granularity === 'day' &&
      ['shift-up', 'shift-down', 'return'].includes(outcome.label.type) &&
      Math.abs(outcome.label.monthlyImpact ?? 0) >= 300,
  );
  const dailySpikes = labels.filter(
    (outcome) => outcome.granularity === 'day' && outcome.label.type === 'spike' && (outcome.label.factor ?? 0) >= 3,
  );
  return {
    detector,
    series: outcomes.length,
    seriesYears: outcomes.reduce((sum, outcome) => sum + outcome.seriesYears, 0),
    alerts,
    falseAlerts,
    precision: alerts === 0 ? 1 : (alerts - falseAlerts) / alerts,
    recall,
    quietFalseAlertsPerYear,
    targets: {
      levelShifts: rate(dailyShifts, (outcome) => outcome.isWithinTarget),
      spikes: rate(dailySpikes, (outcome) => outcome.isWithinTarget),
      quietDailyFalseAlertsPerYear: quietFalseAlertsPerYear.find((row) => row.granularity === 'day' && row.noise === 'all')?.perYear ?? 0,
    },
  };
}

/** Both detectors over the same series. */
export function runCostBenchmark(
  allSeries: readonly BenchmarkSeries[],
): Record<DetectorName, { outcomes: SeriesOutcome[]; summary: BenchmarkSummary }> {
  const run = (detector: DetectorName, detect: (series: BenchmarkSeries) => Detection[]) => {
    const outcomes = allSeries.map((series) => scoreSeries(series, detect(series)));
    return { outcomes, summary: summarize(detector, outcomes) };
  };
  return { ledgerline: run('ledgerline', detectWithLedgerline), 'rolling z-score': run('rolling z-score', detectWithReference) };
}
