import type { GetRealizedSavingsResult } from '../../domain/savings/get-realized-savings.js';
import { formatCount, formatDate, formatMoney, formatMonth } from '../../domain/shared/format.js';
import { contextOf, maxTableRows, pluralize, type Presentation } from './presentation.js';
import { addDays, dateFromIso, toIsoDate } from '../../domain/periods/period.js';

export function presentRealizedSavings(result: GetRealizedSavingsResult): Presentation {
  const context = contextOf(result);
  // countedMonths ends on the first day after its last month: name that last month.
  const lastMonth = result.countedMonths ? toIsoDate(addDays(dateFromIso(result.countedMonths.end), -1)) : null;
  const months = lastMonth ? `through ${formatMonth(lastMonth)}` : 'no complete month in the period yet';
  const method = `Disconnects count as the service's monthly cost × whole months since the month after completion (${months}); dispute credits count when they arrive on an invoice.`;
  const hidden = result.areCreditsHidden ? ' Dispute credits are carrier-level and not shown for your cost-center scope.' : '';
  const totalLines = result.totals.map((total) => {
    const disconnects = result.disconnects.filter((row) => row.currency === total.currency).length;
    const credits = result.credits.filter((row) => row.currency === total.currency).length;
    const parts = [
      `${formatMoney(total.disconnects, total.currency)} from ${formatCount(disconnects)} completed ${pluralize(disconnects, 'disconnect')}`,
      ...(result.areCreditsHidden
        ? []
        : [`${formatMoney(total.credits, total.currency)} in ${formatCount(credits)} dispute ${pluralize(credits, 'credit')}`]),
    ];
    return `${formatMoney(total.total, total.currency)} (${parts.join(' + ')})`;
  });
  const facts = result.totals.flatMap((total) => [
    { label: 'Realized savings', value: formatMoney(total.total, total.currency), raw: total.total, currency: total.currency },
    { label: 'From disconnects', value: formatMoney(total.disconnects, total.currency), raw: total.disconnects, currency: total.currency },
    ...(result.areCreditsHidden
      ? []
      : [
          {
            label: 'From dispute credits',
            value: formatMoney(total.credits, total.currency),
            raw: total.credits,
            currency: total.currency,
          },
        ]),
  ]);
  const followUps = ['Where can we still save?', 'What did we disconnect last month?', 'Which disputes are still open?'];
  if (result.disconnects.length === 0 && result.credits.length === 0) {
    return {
      text: `No realized savings in ${result.period.label}: no completed disconnects and no dispute credits received.${hidden} ${method}`,
      facts,
      followUps,
      context,
    };
  }
  const items = [
    ...result.disconnects.map((row) => ({
      item: row.identifier,
      kind: `Disconnected ${formatDate(row.completedAt)}`,
      detail: `${formatMoney(row.monthlyCost, row.currency)}/month × ${row.months} ${pluralize(row.months, 'month')}`,
      saved: formatMoney(row.saved, row.currency),
    })),
    ...result.credits.map((row) => ({
      item: `${row.vendor} ${row.creditInvoice}`,
      kind: `Dispute credit (${row.disputedInvoice})`,
      detail: row.description,
      saved: formatMoney(row.amount, row.currency),
    })),
  ];
  return {
    text: [
      `Realized savings in ${result.period.label}: ${totalLines.join('; ')}.`,
      ...items.slice(0, 10).map((row) => `• ${row.item} — ${row.kind}: ${row.detail} = ${row.saved}`),
      ...(items.length > 10 ? [`… and ${items.length - 10} more.`] : []),
      `${method}${hidden}`,
    ].join('\n'),
    facts,
    table: {
      columns: [
        { key: 'item', label: 'Service or invoice' },
        { key: 'kind', label: 'Source' },
        { key: 'detail', label: 'How' },
        { key: 'saved', label: 'Saved', align: 'right' },
      ],
      rows: items.slice(0, maxTableRows),
      totalRows: items.length,
    },
    followUps,
    context,
  };
}
