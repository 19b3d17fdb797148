import { Prisma, type DisputeStatus } from '../../db/generated/client.js';
import { toMoney } from '../audit/finding-parts.js';
import type { EvidenceLine } from '../audit/audit-finding.js';
import type { DomainDeps } from '../deps.js';
import { Decimal, sumDecimals } from '../shared/decimal.js';
import { matchDisputeCredits } from './match-dispute-credits.js';
import { z } from 'zod';
import { getFreshness } from '../freshness/get-freshness.js';
import { resolveVendors } from '../scope/resolve-named-filters.js';
import { defineTool } from '../tools/define-tool.js';
import type { ResultEnvelope } from '../tools/result-envelope.js';
import { toIsoDate } from '../periods/period.js';

export interface DisputeSummary {
  id: number;
  vendor: string;
  account: string;
  invoiceNumber: string;
  /** billing period of the disputed invoice, YYYY-MM-DD */
  period: string;
  status: DisputeStatus;
  currency: string;
  /** decimal strings: expected credit, credits received on later invoices, and what is still owed */
  amountDisputed: string;
  creditsReceived: string;
  outstanding: string;
  findings: Array<{
    kind: string;
    identifier: string | null;
    description: string;
    billed: string;
    expected: string;
    amount: string;
    evidence: EvidenceLine[];
  }>;
  credits: Array<{ invoiceLineId: number; invoiceNumber: string; period: string; description: string; amount: string }>;
  submittedAt: string | null;
  resolvedAt: string | null;
}

export interface ListDisputesInput {
  vendorId?: number;
  status?: DisputeStatus[];
}

/** Disputes with the credits the carrier has given back so far, oldest first. */
export async function listDisputes(input: ListDisputesInput, deps: DomainDeps): Promise<DisputeSummary[]> {
  const disputes = await deps.prisma.dispute.findMany({
    where: { ...(input.vendorId !== undefined ? { vendorId: input.vendorId } : {}) },
    include: { findings: { orderBy: { id: 'asc' } } },
    orderBy: [{ periodStart: 'asc' }, { id: 'asc' }],
  });
  if (disputes.length === 0) return [];
  const vendorIds = [...new Set(disputes.map((dispute) => dispute.vendorId))];
  // A credit answers a dispute only from a later bill (matchDisputeCredits), so bills up to the
  // oldest dispute's are not read. The literal 'credit' (not a parameter) lets PostgreSQL prove
  // the partial index of credit lines applies: without it, at 50×, this read all 2.4M invoice
  // lines for three credits (300–400 ms).
  const oldestDisputed = disputes[0]!.periodStart;
  const creditLines = await deps.prisma.$queryRaw<
    Array<{
      id: number;
      vendorId: number;
      periodStart: Date;
      identifierKey: string | null;
      description: string;
      amount: Prisma.Decimal;
      invoiceNumber: string;
    }>
  >`
    SELECT l.id, l."vendorId", l."periodStart", l."identifierKey", l.description, l.amount, i."invoiceNumber"
    FROM "InvoiceLine" l JOIN "Invoice" i ON i.id = l."invoiceId"
    WHERE l."chargeType" = 'credit' AND l."vendorId" IN (${Prisma.join(vendorIds)}) AND l."periodStart" > ${oldestDisputed}`;
  // Matching needs every dispute of the vendor, whatever the status filter, so a credit is never counted twice.
  const matched = matchDisputeCredits(
    disputes.map((dispute) => ({
      id: dispute.id,
      vendorId: dispute.vendorId,
      invoiceNumber: dispute.invoiceNumber,
      periodStart: dispute.periodStart,
      amountDisputed: dispute.amountDisputed,
      identifiers: dispute.findings.flatMap((finding) => (finding.identifier ? [finding.identifier] : [])),
    })),
    creditLines,
  );
  return disputes
    .filter((dispute) => !input.status || input.status.includes(dispute.status))
    .map((dispute) => {
      const credits = matched.get(dispute.id) ?? [];
      const received = sumDecimals(credits.map((credit) => credit.amount.abs()));
      const outstanding = Decimal.max(dispute.amountDisputed.minus(received), 0);
      return {
        id: dispute.id,
        vendor: dispute.vendorName,
        account: dispute.accountNumber,
        invoiceNumber: dispute.invoiceNumber,
        period: toIsoDate(dispute.periodStart),
        status: dispute.status,
        currency: dispute.currency,
        amountDisputed: toMoney(dispute.amountDisputed),
        creditsReceived: toMoney(received),
        outstanding: dispute.status === 'denied' ? '0.00' : toMoney(outstanding),
        findings: dispute.findings.map((finding) => ({
          kind: finding.kind,
          identifier: finding.identifier,
          description: finding.description,
          billed: toMoney(finding.billed),
          expected: toMoney(finding.expected),
          amount: toMoney(finding.amount),
          evidence: finding.evidence as unknown as EvidenceLine[],
        })),
        credits: credits.map((credit) => ({
          invoiceLineId: credit.id,
          invoiceNumber: credit.invoiceNumber,
          period: toIsoDate(credit.periodStart),
          description: credit.description,
          amount: toMoney(credit.amount),
        })),
        submittedAt: dispute.submittedAt?.toISOString() ?? null,
        resolvedAt: dispute.resolvedAt?.toISOString() ?? null,
      };
    });
}

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
      (vendors ?? [undefined]).map((vendor) =>
        listDisputes({ ...(vendor ? { vendorId: vendor.id } : {}), ...(input.status ? { status: input.status } : {}) }, context),
      ),
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
