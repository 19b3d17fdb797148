import { Prisma } from '../../db/generated/client.js';
import type { ByCurrency } from '../shared/answer-currency.js';
import type { ResultEnvelope } from '../tools/result-envelope.js';

/** The spend rows (`r`) in one currency: ANDed to a tool's condition to answer that currency alone. */
export const inCurrency = (currency: string): Prisma.Sql => Prisma.sql`r.currency = ${currency}`;

/** No currency restriction: the answer over all the rows. */
export const anyCurrency: Prisma.Sql = Prisma.sql`TRUE`;

/**
 * Runs a spend tool over all its rows and, when those rows are in more than one currency, once
 * more per currency: a single-currency answer is returned as it was, a mixed one as one result
 * per currency (no exchange rates, so nothing is converted or added across currencies).
 */
export async function splitByCurrency<Single extends ResultEnvelope>(
  answer: (currencyCondition: Prisma.Sql) => Promise<{ result: Single; currencies: readonly string[] }>,
): Promise<Single | (ResultEnvelope & ByCurrency<Single>)> {
  const { result, currencies } = await answer(anyCurrency);
  const distinct = [...new Set(currencies)].sort();
  if (distinct.length <= 1) return result;
  const byCurrency: Single[] = [];
  // One after the other: the embedded database answers one statement at a time anyway.
  for (const currency of distinct) byCurrency.push((await answer(inCurrency(currency))).result);
  return {
    filters: result.filters,
    ...(result.period ? { period: result.period } : {}),
    freshness: result.freshness,
    ...(result.leftOutOfScope ? { leftOutOfScope: result.leftOutOfScope } : {}),
    currencies: distinct,
    byCurrency,
  };
}
