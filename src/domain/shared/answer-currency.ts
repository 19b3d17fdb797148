/**
 * One currency label for an answer that adds amounts up. Mixed currencies are named ("EUR+USD")
 * rather than shown as one of them; nothing recorded falls back to the schema's default, USD.
 * A label with "+" is never put in front of an amount: amounts in different currencies are not
 * added (there is no exchange rate), see `ByCurrency`.
 */
export function answerCurrency(currencies: readonly string[]): string {
  return currencies.length === 0 ? 'USD' : [...new Set(currencies)].sort().join('+');
}

/**
 * What a tool returns instead of one result when the records behind it are in more than one
 * currency: the same result once per currency, each with its own total, shares and ranks, and
 * never a figure that adds two currencies together (nothing converts them).
 */
export interface ByCurrency<Single> {
  /** The currencies, sorted; `byCurrency` has one result per currency in this order. */
  currencies: string[];
  byCurrency: Single[];
}

export function isByCurrency<Single extends object>(result: Single | ByCurrency<Single>): result is ByCurrency<Single> {
  return 'byCurrency' in result && Array.isArray(result.byCurrency);
}
