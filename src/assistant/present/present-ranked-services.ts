import type { RankedService, RankServicesResult, ServiceRanking } from '../../domain/inventory/rank-services.js';
import { Decimal } from '../../domain/shared/decimal.js';
import { formatCount, formatMoney } from '../../domain/shared/format.js';
import { typeWords } from './present-inventory.js';
import { contextOf, maxTableRows, type Presentation } from './presentation.js';

const measureWords: Record<ServiceRanking, { high: string; low: string; column: string }> = {
  invoiced_cost: { high: 'the highest invoiced cost', low: 'the lowest invoiced cost', column: 'Invoiced' },
  monthly_cost: {
    high: 'the highest monthly cost in the inventory',
    low: 'the lowest monthly cost in the inventory',
    column: 'Monthly cost',
  },
  data_mb: { high: 'the most data', low: 'the least data', column: 'Data' },
  voice_minutes: { high: 'the most voice minutes', low: 'the fewest voice minutes', column: 'Voice minutes' },
  messages: { high: 'the most messages', low: 'the fewest messages', column: 'Messages' },
};

function formatValue(result: RankServicesResult, service: RankedService): string {
  if (service.currency) return formatMoney(service.value, service.currency);
  if (result.sortBy === 'data_mb') return `${new Decimal(service.value).toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed(1)} MB`;
  return `${formatCount(BigInt(new Decimal(service.value).toFixed(0)))} ${result.unit}`;
}

export function presentRankedServices(result: RankServicesResult): Presentation {
  const context = contextOf(result);
  const types = Array.isArray(result.filters.types) ? result.filters.types : [];
  // Usage is recorded for mobile lines only, so a usage ranking is one of mobile lines.
  const type =
    types.length === 1 ? types[0]! : result.unit === 'MB' || result.unit === 'minutes' || result.unit === 'messages' ? 'mobile_line' : null;
  const [one, many] = type ? (typeWords[type] ?? [type, `${type}s`]) : ['service', 'services'];
  const measure = measureWords[result.sortBy];
  const when = result.period ? ` in ${result.period.label}` : '';
  if (result.services.length === 0) {
    const what =
      result.sortBy === 'invoiced_cost'
        ? 'billed'
        : result.sortBy === 'monthly_cost'
          ? 'with a monthly cost in the inventory'
          : 'with usage recorded';
    return {
      text: `No ${many} ${what}${when}. Data: ${context.freshness}.`,
      facts: [{ label: many[0]!.toUpperCase() + many.slice(1), value: '0', raw: '0' }],
      followUps: [`How many ${many} do we have?`],
      context,
    };
  }
  const shown = result.services.length;
  const noun = shown === 1 ? one : many;
  const headline = `The ${shown === 1 ? '' : `${formatCount(shown)} `}${noun} with ${result.order === 'desc' ? measure.high : measure.low}${when}${result.rankedCount > shown ? ` (of ${formatCount(result.rankedCount)} ranked)` : ''}:`;
  const first = result.services[0]!;
  return {
    text: [
      headline,
      ...result.services.map(
        (service, index) =>
          `${index + 1}. ${service.identifier} — ${formatValue(result, service)} (${[service.assignee ?? 'unassigned', service.vendor, service.location, service.status === 'active' ? null : service.status].filter((part): part is string => Boolean(part)).join(', ')})`,
      ),
    ].join('\n'),
    facts: [
      {
        label: result.order === 'desc' ? 'Highest' : 'Lowest',
        value: `${first.identifier}: ${formatValue(result, first)}`,
        raw: first.value,
        ...(first.currency ? { currency: first.currency } : { unit: result.unit }),
      },
      { label: 'Ranked', value: formatCount(result.rankedCount), raw: String(result.rankedCount) },
    ],
    table: {
      columns: [
        { key: 'rank', label: '#', align: 'right' },
        { key: 'identifier', label: 'Identifier' },
        { key: 'value', label: measure.column, align: 'right' },
        { key: 'assignee', label: 'Assignee' },
        { key: 'vendor', label: 'Vendor' },
        { key: 'location', label: 'Location' },
        { key: 'costCenter', label: 'Cost center' },
      ],
      rows: result.services.slice(0, maxTableRows).map((service, index) => ({
        rank: String(index + 1),
        identifier: service.identifier,
        value: formatValue(result, service),
        assignee: service.assignee ?? '',
        vendor: service.vendor,
        location: service.location ?? '',
        costCenter: service.costCenter ?? '',
      })),
      totalRows: shown,
    },
    followUps: [
      first.type === 'mobile_line' ? `Usage of ${first.identifier}` : `Find ${first.identifier}`,
      `Average cost per ${one === 'service' ? 'mobile line' : one}`,
      result.sortBy === 'data_mb' ? `Most expensive ${many}` : `${many[0]!.toUpperCase()}${many.slice(1)} using the most data`,
    ],
    context,
  };
}
