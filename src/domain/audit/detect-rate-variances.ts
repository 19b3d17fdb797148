import type { ContractedRates } from './contracted-rates.js';
import type { BilledServiceLine } from './detect-inventory-mismatches.js';
import { evidenceOf, type FindingDraft } from './finding-parts.js';
import { toIsoDate } from '../periods/period.js';

/**
 * A recurring charge above the price fixed by the contract in force for that vendor, service type
 * and charge. A partial month (service starting or ending within the period) is prorated by the
 * carrier and is never a variance; a charge the contracts do not price cannot be judged.
 */
export function detectRateVariances(lines: BilledServiceLine[], rates: ContractedRates, skipLineIds: Set<number>): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  for (const { invoice, line, service, isFullPeriod } of lines) {
    if (line.chargeType !== 'recurring' || !isFullPeriod || skipLineIds.has(line.id)) continue;
    const rate = rates.rateFor({
      vendorId: invoice.vendorId,
      serviceType: service.type,
      descriptionKey: line.descriptionKey,
      periodStart: invoice.periodStart,
      periodLastDay: invoice.periodLastDay,
    });
    if (!rate) continue;
    const quantity = line.quantity.isZero() ? line.quantity.plus(1) : line.quantity;
    const expected = rate.unitPrice.times(quantity);
    if (!line.amount.minus(expected).greaterThanOrEqualTo('0.005')) continue;
    drafts.push({
      kind: 'rate_variance',
      invoice,
      identifier: line.identifier,
      identifierKey: line.identifierKey,
      serviceId: service.id,
      serviceType: service.type,
      description: line.description,
      chargeKey: line.descriptionKey,
      billed: line.amount,
      expected,
      explanation: `${line.description} for ${line.identifier} is billed ${line.amount.toFixed(2)} for the period starting ${toIsoDate(invoice.periodStart)}; contract ${rate.contractExternalIds.join(', ')} fixes ${rate.unitPrice.toFixed(2)}${quantity.equals(1) ? '' : ` × ${quantity.toString()}`}.`,
      evidence: evidenceOf(invoice, [line]),
    });
  }
  return drafts;
}
