import { nameKey } from '../shared/normalize.js';

// A location's country as people type it. The inventory holds whatever the customer's file had:
// an ISO 3166 code ("DE") or an English name ("Germany"). Node's ICU knows every code's English
// name (Intl.DisplayNames), so either form reaches the other; a few everyday names ("UK", "USA")
// that are neither are added.

const englishNames = new Intl.DisplayNames(['en'], { type: 'region' });
// Codes ICU names that are groupings or placeholders, not countries.
const notCountries = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);
const everydayNames: Record<string, string[]> = {
  US: ['USA', 'US', 'U.S.', 'U.S.A.', 'America', 'United States of America'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain'],
  AE: ['UAE', 'Emirates'],
  NL: ['Holland', 'the Netherlands'],
  CZ: ['Czech Republic'],
  KR: ['Korea', 'South Korea'],
};

let codeByKey: Map<string, string> | undefined;

/** Every country's code by the keys of its code, English name and everyday names. */
function codesByKey(): Map<string, string> {
  if (codeByKey) return codeByKey;
  codeByKey = new Map();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const first of letters) {
    for (const second of letters) {
      const code = `${first}${second}`;
      const name = englishNames.of(code);
      if (!name || name === code || name === 'Unknown Region' || notCountries.has(code)) continue;
      for (const typed of [code, name, ...(everydayNames[code] ?? [])]) codeByKey.set(nameKey(typed), code);
    }
  }
  return codeByKey;
}

/** The ISO code of a country written as a code, an English name or an everyday name. */
export function countryCode(typed: string): string | undefined {
  return codesByKey().get(nameKey(typed));
}

/**
 * The ways to type a stored country value, each with whether it is the bare ISO code (which only
 * counts in capitals: "in", "it", "us" are words). A value that is no known country is only itself.
 */
export function countryNames(stored: string): Array<{ name: string; isCode: boolean }> {
  const code = countryCode(stored);
  if (!code) return [{ name: stored, isCode: false }];
  const name = englishNames.of(code) ?? stored;
  const names = [{ name: code, isCode: true }, ...[name, ...(everydayNames[code] ?? [])].map((other) => ({ name: other, isCode: false }))];
  return nameKey(stored) === nameKey(code) || names.some((entry) => nameKey(entry.name) === nameKey(stored))
    ? names
    : [{ name: stored, isCode: false }, ...names];
}

/** Whether what someone typed names the stored country value. */
export function isSameCountry(typed: string, stored: string): boolean {
  const key = nameKey(typed);
  if (key === nameKey(stored)) return true;
  const code = countryCode(stored);
  return code !== undefined && countryCode(typed) === code;
}
