import { Decimal } from '../../domain/shared/decimal.js';
import type { MoneyValue } from './collect-result-figures.js';
import { collectResultFigures, comparisonOf } from './collect-result-figures.js';
import type { Figure } from './extract-figures.js';
import { extractFigures } from './extract-figures.js';

// The trust rule: the model may phrase, never compute. Every figure of its prose must be backed
// by a value of the same kind that a tool returned (or the question, or the text the presenters
// wrote from the tool results):
//
// - money ← a money value, in the same currency when both say one, that rounds to the figure at
//   the precision the figure is written with: "USD 5.2 million" backs 5,150,000–5,249,999.99,
//   "USD 1,339.85" only 1,339.85, "$2,026" only 2,025.50–2,026.49; "about 1,300" (a hedge before
//   a whole number) backs 1,250–1,349.99.
// - count ← a count, by the same rounding ("3 services" backs 3; "about 1,200 lines" 1,150–1,249).
// - percent ← a percent field within ±0.5 point, or a ratio of two comparable money values
//   (a/b or the change (a−b)/b, as a percentage; see comparisonOf) within ±0.5 point.
// - ratio ("twice", "roughly double", "half", "3 times") ← a/b of two like money values (two
//   rows, two summaries, two fields of one object) within ±10% of the ratio said; a fraction
//   ("a third of") may also be a row's share of its result's total.
// - dates and years are not checked; ids and names with digits are not figures.

/** A stated ratio is backed by a/b within this share of it: "twice" backs 1.8–2.2. */
const ratioTolerance = new Decimal('0.10');
/** A stated percentage is backed within this many points: "12%" backs 11.5–12.5. */
const percentTolerance = new Decimal('0.5');

// Long lists (hundreds of services) would make comparing every pair slow and back any ratio.
const maximumComparedValues = 200;

export interface FigureCheck {
  /** Every figure said, dates excluded. */
  figures: Figure[];
  /** The figures no tool result backs; the prose is shown only when this is empty. */
  unsupported: Figure[];
}

export interface FigureSources {
  toolResults: readonly unknown[];
  question: string;
  /** What the presenters wrote from the tool results. */
  presentedText: string;
}

