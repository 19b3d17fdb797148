import { z } from 'zod';
import { toMoney } from '../audit/finding-parts.js';
import { getFreshness } from '../freshness/get-freshness.js';
import { resolveVendors } from '../scope/resolve-named-filters.js';
import { sumDecimals } from '../shared/decimal.js';
import { defineTool } from '../tools/define-tool.js';
import type { ResultEnvelope } from '../tools/result-envelope.js';
import { listDisputes, type DisputeSummary } from './list-disputes.js';

const disputeStatuses = ['open', 'submitted', 'credited', 'denied'] as const;

export interface ListDisputesToolResult extends ResultEnvelope {
  disputes: DisputeSummary[];
  disputeCount: number;
  /** per currency: what was disputed, what came back as credits, what is still owed */
  totals: Array<{ currency: string; disputed: string; creditsReceived: string; outstanding: string }>;
}

export const listDisputesTool = defineTool({
  name: 'list_disputes',
  description:
    'Billing disputes with carriers, one per vendor and invoice: status (open, submitted, credited, denied), amount disputed, credits received on later invoices and what is still outstanding, with the disputed charges. Answers "has Verizon credited the dispute?".',
  input: z.object({
    vendors: z.array(z.string().min(1).max(100)).max(20).optional().describe('Vendor (carrier) names or aliases'),
    status: z.array(z.enum(disputeStatuses)).optional().describe('Only disputes in these statuses'),
    limit: z.number().int().min(1).max(200).optional().describe('Disputes listed (default 20, most recent first); totals cover all'),
  }),
  async run(input, context): Promise<ListDisputesToolResult> {
    // Disputes are carrier-level money: only viewers who see every cost center may see them.
    if (context.viewer.costCenterScope !== '*') {
      return { filters: {}, freshness: await getFreshness(context.prisma), disputes: [], disputeCount: 0, totals: [] };
    }
    const vendors = await resolveVendors(input.vendors, context.prisma);
    const perVendor = await Promise.all(
      (vendors ?? [undefined]).map((vendor) => listDisputes({ ...(vendor ? { vendorId: vendor.id } : {}), ...(input.status ? { status: input.status } : {}) }, context)),
    );
    const disputes = perVendor.flat();
    const currencies = [...new Set(disputes.map((dispute) => dispute.currency))];
    const totals = currencies.map((currency) => {
      const inCurrency = disputes.filter((dispute) => dispute.currency === currency);
      return {
        currency,
        disputed: toMoney(sumDecimals(inCurrency.map((dispute) => dispute.amountDisputed))),
        creditsReceived: toMoney(sumDecimals(inCurrency.map((dispute) => dispute.creditsReceived))),
        outstanding: toMoney(sumDecimals(inCurrency.map((dispute) => dispute.outstanding))),
      };
    });
    const filters: Record<string, string | string[]> = {};
    if (vendors) filters.vendors = vendors.map((vendor) => vendor.name);
    if (input.status) filters.status = [...input.status];
    return {
      filters,
      freshness: await getFreshness(context.prisma),
      disputes: [...disputes].reverse().slice(0, input.limit ?? 20),
      disputeCount: disputes.length,
      totals,
    };
  },
});
