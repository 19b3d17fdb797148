import { z } from 'zod';
import { getFreshness } from '../freshness/get-freshness.js';
import { addMonths, makePeriod, monthStart, periodInputSchema, resolvePeriod, toIsoDate } from '../periods/period.js';
import { resolveVendors } from '../scope/resolve-named-filters.js';
import { resolveViewerScope } from '../scope/viewer-scope.js';
import { sumDecimals } from '../shared/decimal.js';
import { defineTool, type ToolContext } from '../tools/define-tool.js';
import type { Period } from '../periods/period.js';
import type { ResultEnvelope } from '../tools/result-envelope.js';
import { auditFindingKinds, type AuditFinding, type AuditFindingKind } from './audit-finding.js';
import { auditInvoices } from './audit-invoices.js';
import { toMoney } from './finding-parts.js';
import { scopeFindings } from './scope-findings.js';

/** The last twelve complete months: an overcharge usually runs for months before anyone looks. */
const lastTwelveMonths = (asOf: Date): Period => {
  const end = monthStart(asOf);
  return makePeriod(toIsoDate(addMonths(end, -12)), toIsoDate(end));
};

interface KindTotal {
  kind: AuditFindingKind;
  count: number;
  currency: string;
  amount: string;
}

function totalsByKind(findings: AuditFinding[]): KindTotal[] {
  const groups = new Map<string, AuditFinding[]>();
  for (const finding of findings) groups.set(`${finding.kind}|${finding.currency}`, [...(groups.get(`${finding.kind}|${finding.currency}`) ?? []), finding]);
  return [...groups].map(([key, group]) => {
    const [kind, currency] = key.split('|') as [AuditFindingKind, string];
    return { kind, currency, count: group.length, amount: toMoney(sumDecimals(group.map((finding) => finding.amountAtStake))) };
  });
}

function totalsByCurrency(findings: AuditFinding[]): Array<{ currency: string; amount: string }> {
  const currencies = [...new Set(findings.map((finding) => finding.currency))];
  return currencies.map((currency) => ({
    currency,
    amount: toMoney(sumDecimals(findings.filter((finding) => finding.currency === currency).map((finding) => finding.amountAtStake))),
  }));
}

async function runScopedAudit(input: { vendors?: string[] | undefined; period?: { start: string; end: string } | undefined }, context: ToolContext) {
  const period = resolvePeriod(input.period, () => lastTwelveMonths(context.asOf));
  const vendors = await resolveVendors(input.vendors, context.prisma);
  const scope = await resolveViewerScope(context.viewer, context.prisma);
  const perVendor = await Promise.all(
    (vendors ?? [undefined]).map((vendor) =>
      auditInvoices({ ...(vendor ? { vendorId: vendor.id } : {}), periodStart: period.start, periodEnd: period.end }, context),
    ),
  );
  const findings = await scopeFindings(perVendor.flat(), scope, context.prisma);
  const filters: Record<string, string | string[]> = {};
  if (vendors) filters.vendors = vendors.map((vendor) => vendor.name);
  return { period, findings, filters, freshness: await getFreshness(context.prisma) };
}

export interface AuditInvoicesToolResult extends ResultEnvelope {
  period: Period;
  /** billing errors only: what the carriers owe back, per currency */
  totalAtStake: Array<{ currency: string; amount: string }>;
  byKind: KindTotal[];
  findingCount: number;
  /** the largest findings first, each with its evidence lines */
  findings: AuditFinding[];
}

export const auditInvoicesTool = defineTool({
  name: 'audit_invoices',
  description:
    'Audits carrier invoices against contract rates and the inventory: charges above the contracted rate, duplicate charges, lines billed after their disconnect date, identifiers not in inventory (billing errors, with the amount at stake) and, on request, services not billed and month-over-month jumps (for review). Answers "has Meridian overbilled us?". Each finding has billed vs expected amounts and the invoice lines as evidence.',
  input: z.object({
    vendors: z.array(z.string().min(1).max(100)).max(20).optional().describe('Vendor (carrier) names or aliases; all carriers when omitted'),
    period: periodInputSchema.optional().describe('Billing periods audited; defaults to the last 12 complete months'),
    kinds: z.array(z.enum(auditFindingKinds)).optional().describe('Only these finding kinds'),
    includeReview: z.boolean().optional().describe('Also list review findings (inventory not billed, month-over-month jumps); default false'),
    limit: z.number().int().min(1).max(200).optional().describe('Findings listed (default 20); the totals cover all'),
  }),
  async run(input, context): Promise<AuditInvoicesToolResult> {
    const { period, findings, filters, freshness } = await runScopedAudit(input, context);
    const selected = findings.filter(
      (finding) => (input.kinds ? input.kinds.includes(finding.kind) : input.includeReview === true || finding.severity === 'billing_error'),
    );
    const errors = selected.filter((finding) => finding.severity === 'billing_error');
    const largestFirst = [...selected].sort((left, right) => Number(right.severity === 'billing_error') - Number(left.severity === 'billing_error') || right.amountAtStake.localeCompare(left.amountAtStake, undefined, { numeric: true }));
    if (input.kinds) filters.kinds = input.kinds;
    return {
      filters,
      period,
      freshness,
      totalAtStake: totalsByCurrency(errors),
      byKind: totalsByKind(selected),
      findingCount: selected.length,
      findings: largestFirst.slice(0, input.limit ?? 20),
    };
  },
});

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
