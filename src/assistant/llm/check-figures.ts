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
export const ratioTolerance = new Decimal('0.10');
/** A stated percentage is backed within this many points: "12%" backs 11.5–12.5. */
export const percentTolerance = new Decimal('0.5');

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
  const told = [...extractFigures(sources.question, { ignoredNames }), ...extractFigures(sources.presentedText, { ignoredNames })];
  const money = results.money.slice(0, maximumComparedValues);
  const backing = {
    money: [...results.money.map((entry) => ({ value: entry.value, currency: entry.currency })), ...told.filter((figure) => figure.kind === 'money').map((figure) => ({ value: figure.value, currency: figure.currency }))],
    counts: [...results.counts, ...told.filter((figure) => figure.kind === 'count').map((figure) => figure.value)],
    percents: [...results.percents, ...told.filter((figure) => figure.kind === 'percent').map((figure) => figure.value)],
    ratios: told.filter((figure) => figure.kind === 'ratio').map((figure) => figure.value),
  };
  // a/b of every comparable pair, computed once and only when a percent or ratio needs it.
  let pairRatios: { like: Decimal[]; share: Decimal[] } | undefined;
  const ratiosOfPairs = () => (pairRatios ??= comparableRatios(money));

  const figures = extractFigures(prose, { ignoredNames }).filter((figure) => figure.kind !== 'date');
  const unsupported = figures.filter((figure) => {
    switch (figure.kind) {
      case 'money':
        return !backing.money.some((candidate) => isSameCurrency(figure.currency, candidate.currency) && roundsTo(candidate.value, figure));
      case 'count':
        return !backing.counts.some((candidate) => roundsTo(candidate, figure));
      case 'percent':
        return !(
          backing.percents.some((candidate) => candidate.minus(figure.value).abs().lte(percentTolerance)) ||
          [...ratiosOfPairs().like, ...ratiosOfPairs().share].some((ratio) =>
            [ratio.times(100), ratio.minus(1).abs().times(100)].some((percent) => percent.minus(figure.value).abs().lte(percentTolerance)),
          )
        );
      case 'ratio':
        return !(
          backing.ratios.some((candidate) => candidate.eq(figure.value)) ||
          ratiosOfPairs().like.some((ratio) => isWithinRatio(ratio, figure.value)) ||
          // "a third of the total" is a share; "three times Azure" never compares a row with a total.
          (figure.value.lt(1) && ratiosOfPairs().share.some((ratio) => isWithinRatio(ratio, figure.value)))
        );
      case 'date':
        return false;
    }
  });
  return { figures, unsupported };
}

/** True when `value` rounds to the figure at the figure's precision (half up, on absolute values). */
function roundsTo(value: Decimal, figure: Figure): boolean {
  return value.abs().minus(figure.value).abs().lte(figure.precision.div(2)) && !(figure.precision.gt(0) && value.abs().minus(figure.value).eq(figure.precision.div(2)));
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

/** a/b for every ordered pair (a, b) of comparable money values with b ≠ 0, by how they compare. */
function comparableRatios(money: readonly MoneyValue[]): { like: Decimal[]; share: Decimal[] } {
  const ratios = { like: [] as Decimal[], share: [] as Decimal[] };
  for (const left of money) {
    for (const right of money) {
      const comparison = right.value.isZero() ? undefined : comparisonOf(left, right);
      if (comparison) ratios[comparison].push(left.value.div(right.value));
    }
  }
  return ratios;
}
