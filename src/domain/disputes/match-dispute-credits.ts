import { Decimal } from '../shared/decimal.js';
import { identifierKey } from '../shared/normalize.js';

export interface DisputeForCredits {
  id: number;
  vendorId: number;
  invoiceNumber: string;
  periodStart: Date;
  amountDisputed: Decimal;
  identifiers: string[];
}

export interface CreditLine {
  id: number;
  vendorId: number;
  invoiceNumber: string;
  periodStart: Date;
  identifierKey: string | null;
  description: string;
  amount: Decimal;
}

/**
 * Which later credit lines answer which dispute. A credit belongs to a dispute when it comes on a
 * later invoice of the same vendor and names a disputed identifier or the disputed invoice number;
 * each credit counts once, for the oldest dispute still owed money.
 */
export function matchDisputeCredits(disputes: DisputeForCredits[], credits: CreditLine[]): Map<number, CreditLine[]> {
  const ordered = [...disputes].sort((left, right) => left.periodStart.getTime() - right.periodStart.getTime() || left.id - right.id);
  const keys = new Map(ordered.map((dispute) => [dispute.id, new Set(dispute.identifiers.map(identifierKey))]));
  const received = new Map<number, Decimal>();
  const matched = new Map<number, CreditLine[]>(ordered.map((dispute) => [dispute.id, []]));
  const sortedCredits = [...credits].sort((left, right) => left.periodStart.getTime() - right.periodStart.getTime() || left.id - right.id);
  for (const credit of sortedCredits) {
    const candidates = ordered.filter(
      (dispute) =>
        dispute.vendorId === credit.vendorId &&
        credit.periodStart > dispute.periodStart &&
        ((credit.identifierKey !== null && keys.get(dispute.id)?.has(credit.identifierKey)) ||
          credit.description.includes(dispute.invoiceNumber)),
    );
    const owed = candidates.find((dispute) => {
      const sofar = received.get(dispute.id);
      return sofar === undefined || sofar.lessThan(dispute.amountDisputed);
    });
    if (!owed) continue;
    received.set(owed.id, (received.get(owed.id) ?? new Decimal(0)).plus(credit.amount.abs()));
    matched.get(owed.id)!.push(credit);
  }
  return matched;
}
