import type { ByCurrency } from '../shared/answer-currency.js';
import type { ResultEnvelope } from './result-envelope.js';

/**
 * Runs a tool's answer over all its records and, when their amounts are in more than one
 * currency, once more per currency (`currency` set): a single-currency answer is returned as it
 * was, a mixed one as one result per currency. There are no exchange rates, so nothing is
 * converted or added across currencies.
 */
export async function answerPerCurrency<Single extends ResultEnvelope>(
  answer: (currency: string | undefined) => Promise<{ result: Single; currencies: readonly string[] }>,
): Promise<Single | (ResultEnvelope & ByCurrency<Single>)> {
  const { result, currencies } = await answer(undefined);
  const distinct = [...new Set(currencies)].sort();
  if (distinct.length <= 1) return result;
  const byCurrency: Single[] = [];
  // One after the other: the embedded database answers one statement at a time anyway.
  for (const currency of distinct) byCurrency.push((await answer(currency)).result);
  return {
    filters: result.filters,
    ...(result.period ? { period: result.period } : {}),
    freshness: result.freshness,
    ...(result.leftOutOfScope ? { leftOutOfScope: result.leftOutOfScope } : {}),
    currencies: distinct,
    byCurrency,
  };
}
