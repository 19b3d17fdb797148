import { z } from 'zod';
import { Decimal } from '../shared/decimal.js';

// Column parsers shared by every import kind. Each message says what is wrong and how to fix
// it, in words a finance user understands; the row's line, column and value are added later.

const plainNumber = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const spreadsheetNumber = /^\(?[+-]?[$€£¥]?\s*[\d,]+(\.\d+)?\s*\)?$/;

function describeNumberProblem(value: string): string {
  if (spreadsheetNumber.test(value) || /[$€£¥,]/.test(value)) {
    const digits = value.replace(/[^\d.-]/g, '');
    return `Formatted for a spreadsheet: write a plain number without currency symbol, thousands separators or spaces (e.g. ${digits || '10000.00'})`;
  }
  return 'Not a number: write digits with an optional minus sign and a dot for decimals (e.g. -1234.56)';
}

/** What a numeric column holds, so a value it cannot keep is a row problem, not a database error or silent rounding. */
export interface NumberColumn {
  /** numeric(precision, scale) of the database column */
  precision: number;
  scale: number;
  /** credits and refunds are negative; usage, budgets and prices are not */
  isNegativeAllowed?: boolean;
  /** a money amount: a nonzero value below a cent is refused (a typo or a unit mistake) */
  isMoney?: boolean;
  /** more decimals than the column keeps are rounded (FOCUS costs, as providers export them) instead of refused */
  isRoundingAllowed?: boolean;
}

const cent = new Decimal('0.01');

/** Digits before and after the point of a plain number, or undefined when it is written with an exponent. */
function plainDigits(value: string): { integerDigits: number; decimals: number } | undefined {
  if (/[eE]/.test(value)) return undefined;
  const unsigned = value.replace(/^[+-]/, '');
  const [integerPart = '', fraction = ''] = unsigned.split('.');
  return { integerDigits: integerPart.replace(/^0+/, '').length, decimals: fraction.length };
}

/** The problem with a plain-number text in this column, or undefined when the column keeps it. */
function describeRangeProblem(value: string, column: NumberColumn): string | undefined {
  const maximumIntegerDigits = column.precision - column.scale;
  const plain = plainDigits(value);
  // Exponents (1e309, 1e-50) go through exact decimal arithmetic; plain numbers are counted.
  const number = new Decimal(value);
  const isTooLarge = plain ? plain.integerDigits > maximumIntegerDigits : number.abs().gte(new Decimal(10).pow(maximumIntegerDigits));
  if (isTooLarge) return `Too large for this column: at most ${maximumIntegerDigits} digits before the decimal point`;
  if (number.isZero()) return undefined;
  if (number.isNegative() && !column.isNegativeAllowed) return 'Must be 0 or more; a negative value is not allowed here';
  if (column.isMoney && number.abs().lt(cent))
    return 'Less than a cent: an amount is 0 or at least 0.01 (check the unit and the decimal point)';
  const decimals = plain ? plain.decimals : number.decimalPlaces();
  if (decimals <= column.scale) return undefined;
  if (!column.isRoundingAllowed) return `Has more decimals than this column keeps (${column.scale}); round it to ${column.scale} decimals`;
  if (number.toDecimalPlaces(column.scale).isZero())
    return `Too small for this column, which keeps ${column.scale} decimals: it would be stored as 0`;
  return undefined;
}

/** A decimal kept as its exact text (money never passes through a JavaScript number), within what the column keeps. */
export function decimalText(column: NumberColumn) {
  return z
    .string()
    .transform((value) => value.trim())
    .superRefine((value, context) => {
      if (value === '') context.addIssue({ code: 'custom', message: 'Required, but the cell is empty' });
      else if (!plainNumber.test(value)) context.addIssue({ code: 'custom', message: describeNumberProblem(value) });
      else {
        const problem = describeRangeProblem(value, column);
        if (problem) context.addIssue({ code: 'custom', message: problem });
      }
    });
}

/** Longest value of a column that identifies a record: its index entry must fit a database page. */
export const maximumKeyLength = 200;
const keyTooLong = `Too long for this column, which identifies a record: at most ${maximumKeyLength} characters`;

export const requiredText = z.string().trim().min(1, 'Required, but the cell is empty');

/** Empty cell → null. */
export const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? null : value));

/** A required value that becomes a database key (a code, a number, a name matched later). */
export const keyText = requiredText.max(maximumKeyLength, keyTooLong);

/** Empty cell → null; otherwise a key as in keyText. */
export const optionalKeyText = z
  .string()
  .trim()
  .max(maximumKeyLength, keyTooLong)
  .transform((value) => (value === '' ? null : value));

/** A `;`-separated list of keys (aliases, cost-center codes). */
export const keyList = z.string().transform((value, context) => {
  const keys = value
    .split(';')
    .map((key) => key.trim())
    .filter(Boolean);
  if (keys.some((key) => key.length > maximumKeyLength)) context.addIssue({ code: 'custom', message: `${keyTooLong} each` });
  return keys;
});

