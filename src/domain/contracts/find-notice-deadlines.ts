import { z } from 'zod';
import { getFreshness } from '../freshness/get-freshness.js';
import { addDays, dateFromIso, isoDateSchema, makePeriod, toIsoDate, startOfDay } from '../periods/period.js';
import { defineTool } from '../tools/define-tool.js';
import type { ResultEnvelope } from '../tools/result-envelope.js';
import { contractSelect, toContractSummary, type ContractSummary } from './contract-summary.js';
import { resolveContractVendors } from './find-contracts.js';

export interface FindNoticeDeadlinesResult extends ResultEnvelope {
  /** The window in days from today, or null when it was given as a `through` date. */
  withinDays: number | null;
  /** The first day after the window (exclusive), when it was given as a date. */
  through: string | null;
  asOf: string;
  /** Contracts whose notice deadline falls within the window, soonest first. */
  contracts: ContractSummary[];
  totalCount: number;
}

export const findNoticeDeadlines = defineTool({
  name: 'find_notice_deadlines',
  description:
    'Contracts whose notice deadline (the last day to cancel or renegotiate: end date minus notice days when the contract auto-renews, else the end date) falls within a window from today: the next N days (withinDays), or up to a date (through, exclusive) for calendar windows — "this year" is through January 1 of next year, "this quarter" through the first day of the next quarter. Use for renewals, "can we still cancel", "renewal decisions due this year".',
  input: z
    .object({
      withinDays: z
        .number()
        .int()
        .min(1)
        .max(1095)
        .optional()
        .describe('Window from today in days (default 90); do not combine with through'),
      through: isoDateSchema
        .optional()
        .describe('Window end, exclusive, YYYY-MM-DD: "this year" = next January 1; do not combine with withinDays'),
      vendors: z.array(z.string().min(1).max(100)).max(20).optional().describe('Vendor names, aliases or distinctive words of the names'),
    })
    .refine((value) => value.withinDays === undefined || value.through === undefined, 'give withinDays or through, not both'),
  async run(input, context): Promise<FindNoticeDeadlinesResult> {
    const today = startOfDay(context.asOf);
    const withinDays = input.through ? null : (input.withinDays ?? 90);
    const windowEnd = input.through ? dateFromIso(input.through) : addDays(today, (withinDays ?? 90) + 1);
    const vendors = await resolveContractVendors(input.vendors, context.prisma);
    // Notice days vary per contract, so filter on the computed deadline after a coarse end-date cut.
    const rows = await context.prisma.contract.findMany({
      where: { endDate: { gte: today }, ...(vendors ? { vendorId: { in: vendors.map((vendor) => vendor.id) } } : {}) },
      select: contractSelect,
    });
    const contracts = rows
      .map((row) => toContractSummary(row, context.asOf))
      .filter((contract) => contract.daysToNoticeDeadline >= 0 && contract.noticeDeadline < toIsoDate(windowEnd))
      .sort((left, right) => left.daysToNoticeDeadline - right.daysToNoticeDeadline || left.contractId.localeCompare(right.contractId));
    return {
      filters: {
        ...(input.through ? { through: input.through } : { withinDays: String(withinDays) }),
        ...(vendors ? { vendors: vendors.map((vendor) => vendor.name) } : {}),
      },
      period: input.through
        ? makePeriod(toIsoDate(today), input.through)
        : { start: toIsoDate(today), end: toIsoDate(windowEnd), label: `the next ${withinDays} days` },
      freshness: await getFreshness(context.prisma),
      withinDays,
      through: input.through ?? null,
      asOf: toIsoDate(today),
      contracts,
      totalCount: contracts.length,
    };
  },
});
