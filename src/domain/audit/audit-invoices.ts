import type { DomainDeps } from '../deps.js';
import type { AuditFinding, AuditFindingKind } from './audit-finding.js';
import { auditFindingKinds } from './audit-finding.js';
import { applyInvoiceCredits } from './apply-invoice-credits.js';
import { ContractedRates } from './contracted-rates.js';
import { detectDuplicateCharges } from './detect-duplicate-charges.js';
import { detectInventoryMismatches } from './detect-inventory-mismatches.js';
import { detectInventoryNotBilled } from './detect-inventory-not-billed.js';
import { detectRateVariances } from './detect-rate-variances.js';
import { defaultJumpThreshold, detectMonthOverMonthJumps, type JumpThreshold } from './detect-month-over-month-jumps.js';
import { buildFinding } from './finding-parts.js';
import { loadAuditData, type AuditFilters } from './load-audit-data.js';
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
  const data = await loadAuditData(input, deps);
  const services = new ServiceIndex(data.services);
  const rates = new ContractedRates(data.contracts);

  const mismatches = detectInventoryMismatches(data.invoices, services);
  const duplicates = detectDuplicateCharges(mismatches.billedServiceLines);
  const variances = detectRateVariances(mismatches.billedServiceLines, rates, duplicates.copyLineIds);
  const overcharges = applyInvoiceCredits([...duplicates.drafts, ...variances], mismatches.creditsByInvoiceIdentifier);
  const drafts = [
    ...mismatches.drafts,
    ...overcharges,
    ...detectInventoryNotBilled(data.invoices, services),
    ...detectMonthOverMonthJumps(data.invoices, data.accountPeriodTotals, input.jumpThreshold ?? defaultJumpThreshold),
  ];
  const findings = drafts.map(buildFinding);
  findings.sort(
    (left, right) =>
      (kindOrder.get(left.kind) ?? 0) - (kindOrder.get(right.kind) ?? 0) ||
      left.vendor.name.localeCompare(right.vendor.name) ||
      (left.periods[left.periods.length - 1] ?? '').localeCompare(right.periods[right.periods.length - 1] ?? '') ||
      (left.identifier ?? '').localeCompare(right.identifier ?? ''),
  );
  deps.logger.debug('invoice audit', { invoices: data.invoices.length, findings: findings.length });
  return findings;
}
