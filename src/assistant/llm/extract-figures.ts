import { Decimal } from '../../domain/shared/decimal.js';
import { isNumberWord, readNumberWords } from '../read-number-words.js';

// Every quantity a sentence states, in any form a model writes it: "USD 1,234.56", "$5M", "1.2k",
// "5 million", "five million dollars", "a dozen", "12%", "twelve percent", "twice", "roughly
// double", "3 times", "half". Each gets a kind, so the trust rule can require a money figure to
// match money and a count to match a count. Dates are found too (kind 'date') and never checked:
// "November 2026", "2026-11-01", "Q3 2026", "in 2026" are when, not how much.

export type FigureKind = 'money' | 'percent' | 'count' | 'ratio' | 'date';

export interface Figure {
  kind: FigureKind;
  /** The words of the sentence that state it, for the log. */
  text: string;
  /** Always positive: "down 12%" states 12 (the direction is words, not a figure). */
  value: Decimal;
  /**
   * The unit of the last digit said: 0.01 for "1,339.85", 100,000 for "5.2 million", 1 for
   * "$2,026", 100 for "about 1,300". A figure backs a value that rounds to it at this precision.
   */
  precision: Decimal;
  /** ISO code, or '$' for a dollar sign (any dollar currency). Money only. */
  currency?: string;
}

/** A figure read at a token (undefined for an identifier to step over) and the token after it. */
interface Read {
  figure: Figure | undefined;
  next: number;
}

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  type: 'number' | 'word' | 'symbol';
}

const tokenPattern = /US\$|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[A-Za-z]+|\S/g;

const currencySymbols: Record<string, string> = { $: '$', US$: 'USD', '€': 'EUR', '£': 'GBP' };
const currencyCodes = new Set([
  'USD',
  'EUR',
  'GBP',
  'CAD',
  'AUD',
  'NZD',
  'CHF',
  'JPY',
  'INR',
  'SEK',
  'NOK',
  'DKK',
  'SGD',
  'HKD',
  'MXN',
  'BRL',
]);
const currencyWords: Record<string, string> = {
  dollar: '$',
  dollars: '$',
  bucks: '$',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  sterling: 'GBP',
};

/** Magnitude words and suffixes: "5 million", "5M", "1.2k", "3bn". */
const magnitudeWords: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  mm: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};

/** Orders of magnitude said without a number: "millions of dollars", "thousands of lines". */
const vagueScales: Record<string, number> = { dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9 };

/** Words before a figure that say it is rounded: "about 1,300" backs 1,250–1,349.99. */
const hedgeWords = new Set([
  'about',
  'around',
  'roughly',
  'approximately',
  'approx',
  'nearly',
  'almost',
  'some',
  'over',
  'under',
  'just',
  'close',
  'than',
  'circa',
  'ca',
  'estimated',
  '~',
  '≈',
]);

/** Words before a four-digit 1900–2100 number that make it a year: "in 2026", "FY 2026". */
const yearLeadWords = new Set([
  'in',
  'of',
  'for',
  'since',
  'during',
  'from',
  'to',
  'until',
  'till',
  'through',
  'by',
  'year',
  'years',
  'fiscal',
  'fy',
  'than',
  'vs',
  'versus',
  'and',
  'between',
  'early',
  'late',
  'mid',
  'end',
  'start',
  'before',
  'after',
  'q1',
  'q2',
  'q3',
  'q4',
  'h1',
  'h2',
  'calendar',
  'across',
  'on',
  'over',
  'within',
  'last',
  'this',
  'next',
  'the',
  'same',
  'whole',
  'all',
  'full',
]);

