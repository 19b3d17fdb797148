import { getFreshness } from '../freshness/get-freshness.js';
import type { DomainDeps } from '../deps.js';
import { Decimal } from '../shared/decimal.js';
import type { DecimalInput } from '../shared/decimal.js';

// Figures in alert text read like every other answer ("USD 1,234.56", "26 Nov 2026"). The
// assistant layer has the same rules in src/assistant/format.ts, which domain may not import.

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function money(amount: DecimalInput, currency: string): string {
  const fixed = new Decimal(amount).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
  const isNegative = fixed.startsWith('-');
  const [whole = '0', cents = '00'] = fixed.replace('-', '').split('.');
  return `${currency} ${isNegative ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}

export function signedMoney(amount: DecimalInput, currency: string): string {
  return new Decimal(amount).isNegative() ? money(amount, currency) : `+${money(amount, currency)}`;
}

export function day(isoDate: string): string {
  const [year, month, dayOfMonth] = isoDate.slice(0, 10).split('-');
  return `${Number(dayOfMonth)} ${monthNames[Number(month) - 1]} ${year}`;
}

export function month(isoDate: string): string {
  const [year, monthNumber] = isoDate.slice(0, 7).split('-');
  return `${monthNames[Number(monthNumber) - 1]} ${year}`;
}

/** "Cloud costs through 25 Nov 2026 · telecom invoices through Oct 2026": shown on every alert. */
export async function describeFreshness(deps: Pick<DomainDeps, 'prisma'>): Promise<string> {
  const freshness = await getFreshness(deps.prisma);
  const parts = [
    freshness.cloudCostsThrough ? `cloud costs through ${day(freshness.cloudCostsThrough)} (provisional until the bill closes)` : 'no cloud costs imported',
    freshness.telecomInvoicesThrough ? `telecom invoices through ${month(freshness.telecomInvoicesThrough)}` : 'no telecom invoices imported',
  ];
  return parts.join(' · ');
}
