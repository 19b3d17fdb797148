import type { GetLineChargesResult } from '../../domain/usage/get-line-charges.js';
import { formatMoney, formatMonth } from '../../domain/shared/format.js';
import { typeWords } from './present-inventory.js';
import { contextOf, maxTableRows, pluralize, type Presentation } from './presentation.js';

const chargeWords = (chargeType: string) => chargeType.replaceAll('_', '-');

export function presentLineCharges(result: GetLineChargesResult): Presentation {
  const context = contextOf(result);
  const service = result.service;
  const identifier = service?.identifier ?? result.identifier;
  const followUps = [`Usage of ${identifier}`, `Who has ${identifier}?`];
  if (result.charges.length === 0) {
    return {
      text: service
        ? `No charges billed to ${identifier} in ${result.period.label}.`
        : `No charges billed to "${result.identifier}" in ${result.period.label}, and no service with that identifier that you can see.`,
      facts: [],
      followUps: service ? followUps : ['List mobile lines'],
      context,
    };
  }
  const who = service
    ? ` (${[typeWords[service.type]?.[0] ?? service.type, service.vendor, service.assignee].filter(Boolean).join(', ')})`
    : ' (not in the inventory)';
  const totals = result.totals.map((total) => formatMoney(total.amount, total.currency)).join(' and ');
  const byType = result.byChargeType.map((part) => `${chargeWords(part.chargeType)} ${formatMoney(part.amount, part.currency)}`).join(', ');
  const count = result.charges.length;
  return {
    text: [
      `${identifier}${who} was billed ${totals} in ${result.period.label}: ${byType} (${count} invoice ${pluralize(count, 'line')}).`,
      ...result.charges
        .slice(0, 12)
        .map(
          (charge) =>
            `${formatMonth(charge.month)} · ${charge.invoiceNumber} · ${chargeWords(charge.chargeType)} · ${charge.description}: ${formatMoney(charge.amount, charge.currency)}`,
        ),
    ].join('\n'),
    facts: result.totals.map((total) => ({
      label: 'Billed',
      value: formatMoney(total.amount, total.currency),
      raw: total.amount,
      currency: total.currency,
    })),
    table: {
      columns: [
        { key: 'month', label: 'Month' },
        { key: 'invoice', label: 'Invoice' },
        { key: 'chargeType', label: 'Charge' },
        { key: 'description', label: 'Description' },
        { key: 'amount', label: 'Amount', align: 'right' },
      ],
      rows: result.charges.slice(0, maxTableRows).map((charge) => ({
        month: formatMonth(charge.month),
        invoice: charge.invoiceNumber,
        chargeType: chargeWords(charge.chargeType),
        description: charge.description,
        amount: formatMoney(charge.amount, charge.currency),
      })),
      totalRows: count,
    },
    followUps,
    context,
  };
}