/** Empty cell → null; otherwise a decimal as exact text, within what the column keeps. */
export function optionalDecimal(column: NumberColumn) {
  return z
    .string()
    .transform((value) => value.trim())
    .superRefine((value, context) => {
      if (value === '') return;
      if (!plainNumber.test(value)) context.addIssue({ code: 'custom', message: describeNumberProblem(value) });
      else {
        const problem = describeRangeProblem(value, column);
        if (problem) context.addIssue({ code: 'custom', message: problem });
      }
    })
    .transform((value) => (value === '' ? null : value));
}

/** PostgreSQL's integer. */
const maximumWholeNumber = 2_147_483_647;

export const wholeNumber = z
  .string()
  .trim()
  .transform((value, context) => {
    if (!/^\d+$/.test(value)) {
      context.addIssue({ code: 'custom', message: 'Must be a whole number of 0 or more (e.g. 30)' });
      return z.NEVER;
    }
    const number = Number(value);
    if (number > maximumWholeNumber) {
      context.addIssue({ code: 'custom', message: `Too large: at most ${maximumWholeNumber.toLocaleString('en-US')}` });
      return z.NEVER;
    }
    return number;
  });

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const dateMessage = 'Must be a date written as YYYY-MM-DD (e.g. 2025-05-01); dates like 5/1/25 are ambiguous between countries';

/** A calendar date (YYYY-MM-DD) as a UTC midnight Date. */
export const calendarDate = z
  .string()
  .trim()
  .transform((value, context) => {
    const match = isoDate.exec(value);
    if (!match || !isRealDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
      context.addIssue({ code: 'custom', message: match ? 'Not a real calendar date' : dateMessage });
      return z.NEVER;
    }
    return new Date(`${value}T00:00:00.000Z`);
  });

export const optionalCalendarDate = z
  .string()
  .trim()
  .transform((value, context) => {
    if (value === '') return null;
    const parsed = calendarDate.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) context.addIssue({ code: 'custom', message: issue.message });
      return z.NEVER;
    }
    return parsed.data;
  });

/** A month written YYYY-MM, as the first day of that month (UTC). */
export const calendarMonth = z
  .string()
  .trim()
  .transform((value, context) => {
    const match = /^(\d{4})-(\d{2})(-01)?$/.exec(value);
    if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) {
      context.addIssue({ code: 'custom', message: 'Must be a month written as YYYY-MM (e.g. 2025-05)' });
      return z.NEVER;
    }
    return new Date(`${match[1]}-${match[2]}-01T00:00:00.000Z`);
  });

/** FOCUS timestamps: ISO 8601; a timestamp without a zone is UTC (as providers export them). */
export const focusTimestamp = z
  .string()
  .trim()
  .transform((value, context) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(value);
    if (!match || !isRealDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
      context.addIssue({
        code: 'custom',
        message: 'Must be a date and time in ISO 8601 (e.g. 2025-05-01T00:00:00Z or 2025-05-01 00:00:00); dates like 5/1/25 are ambiguous',
      });
      return z.NEVER;
    }
    const [, year, month, day, hour = '00', minute = '00', second = '00', fraction = '', zone] = match;
    const offset = !zone || zone.toUpperCase() === 'Z' ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
    const millis = (fraction.slice(1) + '000').slice(0, 3);
    return new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}.${millis}${offset}`);
  });

/** An enum matched case-insensitively, returned in its canonical spelling. */
export function caseInsensitiveEnum<const Values extends readonly [string, ...string[]]>(values: Values) {
  const loose = (value: string) => value.toLowerCase().replace(/[\s_-]/g, '');
  const byKey = new Map(values.map((value) => [loose(value), value] as const));
  return z
    .string()
    .trim()
    .transform((value, context) => {
      const canonical = byKey.get(loose(value));
      if (canonical === undefined) {
        context.addIssue({ code: 'custom', message: `Must be one of: ${values.join(', ')}` });
        return z.NEVER;
      }
      return canonical as Values[number];
    });
}

export const yesNo = z
  .string()
  .trim()
  .transform((value, context) => {
    const key = value.toLowerCase();
    if (['true', 'yes', 'y', '1'].includes(key)) return true;
    if (['false', 'no', 'n', '0'].includes(key)) return false;
    context.addIssue({ code: 'custom', message: 'Must be yes or no (true/false)' });
    return z.NEVER;
  });

export const currencyCode = z
  .string()
  .trim()
  .transform((value) => (value === '' ? 'USD' : value.toUpperCase()))
  .pipe(z.string().regex(/^[A-Z]{3}$/, 'Must be a three-letter currency code (e.g. USD, EUR)'));
