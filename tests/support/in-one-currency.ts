import { isByCurrency, type ByCurrency } from '../../src/domain/shared/answer-currency.js';

/** A tool result the test knows to be in one currency (its fixture has one): fails loudly otherwise. */
export function inOneCurrency<Single extends object>(result: Single | ByCurrency<Single>): Single {
  if (isByCurrency(result)) throw new Error(`Expected one currency, the result is in ${result.currencies.join(', ')}`);
  return result;
}
