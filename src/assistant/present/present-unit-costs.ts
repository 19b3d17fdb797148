import { isByCurrency } from '../../domain/shared/answer-currency.js';
import { presentByCurrency } from './present-by-currency.js';
import type { GetUnitCostsOutput, GetUnitCostsResult } from '../../domain/inventory/get-unit-costs.js';
import { formatCount, formatMoney } from '../../domain/shared/format.js';
import { typeWords } from './present-inventory.js';
import { contextOf, maxTableRows, type Presentation } from './presentation.js';

const groupWords = { vendor: 'vendor', location: 'location', cost_center: 'cost center' } as const;

/** " with Verizon at Denver Office for CC-200 Sales" */
function selectionPhrase(filters: GetUnitCostsResult['filters']): string {
  const list = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(' and ') : value);
  const words: string[] = [];
  if (filters.vendors) words.push(`with ${list(filters.vendors)}`);
  if (filters.locations) words.push(`at ${list(filters.locations)}`);
  if (filters.costCenters) words.push(`for ${list(filters.costCenters)}`);
  return words.length > 0 ? ` ${words.join(' ')}` : '';
}

export function presentUnitCosts(output: GetUnitCostsOutput): Presentation {
  return isByCurrency(output) ? presentByCurrency(output, presentUnitCostsInOneCurrency) : presentUnitCostsInOneCurrency(output);
}

function presentUnitCostsInOneCurrency(result: GetUnitCostsResult): Presentation {
  const context = contextOf(result);
  const [one, many] = typeWords[result.serviceType] ?? [result.serviceType, `${result.serviceType}s`];
  const money = (amount: string) => formatMoney(amount, result.currency);
  const selection = selectionPhrase(result.filters);
  const { overall } = result;
  if (overall.services === 0) {
    return {
      text: `No ${many}${selection} were billed in ${result.period.label}, so there is no average to give. Data: ${context.freshness}.`,
      facts: [{ label: `${many[0]!.toUpperCase()}${many.slice(1)} billed`, value: '0', raw: '0' }],
      followUps: [`How many ${many} do we have?`, 'Average cost per line last quarter'],
      context,
    };
  }
  const headline = `Average ${money(overall.average)} per ${one}${selection} (${money(overall.amount)} over ${formatCount(overall.services)} ${overall.services === 1 ? one : many} billed in ${result.period.label}).`;
  const facts = [
    { label: `Average per ${one}`, value: money(overall.average), raw: overall.average, currency: result.currency },
    { label: 'Invoiced', value: money(overall.amount), raw: overall.amount, currency: result.currency },
    { label: `${many[0]!.toUpperCase()}${many.slice(1)} billed`, value: formatCount(overall.services), raw: String(overall.services) },
  ];
  const followUps = [
    `10 most expensive ${many}`,
    result.groupBy === 'location' ? `Average cost per ${one} by vendor` : `Average cost per ${one} by location`,
    `How many ${many} do we have?`,
  ];
  if (!result.groupBy || result.groups.length === 0) return { text: headline, facts, followUps, context };
  const dimension = groupWords[result.groupBy];
  return {
    text: [
      headline,
      `By ${dimension}, highest average first:`,
      ...result.groups
        .slice(0, 10)
        .map(
          (group, index) =>
            `${index + 1}. ${group.label}: ${money(group.average)} per ${one} (${formatCount(group.services)} ${group.services === 1 ? one : many}, ${money(group.amount)})`,
        ),
      ...(result.groups.length > 10 ? [`… and ${result.groups.length - 10} more.`] : []),
    ].join('\n'),
    facts,
    table: {
      columns: [
        { key: 'label', label: dimension[0]!.toUpperCase() + dimension.slice(1) },
        { key: 'average', label: `Average per ${one}`, align: 'right' },
        { key: 'services', label: many[0]!.toUpperCase() + many.slice(1), align: 'right' },
        { key: 'amount', label: 'Invoiced', align: 'right' },
      ],
      rows: result.groups.slice(0, maxTableRows).map((group) => ({
        label: group.label,
        average: money(group.average),
        services: formatCount(group.services),
        amount: money(group.amount),
      })),
      totalRows: result.groups.length,
    },
    chart: {
      kind: 'bar',
      title: `Average cost per ${one} by ${dimension}, ${result.period.label}`,
      categories: result.groups.slice(0, maxTableRows).map((group) => group.label),
      series: [{ name: `Average per ${one}`, values: result.groups.slice(0, maxTableRows).map((group) => group.average) }],
      unit: result.currency,
    },
    followUps,
    context,
  };
}
