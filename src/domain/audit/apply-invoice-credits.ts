import { Decimal } from '../shared/decimal.js';
import { evidenceOf, type FindingDraft } from './finding-parts.js';
import type { AuditLine } from './load-audit-data.js';

/**
 * Credits on the same invoice for the same service reduce what is at stake: a carrier that
 * already credited an overcharge owes nothing more for it. Fully credited findings disappear.
 */
export function applyInvoiceCredits(drafts: FindingDraft[], creditsByInvoiceIdentifier: Map<string, AuditLine[]>): FindingDraft[] {
  const remaining = new Map<string, Decimal>();
  for (const [key, lines] of creditsByInvoiceIdentifier) {
    remaining.set(
      key,
      lines.reduce((total, line) => total.plus(line.amount.abs()), new Decimal(0)),
    );
  }
  const kept: FindingDraft[] = [];
  for (const draft of drafts) {
    const key = `${draft.invoice.id}|${draft.identifierKey}`;
    const available = remaining.get(key);
    if (!available || available.isZero()) {
      kept.push(draft);
      continue;
    }
    const excess = draft.billed.minus(draft.expected);
    const used = Decimal.min(available, excess);
    remaining.set(key, available.minus(used));
    const credited: FindingDraft = {
      ...draft,
      billed: draft.billed.minus(used),
      evidence: [...draft.evidence, ...evidenceOf(draft.invoice, creditsByInvoiceIdentifier.get(key) ?? [])],
      explanation: `${draft.explanation} A credit of ${used.toFixed(2)} on the same invoice reduces it.`,
    };
    if (credited.billed.minus(credited.expected).greaterThanOrEqualTo('0.005')) kept.push(credited);
  }
  return kept;
}
