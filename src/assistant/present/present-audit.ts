import type { AuditFindingKind } from '../../domain/audit/audit-finding.js';
import type { AuditInvoicesToolResult } from '../../domain/audit/audit-invoices.js';
import type { FindBilledAfterDisconnectResult } from '../../domain/audit/find-billed-after-disconnect.js';
import type { Fact } from '../answer.js';
import { formatCount, formatMoney, formatMonth } from '../../domain/shared/format.js';
import { contextOf, filterPhrase, maxTableRows, pluralize, type Presentation } from './presentation.js';

const findingKindWords: Record<AuditFindingKind, string> = {
  rate_variance: 'Charged above the contracted rate',
  duplicate_charge: 'Duplicate charges',
  billed_after_disconnect: 'Billed after disconnect',
  not_in_inventory: 'Billed but not in inventory',
  inventory_not_billed: 'In inventory but not billed (review)',
  month_over_month_jump: 'Month-over-month jumps (review)',
};

const moneyList = (totals: Array<{ currency: string; amount: string }>) =>
  totals.map((total) => formatMoney(total.amount, total.currency)).join(' + ');

export function presentAuditInvoices(result: AuditInvoicesToolResult): Presentation {
  const context = contextOf(result);
  const subject = `${filterPhrase(result.filters).trim() || 'with all carriers'}`;
  const followUps = ['Are we still paying for disconnected lines?', 'Open disputes', 'How much could we save on mobility?'];
  if (result.findingCount === 0) {
    return {
      text: `No billing errors found ${subject} in ${result.period.label}: every audited charge matches the contracted rates and the inventory.`,
      facts: [{ label: 'Findings', value: '0', raw: '0' }],
      followUps,
      context,
    };
  }
  const atStake = result.totalAtStake.length > 0 ? moneyList(result.totalAtStake) : undefined;
  const headline = atStake
    ? `Yes — ${formatCount(result.findingCount)} billing ${pluralize(result.findingCount, 'error')} ${subject} in ${result.period.label}: ${atStake} overbilled.`
    : `${formatCount(result.findingCount)} ${pluralize(result.findingCount, 'finding')} to review ${subject} in ${result.period.label}.`;
  const kindLines = result.byKind.map(
    (kind) => `• ${findingKindWords[kind.kind]}: ${formatCount(kind.count)}, ${formatMoney(kind.amount, kind.currency)}`,
  );
  const findingLines = result.findings
    .slice(0, 8)
    .map(
      (finding) =>
        `${finding.vendor.name} ${finding.invoiceNumber}${finding.identifier ? ` · ${finding.identifier}` : ''}: ${finding.explanation} (${formatMoney(finding.amountAtStake, finding.currency)})`,
    );
  const facts: Fact[] = [
    ...result.totalAtStake.map((total) => ({
      label: 'Overbilled',
      value: formatMoney(total.amount, total.currency),
      raw: total.amount,
      currency: total.currency,
    })),
    { label: 'Findings', value: formatCount(result.findingCount), raw: String(result.findingCount) },
  ];
  return {
    text: [headline, ...kindLines, '', 'Largest findings:', ...findingLines].join('\n'),
    facts,
    table: {
      columns: [
        { key: 'vendor', label: 'Vendor' },
        { key: 'invoice', label: 'Invoice' },
        { key: 'identifier', label: 'Service' },
        { key: 'kind', label: 'Finding' },
        { key: 'periods', label: 'Period' },
        { key: 'billed', label: 'Billed', align: 'right' },
        { key: 'expected', label: 'Expected', align: 'right' },
        { key: 'amount', label: 'At stake', align: 'right' },
      ],
      rows: result.findings.slice(0, maxTableRows).map((finding) => ({
        vendor: finding.vendor.name,
        invoice: finding.invoiceNumber,
        identifier: finding.identifier ?? '',
        kind: findingKindWords[finding.kind],
        periods: finding.periods.map(formatMonth).join(', '),
        billed: formatMoney(finding.billed, finding.currency),
        expected: formatMoney(finding.expected, finding.currency),
        amount: formatMoney(finding.amountAtStake, finding.currency),
      })),
      totalRows: result.findingCount,
    },
    followUps,
    context,
  };
}

export function presentBilledAfterDisconnect(result: FindBilledAfterDisconnectResult): Presentation {
  const context = contextOf(result);
  const subject = filterPhrase(result.filters).trim() || 'by any carrier';
  if (result.lines.length === 0) {
    return {
      text: `No — no disconnected service was billed ${subject} in ${result.period.label}.`,
      facts: [{ label: 'Lines', value: '0', raw: '0' }],
      followUps: ['Has any carrier overbilled us?'],
      context,
    };
  }
  const count = result.lines.length;
  return {
    text: [
      `Yes — ${formatCount(count)} disconnected ${pluralize(count, 'service')} still billed ${subject} in ${result.period.label}: ${moneyList(result.total)} paid after disconnect.`,
      ...result.lines
        .slice(0, 10)
        .map(
          (line) =>
            `• ${line.identifier} (${line.vendor}, account ${line.account})${line.disconnectedOn ? `, disconnected ${line.disconnectedOn}` : ''}: billed ${formatCount(line.periodsBilled.length)} more ${pluralize(line.periodsBilled.length, 'month')}, ${formatMoney(line.total, line.currency)}`,
        ),
    ].join('\n'),
    facts: [
      { label: 'Services', value: formatCount(count), raw: String(count) },
      ...result.total.map((total) => ({
        label: 'Paid after disconnect',
        value: formatMoney(total.amount, total.currency),
        raw: total.amount,
        currency: total.currency,
      })),
    ],
    table: {
      columns: [
        { key: 'identifier', label: 'Service' },
        { key: 'vendor', label: 'Vendor' },
        { key: 'account', label: 'Account' },
        { key: 'disconnectedOn', label: 'Disconnected' },
        { key: 'months', label: 'Months billed', align: 'right' },
        { key: 'total', label: 'Paid', align: 'right' },
      ],
      rows: result.lines.slice(0, maxTableRows).map((line) => ({
        identifier: line.identifier,
        vendor: line.vendor,
        account: line.account,
        disconnectedOn: line.disconnectedOn ?? '',
        months: formatCount(line.periodsBilled.length),
        total: formatMoney(line.total, line.currency),
      })),
      totalRows: count,
    },
    followUps: ['Open disputes', 'Has any carrier overbilled us?'],
    context,
  };
}
