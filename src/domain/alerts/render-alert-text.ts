import type { AlertMessage } from './alert-destination.js';

const kindMarks: Record<AlertMessage['kind'], string> = {
  anomaly: '[ANOMALY]',
  'notice-deadline': '[NOTICE DEADLINE]',
  budget: '[BUDGET]',
  'billing-discrepancy': '[BILLING]',
};

/** Plain text of an alert: the console destination, and the fallback text of chat messages. */
export function renderAlertText(message: AlertMessage): string {
  const lines = [`${kindMarks[message.kind]} ${message.title}`, message.summary];
  for (const fact of message.facts) lines.push(`  ${fact.label}: ${fact.value}`);
  if (message.series && message.series.categories.length > 0) {
    const last = message.series.categories.length - 1;
    const expected = message.series.expected?.[last];
    lines.push(
      `  Series: ${message.series.categories.length} ${message.series.unit} points, last ${message.series.categories[last]} = ${message.series.actual[last]}` +
        (expected !== undefined ? ` (expected ${expected})` : ''),
    );
  }
  for (const line of message.status ?? []) lines.push(`  ✔ ${line}`);
  if (message.actions.length > 0) lines.push(`  Actions: ${message.actions.map((action) => `[${action.label}]`).join(' ')}`);
  lines.push(`  Data: ${message.freshness}  (alert #${message.alertId})`);
  return lines.join('\n');
}
