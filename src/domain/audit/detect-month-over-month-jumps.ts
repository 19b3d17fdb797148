import { Decimal } from '../shared/decimal.js';
import { evidenceOf, type FindingDraft } from './finding-parts.js';
import type { AuditInvoice } from './load-audit-data.js';
import { toIsoDate, addMonths, monthStart } from '../periods/period.js';

export interface JumpThreshold {
  /** minimum increase in percent of the previous month */
  percent: string;
  /** minimum increase in the invoice currency */
  amount: string;
}

export const defaultJumpThreshold: JumpThreshold = { percent: '25', amount: '500' };

const previousMonth = (date: Date): Date => addMonths(monthStart(date), -1);

/** An account whose invoiced total rose beyond both thresholds since the month before. */
export function detectMonthOverMonthJumps(
  invoices: AuditInvoice[],
  accountPeriodTotals: Map<string, Decimal>,
  threshold: JumpThreshold,
): FindingDraft[] {
  const byAccountPeriod = new Map<string, AuditInvoice[]>();
  for (const invoice of invoices) {
    const key = `${invoice.accountId}|${toIsoDate(invoice.periodStart)}`;
    byAccountPeriod.set(key, [...(byAccountPeriod.get(key) ?? []), invoice]);
  }
  const drafts: FindingDraft[] = [];
  for (const [key, accountInvoices] of byAccountPeriod) {
    const invoice = accountInvoices[0]!;
    const current = accountPeriodTotals.get(key);
    const previousPeriod = toIsoDate(previousMonth(invoice.periodStart));
    const previous = accountPeriodTotals.get(`${invoice.accountId}|${previousPeriod}`);
    if (!current || !previous || !previous.greaterThan(0)) continue;
    const increase = current.minus(previous);
    const percent = increase.div(previous).times(100);
    if (increase.lessThan(threshold.amount) || percent.lessThan(threshold.percent)) continue;
    const largest = accountInvoices
      .flatMap((accountInvoice) => accountInvoice.lines.map((line) => ({ accountInvoice, line })))
      .sort((left, right) => right.line.amount.comparedTo(left.line.amount))
      .slice(0, 5);
    drafts.push({
      kind: 'month_over_month_jump',
      invoice,
      identifier: null,
      identifierKey: null,
      serviceId: null,
      description: `Account charges up ${percent.toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed(1)}% on the month before`,
      chargeKey: 'total',
      billed: current,
      expected: previous,
      periods: [previousPeriod, toIsoDate(invoice.periodStart)],
      explanation: `Account ${invoice.accountNumber} of ${invoice.vendorName} charged ${current.toFixed(2)} for the period starting ${toIsoDate(invoice.periodStart)} against ${previous.toFixed(2)} the month before (credits excluded).`,
      evidence: largest.flatMap(({ accountInvoice, line }) => evidenceOf(accountInvoice, [line])),
    });
  }
  return drafts;
}
