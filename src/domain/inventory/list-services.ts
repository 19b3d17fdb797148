import { z } from 'zod';
import type { Prisma } from '../../db/generated/client.js';
import { getFreshness } from '../freshness/get-freshness.js';
import { resolveViewerScope } from '../scope/viewer-scope.js';
import { answerCurrency, type ByCurrency } from '../shared/answer-currency.js';
import { defineTool, type ToolContext } from '../tools/define-tool.js';
import { answerPerCurrency } from '../tools/answer-per-currency.js';
import type { ResultEnvelope } from '../tools/result-envelope.js';
import { summarizeServiceSelection } from './summarize-service-selection.js';
import { resolveServiceFilters, serviceFilterFields } from './service-filters.js';
import { serviceSelect, toServiceSummary, type ServiceSummary } from './service-summary.js';

export interface ListServicesResult extends ResultEnvelope {
  services: ServiceSummary[];
  /** Every service matching the filters, not only this page. */
  totalCount: number;
  monthlyCost: string;
  currency: string;
  page: number;
  pageSize: number;
}

/** One result, or one per currency when the amounts are in more than one (never summed across them). */
export type ListServicesOutput = ListServicesResult | (ResultEnvelope & ByCurrency<ListServicesResult>);

const listServicesInput = z.object({
  ...serviceFilterFields,
  page: z.number().int().min(1).max(10_000).optional().describe('Page number, from 1'),
  pageSize: z.number().int().min(1).max(200).optional().describe('Rows per page (default 25)'),
});
type ListServicesInput = z.output<typeof listServicesInput>;

export const listServices = defineTool({
  name: 'list_services',
  description:
    'Lists inventory services matching filters (type, status, vendor, location or city, cost center, assignee, identifier), a page at a time, with the total count and the monthly recurring cost of the whole selection.',
  input: listServicesInput,
  run: (input, context): Promise<ListServicesOutput> => answerPerCurrency((currency) => listIn(input, currency, context)),
});

async function listIn(
  input: ListServicesInput,
  currency: string | undefined,
  context: ToolContext,
): Promise<{ result: ListServicesResult; currencies: string[] }> {
  const scope = await resolveViewerScope(context.viewer, context.prisma);
  const resolved = await resolveServiceFilters(input, scope, context.prisma);
  const { described } = resolved;
  const where: Prisma.ServiceWhereInput = currency === undefined ? resolved.where : { AND: [resolved.where, { currency }] };
  const page = input.page ?? 1;
  const pageSize = input.pageSize ?? 25;
  const [rows, summary, freshness] = await Promise.all([
    context.prisma.service.findMany({
      where,
      select: serviceSelect,
      orderBy: [{ monthlyCost: { sort: 'desc', nulls: 'last' } }, { identifier: 'asc' }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    summarizeServiceSelection(where, context.prisma),
    getFreshness(context.prisma),
  ]);
  const listed: ListServicesResult = {
    filters: described,
    freshness,
    services: rows.map(toServiceSummary),
    totalCount: summary.count,
    monthlyCost: summary.monthlyCost.toString(),
    currency: answerCurrency(summary.costedCurrencies),
    page,
    pageSize,
  };
  return { result: listed, currencies: summary.currencies };
}
