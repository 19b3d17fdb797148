import { correctableWords, knownWords } from './known-words.js';

// "spned", "contarct", "circiuts": one slip of the keyboard on a word of five letters or more is
// read as the word meant, when exactly one of the planner's words is that close. Names are left
// alone: the name matchers have their own tolerance, and a name must never become a grammar word.

/** Optimal string alignment distance (a swap of two neighbours is one edit), stopping above `bound`. */
export function typoDistance(left: string, right: string, bound = 1): number {
  if (Math.abs(left.length - right.length) > bound) return bound + 1;
  const rows = left.length + 1;
  const columns = right.length + 1;
  const table: number[][] = Array.from({ length: rows }, (_, row) =>
    Array.from({ length: columns }, (_, column) => (row === 0 ? column : column === 0 ? row : 0)),
  );
  for (let row = 1; row < rows; row += 1) {
    let rowMinimum = Number.POSITIVE_INFINITY;
    for (let column = 1; column < columns; column += 1) {
      const cost = left[row - 1] === right[column - 1] ? 0 : 1;
      let value = Math.min(table[row - 1]![column]! + 1, table[row]![column - 1]! + 1, table[row - 1]![column - 1]! + cost);
      if (row > 1 && column > 1 && left[row - 1] === right[column - 2] && left[row - 2] === right[column - 1])
        value = Math.min(value, table[row - 2]![column - 2]! + 1);
      table[row]![column] = value;
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > bound) return bound + 1;
  }
  return table[left.length]![right.length]!;
}

/** The one planner word a typed word is a typo of, if exactly one is within one edit. */
function correctionOf(word: string, nameWords: ReadonlySet<string>): string | undefined {
  const lower = word.toLowerCase();
  if (lower.length < 5 || !/^[a-z]+$/.test(lower) || knownWords.has(lower) || nameWords.has(lower)) return undefined;
  // "quartel" is one slip from the vendor Quartrel and from "quarter": made a planner word, the
  // name would vanish unread. The name matchers weigh it instead.
  for (const name of nameWords) if (name[0] === lower[0] && typoDistance(lower, name) <= 1) return undefined;
  // A plural or singular of a planner word is not a typo: the rules that read the word may not read it.
  const close = correctableWords.filter(
    (candidate) =>
      candidate[0] === lower[0] && candidate !== `${lower}s` && lower !== `${candidate}s` && typoDistance(lower, candidate) <= 1,
  );
  return close.length === 1 ? close[0] : undefined;
}

const monthNames = ['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const isSubsequence = (short: string, long: string): boolean => {
  let at = 0;
  for (const letter of long) if (letter === short[at]) at += 1;
  return at === short.length;
};

/**
 * "aprl", "octbr", "novmbr": a month typed with letters left out, as people do in chat. Read as
 * the month when its letters are the month's in order, starting and ending as the month does,
 * with at most three left out (one from a word of four letters: "jury" is not January).
 */
function monthMissingLetters(word: string, nameWords: ReadonlySet<string>): string | undefined {
  const lower = word.toLowerCase();
  if (lower.length < 4 || !/^[a-z]+$/.test(lower) || knownWords.has(lower) || nameWords.has(lower)) return undefined;
  const months = monthNames.filter(
    (month) =>
      month !== lower &&
      month[0] === lower[0] &&
      month.at(-1) === lower.at(-1) &&
      month.length - lower.length <= (lower.length >= 5 ? 3 : 1) &&
      isSubsequence(lower, month),
  );
  return months.length === 1 ? months[0] : undefined;
}

/**
 * "coppercross communcations group": a slip in a later word of a name whose first word was typed
 * right. Read as that name's word when exactly one word of the names is one edit away.
 */
function nameWordAfterName(word: string, before: string, nameWords: ReadonlySet<string>): string | undefined {
  const lower = word.toLowerCase();
  const previous = /(\p{L}+)\W*$/u.exec(before)?.[1]?.toLowerCase();
  if (lower.length < 6 || !previous || !nameWords.has(previous) || nameWords.has(lower) || knownWords.has(lower)) return undefined;
  const close = [...nameWords].filter((name) => name.length >= 6 && name[0] === lower[0] && typoDistance(lower, name) <= 1);
  return close.length === 1 ? close[0] : undefined;
}

/** The question with each planner-word typo replaced by the word meant. */
export function correctTypos(
  question: string,
  nameWords: ReadonlySet<string>,
): { question: string; corrections: Array<[typed: string, meant: string]> } {
  const corrections: Array<[string, string]> = [];
  // "copper cross", "marsh ridge": a one-word name typed as two words.
  // The second word is looked ahead at, not consumed, so every pair of neighbours is tried: "we pay
  // marsh ridge" is "pay marsh" and then "marsh ridge" (before the typo rules make "marsh" March).
  const joined = question.replace(/\b(\p{L}{3,})([ -])(?=(\p{L}{3,})\b)/gu, (pair, first: string, separator: string, second: string) => {
    const name = `${first}${second}`.toLowerCase();
    if (!nameWords.has(name) || nameWords.has(first.toLowerCase()) || nameWords.has(second.toLowerCase())) return pair;
    corrections.push([`${first}${separator}${second}`, name]);
    return first.toLowerCase();
  });
  const corrected = joined.replace(/\p{L}+/gu, (word, offset: number, whole: string) => {
    const meant =
      correctionOf(word, nameWords) ?? monthMissingLetters(word, nameWords) ?? nameWordAfterName(word, whole.slice(0, offset), nameWords);
    if (!meant) return word;
    corrections.push([word, meant]);
    return meant;
  });
  return { question: corrected, corrections };
}
