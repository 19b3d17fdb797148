import { typoDistance } from './correct-typos.js';
import { knownWords } from './known-words.js';
import type { PartialName } from './vocabulary.js';
import type { Token } from './tokens.js';

// Names typed in part, as people do in chat: "bluewater" (Bluewater Telecom), "field eng" (Field
// Engineering), "dock log" (Dock Logistics). Runs after the exact matches, on the words they left.
// A part that fits several names is not guessed: it comes back as an ambiguity to ask about.

export interface PartialMatch {
  text: string;
  start: number;
  candidates: PartialName[];
}

// The shortenings of team and site words that people type in every company ("billing ops",
// "field eng", "corp fin"): generic business English, never a name.
const shortenings: Record<string, string[]> = {
  ops: ['operations'],
  op: ['operations'],
  eng: ['engineering'],
  engg: ['engineering'],
  mgmt: ['management'],
  mgt: ['management'],
  dev: ['development', 'developer', 'developers'],
  svc: ['service', 'services'],
  svcs: ['services'],
  fin: ['finance', 'financial'],
  acct: ['accounting', 'accounts'],
  hr: ['human'],
  mktg: ['marketing'],
  mkt: ['marketing'],
  corp: ['corporate'],
  intl: ['international'],
  admin: ['administration'],
  tech: ['technology', 'technical'],
  infra: ['infrastructure'],
  cust: ['customer'],
  ctr: ['center', 'centre'],
  dist: ['distribution'],
  mfg: ['manufacturing'],
  hq: ['headquarters'],
  rd: ['research'],
  sec: ['security'],
  qa: ['quality'],
};

/** A typed word stands for a name's word when it is the word, a prefix long enough to mean it, or its usual shortening. */
function fits(typed: string, word: string, isAlone: boolean): boolean {
  if (typed === word) return typed.length >= (isAlone ? 4 : 2);
  if (!isAlone && shortenings[typed]?.includes(word)) return true;
  if (typed.length >= (isAlone ? 5 : 3) && word.startsWith(typed)) return true;
  // One slip on a long word: "bluewatr", "logsitics".
  return isAlone && typed.length >= 5 && word.length >= 5 && typed[0] === word[0] && typoDistance(typed, word) <= 1;
}

// "bdg" for "Brightmoor Data Group": the initials of a name of three words or more, typed as one
// word nobody's grammar claims. Shorter names' initials ("vw", "cs") are too often something else.
function isInitialsOf(name: PartialName, key: string): boolean {
  if (name.kind === 'person' || name.kind === 'service' || name.allWords.length < 3 || key.length !== name.allWords.length) return false;
  return name.allWords.map((word) => word[0]).join('') === key;
}

/** A later word of a name typed with one slip: "granitewick telecom" for "Granitewick Telekom". */
const slipOf = (typed: string, word: string) =>
  typed.length >= 5 && word.length >= 5 && typed[0] === word[0] && typoDistance(typed, word) <= 1;

function matchesAt(name: PartialName, keys: string[]): boolean {
  const isAlone = keys.length === 1;
  if (isAlone && !knownWords.has(keys[0]!) && isInitialsOf(name, keys[0]!)) return true;
  // A person only by a whole first or last name: a prefix or a typo of one of thousands of names
  // would claim a word meant as something else ("silvar" for an unknown carrier).
  if (name.kind === 'person') return isAlone && keys[0]!.length >= 3 && name.words.includes(keys[0]!);
  // Several words follow the name's words from its first; one word may be any distinctive word.
  const follows = (words: string[]) =>
    keys.length <= words.length && keys.every((key, index) => fits(key, words[index]!, false) || (index > 0 && slipOf(key, words[index]!)));
  if (!isAlone) return follows(name.words) || follows(name.allWords);
  return name.words.some((word) => fits(keys[0]!, word, true));
}

export function matchPartialNames(tokens: Token[], names: readonly PartialName[]): PartialMatch[] {
  const matches: PartialMatch[] = [];
  for (let length = 3; length >= 1; length -= 1) {
    for (let start = 0; start + length <= tokens.length; start += 1) {
      const span = tokens.slice(start, start + length);
      if (span.some((token) => token.isClaimed || !/^[a-z]/.test(token.key))) continue;
      const keys = span.map((token) => token.key);
      // At least one word must be nobody's grammar: "cloud" alone is the domain, not "Cloud Platform".
      // "clouds" is the domain's plural, not a slip of "Cloud" in a product's name.
      if (keys.every((key) => knownWords.has(key) || (key.endsWith('s') && knownWords.has(key.slice(0, -1))))) continue;
      const candidates = names.filter((name) => matchesAt(name, keys));
      const distinct = [...new Map(candidates.map((candidate) => [`${candidate.kind}:${candidate.value}`, candidate])).values()];
      if (distinct.length === 0) continue;
      for (const token of span) token.isClaimed = true;
      matches.push({ text: span.map((token) => token.text).join(' '), start, candidates: distinct });
    }
  }
  return matches.sort((left, right) => left.start - right.start);
}
