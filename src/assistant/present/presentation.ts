import type { AnswerContext, ChartSpec, Fact, Table } from '../answer.js';
import { formatDate, formatMonth } from '../../domain/shared/format.js';
import type { Freshness } from '../../domain/freshness/get-freshness.js';
import type { ResultEnvelope } from '../../domain/tools/result-envelope.js';

/** What one tool result contributes to an answer. */
export interface Presentation {
  text: string;
  facts: Fact[];
  table?: Table;
  chart?: ChartSpec;
  followUps: string[];
  context: AnswerContext;
}

/** Tables show this many rows; `totalRows` says how many there are. */
export const maxTableRows = 25;

const filterNames: Record<string, string> = {
  vendors: 'vendor',
  domains: 'domain',
  costCenters: 'cost center',
  locations: 'location',
  serviceTypes: 'service type',
  serviceNames: 'service',
  serviceCategories: 'service category',
  costType: 'cost',
  regions: 'region',
  accounts: 'account',
  chargeTypes: 'charge type',
  types: 'type',
  statuses: 'status',
  assignee: 'assignee',
  identifier: 'identifier',
  withinDays: 'within days',
  months: 'months without usage',
  contract: 'contract',
  vendor: 'vendor',
  status: 'status',
  endingWithinDays: 'ending within days',
  through: 'before',
  serviceType: 'service type',
};

/** "vendor: AT&T · location: Denver Office" — grouping choices are not filters. */
function describeFilters(filters: ResultEnvelope['filters']): string | undefined {
  const parts = Object.entries(filters)
    .filter(([key]) => key !== 'groupBy' && key !== 'splitBy')
    .map(([key, value]) => `${filterNames[key] ?? key}: ${Array.isArray(value) ? value.join(', ') : value.replaceAll('_', ' ')}`);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

export function describeFreshness(freshness: Freshness): string {
  const parts = [
    freshness.telecomInvoicesThrough ? `invoices through ${formatMonth(freshness.telecomInvoicesThrough)}` : 'no invoices imported',
    freshness.cloudCostsThrough ? `cloud costs through ${formatDate(freshness.cloudCostsThrough)}` : 'no cloud costs imported',
    freshness.usageThrough ? `usage through ${formatMonth(freshness.usageThrough)}` : 'no usage imported',
  ];
  // Surfaces put their own "Data:" label in front.
  return parts.join(', ');
}

export function contextOf(result: ResultEnvelope, periodLabel?: string): AnswerContext {
  const context: AnswerContext = { freshness: describeFreshness(result.freshness) };
  const period = periodLabel ?? result.period?.label;
  if (period) context.period = period;
  const filters = describeFilters(result.filters);
  if (filters) context.filters = filters;
  return context;
}

/** " with AT&T in Denver Office": the filters as words in a sentence. */
export function filterPhrase(filters: ResultEnvelope['filters']): string {
  const words: string[] = [];
  const list = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(' and ') : value);
  if (filters.vendors) words.push(`with ${list(filters.vendors)}`);
  if (filters.domains) words.push(`in ${list(filters.domains)}`);
  if (filters.costCenters) words.push(`for ${list(filters.costCenters)}`);
  if (filters.locations) words.push(`at ${list(filters.locations)}`);
  if (filters.serviceTypes) words.push(`on ${list(filters.serviceTypes)?.replaceAll('_', ' ')}s`);
  if (filters.serviceNames) words.push(`on ${list(filters.serviceNames)}`);
  if (filters.serviceCategories) words.push(`in ${list(filters.serviceCategories)}`);
  if (filters.regions) words.push(`in ${list(filters.regions)}`);
  if (filters.chargeTypes) words.push(`on ${list(filters.chargeTypes)?.replaceAll('_', '-')} charges`);
  return words.length > 0 ? ` ${words.join(' ')}` : '';
}

export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return count === 1 ? singular : plural;
}
