import { Decimal } from '../shared/decimal.js';
import type { CostAttribute, CostFact, SeriesFamily } from './cost-fact.js';
import { dailyDetectorOptions, detectSeriesAnomalies, monthlyDetectorOptions } from './detect-series-anomalies.js';
import type { SeriesAnomalyEvent, SeriesDetectorOptions } from './detect-series-anomalies.js';
import { findTopContributors } from './find-top-contributors.js';
import type { Contributor } from './find-top-contributors.js';
import { findReportableEvents, measureRunRate } from './judge-event-impact.js';
import type { RunRate } from './judge-event-impact.js';
import { addPeriods, lastCompletePeriod, periodRange, sameDayLastMonth } from './period-axis.js';

/**
 * Both apply to the event's cumulative impact (actual − expected over its periods so far): a level
 * change that stays is reported once its run-rate × the periods it has lasted passes them.
 */
export interface CostAnomalyThresholds {
  /** an anomaly smaller than this (in the series' currency, decimal string) is not reported */
  minimumImpact: string;
  /** nor one smaller than this share of the expected spend, in percent */
  minimumPercent: number;
}

export const defaultCostAnomalyThresholds: CostAnomalyThresholds = { minimumImpact: '100', minimumPercent: 10 };

export interface CostAnomaly {
  /** the same finding on a later scan has the same key */
  dedupeKey: string;
  family: SeriesFamily['id'];
  granularity: SeriesFamily['granularity'];
  /** the attributes that name the series, e.g. provider, billing account and service */
  series: Partial<Record<CostAttribute, string>>;
  seriesLabel: string;
  currency: string;
  /** first period, and the last one the figures cover (ISO) */
  start: string;
  end: string;
  /** the period whose data put the event over the minimums: the scan after it alerts (= end) */
  detectedOn: string;
  /** summed over start..end */
  actual: string;
  expected: string;
  impact: string;
  /** impact / expected × 100, one decimal; null when nothing was expected (a new cost) */
  impactPercent: string | null;
  /** a step, a drift or a return to the level before a step: the series' new level */
  isLevelShift: boolean;
  shape: SeriesAnomalyEvent['shape'];
  direction: SeriesAnomalyEvent['direction'];
  /** level changes: old and new level, and what the change costs a month and a year */
  runRate?: RunRate;
  /** ranked by their share of the impact, largest first */
  contributors: Contributor[];
  /** recent history for a chart, ending with the anomaly */
  chart: { categories: string[]; actual: string[]; expected: string[] };
  /** people marked this episode as planned activity: kept for the scan's cross-checks, never alerted */
  isExpected?: true;
}

/** "Mark as expected" feedback: this series' periods from start to end were planned activity. */
export interface PlannedEpisode {
  /** the alert family of the series: "anomaly:<series family>:<series key>" (its dedupe key without the start) */
  seriesFamily: string;
  start: string;
  end: string;
}

export interface DetectCostAnomaliesInput {
  facts: readonly CostFact[];
  family: SeriesFamily;
  /** "today": only periods before it are complete */
  asOf: string;
  /** report only anomalies detected on or after this period (earlier history still trains) */
  reportFrom?: string;
  thresholds?: CostAnomalyThresholds;
  detector?: Partial<SeriesDetectorOptions>;
  plannedEpisodes?: readonly PlannedEpisode[];
}

interface SeriesData {
  key: Partial<Record<CostAttribute, string>>;
  currency: string;
  first: string;
  totals: Map<string, Decimal>;
  facts: CostFact[];
}

const chartLength = { day: 42, month: 13 } as const;

