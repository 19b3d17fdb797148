import { Decimal } from './decimal.js';
import type { DecimalInput } from './decimal.js';

// How figures read in every answer, on every surface.

const groupThousands = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** "USD 1,234.56", to the cent, rounded half-up; negative as "USD -12.00". */
export function formatMoney(amount: DecimalInput, currency: string): string {
  const fixed = new Decimal(amount).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
  const isNegative = fixed.startsWith('-');
  const [whole = '0', cents = '00'] = fixed.replace('-', '').split('.');
  return `${currency} ${isNegative ? '-' : ''}${groupThousands(whole)}.${cents}`;
}

/** "2,013" */
export function formatCount(count: number | bigint): string {
  return groupThousands(String(count));
}

/** "+12.5%" / "-3.0%"; "n/a" when the base is zero. */
export function formatPercent(part: DecimalInput, base: DecimalInput): string {
  const baseDecimal = new Decimal(base);
  if (baseDecimal.isZero()) return 'n/a';
  const percent = new Decimal(part).div(baseDecimal.abs()).times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP);
  return `${percent.isNegative() ? '' : '+'}${percent.toFixed(1)}%`;
}

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "26 Nov 2026": day, month name, year — never ambiguous between US and European readers. */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-');
  return `${Number(day)} ${monthNames[Number(month) - 1]} ${year}`;
}

/** "Sep 2026" for a YYYY-MM or YYYY-MM-DD month. */
export function formatMonth(isoDate: string): string {
  const [year, month] = isoDate.slice(0, 7).split('-');
  return `${monthNames[Number(month) - 1]} ${year}`;
}
