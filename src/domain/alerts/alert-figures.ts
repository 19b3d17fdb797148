import { getFreshness } from '../freshness/get-freshness.js';
import type { DomainDeps } from '../deps.js';
import { Decimal } from '../shared/decimal.js';
import { formatMoney, formatDate, formatMonth } from '../shared/format.js';
import type { DecimalInput } from '../shared/decimal.js';

// Figures in alert text read like every other answer ("USD 1,234.56", "26 Nov 2026").
export { formatMoney as money, formatDate as day, formatMonth as month } from '../shared/format.js';

export function signedMoney(amount: DecimalInput, currency: string): string {
  return new Decimal(amount).isNegative() ? formatMoney(amount, currency) : `+${formatMoney(amount, currency)}`;
}

/** "Cloud costs through 25 Nov 2026 · telecom invoices through Oct 2026": shown on every alert. */
export async function describeFreshness(deps: Pick<DomainDeps, 'prisma'>): Promise<string> {
  const freshness = await getFreshness(deps.prisma);
  const parts = [
    freshness.cloudCostsThrough
      ? `cloud costs through ${formatDate(freshness.cloudCostsThrough)} (provisional until the bill closes)`
      : 'no cloud costs imported',
    freshness.telecomInvoicesThrough
      ? `telecom invoices through ${formatMonth(freshness.telecomInvoicesThrough)}`
      : 'no telecom invoices imported',
  ];
  return parts.join(' · ');
}
