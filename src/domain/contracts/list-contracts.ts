import { z } from 'zod';
import type { Prisma } from '../../db/generated/client.js';
import { getFreshness } from '../freshness/get-freshness.js';
import { addDays, dateFromIso, isoDateSchema, makePeriod, toIsoDate, startOfDay } from '../periods/period.js';
import { defineTool } from '../tools/define-tool.js';
import type { ResultEnvelope } from '../tools/result-envelope.js';
import { contractSelect, toContractSummary, type ContractSummary } from './contract-summary.js';
import { resolveContractVendors } from './find-contracts.js';

export interface ListContractsResult extends ResultEnvelope {
  contracts: ContractSummary[];
  totalCount: number;
  page: number;
  pageSize: number;
  /**
   * When a window found nothing: the next contract (same filters) ending after it, so "none in
   * the next 90 days" can say when the contract does end.
   */
  nextEndingAfterWindow: ContractSummary | null;
}

export const listContracts = defineTool({
  name: 'list_contracts',
  description:
    'Lists contracts with their term, end date, auto-renewal, notice period, notice deadline and committed annual spend; filter by vendor, by status as of today (active or expired) and by end date: within N days (endingWithinDays) or before a date (through, exclusive: "ending this year" = through next January 1). For one vendor\'s contract and its end date use get_contract.',
  input: z
    .object({
      vendors: z.array(z.string().min(1).max(100)).max(20).optional().describe('Vendor names, aliases or distinctive words of the names'),
      status: z.enum(['active', 'expired', 'all']).optional().describe('active (default): not yet ended; expired; or all'),
      endingWithinDays: z
        .number()
        .int()
        .min(0)
        .max(3650)
        .optional()
        .describe('Only contracts ending within this many days of today; do not combine with through'),
      through: isoDateSchema
        .optional()
        .describe(
          'Only contracts ending from today up to this date, exclusive, YYYY-MM-DD ("this year" = next January 1); do not combine with endingWithinDays',
        ),
      page: z.number().int().min(1).max(1000).optional(),
      pageSize: z.number().int().min(1).max(200).optional().describe('Rows per page (default 25)'),
    })
    .refine((value) => value.endingWithinDays === undefined || value.through === undefined, 'give endingWithinDays or through, not both'),
  async run(input, context): Promise<ListContractsResult> {
    const today = startOfDay(context.asOf);
    const vendors = await resolveContractVendors(input.vendors, context.prisma);
    const status = input.status ?? 'active';
    const and: Prisma.ContractWhereInput[] = [];
    const filters: Record<string, string | string[]> = { status };
    if (vendors) {
      filters.vendors = vendors.map((vendor) => vendor.name);
      and.push({ vendorId: { in: vendors.map((vendor) => vendor.id) } });
    }
    if (status === 'active') and.push({ endDate: { gte: today } });
    if (status === 'expired') and.push({ endDate: { lt: today } });
    // Exclusive end of the end-date window, if any: N days from today, or the date given.
    let windowEnd: Date | null = null;
    if (input.endingWithinDays !== undefined) {
      filters.endingWithinDays = String(input.endingWithinDays);
      windowEnd = addDays(today, input.endingWithinDays + 1);
    }
    if (input.through !== undefined) {
      filters.through = input.through;
      windowEnd = dateFromIso(input.through);
    }
    if (windowEnd) and.push({ endDate: { gte: today, lt: windowEnd } });
    const page = input.page ?? 1;
    const pageSize = input.pageSize ?? 25;
    const where = { AND: and };
    const [rows, totalCount, freshness] = await Promise.all([
      context.prisma.contract.findMany({
        where,
        select: contractSelect,
        orderBy: [{ endDate: 'asc' }, { externalId: 'asc' }],
        skip: (page - 1) * pageSize,
        take: pageSize,
      }),
      context.prisma.contract.count({ where }),
      getFreshness(context.prisma),
    ]);
    const vendorFilter = vendors ? [{ vendorId: { in: vendors.map((vendor) => vendor.id) } }] : [];
    const next =
      totalCount === 0 && windowEnd && status !== 'expired'
        ? await context.prisma.contract.findFirst({
            where: { AND: [...vendorFilter, { endDate: { gte: windowEnd } }] },
            select: contractSelect,
            orderBy: [{ endDate: 'asc' }, { externalId: 'asc' }],
          })
        : null;
    return {
      filters,
      ...(windowEnd
        ? {
            period: input.through
              ? makePeriod(toIsoDate(today), input.through)
              : { start: toIsoDate(today), end: toIsoDate(windowEnd), label: `the next ${input.endingWithinDays} days` },
          }
        : {}),
      freshness,
      contracts: rows.map((row) => toContractSummary(row, context.asOf)),
      totalCount,
      page,
      pageSize,
      nextEndingAfterWindow: next ? toContractSummary(next, context.asOf) : null,
    };
  },
});
