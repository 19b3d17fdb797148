import type { DisputeStatus } from '../../db/generated/client.js';
import { toMoney } from '../audit/finding-parts.js';
import type { EvidenceLine } from '../audit/audit-finding.js';
import type { DomainDeps } from '../deps.js';
import { Decimal, sumDecimals } from '../shared/decimal.js';
import { matchDisputeCredits } from './match-dispute-credits.js';

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
  findings: Array<{ kind: string; identifier: string | null; description: string; billed: string; expected: string; amount: string; evidence: EvidenceLine[] }>;
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
  const vendorIds = [...new Set(disputes.map((dispute) => dispute.vendorId))];
  const creditLines = await deps.prisma.invoiceLine.findMany({
    where: { chargeType: 'credit', vendorId: { in: vendorIds } },
    select: { id: true, vendorId: true, periodStart: true, identifierKey: true, description: true, amount: true, invoice: { select: { invoiceNumber: true } } },
  });
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
    creditLines.map((line) => ({ ...line, invoiceNumber: line.invoice.invoiceNumber })),
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
        period: dispute.periodStart.toISOString().slice(0, 10),
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
          period: credit.periodStart.toISOString().slice(0, 10),
          description: credit.description,
          amount: toMoney(credit.amount),
        })),
        submittedAt: dispute.submittedAt?.toISOString() ?? null,
        resolvedAt: dispute.resolvedAt?.toISOString() ?? null,
      };
    });
}