const months =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const datePatterns: RegExp[] = [
  /\b\d{4}-\d{2}(?:-\d{2})?(?:T[\d:.]+Z?)?\b/gi,
  /\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/g,
  new RegExp(`\\b${months}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?\\b`, 'gi'),
  new RegExp(`\\b${months}\\.?,?\\s+\\d{4}\\b`, 'gi'),
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${months}\\b(?:,?\\s+\\d{4})?`, 'gi'),
  /\b(?:Q[1-4]|H[12]|FY)\s?'?\d{2,4}\b/gi,
  /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?\b/gi,
];

/**
 * The figures a text states, in order. `ignoredNames` are strings taken as a whole, never as
 * figures — names from the tool results that contain digits ("Microsoft 365", "CC-210").
 */
export function extractFigures(text: string, { ignoredNames = [] }: { ignoredNames?: readonly string[] } = {}): Figure[] {
  const figures: Array<Figure & { start: number }> = [];
  let masked = text;
  for (const name of ignoredNames) {
    if (name.length < 2) continue;
    masked = masked.split(name).join(' '.repeat(name.length));
  }
  for (const pattern of datePatterns) {
    masked = masked.replace(pattern, (match: string, ...rest: unknown[]) => {
      const offset = rest.find((part): part is number => typeof part === 'number') ?? 0;
      figures.push({ kind: 'date', text: match, value: new Decimal(0), precision: new Decimal(1), start: offset });
      return ' '.repeat(match.length);
    });
  }
  const tokens = tokenize(masked);
  let index = 0;
  while (index < tokens.length) {
    const read = readFigureAt(tokens, index, masked);
    if (read) {
      if (read.figure) figures.push({ ...read.figure, start: tokens[index]?.start ?? 0 });
      index = Math.max(read.next, index + 1);
    } else {
      index += 1;
    }
  }
  return figures.sort((left, right) => left.start - right.start).map(({ start: _start, ...figure }) => figure);
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(tokenPattern)) {
    const raw = match[0];
    const start = match.index;
    const type = /^\d/.test(raw) ? 'number' : /^[A-Za-z]/.test(raw) ? 'word' : 'symbol';
    tokens.push({ text: raw, lower: raw.toLowerCase(), start, end: start + raw.length, type });
  }
  return tokens;
}

const isAdjacent = (left: Token | undefined, right: Token | undefined): boolean =>
  left !== undefined && right !== undefined && left.end === right.start;

function readFigureAt(tokens: Token[], index: number, text: string): Read | undefined {
  const token = tokens[index];
  if (!token) return undefined;
  if (token.type === 'number') return readDigits(tokens, index);
  if (token.type === 'word') return readWords(tokens, index, text);
  return undefined;
}

/** "EC2", "CC-210", "m5", "312-555-0100", "v2": digits glued to letters or to other digit groups name something. */
function isIdentifier(tokens: Token[], index: number): { isIdentifier: boolean; end: number } {
  const token = tokens[index];
  const previous = tokens[index - 1];
  const beforePrevious = tokens[index - 2];
  let end = index + 1;
  // Glued to letters before: "EC2", "S3", "CC-210", "INV-42", "#42".
  if (isAdjacent(previous, token) && previous?.type === 'word' && !(previous.text in currencySymbols) && !currencyCodes.has(previous.text))
    return { isIdentifier: true, end };
  if (
    isAdjacent(previous, token) &&
    (previous?.text === '-' || previous?.text === '_' || previous?.text === '#' || previous?.text === '/') &&
    (previous.text === '#' || (isAdjacent(beforePrevious, previous) && beforePrevious?.type !== 'symbol'))
  ) {
    return { isIdentifier: true, end };
  }
  // Chains of digit groups: phone numbers, account numbers "312-555-0100".
  let groups = 1;
  while (
    isAdjacent(tokens[end - 1], tokens[end]) &&
    (tokens[end]?.text === '-' || tokens[end]?.text === '.') &&
    isAdjacent(tokens[end], tokens[end + 1]) &&
    tokens[end + 1]?.type === 'number'
  ) {
    groups += 1;
    end += 2;
  }
  if (groups >= 3) return { isIdentifier: true, end };
  end = index + 1;
  // Glued to letters after that are not a magnitude, ordinal or "x": "5G", "m5a".
  const next = tokens[index + 1];
  if (
    isAdjacent(token, next) &&
    next?.type === 'word' &&
    !(next.lower in magnitudeWords) &&
    next.lower !== 'x' &&
    !['st', 'nd', 'rd', 'th'].includes(next.lower)
  ) {
    return { isIdentifier: true, end: index + 2 };
  }
  return { isIdentifier: false, end };
}

function readDigits(tokens: Token[], index: number): Read | undefined {
  const token = tokens[index];
  if (!token) return undefined;
  const identifier = isIdentifier(tokens, index);
  if (identifier.isIdentifier) return skipTo(identifier.end);
  const next = tokens[index + 1];
  if (isAdjacent(token, next) && next && ['st', 'nd', 'rd', 'th'].includes(next.lower)) return skipTo(index + 2);

  const digits = token.text.replace(/,/g, '');
  let value = new Decimal(digits);
  const decimals = digits.includes('.') ? (digits.split('.')[1]?.length ?? 0) : 0;
  let end = index + 1;
  let magnitude: number | undefined;
  const after = tokens[end];
  if (after && after.type === 'word' && after.lower in magnitudeWords) {
    const isGlued = isAdjacent(tokens[end - 1], after);
    // A spaced "m" or "b" is a word ("5 m" of cable), a glued one a magnitude ("5M").
    if (isGlued || after.lower.length > 2 || after.lower === 'k' || after.lower === 'bn' || after.lower === 'mn') {
      magnitude = magnitudeWords[after.lower];
      end += 1;
    }
  }
  if (magnitude !== undefined) value = value.times(magnitude);
  return finishFigure(tokens, index, end, {
    value,
    precision: magnitude !== undefined ? new Decimal(10).pow(-decimals).times(magnitude) : new Decimal(10).pow(-decimals),
    hasMagnitude: magnitude !== undefined,
    isInteger: decimals === 0 && magnitude === undefined,
    decimals,
    rawDigits: token.text,
  });
}

/** Nothing to report, but the caller moves past the whole identifier or ordinal. */
function skipTo(next: number): Read {
  return { figure: undefined, next };
}

function readWords(tokens: Token[], index: number, text: string): Read | undefined {
  const token = tokens[index];
  if (!token) return undefined;
  const word = token.lower;
  const nextWord = tokens[index + 1]?.lower;
  const previousWord = tokens[index - 1]?.lower;

  const ratioWords: Record<string, number> = {
    twice: 2,
    double: 2,
    doubled: 2,
    doubles: 2,
    doubling: 2,
    triple: 3,
    tripled: 3,
    triples: 3,
    tripling: 3,
    thrice: 3,
    quadruple: 4,
    quadrupled: 4,
    halved: 0.5,
    halving: 0.5,
  };
  if (word in ratioWords) {
    // "double-check" is not a comparison.
    if ((word === 'double' || word === 'triple') && nextWord === '-') return undefined;
    return { figure: ratio(text, token, token, new Decimal(ratioWords[word] ?? 1)), next: index + 1 };
  }
  if (word === 'half') {
    // "half a million" is an amount; "first half", "half-year" are periods; otherwise a comparison.
    if (nextWord === 'a' || nextWord === 'an') {
      const scaleWord = tokens[index + 2]?.lower;
      const scale = scaleWord ? magnitudeWords[scaleWord] : undefined;
      if (scale !== undefined && (scaleWord?.length ?? 0) > 2) {
        return finishFigure(tokens, index, index + 3, {
          value: new Decimal(scale).div(2),
          precision: new Decimal(scale).div(10),
          hasMagnitude: true,
          isInteger: false,
          decimals: 0,
          rawDigits: '',
        });
      }
    }
    if (
      ['first', 'second', 'last', 'next', 'this', 'previous', 'prior', 'latter'].includes(previousWord ?? '') ||
      nextWord === '-' ||
      nextWord === 'year' ||
      nextWord === 'yearly'
    )
      return undefined;
    return { figure: ratio(text, token, token, new Decimal(0.5)), next: index + 1 };
  }
  if ((word === 'a' || word === 'one') && (nextWord === 'third' || nextWord === 'quarter') && tokens[index + 2]?.lower === 'of') {
    return { figure: ratio(text, token, tokens[index + 1] ?? token, new Decimal(1).div(nextWord === 'third' ? 3 : 4)), next: index + 2 };
  }
  if ((word === 'two' && nextWord === 'thirds') || (word === 'three' && (nextWord === 'quarters' || nextWord === 'fourths'))) {
    return {
      figure: ratio(text, token, tokens[index + 1] ?? token, new Decimal(word === 'two' ? 2 : 3).div(word === 'two' ? 3 : 4)),
      next: index + 2,
    };
  }
  const vagueScale = vagueScales[word];
  if (vagueScale !== undefined) {
    // "millions", "hundreds of thousands of dollars": an order of magnitude is a claim too — from
    // twice the scale to a thousand times it.
    let scale = vagueScale;
    let end = index + 1;
    if (tokens[end]?.lower === 'of' && vagueScales[tokens[end + 1]?.lower ?? ''] !== undefined) {
      scale *= vagueScales[tokens[end + 1]?.lower ?? ''] ?? 1;
      end += 2;
    }
    const unit = tokens[end + 1];
    const isOfCurrency = tokens[end]?.lower === 'of' && unit !== undefined && (unit.lower in currencyWords || currencyCodes.has(unit.text));
    const isOfThings = tokens[end]?.lower === 'of' && unit?.type === 'word' && !isOfCurrency;
    const lowest = new Decimal(scale).times(2);
    const highest = new Decimal(scale).times(1000);
    return finishFigure(tokens, index, isOfCurrency ? end + 1 : end, {
      value: lowest.plus(highest).div(2),
      precision: highest.minus(lowest),
      hasMagnitude: !isOfThings,
      isInteger: false,
      decimals: 0,
      rawDigits: '',
    });
  }
  if (!isNumberWord(word) && word !== 'a' && word !== 'an') return undefined;

  const words = tokens.slice(index, index + 12).map((candidate) => candidate.lower);
  const read = readNumberWords(words);
  if (!read) return undefined;
  const end = index + read.length;
  const following = tokens[end]?.lower;
  // A lone "one" is mostly a pronoun ("one of your vendors", "no one"): only a figure with a unit.
  const isLoneOne = read.length === 1 && word === 'one';
  const hasUnit =
    following !== undefined &&
    (isPercentWord(following) ||
      following === 'times' ||
      following === 'fold' ||
      following in currencyWords ||
      currencyCodes.has(tokens[end]?.text ?? ''));
  if (isLoneOne && !hasUnit) return undefined;
  const value = read.value;
  return finishFigure(tokens, index, end, {
    value,
    precision: read.hasMagnitude ? trailingZerosPrecision(value) : new Decimal(1),
    hasMagnitude: read.hasMagnitude,
    isInteger: !read.hasMagnitude,
    decimals: 0,
    rawDigits: '',
  });
}

function ratio(text: string, first: Token, last: Token, value: Decimal): Figure {
  return { kind: 'ratio', text: text.slice(first.start, last.end), value, precision: new Decimal(0) };
}

const isPercentWord = (word: string): boolean => word === 'percent' || word === 'pct' || word === 'percentage';

interface Quantity {
  value: Decimal;
  precision: Decimal;
  hasMagnitude: boolean;
  /** Written as a plain integer: a candidate year or count. */
  isInteger: boolean;
  decimals: number;
  /** The digits as written ("2,026"); empty for words. */
  rawDigits: string;
}

/** Looks around a quantity for its unit: currency before or after, %, "percent", "times", "x". */
function finishFigure(tokens: Token[], first: number, end: number, quantity: Quantity): Read {
  const textOf = (from: number, to: number) =>
    tokens
      .slice(from, to)
      .map((token, position, all) => (position > 0 && all[position - 1]?.end !== token.start ? ' ' : '') + token.text)
      .join('');
  let start = first;
  let currency: string | undefined;
  let next = end;

  // Currency before: "$5M", "USD 1,234", "US$ 3", "-$5", "~$5".
  const before = tokens[first - 1];
  if (before && before.text in currencySymbols) {
    currency = currencySymbols[before.text];
    start = first - 1;
  } else if (before && currencyCodes.has(before.text)) {
    currency = before.text;
    start = first - 1;
  }

  const after = tokens[next];
  const afterNext = tokens[next + 1];
  if (after?.text === '%' || (after && isPercentWord(after.lower)) || (after?.lower === 'per' && afterNext?.lower === 'cent')) {
    next +=
      after.lower === 'per' || (after.lower === 'percentage' && (afterNext?.lower === 'point' || afterNext?.lower === 'points')) ? 2 : 1;
    return { figure: { kind: 'percent', text: textOf(start, next), value: quantity.value.abs(), precision: new Decimal(0.5) }, next };
  }
  if (
    after &&
    (after.lower === 'times' ||
      after.lower === 'fold' ||
      ((after.lower === 'x' || after.text === '×') && isAdjacent(tokens[next - 1], after)) ||
      (after.text === '-' && afterNext?.lower === 'fold'))
  ) {
    next += after.text === '-' ? 2 : 1;
    return { figure: { kind: 'ratio', text: textOf(start, next), value: quantity.value.abs(), precision: new Decimal(0) }, next };
  }
  if (!currency && after && (currencyCodes.has(after.text) || after.lower in currencyWords)) {
    currency = currencyCodes.has(after.text) ? after.text : currencyWords[after.lower];
    next += 1;
  }

  const hedged = isHedged(tokens, start);
  let precision = quantity.precision;
  if (hedged && quantity.isInteger) precision = Decimal.max(precision, trailingZerosPrecision(quantity.value));

  if (currency) return { figure: { kind: 'money', text: textOf(start, next), value: quantity.value.abs(), precision, currency }, next };

  const isYearLike =
    quantity.isInteger &&
    /^\d{4}$/.test(quantity.rawDigits) &&
    quantity.value.gte(1900) &&
    quantity.value.lte(2100) &&
    yearLeadWords.has(tokens[first - 1]?.lower ?? '');
  if (isYearLike) return { figure: { kind: 'date', text: textOf(start, next), value: quantity.value, precision: new Decimal(1) }, next };

  // No unit said: an amount in millions or with cents is money ("5 million", "1,339.85"); a whole number is a count.
  const isMoneyLike = quantity.hasMagnitude || quantity.decimals === 2;
  return { figure: { kind: isMoneyLike ? 'money' : 'count', text: textOf(start, next), value: quantity.value.abs(), precision }, next };
}

function isHedged(tokens: Token[], start: number): boolean {
  for (let back = 1; back <= 3; back += 1) {
    const token = tokens[start - back];
    if (!token) return false;
    if (hedgeWords.has(token.lower)) return true;
    if (token.type === 'number') return false;
  }
  return false;
}

/** "5,000,000" said as "five million" backs anything that rounds to it at the millions: 1,000,000. */
function trailingZerosPrecision(value: Decimal): Decimal {
  if (!value.isInteger() || value.isZero()) return new Decimal(1);
  let precision = new Decimal(1);
  let rest = value.abs();
  while (rest.mod(10).isZero()) {
    precision = precision.times(10);
    rest = rest.div(10);
  }
  return precision;
}
