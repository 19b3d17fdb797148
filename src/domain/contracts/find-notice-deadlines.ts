import { z } from 'zod';
import { getFreshness } from '../freshness/get-freshness.js';
import { addDays, toIsoDate } from '../periods/period.js';
import { resolveVendors } from '../scope/resolve-named-filters.js';
import { defineTool, type ResultEnvelope } from '../tools/define-tool.js';
import { contractSelect, toContractSummary, type ContractSummary } from './contract-summary.js';

export interface FindNoticeDeadlinesResult extends ResultEnvelope {
  withinDays: number;
  asOf: string;
  /** Contracts whose notice deadline falls within the window, soonest first. */
  contracts: ContractSummary[];
  totalCount: number;
}

export const findNoticeDeadlines = defineTool({
  name: 'find_notice_deadlines',
  description:
    'Contracts whose notice deadline (the last day to cancel or renegotiate: end date minus notice days when the contract auto-renews, else the end date) falls within the next N days. Use for renewals, "can we still cancel", "coming up for renewal".',
  input: z.object({
    withinDays: z.number().int().min(1).max(1095).optional().describe('Window from today in days (default 90)'),
    vendors: z.array(z.string().min(1).max(100)).max(20).optional().describe('Vendor names or aliases'),
  }),
  async run(input, context): Promise<FindNoticeDeadlinesResult> {
    const withinDays = input.withinDays ?? 90;
    const today = new Date(Date.UTC(context.asOf.getUTCFullYear(), context.asOf.getUTCMonth(), context.asOf.getUTCDate()));
    const vendors = await resolveVendors(input.vendors, context.prisma);
    // Notice days vary per contract, so filter on the computed deadline after a coarse end-date cut.
    const rows = await context.prisma.contract.findMany({
      where: { endDate: { gte: today }, ...(vendors ? { vendorId: { in: vendors.map((vendor) => vendor.id) } } : {}) },
      select: contractSelect,
    });
    const contracts = rows
      .map((row) => toContractSummary(row, context.asOf))
      .filter((contract) => contract.daysToNoticeDeadline >= 0 && contract.daysToNoticeDeadline <= withinDays)
      .sort((left, right) => left.daysToNoticeDeadline - right.daysToNoticeDeadline || left.contractId.localeCompare(right.contractId));
    return {
      filters: { withinDays: String(withinDays), ...(vendors ? { vendors: vendors.map((vendor) => vendor.name) } : {}) },
      period: { start: toIsoDate(today), end: toIsoDate(addDays(today, withinDays + 1)), label: `the next ${withinDays} days` },
      freshness: await getFreshness(context.prisma),
      withinDays,
      asOf: toIsoDate(today),
      contracts,
      totalCount: contracts.length,
    };
  },
});
