import type { ListDisputesToolResult } from '../../domain/disputes/list-disputes.js';
import { formatCount, formatMoney, formatMonth } from '../../domain/shared/format.js';
import { contextOf, filterPhrase, maxTableRows, pluralize, type Presentation } from './presentation.js';

const statusWords = { open: 'open', submitted: 'submitted to the carrier', credited: 'credited', denied: 'denied' } as const;

export function presentDisputes(result: ListDisputesToolResult): Presentation {
  const context = contextOf(result);
  const subject = filterPhrase(result.filters).trim();
  const statusPhrase = Array.isArray(result.filters.status) ? `${result.filters.status.join(' or ')} ` : '';
  if (result.disputeCount === 0) {
    return {
      text: `No ${statusPhrase}disputes${subject ? ` ${subject}` : ''}. Billing errors become disputes once the audit has opened them (npx ledgerline disputes).`,
      facts: [{ label: 'Disputes', value: '0', raw: '0' }],
      followUps: ['Has any carrier overbilled us?'],
      context,
    };
  }
  const totals = result.totals.map(
    (total) =>
      `${formatMoney(total.disputed, total.currency)} disputed, ${formatMoney(total.creditsReceived, total.currency)} credited, ${formatMoney(total.outstanding, total.currency)} outstanding`,
  );
  const lines = result.disputes
    .slice(0, 10)
    .map(
      (dispute) =>
        `• #${dispute.id} ${dispute.vendor} invoice ${dispute.invoiceNumber} (${formatMonth(dispute.period)}), ${statusWords[dispute.status]}: ${formatMoney(dispute.amountDisputed, dispute.currency)} disputed, ${formatMoney(dispute.creditsReceived, dispute.currency)} credited${dispute.credits.length > 0 ? ` on ${[...new Set(dispute.credits.map((credit) => credit.invoiceNumber))].join(', ')}` : ''}`,
    );
  const isCreditQuestion = result.totals.some((total) => total.creditsReceived !== '0.00');
  return {
    text: [
      `${formatCount(result.disputeCount)} ${statusPhrase}${pluralize(result.disputeCount, 'dispute')}${subject ? ` ${subject}` : ''}: ${totals.join('; ')}.`,
      isCreditQuestion ? 'Credits were found on later invoices for some of them.' : 'No credit has come back on later invoices yet.',
      ...lines,
    ].join('\n'),
    facts: result.totals.flatMap((total) => [
      { label: 'Disputed', value: formatMoney(total.disputed, total.currency), raw: total.disputed, currency: total.currency },
      {
        label: 'Credited',
        value: formatMoney(total.creditsReceived, total.currency),
        raw: total.creditsReceived,
        currency: total.currency,
      },
      { label: 'Outstanding', value: formatMoney(total.outstanding, total.currency), raw: total.outstanding, currency: total.currency },
    ]),
    table: {
      columns: [
        { key: 'id', label: '#' },
        { key: 'vendor', label: 'Vendor' },
        { key: 'invoice', label: 'Invoice' },
        { key: 'period', label: 'Period' },
        { key: 'status', label: 'Status' },
        { key: 'disputed', label: 'Disputed', align: 'right' },
        { key: 'credited', label: 'Credited', align: 'right' },
        { key: 'outstanding', label: 'Outstanding', align: 'right' },
      ],
      rows: result.disputes.slice(0, maxTableRows).map((dispute) => ({
        id: String(dispute.id),
        vendor: dispute.vendor,
        invoice: dispute.invoiceNumber,
        period: formatMonth(dispute.period),
        status: dispute.status,
        disputed: formatMoney(dispute.amountDisputed, dispute.currency),
        credited: formatMoney(dispute.creditsReceived, dispute.currency),
        outstanding: formatMoney(dispute.outstanding, dispute.currency),
      })),
      totalRows: result.disputeCount,
    },
    followUps: ['Has any carrier overbilled us?', 'Are we still paying for disconnected lines?'],
    context,
  };
}
