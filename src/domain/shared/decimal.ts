import { Prisma } from '../../db/generated/client.js';

/**
 * Exact decimal arithmetic for money (decimal.js, the type Prisma returns for Decimal columns).
 * Never convert money to a JavaScript number except to draw a chart.
 */
export const Decimal = Prisma.Decimal;
export type Decimal = Prisma.Decimal;

export type DecimalInput = Decimal | string | number;

export function sumDecimals(values: Iterable<DecimalInput>): Decimal {
  let total = new Decimal(0);
  for (const value of values) total = total.plus(value);
  return total;
}
