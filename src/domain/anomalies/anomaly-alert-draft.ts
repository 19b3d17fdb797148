import type { AlertDraft } from '../alerts/alert-draft.js';
import type { AlertMessage } from '../alerts/alert-destination.js';
import { day, money, month, signedMoney } from '../alerts/alert-figures.js';
import { attributeLabels } from './cost-fact.js';
import type { CostAnomaly } from './detect-cost-anomalies.js';
import type { RunRate } from './judge-event-impact.js';

/** What happened, how much, why, since when — and the buttons to act on it. */
export function toAnomalyAlertDraft(anomaly: CostAnomaly, freshness: string): AlertDraft {
  const when = anomaly.granularity === 'day' ? day : month;
  const period = anomaly.start === anomaly.end ? when(anomaly.start) : `${when(anomaly.start)} – ${when(anomaly.end)}`;
  const percent =
    anomaly.impactPercent === null ? 'new cost' : `${anomaly.impactPercent.startsWith('-') ? '' : '+'}${anomaly.impactPercent}%`;
  const top = anomaly.contributors[0];
  const cause = top
    ? ` Top contributor: ${attributeLabels[top.attribute].toLowerCase()} ${top.value} (${Math.round(top.share * 100)}% of the impact${top.isNew ? ', new' : ''}).`
    : '';
  const causes = anomaly.contributors.slice(0, 3).map((contributor) => ({
    label: `Cause: ${attributeLabels[contributor.attribute]}`,
    value: `${contributor.value} ${signedMoney(contributor.impact, anomaly.currency)} (${Math.round(contributor.share * 100)}%)`,
  }));
  const { title, summary, facts } = anomaly.runRate
    ? describeLevelChange(anomaly, anomaly.runRate, percent, cause)
    : {
        title: `Cost anomaly: ${anomaly.seriesLabel} ${signedMoney(anomaly.impact, anomaly.currency)} (${percent}) on ${period}`,
        summary: `${anomaly.seriesLabel} cost ${money(anomaly.actual, anomaly.currency)} against ${money(anomaly.expected, anomaly.currency)} expected ${anomaly.start === anomaly.end ? 'on' : 'over'} ${period}.${cause}`,
        facts: [
          { label: 'Actual', value: money(anomaly.actual, anomaly.currency) },
          { label: 'Expected', value: money(anomaly.expected, anomaly.currency) },
          { label: 'Impact', value: `${signedMoney(anomaly.impact, anomaly.currency)} (${percent})` },
          { label: 'Since', value: when(anomaly.start) },
        ],
      };
  return {
    kind: 'anomaly',
    dedupeKey: anomaly.dedupeKey,
    title,
    message: {
      kind: 'anomaly',
      title,
      summary,
      facts: [...facts, ...causes],
      series: {
        categories: anomaly.chart.categories,
        actual: anomaly.chart.actual,
        expected: anomaly.chart.expected,
        unit: anomaly.currency,
      },
      actions: [
        { id: 'acknowledge', label: 'Acknowledge', value: anomaly.dedupeKey },
        { id: 'mark-expected', label: 'Mark as expected', value: anomaly.dedupeKey },
        { id: 'snooze-7d', label: 'Snooze 7 days', value: anomaly.dedupeKey },
        { id: 'ask', label: 'Ask about it', value: `Why did ${anomaly.seriesLabel} cost change on ${period}?` },
      ],
      freshness,
    },
    scope: {
      costCenters: [
        ...new Set([
          anomaly.series.costCenter,
          ...anomaly.contributors.filter((contributor) => contributor.attribute === 'costCenter').map((contributor) => contributor.value),
        ]),
      ].filter((code): code is string => code !== undefined),
      vendors: [anomaly.series.provider ?? anomaly.series.vendor].filter((vendor): vendor is string => vendor !== undefined),
    },
    finding: anomaly,
  };
}

const shapeTitles = {
  step: 'Cost step change',
  drift: 'Cost drift',
  return: 'Cost back to its earlier level',
  spike: 'Cost anomaly',
} as const;

/**
 * A level change as a FinOps team reads it: new level against old, and what it costs a month and
 * a year at this rate ("+USD 600.00/month, ≈ USD 7,300.00/year"), since when, and what it cost so far.
 */
function describeLevelChange(
  anomaly: CostAnomaly,
  runRate: RunRate,
  percent: string,
  cause: string,
): Pick<AlertMessage, 'title' | 'summary' | 'facts'> {
  const { currency } = anomaly;
  const per = runRate.per === 'day' ? 'day' : 'month';
  const since = runRate.per === 'day' ? day(anomaly.start) : month(anomaly.start);
  const isDrop = anomaly.direction === 'down';
  const monthly = `${signedMoney(runRate.monthly, currency)}/month`;
  const annual = `≈ ${signedMoney(runRate.annual, currency)}/year`;
  const title = `${anomaly.shape === 'step' && isDrop ? 'Cost drop' : shapeTitles[anomaly.shape]}: ${anomaly.seriesLabel} ${monthly} (${annual}) since ${since}`;
  const levelWord =
    anomaly.shape === 'drift'
      ? `is now costing ${money(runRate.newLevel, currency)} a ${per}`
      : `has cost ${money(runRate.newLevel, currency)} a ${per} since ${since}`;
  const summary =
    `${anomaly.seriesLabel} ${levelWord} against ${money(runRate.oldLevel, currency)} before (${percent}): ` +
    `${signedMoney(runRate.change, currency)} a ${per}, ${monthly} and ${annual} at this rate; ` +
    `${signedMoney(anomaly.impact, currency)} so far over ${runRate.periods} ${per}${runRate.periods === 1 ? '' : 's'}.${cause}` +
    (anomaly.shape === 'return' ? ' The earlier level is the baseline again.' : ' The new level is now the baseline.');
  return {
    title,
    summary,
    facts: [
      { label: 'New level', value: `${money(runRate.newLevel, currency)}/${per}` },
      { label: 'Old level', value: `${money(runRate.oldLevel, currency)}/${per}` },
      { label: 'Run-rate impact', value: `${monthly} (${annual})` },
      {
        label: 'So far',
        value: `${signedMoney(anomaly.impact, currency)} (${percent}) over ${runRate.periods} ${per}${runRate.periods === 1 ? '' : 's'}`,
      },
      { label: 'Since', value: since },
    ],
  };
}
