/**
 * One currency label for an answer that adds amounts up. Mixed currencies are named ("EUR+USD")
 * rather than shown as one of them; nothing recorded falls back to the schema's default, USD.
 */
export function answerCurrency(currencies: readonly string[]): string {
  return currencies.length === 0 ? 'USD' : [...new Set(currencies)].sort().join('+');
}
