import type { AlertDraft } from '../alerts/alert-draft.js';
import { day, money, month, signedMoney } from '../alerts/alert-figures.js';
import { attributeLabels } from './cost-fact.js';
import type { CostAnomaly } from './detect-cost-anomalies.js';

/** What happened, how much, why, since when — and the buttons to act on it. */
export function toAnomalyAlertDraft(anomaly: CostAnomaly, freshness: string): AlertDraft {
  const when = anomaly.granularity === 'day' ? day : month;
  const period = anomaly.start === anomaly.end ? when(anomaly.start) : `${when(anomaly.start)} – ${when(anomaly.end)}`;
  const percent = anomaly.impactPercent === null ? 'new cost' : `${anomaly.impactPercent.startsWith('-') ? '' : '+'}${anomaly.impactPercent}%`;
  const top = anomaly.contributors[0];
  const title = `${anomaly.isLevelShift ? 'Cost step change' : 'Cost anomaly'}: ${anomaly.seriesLabel} ${signedMoney(anomaly.impact, anomaly.currency)} (${percent}) on ${period}`;
  const cause = top ? ` Top contributor: ${attributeLabels[top.attribute].toLowerCase()} ${top.value} (${Math.round(top.share * 100)}% of the impact${top.isNew ? ', new' : ''}).` : '';
  return {
    kind: 'anomaly',
    dedupeKey: anomaly.dedupeKey,
    title,
    message: {
      kind: 'anomaly',
      title,
      summary: `${anomaly.seriesLabel} cost ${money(anomaly.actual, anomaly.currency)} against ${money(anomaly.expected, anomaly.currency)} expected ${anomaly.start === anomaly.end ? 'on' : 'over'} ${period}.${cause}${anomaly.isLevelShift ? ' The new level is now the baseline.' : ''}`,
      facts: [
        { label: 'Actual', value: money(anomaly.actual, anomaly.currency) },
        { label: 'Expected', value: money(anomaly.expected, anomaly.currency) },
        { label: 'Impact', value: `${signedMoney(anomaly.impact, anomaly.currency)} (${percent})` },
        { label: 'Since', value: when(anomaly.start) },
        ...anomaly.contributors.slice(0, 3).map((contributor) => ({
          label: `Cause: ${attributeLabels[contributor.attribute]}`,
          value: `${contributor.value} ${signedMoney(contributor.impact, anomaly.currency)} (${Math.round(contributor.share * 100)}%)`,
        })),
      ],
      series: { categories: anomaly.chart.categories, actual: anomaly.chart.actual, expected: anomaly.chart.expected, unit: anomaly.currency },
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
        ...new Set([anomaly.series.costCenter, ...anomaly.contributors.filter((contributor) => contributor.attribute === 'costCenter').map((contributor) => contributor.value)]),
      ].filter((code): code is string => code !== undefined),
      vendors: [anomaly.series.provider ?? anomaly.series.vendor].filter((vendor): vendor is string => vendor !== undefined),
    },
    finding: anomaly,
  };
}
