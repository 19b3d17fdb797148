import { Prisma } from '../../db/generated/client.js';
import type { ByCurrency } from '../shared/answer-currency.js';
import { answerPerCurrency } from '../tools/answer-per-currency.js';
import type { ResultEnvelope } from '../tools/result-envelope.js';

/** The spend rows (`r`) in one currency: ANDed to a tool's condition to answer that currency alone. */
export const inCurrency = (currency: string): Prisma.Sql => Prisma.sql`r.currency = ${currency}`;

/** No currency restriction: the answer over all the rows. */
export const anyCurrency: Prisma.Sql = Prisma.sql`TRUE`;

/**
 * answerPerCurrency for the spend tools: the answer gets a condition over the spend rows (`r`)
 * to AND to its own, TRUE for all rows or one currency's rows.
 */
export function splitByCurrency<Single extends ResultEnvelope>(
  answer: (currencyCondition: Prisma.Sql) => Promise<{ result: Single; currencies: readonly string[] }>,
): Promise<Single | (ResultEnvelope & ByCurrency<Single>)> {
  return answerPerCurrency((currency) => answer(currency === undefined ? anyCurrency : inCurrency(currency)));
}
