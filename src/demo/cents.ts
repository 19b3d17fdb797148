// The generator counts money in whole cents (integers, exact in a JavaScript number far beyond
// any demo total) and writes decimal strings; it never adds fractional dollars as floats.

export type Cents = number;

export function toCents(dollars: string): Cents {
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(dollars);
  if (!match) throw new Error(`not a cents amount: ${dollars}`);
  const [, sign, whole, fraction = ''] = match;
  const value = Number(whole) * 100 + Number((fraction + '00').slice(0, 2));
  return sign === '-' ? -value : value;
}

export function formatCents(cents: Cents): string {
  if (!Number.isSafeInteger(cents)) throw new Error(`not whole cents: ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  return `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`;
}

/** Rounds a generated (float) quantity of dollars to whole cents once, where it is created. */
export function roundToCents(dollars: number): Cents {
  return Math.round(dollars * 100);
}

/** cents × basis points / 10,000, rounded half up: taxes and surcharges. */
export function applyBasisPoints(cents: Cents, basisPoints: number): Cents {
  return Math.floor((cents * basisPoints + 5_000) / 10_000);
}
