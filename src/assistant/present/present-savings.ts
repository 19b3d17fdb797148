import type { SavingKind } from '../../domain/savings/saving-opportunity.js';
import type { FindSavingsToolResult } from '../../domain/savings/find-savings.js';
import { formatCount, formatMoney, formatMonth } from '../../domain/shared/format.js';
import { contextOf, maxTableRows, pluralize, type Presentation } from './presentation.js';
import { addMonths, dateFromIso, monthStart, toIsoDate } from '../../domain/periods/period.js';

const savingKindWords: Record<SavingKind, string> = {
  zero_usage_line: 'Mobile lines with no usage',
  above_contract_rate: 'Billed above the contracted rate',
  above_peer_rate: 'Far above the peer rate',
  idle_cloud_resource: 'Idle cloud resources',
};

export function presentSavings(result: FindSavingsToolResult): Presentation {
  const context = contextOf(result);
  const domain = typeof result.filters.domain === 'string' ? ` in ${result.filters.domain}` : '';
  const window = result.usageWindow
    ? ` (usage ${formatMonth(result.usageWindow.start)} to ${formatMonth(previousMonth(result.usageWindow.end))})`
    : '';
  if (result.opportunityCount === 0) {
    return {
      text: `No savings opportunities found${domain}: no idle lines for ${result.months} months, nothing billed above contract or peers.`,
      facts: [{ label: 'Opportunities', value: '0', raw: '0' }],
      followUps: ['Has any carrier overbilled us?'],
      context,
    };
  }
  const totals = result.totals
    .map((total) => `${formatMoney(total.monthly, total.currency)} a month (${formatMoney(total.annual, total.currency)} a year)`)
    .join(' + ');
  const kindLines = result.byKind.map(
    (kind) => `• ${savingKindWords[kind.kind]}: ${formatCount(kind.count)}, ${formatMoney(kind.monthly, kind.currency)} a month`,
  );
  const itemLines = result.opportunities
    .slice(0, 8)
    .map((item) => `${item.identifier} (${item.vendor}): ${item.evidence} — ${formatMoney(item.monthlySaving, item.currency)}/month`);
  return {
    text: [
      `${formatCount(result.opportunityCount)} savings ${pluralize(result.opportunityCount, 'opportunity', 'opportunities')}${domain}: ${totals}${window}.`,
      ...kindLines,
      '',
      'Largest:',
      ...itemLines,
    ].join('\n'),
    facts: [
      ...result.totals.flatMap((total) => [
        { label: 'Monthly saving', value: formatMoney(total.monthly, total.currency), raw: total.monthly, currency: total.currency },
        { label: 'Annual saving', value: formatMoney(total.annual, total.currency), raw: total.annual, currency: total.currency },
      ]),
      { label: 'Opportunities', value: formatCount(result.opportunityCount), raw: String(result.opportunityCount) },
    ],
    table: {
      columns: [
        { key: 'identifier', label: 'Service' },
        { key: 'vendor', label: 'Vendor' },
        { key: 'kind', label: 'Why' },
        { key: 'monthly', label: 'Monthly', align: 'right' },
        { key: 'annual', label: 'Annual', align: 'right' },
      ],
      rows: result.opportunities.slice(0, maxTableRows).map((item) => ({
        identifier: item.identifier,
        vendor: item.vendor,
        kind: savingKindWords[item.kind],
        monthly: formatMoney(item.monthlySaving, item.currency),
        annual: formatMoney(item.annualSaving, item.currency),
      })),
      totalRows: result.opportunityCount,
    },
    followUps: ['Lines with no usage in 90 days', 'Has any carrier overbilled us?', 'Are we still paying for disconnected lines?'],
    context,
  };
}

/** The usage window's end is exclusive (the first of the month after): name the last month in it. */
function previousMonth(isoDate: string): string {
  return toIsoDate(addMonths(monthStart(dateFromIso(isoDate)), -1));
}
