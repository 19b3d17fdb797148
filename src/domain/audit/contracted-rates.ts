import type { Decimal } from '../shared/decimal.js';
import type { AuditContract } from './load-audit-data.js';
import { addDays } from '../periods/period.js';

interface RateWindow {
  contractExternalId: string;
  from: Date;
  /** inclusive; null while the contract keeps renewing */
  through: Date | null;
  unitPrice: Decimal;
}

export interface ContractedRate {
  unitPrice: Decimal;
  contractExternalIds: string[];
}

/**
 * The contracted price of a charge over time. A contract's rate is in force from its start until
 * its end (forever while it auto-renews) or until a later contract of the same vendor prices the
 * same charge — a replacement contract takes over from its start date.
 */
export class ContractedRates {
  private readonly windows = new Map<string, RateWindow[]>();

  constructor(contracts: AuditContract[]) {
    const entries = new Map<string, Array<{ contract: AuditContract; unitPrice: Decimal }>>();
    for (const contract of contracts) {
      for (const rate of contract.rates) {
        const key = `${contract.vendorId}|${rate.serviceType}|${rate.descriptionKey}`;
        const list = entries.get(key) ?? [];
        list.push({ contract, unitPrice: rate.unitPrice });
        entries.set(key, list);
      }
    }
    for (const [key, list] of entries) {
      list.sort((left, right) => left.contract.startDate.getTime() - right.contract.startDate.getTime());
      this.windows.set(
        key,
        list.map(({ contract, unitPrice }, index) => {
          const next = list[index + 1];
          const ownEnd = contract.autoRenew ? null : contract.endDate;
          const replacedFrom = next ? addDays(next.contract.startDate, -1) : null;
          const through = ownEnd && replacedFrom ? (ownEnd < replacedFrom ? ownEnd : replacedFrom) : (ownEnd ?? replacedFrom);
          return { contractExternalId: contract.externalId, from: contract.startDate, through, unitPrice };
        }),
      );
    }
  }

  /**
   * The rate for a charge billed over [periodStart, periodLastDay]. When the price changed within
   * the period (a replacement contract started mid-month), either price is accepted: the higher.
   */
  rateFor(input: {
    vendorId: number;
    serviceType: string;
    descriptionKey: string;
    periodStart: Date;
    periodLastDay: Date;
  }): ContractedRate | null {
    const windows = this.windows.get(`${input.vendorId}|${input.serviceType}|${input.descriptionKey}`) ?? [];
    const inForce = windows.filter(
      (window) => window.from <= input.periodLastDay && (window.through === null || window.through >= input.periodStart),
    );
    if (inForce.length === 0) return null;
    const highest = inForce.reduce((best, window) => (window.unitPrice.greaterThan(best.unitPrice) ? window : best));
    return { unitPrice: highest.unitPrice, contractExternalIds: inForce.map((window) => window.contractExternalId) };
  }
}
