import type { CountServicesOutput, CountServicesResult } from '../../domain/inventory/count-services.js';
import type { FindServiceResult } from '../../domain/inventory/find-service.js';
import type { ListServicesOutput, ListServicesResult } from '../../domain/inventory/list-services.js';
import { isByCurrency } from '../../domain/shared/answer-currency.js';
import { presentByCurrency } from './present-by-currency.js';
import type { ServiceSummary } from '../../domain/inventory/service-summary.js';
import type { Table } from '../answer.js';
import { formatCount, formatDate, formatMoney } from '../../domain/shared/format.js';
import { contextOf, maxTableRows, pluralize, type Presentation } from './presentation.js';

export const typeWords: Record<string, [string, string]> = {
  mobile_line: ['mobile line', 'mobile lines'],
  circuit: ['circuit', 'circuits'],
  voice_trunk: ['voice trunk', 'voice trunks'],
  pots_line: ['POTS line', 'POTS lines'],
  cloud_account: ['cloud account', 'cloud accounts'],
  saas_subscription: ['SaaS subscription', 'SaaS subscriptions'],
  device: ['device', 'devices'],
};

/** "active mobile lines" from the filters of the selection. */
function selectionWords(filters: CountServicesResult['filters'], count: number): string {
  const types = Array.isArray(filters.types) ? filters.types : [];
  const noun =
    types.length === 1
      ? count === 1
        ? typeWords[types[0]!]![0]
        : typeWords[types[0]!]![1]
      : types.length > 1
        ? types.map((type) => typeWords[type]?.[1] ?? type).join(' and ')
        : pluralize(count, 'service');
  const statuses = Array.isArray(filters.statuses) ? `${filters.statuses.join(' or ')} ` : '';
  const where: string[] = [];
  if (filters.vendors) where.push(`from ${[filters.vendors].flat().join(' and ')}`);
  if (filters.locations) where.push(`at ${[filters.locations].flat().join(', ')}`);
  if (filters.costCenters) where.push(`in ${[filters.costCenters].flat().join(', ')}`);
  if (filters.assignee) where.push(`assigned to "${String(filters.assignee)}"`);
  if (filters.identifier) where.push(`matching "${String(filters.identifier)}"`);
  return `${statuses}${noun}${where.length > 0 ? ` ${where.join(' ')}` : ''}`;
}

function servicesTable(services: ServiceSummary[], totalRows: number): Table {
  return {
    columns: [
      { key: 'identifier', label: 'Identifier' },
      { key: 'type', label: 'Type' },
      { key: 'status', label: 'Status' },
      { key: 'vendor', label: 'Vendor' },
      { key: 'location', label: 'Location' },
      { key: 'costCenter', label: 'Cost center' },
      { key: 'assignee', label: 'Assignee' },
      { key: 'monthlyCost', label: 'Monthly cost', align: 'right' },
    ],
    rows: services.slice(0, maxTableRows).map((service) => ({
      identifier: service.identifier,
      type: typeWords[service.type]?.[0] ?? service.type,
      status: service.status,
      vendor: service.vendor,
      location: service.location ?? '',
      costCenter: service.costCenter ?? '',
      assignee: service.assignee ?? '',
      monthlyCost: service.monthlyCost === null ? '' : formatMoney(service.monthlyCost, service.currency),
    })),
    totalRows,
  };
}

export function presentCountServices(output: CountServicesOutput): Presentation {
  if (!isByCurrency(output)) return presentCountInOneCurrency(output);
  // The count is one figure across currencies; only the monthly cost is said per currency.
  const [first] = output.byCurrency;
  const count = output.byCurrency.reduce((total, result) => total + result.count, 0);
  const costs = output.byCurrency.map((result) => `${formatMoney(result.monthlyCost, result.currency)} (${formatCount(result.count)})`);
  return presentByCurrency(output, presentCountInOneCurrency, {
    ...(first && !first.groupBy
      ? {
          lead: `${formatCount(count)} ${selectionWords(first.filters, count)}, costing ${costs.slice(0, -1).join(', ')} and ${costs.at(-1)} a month in the inventory.`,
        }
      : {}),
  });
}

