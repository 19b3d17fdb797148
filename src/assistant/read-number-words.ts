import { Decimal } from '../domain/shared/decimal.js';

// Number words as a model writes them: "five million", "nine million eight hundred thousand",
// "twenty-five", "a dozen", "a hundred". A small parser rather than a library: the one on npm
// (words-to-numbers) ships no types and reads "a" and "one" everywhere as 1, which is what the
// trust rule must not do ("one of your vendors" is not a figure).

const units: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

const tens: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

const scales: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

export interface NumberWords {
  value: Decimal;
  /** How many word tokens (joining hyphens and "and" included) the number spans. */
  length: number;
  /** Said with thousand/million/billion: "five million" is a rounded amount, "five" is exact. */
  hasMagnitude: boolean;
}

export function isNumberWord(word: string): boolean {
  const lower = word.toLowerCase();
  return lower in units || lower in tens || lower in scales || lower === 'hundred' || lower === 'dozen';
}

/**
 * Reads the number words at the start of `words` (lower-case tokens, hyphens as their own token).
 * "a"/"an" count only before hundred, thousand, million, billion or dozen. Undefined when the
 * words do not start with a number.
 */
export function readNumberWords(words: readonly string[]): NumberWords | undefined {
  let total = 0;
  let current = 0;
  let consumed = 0;
  let hasNumber = false;
  let hasMagnitude = false;
  // What the previous word was: "two three" and "twenty thirty" are two numbers, not one.
  let previous: 'none' | 'unit' | 'ten' | 'scale' = 'none';
  let index = 0;
  while (index < words.length) {
    const word = words[index] ?? '';
    const next = words[index + 1];
    if (previous === 'unit' && (word in units || word in tens)) break;
    if (previous === 'ten' && (word in tens || (word in units && (units[word] ?? 0) >= 10))) break;
    if ((word === 'a' || word === 'an') && !hasNumber && next !== undefined && (next in scales || next === 'hundred' || next === 'dozen')) {
      current = 1;
      hasNumber = true;
      previous = 'unit';
    } else if (word in units) {
      current += units[word] ?? 0;
      hasNumber = true;
      previous = 'unit';
    } else if (word in tens) {
      current += tens[word] ?? 0;
      hasNumber = true;
      previous = 'ten';
    } else if (word === 'hundred' && hasNumber) {
      current = (current || 1) * 100;
      previous = 'scale';
    } else if (word === 'dozen' && hasNumber) {
      current = (current || 1) * 12;
      previous = 'scale';
    } else if (word in scales && hasNumber) {
      total += (current || 1) * (scales[word] ?? 1);
      current = 0;
      hasMagnitude = true;
      previous = 'scale';
    } else if (word === '-' && previous === 'ten' && next !== undefined && (units[next] ?? 10) < 10) {
      // "twenty-five"
    } else if (word === 'and' && previous === 'scale' && next !== undefined && (next in units || next in tens)) {
      // "one hundred and five"; "between one and two" stays two numbers.
      // "twenty-five", "one hundred and five": joiners only count when a number follows.
    } else {
      break;
    }
    index += 1;
    if (hasNumber) consumed = index;
  }
  if (!hasNumber) return undefined;
  return { value: new Decimal(total + current), length: consumed, hasMagnitude };
}
