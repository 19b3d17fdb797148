import { Decimal } from '../../../shared/decimal.js';
import { formatMoney } from '../../../shared/format.js';
import { calendarDate } from '../../fields.js';

// X12 data types as the 811 uses them. R: a decimal written with an optional point ("45", "-12.5").
// N2: a number with two implied decimals ("123456" is 1234.56). DT: a date written CCYYMMDD.

const plainDecimal = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** Why a text is not an R value, or undefined when it is one. */
export function describeDecimalProblem(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return 'Required, but the element is empty';
  if (!plainDecimal.test(trimmed))
    return 'Not a number: X12 writes decimals with a point and an optional minus sign, no separators or currency (e.g. -1234.56)';
  return undefined;
}

/** An R value as exact text, or the reason it is not one. */
export function readDecimal(text: string): { value: Decimal; text: string } | { problem: string } {
  const problem = describeDecimalProblem(text);
  if (problem) return { problem };
  const trimmed = text.trim();
  return { value: new Decimal(trimmed), text: trimmed };
}

/** An N2 value (cents without the point), or the reason it is not one. */
export function readImpliedCents(text: string): { value: Decimal } | { problem: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { problem: 'Required, but the element is empty' };
  if (/^[+-]?\d+$/.test(trimmed)) return { value: new Decimal(trimmed).dividedBy(100) };
  if (plainDecimal.test(trimmed))
    return { problem: 'Written with a decimal point, but this element is in cents with no point (N2: 123456 is 1234.56)' };
  return { problem: 'Not a number: this element is in cents, digits only with an optional minus sign (N2: 123456 is 1234.56)' };
}

/** A DT value as YYYY-MM-DD, or the reason it is not a date. */
export function readDate(text: string): { value: string } | { problem: string } {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(text.trim());
  if (!match) return { problem: 'Must be a date written CCYYMMDD (e.g. 20261031)' };
  const iso = `${match[1]}-${match[2]}-${match[3]}`;
  return calendarDate.safeParse(iso).success ? { value: iso } : { problem: 'Not a real calendar date' };
}

/** A figure for a message: "USD 1,234.56", exact when the cents would hide a difference. */
export function describeAmount(amount: Decimal, currency: string, other: Decimal): string {
  const rounded = (value: Decimal) => value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  if (!rounded(amount).equals(rounded(other))) return formatMoney(amount, currency);
  return `${currency} ${amount.toFixed()}`;
}
