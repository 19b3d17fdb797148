import { Decimal } from '../shared/decimal.js';
import { addDays, dateFromIso, daysBetween, toIsoDate } from '../periods/period.js';

export interface NoticeContract {
  contractId: string;
  name: string;
  vendor: string;
  endDate: string;
  autoRenew: boolean;
  noticeDays: number;
  committedAnnual: string | null;
  currency: string;
}

export interface NoticeDeadlineFinding {
  contract: NoticeContract;
  /** the last day to cancel or renegotiate */
  decisionDate: string;
  daysLeft: number;
  /** the smallest configured window the decision date falls within */
  threshold: number;
  /** spend with the vendor over the 12 months before the as-of month, per currency */
  last12MonthsSpend: Array<{ currency: string; amount: string }>;
  dedupeKey: string;
}

const defaultNoticeThresholds = [90, 60, 30, 7];

/**
 * Pure: contracts whose renewal decision (end − notice when auto-renewing, else the end date) is
 * within a window. One finding per contract and window, so a contract alerts at 90, again at 60…,
 * and a run that starts late alerts once for the window it is in, not for the ones it missed.
 */
export function detectNoticeDeadlines(input: {
  contracts: readonly NoticeContract[];
  spendByVendor: ReadonlyMap<string, Array<{ currency: string; amount: Decimal }>>;
  asOf: string;
  thresholds?: readonly number[];
}): NoticeDeadlineFinding[] {
  const thresholds = [...(input.thresholds ?? defaultNoticeThresholds)].sort((left, right) => left - right);
  const today = dateFromIso(input.asOf);
  const findings: NoticeDeadlineFinding[] = [];
  for (const contract of input.contracts) {
    const end = dateFromIso(contract.endDate);
    const decision = contract.autoRenew ? addDays(end, -contract.noticeDays) : end;
    const daysLeft = daysBetween(today, decision);
    const threshold = thresholds.find((window) => daysLeft >= 0 && daysLeft <= window);
    if (threshold === undefined) continue;
    const decisionDate = toIsoDate(decision);
    findings.push({
      contract,
      decisionDate,
      daysLeft,
      threshold,
      last12MonthsSpend: (input.spendByVendor.get(contract.vendor) ?? []).map((entry) => ({
        currency: entry.currency,
        amount: new Decimal(entry.amount).toFixed(2),
      })),
      // The decision date is in the key: a renewed contract (new end date) alerts again.
      dedupeKey: `notice-deadline:${contract.contractId}:${decisionDate}:${threshold}`,
    });
  }
  return findings.sort(
    (left, right) => left.daysLeft - right.daysLeft || left.contract.contractId.localeCompare(right.contract.contractId),
  );
}
