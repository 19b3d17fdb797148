import { z } from 'zod';
import type { DomainDeps } from '../deps.js';
import { getFreshness } from '../freshness/get-freshness.js';
import { addMonths, makePeriod, monthStart, periodInputSchema, resolvePeriod, toIsoDate, type Period } from '../periods/period.js';
import { resolveVendors } from '../scope/resolve-named-filters.js';
import { resolveViewerScope } from '../scope/viewer-scope.js';
import { sumDecimals } from '../shared/decimal.js';
import { defineTool, type ToolContext } from '../tools/define-tool.js';
import type { ResultEnvelope } from '../tools/result-envelope.js';
import { auditFindingKinds, type AuditFinding, type AuditFindingKind } from './audit-finding.js';
import { applyInvoiceCredits } from './apply-invoice-credits.js';
import { ContractedRates } from './contracted-rates.js';
import { detectDuplicateCharges } from './detect-duplicate-charges.js';
import { detectInventoryMismatches } from './detect-inventory-mismatches.js';
import { detectInventoryNotBilled } from './detect-inventory-not-billed.js';
import { detectRateVariances } from './detect-rate-variances.js';
import { defaultJumpThreshold, detectMonthOverMonthJumps, type JumpThreshold } from './detect-month-over-month-jumps.js';
import { buildFinding, toMoney, type FindingDraft } from './finding-parts.js';
import { loadAuditContext, loadAuditInvoices, type AuditFilters } from './load-audit-data.js';
import { scopeFindings } from './scope-findings.js';
import { ServiceIndex } from './service-index.js';

export interface AuditInvoicesInput extends AuditFilters {
  jumpThreshold?: JumpThreshold;
}

const kindOrder = new Map<AuditFindingKind, number>(auditFindingKinds.map((kind, index) => [kind, index]));

/**
 * Checks invoices against the contracts and the inventory. Findings are recomputed from what is
 * in the database on every run, so a corrected invoice re-imported simply yields the corrected
 * findings; each carries a stable key for whoever stores them (disputes, alerts).
 */
export async function auditInvoices(input: AuditInvoicesInput, deps: DomainDeps): Promise<AuditFinding[]> {
  const context = await loadAuditContext(input, deps);
  const services = new ServiceIndex(context.services);
  const rates = new ContractedRates(context.contracts);
  const findings: AuditFinding[] = [];
  let invoiceCount = 0;
  // One billing period's lines at a time: at 50× all periods hold 2.4M lines, more than the heap.
  // Every check compares lines within one billing period (duplicates across a vendor's invoices
  // of that period, credits on the same invoice, an account's month against the totals read
  // above), so reading per period finds exactly what reading every period at once found.
  for (const invoiceIds of context.invoiceIdsByPeriod) {
    const invoices = await loadAuditInvoices(invoiceIds, deps);
    invoiceCount += invoices.length;
    const mismatches = detectInventoryMismatches(invoices, services);
    const duplicates = detectDuplicateCharges(mismatches.billedServiceLines);
    const variances = detectRateVariances(mismatches.billedServiceLines, rates, duplicates.copyLineIds);
    const drafts: FindingDraft[] = [
      ...mismatches.drafts,
      ...applyInvoiceCredits([...duplicates.drafts, ...variances], mismatches.creditsByInvoiceIdentifier),
      ...detectInventoryNotBilled(invoices, services),
      ...detectMonthOverMonthJumps(invoices, context.accountPeriodTotals, input.jumpThreshold ?? defaultJumpThreshold),
    ];
    // Built now: a draft holds its invoice and so every line of it, a finding only its evidence.
    for (const draft of drafts) findings.push(buildFinding(draft));
  }
  // Kind and period lead the order, so findings that tie (same kind, vendor, period and
  // identifier) all come from one period, in the order reading every period at once gave them.
  findings.sort(
    (left, right) =>
      (kindOrder.get(left.kind) ?? 0) - (kindOrder.get(right.kind) ?? 0) ||
      left.vendor.name.localeCompare(right.vendor.name) ||
      (left.periods[left.periods.length - 1] ?? '').localeCompare(right.periods[right.periods.length - 1] ?? '') ||
      (left.identifier ?? '').localeCompare(right.identifier ?? ''),
  );
  deps.logger.debug('invoice audit', { invoices: invoiceCount, findings: findings.length });
  return findings;
}

