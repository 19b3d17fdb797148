import { z } from 'zod';
import { periodInputSchema, toIsoDate } from '../periods/period.js';
import { sumDecimals } from '../shared/decimal.js';
import { defineTool } from '../tools/define-tool.js';
import type { Period } from '../periods/period.js';
import type { ResultEnvelope } from '../tools/result-envelope.js';
import type { AuditFinding } from './audit-finding.js';
import { toMoney } from './finding-parts.js';
import { runScopedAudit, totalsByCurrency } from './audit-invoices.js';

export interface BilledAfterDisconnectLine {
  identifier: string;
  vendor: string;
  account: string;
  serviceId: number | null;
  disconnectedOn: string | null;
  /** billing periods still charged, YYYY-MM-DD */
  periodsBilled: string[];
  invoiceNumbers: string[];
  total: string;
  currency: string;
  explanation: string;
}

export interface FindBilledAfterDisconnectResult extends ResultEnvelope {
  period: Period;
  lines: BilledAfterDisconnectLine[];
  total: Array<{ currency: string; amount: string }>;
}

export const findBilledAfterDisconnectTool = defineTool({
  name: 'find_billed_after_disconnect',
  description:
    'Services disconnected in the inventory (end date before the billing period) that carriers still bill: each line with the months still charged, the invoices and the total paid since the disconnect. Answers "are we still paying for disconnected lines?".',
  input: z.object({
    vendors: z.array(z.string().min(1).max(100)).max(20).optional().describe('Vendor (carrier) names or aliases; all when omitted'),
    period: periodInputSchema.optional().describe('Billing periods checked; defaults to the last 12 complete months'),
  }),
  async run(input, context): Promise<FindBilledAfterDisconnectResult> {
    const { period, findings, filters, freshness } = await runScopedAudit(input, context);
    const disconnected = findings.filter((finding) => finding.kind === 'billed_after_disconnect');
    const groups = new Map<string, AuditFinding[]>();
    for (const finding of disconnected) {
      const key = `${finding.vendor.id}|${finding.identifier}|${finding.currency}`;
      groups.set(key, [...(groups.get(key) ?? []), finding]);
    }
    const serviceIds = disconnected.flatMap((finding) => (finding.serviceId === null ? [] : [finding.serviceId]));
    const services = await context.prisma.service.findMany({ where: { id: { in: serviceIds } }, select: { id: true, endDate: true } });
    const endDates = new Map(services.map((service) => [service.id, service.endDate ? toIsoDate(service.endDate) : null]));
    const lines = [...groups.values()].map((group) => {
      const first = group[0]!;
      const total = toMoney(sumDecimals(group.map((finding) => finding.amountAtStake)));
      const disconnectedOn = first.serviceId === null ? null : (endDates.get(first.serviceId) ?? null);
      return {
        identifier: first.identifier ?? '',
        vendor: first.vendor.name,
        account: first.account,
        serviceId: first.serviceId,
        disconnectedOn,
        periodsBilled: group.flatMap((finding) => finding.periods),
        invoiceNumbers: group.map((finding) => finding.invoiceNumber),
        total,
        currency: first.currency,
        explanation: `${first.identifier} was disconnected${disconnectedOn ? ` on ${disconnectedOn}` : ''} and billed for ${group.length} more month(s): ${first.currency} ${total}.`,
      };
    });
    lines.sort((left, right) => right.total.localeCompare(left.total, undefined, { numeric: true }));
    return { filters, period, freshness, lines, total: totalsByCurrency(disconnected) };
  },
});
