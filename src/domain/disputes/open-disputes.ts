import { lockUntilTransactionEnds } from '../../db/advisory-locks.js';
import type { Prisma, PrismaClient } from '../../db/generated/client.js';
import type { AuditFinding } from '../audit/audit-finding.js';
import { auditInvoices } from '../audit/audit-invoices.js';
import { auditedInvoicesWhere } from '../audit/load-audit-data.js';
import type { AuditFilters } from '../audit/load-audit-data.js';
import type { DomainDeps } from '../deps.js';
import { dateFromIso } from '../periods/period.js';
import { sumDecimals } from '../shared/decimal.js';

export interface OpenDisputesResult {
  /** disputes created for invoices with new billing errors */
  created: number;
  /** open disputes whose findings changed (a corrected invoice, a new error) */
  updated: number;
  /** open disputes dropped because their invoice no longer has any billing error */
  withdrawn: number;
  /** disputes already submitted or settled, left as the carrier knows them */
  unchanged: number;
}

function groupByInvoice(findings: AuditFinding[]): Map<string, AuditFinding[]> {
  const groups = new Map<string, AuditFinding[]>();
  for (const finding of findings) {
    if (finding.severity !== 'billing_error') continue;
    const key = `${finding.vendor.id}|${finding.invoiceNumber}`;
    groups.set(key, [...(groups.get(key) ?? []), finding]);
  }
  return groups;
}

const findingRow = (finding: AuditFinding) => ({
  kind: finding.kind,
  identifier: finding.identifier,
  description: finding.description,
  billed: finding.billed,
  expected: finding.expected,
  amount: finding.amountAtStake,
  evidence: finding.evidence as unknown as Prisma.InputJsonValue,
});

/**
 * Runs the audit and keeps one dispute per vendor and invoice holding that invoice's billing
 * errors. An open dispute follows the audit (a corrected invoice updates or withdraws it); once
 * submitted to the carrier it is left as sent.
 */
export async function openDisputes(filters: AuditFilters, deps: DomainDeps): Promise<OpenDisputesResult> {
  const linesAudited = await deps.prisma.invoiceLine.count({ where: { invoice: auditedInvoicesWhere(filters) } });
  const result: OpenDisputesResult = { created: 0, updated: 0, withdrawn: 0, unchanged: 0 };
  await deps.prisma.$transaction(async (tx) => {
    // One reconciliation at a time across processes (an import's and the import-audits job's):
    // the audit is read under the lock, so a later one never withdraws disputes an earlier one
    // opened from invoices it had not seen.
    await lockUntilTransactionEnds(tx, 'disputeReconciliation');
    // The transaction client reads like the full client; the audit only reads.
    const findings = await auditInvoices(filters, { ...deps, prisma: tx as unknown as PrismaClient });
    const groups = groupByInvoice(findings);
    // Oldest invoice first, so dispute numbers follow the billing calendar.
    const ordered = [...groups.values()].sort(
      (left, right) =>
        left[0]!.periods[0]!.localeCompare(right[0]!.periods[0]!) || left[0]!.invoiceNumber.localeCompare(right[0]!.invoiceNumber),
    );
    for (const group of ordered) {
      const first = group[0]!;
      const amountDisputed = sumDecimals(group.map((finding) => finding.amountAtStake)).toFixed(2);
      const existing = await tx.dispute.findUnique({
        where: { vendorId_invoiceNumber: { vendorId: first.vendor.id, invoiceNumber: first.invoiceNumber } },
        include: { findings: { select: { findingKey: true, amount: true } } },
      });
      if (existing && existing.status !== 'open') {
        result.unchanged += 1;
        continue;
      }
      if (!existing) {
        await tx.dispute.create({
          data: {
            vendorId: first.vendor.id,
            vendorName: first.vendor.name,
            accountNumber: first.account,
            invoiceNumber: first.invoiceNumber,
            periodStart: dateFromIso(first.periods[first.periods.length - 1]!),
            currency: first.currency,
            amountDisputed,
            createdAt: deps.now(),
            findings: { create: group.map((finding) => ({ findingKey: finding.key, ...findingRow(finding) })) },
          },
        });
        result.created += 1;
        continue;
      }
      const before = existing.findings
        .map((finding) => `${finding.findingKey}=${finding.amount.toFixed(2)}`)
        .sort()
        .join(',');
      const after = group
        .map((finding) => `${finding.key}=${finding.amountAtStake}`)
        .sort()
        .join(',');
      if (before === after) {
        result.unchanged += 1;
        continue;
      }
      await tx.disputeFinding.deleteMany({ where: { disputeId: existing.id, findingKey: { notIn: group.map((finding) => finding.key) } } });
      for (const finding of group) {
        await tx.disputeFinding.upsert({
          where: { disputeId_findingKey: { disputeId: existing.id, findingKey: finding.key } },
          create: { disputeId: existing.id, findingKey: finding.key, ...findingRow(finding) },
          update: findingRow(finding),
        });
      }
      await tx.dispute.update({ where: { id: existing.id }, data: { amountDisputed } });
      result.updated += 1;
    }
    // Open disputes on audited invoices that no longer show any billing error.
    const audited = await tx.invoice.findMany({
      where: auditedInvoicesWhere(filters),
      select: { vendorId: true, invoiceNumber: true },
    });
    const stale = audited.filter((invoice) => !groups.has(`${invoice.vendorId}|${invoice.invoiceNumber}`));
    for (const invoice of stale) {
      const withdrawn = await tx.dispute.deleteMany({
        where: { vendorId: invoice.vendorId, invoiceNumber: invoice.invoiceNumber, status: 'open' },
      });
      result.withdrawn += withdrawn.count;
    }
  }, reconciliationTimeouts(linesAudited));
  return result;
}

/**
 * Prisma's 5 s default is too short for a 200k-line audit on a busy server (P2028). The work
 * grows with the lines audited: a minute, plus 2 ms a line (200,000 lines: under eight minutes).
 */
function reconciliationTimeouts(linesAudited: number): { timeout: number; maxWait: number } {
  return { timeout: 60_000 + 2 * linesAudited, maxWait: 60_000 };
}
