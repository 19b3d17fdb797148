import { nameKey } from '../../domain/shared/normalize.js';

// The question as words with their positions, so each recognizer can claim the words it
// understood and the next one does not read them again ("Google Cloud" is a vendor, not the
// cloud domain; "Sales EMEA" a cost center, not Sales).

export interface Token {
  text: string;
  key: string;
  /** Lower case, punctuation kept: for word lists. */
  lower: string;
  isClaimed: boolean;
}

export function tokenize(question: string): Token[] {
  const words = question.match(/[\p{L}\p{N}][\p{L}\p{N}&'’.@_/-]*/gu) ?? [];
  return words.map((word) => {
    const text = word.replace(/['’]s$/i, '').replace(/[.]+$/, '');
    return { text, key: nameKey(text), lower: text.toLowerCase(), isClaimed: false };
  });
}

export interface PhraseEntry<Value> {
  key: string;
  value: Value;
  /** Very short or common-word keys only count when typed in capitals ("IT", "BT"). */
  needsCapitals?: boolean;
}

export interface PhraseMatch<Value> {
  value: Value;
  text: string;
  start: number;
  length: number;
}

/**
 * Finds known phrases, longest first, exact on the normalized key; with `fuzzy`, a typo of one
 * letter (two for long names) still matches.
 */
export function matchPhrases<Value>(
  tokens: Token[],
  entries: ReadonlyArray<PhraseEntry<Value>>,
  options: { maxWords?: number; fuzzy?: boolean; isWord?: (key: string) => boolean } = {},
): Array<PhraseMatch<Value>> {
  const lexicon = {
    entries,
    byKey: keyed(entries),
    maxWords: options.maxWords ?? 4,
    fuzzy: options.fuzzy === true,
    ...(options.isWord ? { isWord: options.isWord } : {}),
  };
  const matches: Array<PhraseMatch<Value>> = [];
  for (let length = lexicon.maxWords; length >= 1; length -= 1) matches.push(...matchLength(tokens, lexicon, length));
  return matches.sort((left, right) => left.start - right.start);
}

/**
 * Several kinds of names read together, the longest phrase first whatever its kind; among phrases
 * of one length, the kinds in the order given. A name that holds a shorter name of another kind
 * is that name: "Northwind Logistics GCP 09" is a billing account, not the vendor GCP with three
 * words left over, whichever kind is read first.
 */
export function matchPhraseKinds<Kind extends string>(
  tokens: Token[],
  kinds: ReadonlyArray<{ kind: Kind; entries: ReadonlyArray<PhraseEntry<string>>; maxWords: number }>,
): Record<Kind, Array<PhraseMatch<string>>> {
  const lexicons = kinds.map((kind) => ({ ...kind, byKey: keyed(kind.entries), fuzzy: false }));
  const found = Object.fromEntries(kinds.map((kind) => [kind.kind, []])) as unknown as Record<Kind, Array<PhraseMatch<string>>>;
  const longest = Math.max(0, ...kinds.map((kind) => kind.maxWords));
  for (let length = longest; length >= 1; length -= 1) {
    for (const lexicon of lexicons) {
      if (length <= lexicon.maxWords) found[lexicon.kind].push(...matchLength(tokens, lexicon, length));
    }
  }
  for (const matches of Object.values<Array<PhraseMatch<string>>>(found)) matches.sort((left, right) => left.start - right.start);
  return found;
}

interface Lexicon<Value> {
  entries: ReadonlyArray<PhraseEntry<Value>>;
  byKey: Map<string, PhraseEntry<Value>>;
  fuzzy: boolean;
  /** Words of the planner's own: never a typo of a name ("projection" is not "Production"). */
  isWord?: (key: string) => boolean;
}

// The vocabulary's entry lists live as long as its names (until the next import): their lookup
// maps are built once per list, not on every question (thousands of names at a large company).
const keyedLists = new WeakMap<ReadonlyArray<PhraseEntry<unknown>>, Map<string, PhraseEntry<unknown>>>();

function keyed<Value>(entries: ReadonlyArray<PhraseEntry<Value>>): Map<string, PhraseEntry<Value>> {
  const known = keyedLists.get(entries);
  if (known) return known as Map<string, PhraseEntry<Value>>;
  const byKey = new Map<string, PhraseEntry<Value>>();
  for (const entry of entries) if (entry.key.length > 0 && !byKey.has(entry.key)) byKey.set(entry.key, entry);
  keyedLists.set(entries, byKey);
  return byKey;
}

/** The unclaimed spans of exactly `length` words that name an entry, claimed as they are found. */
const functionWords = new Set([
  'a',
  'an',
  'the',
  'us',
  'we',
  'me',
  'i',
  'it',
  'in',
  'on',
  'at',
  'to',
  'of',
  'is',
  'or',
  'and',
  'by',
  'so',
  'no',
  'do',
  'be',
  'as',
  'up',
]);

function matchLength<Value>(tokens: Token[], lexicon: Lexicon<Value>, length: number): Array<PhraseMatch<Value>> {
  const matches: Array<PhraseMatch<Value>> = [];
  for (let start = 0; start + length <= tokens.length; start += 1) {
    const span = tokens.slice(start, start + length);
    if (span.some((token) => token.isClaimed)) continue;
    // "cost us a month" does not name the USA: short grammar words run together are no name.
    if (length > 1 && span.every((token) => functionWords.has(token.key))) continue;
    const key = span.map((token) => token.key).join('');
    if (key.length === 0) continue;
    const text = span.map((token) => token.text).join(' ');
    let entry = lexicon.byKey.get(key);
    if (entry?.needsCapitals && text !== text.toUpperCase() && !/^[A-Z]/.test(text)) entry = undefined;
    // A typo is in the letters: "cc4450" is another cost center than "cc4400", not a misspelling of it.
    // A typo is inside a name: a span that starts or ends with a planner word is not one ("learning
    // prog saas" is not a typo of "Learning Programs": its last word is the SaaS domain).
    const isWordAt = (token: Token | undefined) => token !== undefined && lexicon.isWord !== undefined && lexicon.isWord(token.key);
    const edgesAreWords = isWordAt(span[0]) || isWordAt(span[span.length - 1]);
    if (!entry && lexicon.fuzzy && key.length >= 5 && /^[a-z]/.test(key) && !/\d/.test(key) && !edgesAreWords)
      entry = fuzzyEntry(key, lexicon.entries);
    if (!entry) continue;
    for (const token of span) token.isClaimed = true;
    matches.push({ value: entry.value, text, start, length });
  }
  return matches;
}

function fuzzyEntry<Value>(key: string, entries: ReadonlyArray<PhraseEntry<Value>>): PhraseEntry<Value> | undefined {
  const allowed = key.length >= 8 ? 2 : 1;
  let best: { entry: PhraseEntry<Value>; distance: number } | undefined;
  for (const entry of entries) {
    // A typo keeps the first letter; "mobile" is not a typo of "tmobile".
    if (entry.key.length < 5 || entry.key[0] !== key[0] || Math.abs(entry.key.length - key.length) > allowed) continue;
    const distance = boundedDistance(key, entry.key, allowed);
    if (distance <= allowed && (!best || distance < best.distance)) best = { entry, distance };
  }
  return best?.entry;
}

function boundedDistance(left: string, right: string, bound: number): number {
  const previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let row = 1; row <= left.length; row += 1) {
    let diagonal = previous[0]!;
    previous[0] = row;
    let rowMinimum = previous[0];
    for (let column = 1; column <= right.length; column += 1) {
      const above = previous[column]!;
      previous[column] = Math.min(above + 1, previous[column - 1]! + 1, diagonal + (left[row - 1] === right[column - 1] ? 0 : 1));
      diagonal = above;
      rowMinimum = Math.min(rowMinimum, previous[column]!);
    }
    if (rowMinimum > bound) return bound + 1;
  }
  return previous[right.length]!;
}