function presentCountInOneCurrency(result: CountServicesResult): Presentation {
  const context = contextOf(result);
  const words = selectionWords(result.filters, result.count);
  const money = formatMoney(result.monthlyCost, result.currency);
  const facts = [
    { label: 'Services', value: formatCount(result.count), raw: String(result.count) },
    { label: 'Monthly recurring cost', value: money, raw: result.monthlyCost, currency: result.currency },
  ];
  if (result.count === 0) {
    return { text: `No ${words} found.`, facts, followUps: ['How many active mobile lines do we have?'], context };
  }
  const lines = result.groups.map(
    (group) => `${group.label}: ${formatCount(group.count)} (${formatMoney(group.monthlyCost, result.currency)}/month)`,
  );
  return {
    text: [`${formatCount(result.count)} ${words}, costing ${money} a month in the inventory.`, ...lines].join('\n'),
    facts,
    ...(result.groups.length > 0
      ? {
          table: {
            columns: [
              { key: 'label', label: (result.groupBy ?? '').replace('_', ' ') },
              { key: 'count', label: 'Count', align: 'right' as const },
              { key: 'monthlyCost', label: 'Monthly cost', align: 'right' as const },
            ],
            rows: result.groups.slice(0, maxTableRows).map((group) => ({
              label: group.label,
              count: formatCount(group.count),
              monthlyCost: formatMoney(group.monthlyCost, result.currency),
            })),
            totalRows: result.groups.length,
          },
          chart: {
            kind: 'bar' as const,
            title: `Services by ${(result.groupBy ?? '').replace('_', ' ')}`,
            categories: result.groups.slice(0, maxTableRows).map((group) => group.label),
            series: [{ name: 'Services', values: result.groups.slice(0, maxTableRows).map((group) => String(group.count)) }],
            unit: 'services',
          },
        }
      : {}),
    followUps: ['List them', 'Break that down by location', 'Break that down by vendor'],
    context,
  };
}

export function presentListServices(output: ListServicesOutput): Presentation {
  return isByCurrency(output) ? presentByCurrency(output, presentListInOneCurrency) : presentListInOneCurrency(output);
}

/**
 * The filters, with the one type every service has when no type was asked and the page holds them
 * all: "Ana's numbers" are "1 active mobile line", not "1 active service".
 */
function typesShown(result: ListServicesResult): CountServicesResult['filters'] {
  if (Array.isArray(result.filters.types) || result.services.length !== result.totalCount) return result.filters;
  const types = new Set(result.services.map((service) => service.type));
  const [only] = types;
  return types.size === 1 && only && typeWords[only] ? { ...result.filters, types: [only] } : result.filters;
}

function presentListInOneCurrency(result: ListServicesResult): Presentation {
  const context = contextOf(result);
  const words = selectionWords(typesShown(result), result.totalCount);
  const money = formatMoney(result.monthlyCost, result.currency);
  const facts = [
    { label: 'Services', value: formatCount(result.totalCount), raw: String(result.totalCount) },
    { label: 'Monthly recurring cost', value: money, raw: result.monthlyCost, currency: result.currency },
  ];
  if (result.totalCount === 0) return { text: `No ${words} found.`, facts, followUps: [], context };
  const first = (result.page - 1) * result.pageSize + 1;
  const shown = result.services
    .slice(0, 10)
    .map(
      (service) =>
        `${service.identifier} — ${service.vendor}, ${service.location ?? 'no location'}, ${service.assignee ?? 'unassigned'}, ${service.status}${service.monthlyCost === null ? '' : `, ${formatMoney(service.monthlyCost, service.currency)}/month`}`,
    );
  return {
    text: [
      `${formatCount(result.totalCount)} ${words}, costing ${money} a month in the inventory. Showing ${formatCount(first)}–${formatCount(first + result.services.length - 1)}:`,
      ...shown,
      ...(result.services.length > shown.length ? [`… and ${result.services.length - shown.length} more on this page.`] : []),
    ].join('\n'),
    facts,
    table: servicesTable(result.services, result.totalCount),
    followUps:
      result.totalCount > first + result.services.length - 1
        ? ['Show the next page', 'Break that down by location']
        : ['Break that down by location'],
    context,
  };
}

export function presentFindService(result: FindServiceResult): Presentation {
  const context = contextOf(result);
  if (result.matches.length === 0) {
    return {
      text: `No service with the identifier "${result.identifier}" was found.`,
      facts: [],
      followUps: ['List mobile lines'],
      context,
    };
  }
  const describe = (service: ServiceSummary) =>
    `${service.identifier} is a ${typeWords[service.type]?.[0] ?? service.type} (${service.status}) from ${service.vendor}` +
    `${service.assignee ? `, assigned to ${service.assignee}` : ''}${service.location ? `, at ${service.location}` : ''}` +
    `${service.costCenter ? `, cost center ${service.costCenter}` : ''}${service.monthlyCost === null ? '' : `, ${formatMoney(service.monthlyCost, service.currency)} a month`}` +
    `${service.startDate ? `, since ${formatDate(service.startDate)}` : ''}.`;
  const best = result.matches[0]!;
  return {
    text: result.isExact
      ? result.matches.map(describe).join('\n')
      : [`No exact match for "${result.identifier}"; similar identifiers:`, ...result.matches.map(describe)].join('\n'),
    facts: [
      { label: 'Identifier', value: best.identifier },
      { label: 'Assignee', value: best.assignee ?? 'unassigned' },
      { label: 'Status', value: best.status },
      ...(best.monthlyCost === null
        ? []
        : [{ label: 'Monthly cost', value: formatMoney(best.monthlyCost, best.currency), raw: best.monthlyCost, currency: best.currency }]),
    ],
    table: servicesTable(result.matches, result.matches.length),
    followUps: [`Usage of ${best.identifier}`],
    context,
  };
}