/** The last twelve complete months: an overcharge usually runs for months before anyone looks. */
const lastTwelveMonths = (asOf: Date): Period => {
  const end = monthStart(asOf);
  return makePeriod(toIsoDate(addMonths(end, -12)), toIsoDate(end));
};

export function totalsByCurrency(findings: AuditFinding[]): Array<{ currency: string; amount: string }> {
  const currencies = [...new Set(findings.map((finding) => finding.currency))];
  return currencies.map((currency) => ({
    currency,
    amount: toMoney(sumDecimals(findings.filter((finding) => finding.currency === currency).map((finding) => finding.amountAtStake))),
  }));
}

export async function runScopedAudit(
  input: { vendors?: string[] | undefined; period?: { start: string; end: string } | undefined; latestBill?: boolean | undefined },
  context: ToolContext,
) {
  const vendors = await resolveVendors(input.vendors, context.prisma);
  const latest = input.latestBill && !input.period ? await latestBillMonth(vendors, context) : undefined;
  const period = latest ?? resolvePeriod(input.period, () => lastTwelveMonths(context.asOf));
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

/** The billing month of the newest invoice of the vendors (of any vendor when none is named). */
async function latestBillMonth(vendors: Array<{ id: number }> | null, context: ToolContext): Promise<Period | undefined> {
  const newest = await context.prisma.invoice.findFirst({
    where: vendors ? { vendorId: { in: vendors.map((vendor) => vendor.id) } } : {},
    orderBy: { periodStart: 'desc' },
    select: { periodStart: true },
  });
  if (!newest) return undefined;
  const start = monthStart(newest.periodStart);
  return makePeriod(toIsoDate(start), toIsoDate(addMonths(start, 1)));
}

interface KindTotal {
  kind: AuditFindingKind;
  count: number;
  currency: string;
  amount: string;
}

function totalsByKind(findings: AuditFinding[]): KindTotal[] {
  const groups = new Map<string, AuditFinding[]>();
  for (const finding of findings)
    groups.set(`${finding.kind}|${finding.currency}`, [...(groups.get(`${finding.kind}|${finding.currency}`) ?? []), finding]);
  return [...groups].map(([key, group]) => {
    const [kind, currency] = key.split('|') as [AuditFindingKind, string];
    return { kind, currency, count: group.length, amount: toMoney(sumDecimals(group.map((finding) => finding.amountAtStake))) };
  });
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
    vendors: z
      .array(z.string().min(1).max(100))
      .max(20)
      .optional()
      .describe('Vendor (carrier) names or aliases; all carriers when omitted'),
    period: periodInputSchema.optional().describe('Billing periods audited; defaults to the last 12 complete months'),
    latestBill: z
      .boolean()
      .optional()
      .describe('Audit only the newest bill: the billing month of the latest invoice ("the last Verizon invoice"); ignored with a period'),
    kinds: z.array(z.enum(auditFindingKinds)).optional().describe('Only these finding kinds'),
    includeReview: z
      .boolean()
      .optional()
      .describe('Also list review findings (inventory not billed, month-over-month jumps); default false'),
    limit: z.number().int().min(1).max(200).optional().describe('Findings listed (default 20); the totals cover all'),
  }),
  async run(input, context): Promise<AuditInvoicesToolResult> {
    const { period, findings, filters, freshness } = await runScopedAudit(input, context);
    const selected = findings.filter((finding) =>
      input.kinds ? input.kinds.includes(finding.kind) : input.includeReview === true || finding.severity === 'billing_error',
    );
    const errors = selected.filter((finding) => finding.severity === 'billing_error');
    const largestFirst = [...selected].sort(
      (left, right) =>
        Number(right.severity === 'billing_error') - Number(left.severity === 'billing_error') ||
        right.amountAtStake.localeCompare(left.amountAtStake, undefined, { numeric: true }),
    );
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
