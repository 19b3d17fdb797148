import { z } from 'zod';
import type { Prisma } from '../../db/generated/client.js';
import { getFreshness } from '../freshness/get-freshness.js';
import { addDays } from '../periods/period.js';
import { resolveVendors } from '../scope/resolve-named-filters.js';
import { defineTool, type ResultEnvelope } from '../tools/define-tool.js';
import { contractSelect, toContractSummary, type ContractSummary } from './contract-summary.js';

export interface ListContractsResult extends ResultEnvelope {
  contracts: ContractSummary[];
  totalCount: number;
  page: number;
  pageSize: number;
}

export const listContracts = defineTool({
  name: 'list_contracts',
  description:
    'Lists contracts with their term, end date, auto-renewal, notice period, notice deadline and committed annual spend; filter by vendor, by status as of today (active or expired) and by end date within N days.',
  input: z.object({
    vendors: z.array(z.string().min(1).max(100)).max(20).optional().describe('Vendor names or aliases'),
    status: z.enum(['active', 'expired', 'all']).optional().describe('active (default): not yet ended; expired; or all'),
    endingWithinDays: z.number().int().min(0).max(3650).optional().describe('Only contracts ending within this many days of today'),
    page: z.number().int().min(1).max(1000).optional(),
    pageSize: z.number().int().min(1).max(200).optional().describe('Rows per page (default 25)'),
  }),
  async run(input, context): Promise<ListContractsResult> {
    const today = new Date(Date.UTC(context.asOf.getUTCFullYear(), context.asOf.getUTCMonth(), context.asOf.getUTCDate()));
    const vendors = await resolveVendors(input.vendors, context.prisma);
    const status = input.status ?? 'active';
    const and: Prisma.ContractWhereInput[] = [];
    const filters: Record<string, string | string[]> = { status };
    if (vendors) {
      filters.vendors = vendors.map((vendor) => vendor.name);
      and.push({ vendorId: { in: vendors.map((vendor) => vendor.id) } });
    }
    if (status === 'active') and.push({ endDate: { gte: today } });
    if (status === 'expired') and.push({ endDate: { lt: today } });
    if (input.endingWithinDays !== undefined) {
      filters.endingWithinDays = String(input.endingWithinDays);
      and.push({ endDate: { gte: today, lte: addDays(today, input.endingWithinDays) } });
    }
    const page = input.page ?? 1;
    const pageSize = input.pageSize ?? 25;
    const where = { AND: and };
    const [rows, totalCount, freshness] = await Promise.all([
      context.prisma.contract.findMany({ where, select: contractSelect, orderBy: [{ endDate: 'asc' }, { externalId: 'asc' }], skip: (page - 1) * pageSize, take: pageSize }),
      context.prisma.contract.count({ where }),
      getFreshness(context.prisma),
    ]);
    return { filters, freshness, contracts: rows.map((row) => toContractSummary(row, context.asOf)), totalCount, page, pageSize };
  },
});