/** Pure: cost facts of one family + as-of date → the anomalies, with expected vs actual and root cause. */
export function detectCostAnomalies(input: DetectCostAnomaliesInput): CostAnomaly[] {
  const { family, asOf } = input;
  const thresholds = input.thresholds ?? defaultCostAnomalyThresholds;
  const detector = {
    ...(family.granularity === 'day' ? dailyDetectorOptions : monthlyDetectorOptions),
    // A level change under half the minimum percent could never alert: the baseline need not restart for it.
    minimumShift: thresholds.minimumPercent / 200,
    ...input.detector,
  };
  const allSeries = groupIntoSeries(input.facts, family);
  // Spend not yet imported is not zero spend: the axis ends at the newest period in the data.
  let newest = '';
  for (const fact of input.facts) if (fact.period > newest) newest = fact.period;
  const last = [lastCompletePeriod(asOf, family.granularity), newest].sort()[0]!;
  const anomalies: CostAnomaly[] = [];
  const plannedBySeries = new Map<string, PlannedEpisode[]>();
  for (const episode of input.plannedEpisodes ?? [])
    plannedBySeries.set(episode.seriesFamily, [...(plannedBySeries.get(episode.seriesFamily) ?? []), episode]);

  for (const [seriesKey, series] of allSeries) {
    if (series.first > last) continue;
    const periods = periodRange(series.first, last, family.granularity);
    const amounts = periods.map((period) => series.totals.get(period) ?? new Decimal(0));
    const values = Float64Array.from(amounts, (amount) => amount.toNumber());
    const expectedValues = new Float64Array(periods.length);
    const charges = new Float64Array(periods.length);
    const episodes = plannedBySeries.get(`anomaly:${family.id}:${seriesKey}`);
    const planned = episodes
      ? Uint8Array.from(periods, (period) => (episodes.some((episode) => episode.start <= period && period <= episode.end) ? 1 : 0))
      : undefined;
    const events = detectSeriesAnomalies(values, detector, {
      expectedOut: expectedValues,
      chargesOut: charges,
      ...(planned ? { planned } : {}),
      ...(family.granularity === 'day' ? { sameDayLastMonth: sameDayLastMonth(periods) } : {}),
    });
    for (const { event, judged } of findReportableEvents(events, amounts, thresholds, detector.minimumHold, charges)) {
      const start = periods[event.startIndex]!;
      const detectedOn = periods[judged.detectedIndex]!;
      if (input.reportFrom !== undefined && detectedOn < input.reportFrom) continue;
      const eventPeriods = periods.slice(event.startIndex, judged.detectedIndex + 1);
      const chartStart = Math.max(0, judged.detectedIndex + 1 - chartLength[family.granularity]);
      const chartExpected = (index: number) => {
        const value = index >= event.startIndex ? event.expected[index - event.startIndex]! : expectedValues[index]!;
        // Where a period was not judged (too little history) the chart shows its actual value.
        return Number.isNaN(value) ? values[index]!.toFixed(2) : value.toFixed(2);
      };
      anomalies.push({
        dedupeKey: `anomaly:${family.id}:${seriesKey}:${start}`,
        family: family.id,
        granularity: family.granularity,
        series: series.key,
        seriesLabel: family.keyAttributes.map((attribute) => series.key[attribute] ?? '—').join(' · '),
        currency: series.currency,
        start,
        end: detectedOn,
        detectedOn,
        actual: judged.actual.toFixed(2),
        expected: judged.expected.toFixed(2),
        impact: judged.impact.toFixed(2),
        impactPercent: judged.impactPercent === null ? null : judged.impactPercent.toFixed(1),
        isLevelShift: event.isLevelShift,
        shape: event.shape,
        direction: event.direction,
        ...(event.isLevelShift ? { runRate: measureRunRate(event, judged.detectedIndex, amounts, family.granularity) } : {}),
        contributors: findTopContributors({
          facts: series.facts,
          attributes: family.contributorAttributes,
          anomalyPeriods: eventPeriods,
          baselinePeriods: periodRange(
            addPeriods(start, -baselineLength(family), family.granularity),
            addPeriods(start, -1, family.granularity),
            family.granularity,
          ),
          impact: judged.impact,
        }),
        chart: {
          categories: periods.slice(chartStart, judged.detectedIndex + 1),
          actual: amounts.slice(chartStart, judged.detectedIndex + 1).map((amount) => amount.toFixed(2)),
          expected: Array.from({ length: judged.detectedIndex + 1 - chartStart }, (_, offset) => chartExpected(chartStart + offset)),
        },
        ...(event.isPlanned ? { isExpected: true as const } : {}),
      });
    }
  }
  return anomalies.sort((left, right) => left.start.localeCompare(right.start) || left.dedupeKey.localeCompare(right.dedupeKey));
}

function baselineLength(family: SeriesFamily): number {
  return family.granularity === 'day' ? 28 : 6;
}

function groupIntoSeries(facts: readonly CostFact[], family: SeriesFamily): Map<string, SeriesData> {
  const allSeries = new Map<string, SeriesData>();
  for (const fact of facts) {
    const keyValues = family.keyAttributes.map((attribute) => fact.attributes[attribute] ?? '');
    // One series per currency: amounts in different currencies are never added.
    const seriesKey = [...keyValues, fact.currency].join('|');
    let series = allSeries.get(seriesKey);
    if (series === undefined) {
      const key: Partial<Record<CostAttribute, string>> = {};
      family.keyAttributes.forEach((attribute, index) => (key[attribute] = keyValues[index]!));
      series = { key, currency: fact.currency, first: fact.period, totals: new Map(), facts: [] };
      allSeries.set(seriesKey, series);
    }
    if (fact.period < series.first) series.first = fact.period;
    series.totals.set(fact.period, (series.totals.get(fact.period) ?? new Decimal(0)).plus(fact.amount));
    series.facts.push(fact);
  }
  return allSeries;
}