export function checkFigures(prose: string, sources: FigureSources): FigureCheck {
  const results = collectResultFigures(sources.toolResults);
  const ignoredNames = [...new Set(results.names)].sort((left, right) => right.length - left.length);
  // Only a name that one row has tells rows apart: "active" or "cloud" on every row names none.
  const rowLabels = namesOfOneRow(results.rowLabels);
  const told = [...extractFigures(sources.question, { ignoredNames }), ...extractFigures(sources.presentedText, { ignoredNames })];
  const toldOf = (kind: Figure['kind']) => told.filter((figure) => figure.kind === kind);
  const backing = {
    money: [...results.money, ...toldOf('money').map((figure) => ({ value: figure.value, currency: figure.currency, rowLabels: [] }))],
    counts: [...results.counts, ...toldOf('count').map((figure) => figure.value)],
    percents: [...results.percents, ...toldOf('percent').map((figure) => ({ value: figure.value, rowLabels: [] }))],
    ratios: toldOf('ratio').map((figure) => figure.value),
  };
  // a/b of every comparable pair, computed once and only when a percent or ratio needs it.
  let pairs: Pair[] | undefined;
  const comparablePairs = () => (pairs ??= pairsOf(results.money.slice(0, maximumComparedValues)));

  const figures: Figure[] = [];
  const unsupported: Figure[] = [];
  for (const sentence of sentencesOf(prose)) {
    // A sentence that names rows ("Lumen", "AWS and Azure") is about those rows: its figures come
    // from them or from a total, never from a row it does not name.
    const named = rowLabels.filter((label) => mentions(sentence, label));
    const isAbout = (labels: readonly string[]) =>
      named.length === 0 || labels.length === 0 || labels.some((label) => named.includes(label));
    const isNamed = (labels: readonly string[]) => labels.some((label) => named.includes(label));
    const pairFits = (pair: Pair) =>
      named.length === 0 ||
      (pair.left.isSummary || pair.right.isSummary
        ? isNamed(pair.left.rowLabels) || isNamed(pair.right.rowLabels)
        : isNamed(pair.left.rowLabels) && isNamed(pair.right.rowLabels));

    for (const figure of extractFigures(sentence, { ignoredNames })) {
      if (figure.kind === 'date') continue;
      figures.push(figure);
      if (!isBacked(figure)) unsupported.push(figure);
    }

    function isBacked(figure: Figure): boolean {
      switch (figure.kind) {
        case 'money':
          return backing.money.some(
            (candidate) =>
              isAbout(candidate.rowLabels) && isSameCurrency(figure.currency, candidate.currency) && roundsTo(candidate.value, figure),
          );
        case 'count':
          return backing.counts.some((candidate) => roundsTo(candidate, figure));
        case 'percent':
          return (
            backing.percents.some(
              (candidate) => isAbout(candidate.rowLabels) && candidate.value.minus(figure.value).abs().lte(percentTolerance),
            ) ||
            comparablePairs().some(
              (pair) =>
                pairFits(pair) &&
                [pair.ratio.times(100), pair.ratio.minus(1).abs().times(100)].some((percent) =>
                  percent.minus(figure.value).abs().lte(percentTolerance),
                ),
            )
          );
        case 'ratio':
          return (
            backing.ratios.some((candidate) => candidate.eq(figure.value)) ||
            // "a third of the total" is a share; "three times Azure" never compares a row with a total.
            comparablePairs().some(
              (pair) => (pair.comparison === 'like' || figure.value.lt(1)) && pairFits(pair) && isWithinRatio(pair.ratio, figure.value),
            )
          );
        case 'date':
          return true;
      }
    }
  }
  return { figures, unsupported };
}

interface Pair {
  left: MoneyValue;
  right: MoneyValue;
  ratio: Decimal;
  comparison: 'like' | 'share';
}

/** Sentences, split where a full stop, question mark, semicolon or line ends one ("1.2" stays whole). */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?;])\s+|\n+/).filter((sentence) => sentence.trim() !== '');
}

function namesOfOneRow(labels: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label.toLowerCase(), (counts.get(label.toLowerCase()) ?? 0) + 1);
  return [...new Set(labels)].filter((label) => counts.get(label.toLowerCase()) === 1);
}

function mentions(sentence: string, label: string): boolean {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![A-Za-z0-9])${escaped}(?![A-Za-z0-9])`, 'i').test(sentence);
}

/** True when `value` rounds to the figure at the figure's precision (half up, on absolute values). */
function roundsTo(value: Decimal, figure: Figure): boolean {
  return (
    value.abs().minus(figure.value).abs().lte(figure.precision.div(2)) &&
    !(figure.precision.gt(0) && value.abs().minus(figure.value).eq(figure.precision.div(2)))
  );
}

function isSameCurrency(said: string | undefined, returned: string | undefined): boolean {
  if (said === undefined || returned === undefined) return true;
  // A bare "$" is any dollar: USD, CAD, AUD, …
  if (said === '$') return returned.endsWith('D');
  return said === returned;
}

function isWithinRatio(actual: Decimal, said: Decimal): boolean {
  return actual.minus(said).abs().lte(said.times(ratioTolerance));
}

/** a/b for every ordered pair (a, b) of comparable money values with b ≠ 0, and how they compare. */
function pairsOf(money: readonly MoneyValue[]): Pair[] {
  const pairs: Pair[] = [];
  for (const left of money) {
    for (const right of money) {
      const comparison = right.value.isZero() ? undefined : comparisonOf(left, right);
      if (comparison) pairs.push({ left, right, ratio: left.value.div(right.value), comparison });
    }
  }
  return pairs;
}
