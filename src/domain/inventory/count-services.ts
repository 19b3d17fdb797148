import { z } from 'zod';
import type { Prisma, PrismaClient } from '../../db/generated/client.js';
import { getFreshness } from '../freshness/get-freshness.js';
import { resolveViewerScope } from '../scope/viewer-scope.js';
import { answerCurrency, type ByCurrency } from '../shared/answer-currency.js';
import { Decimal } from '../shared/decimal.js';
import { defineTool, type ToolContext } from '../tools/define-tool.js';
import { answerPerCurrency } from '../tools/answer-per-currency.js';
import type { ResultEnvelope } from '../tools/result-envelope.js';
import { summarizeServiceSelection } from './summarize-service-selection.js';
import { resolveServiceFilters, serviceFilterFields } from './service-filters.js';

export const serviceGroupings = ['type', 'status', 'vendor', 'location', 'cost_center'] as const;

export interface CountServicesResult extends ResultEnvelope {
  count: number;
  /** Sum of the monthly recurring cost recorded in the inventory for the selection. */
  monthlyCost: string;
  currency: string;
  groupBy: (typeof serviceGroupings)[number] | null;
  groups: Array<{ label: string; count: number; monthlyCost: string }>;
}

/** One result, or one per currency when the amounts are in more than one (never summed across them). */
export type CountServicesOutput = CountServicesResult | (ResultEnvelope & ByCurrency<CountServicesResult>);

const countServicesInput = z.object({
  ...serviceFilterFields,
  groupBy: z.enum(serviceGroupings).optional().describe('Count per type, status, vendor, location or cost center'),
});
type CountServicesInput = z.output<typeof countServicesInput>;

export const countServices = defineTool({
  name: 'count_services',
  description:
    'Counts inventory services (mobile lines, circuits, voice trunks, POTS lines, cloud accounts, SaaS subscriptions, devices) matching filters, with their total monthly recurring cost; optionally grouped by type, status, vendor, location or cost center.',
  input: countServicesInput,
  run: (input, context): Promise<CountServicesOutput> => answerPerCurrency((currency) => countIn(input, currency, context)),
});

async function countIn(
  input: CountServicesInput,
  currency: string | undefined,
  context: ToolContext,
): Promise<{ result: CountServicesResult; currencies: string[] }> {
  const scope = await resolveViewerScope(context.viewer, context.prisma);
  const resolved = await resolveServiceFilters(input, scope, context.prisma);
  const { described } = resolved;
  const where: Prisma.ServiceWhereInput = currency === undefined ? resolved.where : { AND: [resolved.where, { currency }] };
  const [summary, freshness] = await Promise.all([summarizeServiceSelection(where, context.prisma), getFreshness(context.prisma)]);
  let groups: CountServicesResult['groups'] = [];
  if (input.groupBy) {
    const field = ({ type: 'type', status: 'status', vendor: 'vendorId', location: 'locationId', cost_center: 'costCenterId' } as const)[
      input.groupBy
    ];
    const rows = await context.prisma.service.groupBy({ by: [field], where, _count: { _all: true }, _sum: { monthlyCost: true } });
    const names = await labelsFor(input.groupBy, context.prisma);
    groups = rows
      .map((row) => {
        const value = (row as Record<string, unknown>)[field];
        return {
          label:
            value === null || value === undefined ? `No ${input.groupBy?.replace('_', ' ')}` : (names.get(String(value)) ?? String(value)),
          count: row._count._all,
          monthlyCost: new Decimal(row._sum.monthlyCost ?? 0).toString(),
        };
      })
      .sort((left, right) => right.count - left.count || left.label.localeCompare(right.label));
  }
  const counted: CountServicesResult = {
    filters: { ...described, ...(input.groupBy ? { groupBy: input.groupBy } : {}) },
    freshness,
    count: summary.count,
    monthlyCost: summary.monthlyCost.toString(),
    currency: answerCurrency(summary.costedCurrencies),
    groupBy: input.groupBy ?? null,
    groups,
  };
  return { result: counted, currencies: summary.currencies };
}

async function labelsFor(grouping: (typeof serviceGroupings)[number], prisma: PrismaClient): Promise<Map<string, string>> {
  switch (grouping) {
    case 'vendor':
      return new Map((await prisma.vendor.findMany({ select: { id: true, name: true } })).map((row) => [String(row.id), row.name]));
    case 'location':
      return new Map((await prisma.location.findMany({ select: { id: true, name: true } })).map((row) => [String(row.id), row.name]));
    case 'cost_center':
      return new Map(
        (await prisma.costCenter.findMany({ select: { id: true, code: true, name: true } })).map((row) => [
          String(row.id),
          `${row.code} ${row.name}`,
        ]),
      );
    case 'type':
    case 'status':
      return new Map();
  }
}
