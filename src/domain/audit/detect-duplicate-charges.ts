import { Decimal } from '../shared/decimal.js';
import { evidenceOf, type FindingDraft } from './finding-parts.js';
import type { BilledServiceLine } from './detect-inventory-mismatches.js';
import { toIsoDate } from '../periods/period.js';

const duplicableChargeTypes = new Set(['recurring', 'one_time']);

/**
 * The same service, charge and amount billed more than once for one billing period (on one
 * invoice or on two of the same vendor). The first charge is legitimate; each copy is at stake.
 * Returns the copies' line ids so the rate check does not count them again.
 */
export function detectDuplicateCharges(lines: BilledServiceLine[]): { drafts: FindingDraft[]; copyLineIds: Set<number> } {
  const groups = new Map<string, BilledServiceLine[]>();
  for (const billed of lines) {
    if (!duplicableChargeTypes.has(billed.line.chargeType)) continue;
    const key = [
      billed.invoice.vendorId,
      toIsoDate(billed.invoice.periodStart),
      billed.line.identifierKey,
      billed.line.descriptionKey,
      billed.line.amount.toFixed(4),
    ].join('|');
    groups.set(key, [...(groups.get(key) ?? []), billed]);
  }
  const drafts: FindingDraft[] = [];
  const copyLineIds = new Set<number>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const [first, ...copies] = group as [BilledServiceLine, ...BilledServiceLine[]];
    for (const copy of copies) copyLineIds.add(copy.line.id);
    const lastCopy = copies[copies.length - 1]!;
    const unit = first.line.amount;
    drafts.push({
      kind: 'duplicate_charge',
      invoice: lastCopy.invoice,
      identifier: first.line.identifier,
      identifierKey: first.line.identifierKey,
      serviceId: first.service.id,
      serviceType: first.service.type,
      description: first.line.description,
      chargeKey: first.line.descriptionKey,
      billed: unit.times(group.length),
      expected: new Decimal(unit),
      explanation: `${first.line.description} for ${first.line.identifier} is billed ${group.length} times (${unit.toFixed(2)} each) for the period starting ${toIsoDate(first.invoice.periodStart)}.`,
      evidence: group.flatMap((billed) => evidenceOf(billed.invoice, [billed.line])),
    });
  }
  return { drafts, copyLineIds };
}
