import {
  addMonths,
  dateFromIso,
  lastCompleteMonth,
  makePeriod,
  monthStart,
  previousPeriod,
  toIsoDate,
} from '../../domain/periods/period.js';
import type { Period } from '../../domain/periods/period.js';
import { isRangeBetween, spanPeriods, type PeriodMention } from './parse-period.js';

/** One period for the question: the one said, the span of a "from … to …", or undefined. */
export function choosePeriod(question: string, mentions: PeriodMention[]): Period | undefined {
  if (mentions.length === 0) return undefined;
  if (mentions.length === 1) return mentions[0]!.period;
  const [first, second] = mentions as [PeriodMention, PeriodMention];
  if (isRangeBetween(question, first, second)) return spanFrom(first.period, second.period);
  return mentions.map((mention) => mention.period).reduce(spanPeriods);
}

/**
 * "from june to august", "between march and june of last year", "jan-apr 2025": one span, and
 * the year said at the end is the start's too (a start after the end moves back a year).
 */
function spanFrom(first: Period, second: Period): Period {
  let start = first;
  while (start.start > second.start)
    start = makePeriod(toIsoDate(addMonths(dateFromIso(start.start), -12)), toIsoDate(addMonths(dateFromIso(start.end), -12)));
  return spanPeriods(start, second);
}

/** The two periods of a comparison: the later one is "now", the earlier the baseline. */
/**
 * "from january to april than january to april last year": each "X to Y" is one span. A bare "to"
 * between two months is a span too, unless the question compares ("compare january to april").
 */
function mergeRanges(question: string, mentions: PeriodMention[]): PeriodMention[] {
  const merged: PeriodMention[] = [];
  for (let index = 0; index < mentions.length; index += 1) {
    const first = mentions[index]!;
    const second = mentions[index + 1];
    const between = second
      ? question
          .slice(first.index + first.text.length, second.index)
          .trim()
          .toLowerCase()
      : '';
    const isBareSpan =
      between === 'to' && first.kind === 'month' && second?.kind === 'month' && !/\bcompar/i.test(question.slice(0, first.index));
    // Of only two periods, a span said as one ("january through april") is merged: "from june to
    // july" and "between march and june" in a comparison name the two to compare.
    const isSpan =
      mentions.length > 2
        ? second !== undefined && (isRangeBetween(question, first, second) || isBareSpan)
        : /^(?:through|thru|until|till|-|–)$/.test(between);
    if (second && isSpan) {
      merged.push({ ...first, period: spanFrom(first.period, second.period), text: `${first.text} to ${second.text}`, kind: 'range' });
      index += 1;
    } else merged.push(first);
  }
  return merged;
}

export function chooseComparison(question: string, said: PeriodMention[], asOf: Date): { period: Period; comparedTo: Period } {
  const mentions = said.length >= 2 ? mergeRanges(question, said) : said;
  // "q1 vs the prior quarter": the one before the period named, not the one before today.
  const [named, relative] = mentions;
  const relativeUnit = relative && /^(?:the )?(?:prior|previous|preceding) (month|quarter|year)$/i.exec(relative.text)?.[1];
  if (named && relativeUnit && named.index < relative.index && !/^(?:the )?(?:last|previous|prior|past)\b/i.test(named.text)) {
    const shiftYear = relativeUnit.toLowerCase() === 'year';
    return {
      period: named.period,
      comparedTo: shiftYear
        ? makePeriod(toIsoDate(addMonths(dateFromIso(named.period.start), -12)), toIsoDate(addMonths(dateFromIso(named.period.end), -12)))
        : previousPeriod(named.period),
    };
  }
  // "sept vs sept, this time last year": one period said twice is one period (compared below).
  const distinct = mentions.filter(
    (mention, index) =>
      mentions.findIndex((other) => other.period.start === mention.period.start && other.period.end === mention.period.end) === index,
  );
  if (distinct.length < mentions.length) return chooseComparison(question, distinct, asOf);
  if (mentions.length >= 2) {
    const [left, right] = [mentions[0]!.period, mentions[1]!.period].sort((one, other) => one.start.localeCompare(other.start)) as [
      Period,
      Period,
    ];
    return { period: right, comparedTo: left };
  }
  const period = mentions[0]?.period ?? lastCompleteMonth(asOf);
  if (
    /\byear[- ]o(?:ver|n)[- ]year\b|\byoy\b|\bsame (?:month|quarter|period|time) (?:last|a) year\b|\b(?:this|that) time last year\b|\blast year'?s?\b/i.test(
      question,
    )
  ) {
    return {
      period,
      comparedTo: makePeriod(toIsoDate(addMonths(dateFromIso(period.start), -12)), toIsoDate(addMonths(dateFromIso(period.end), -12))),
    };
  }
  return { period, comparedTo: previousPeriod(period) };
}

/** Twelve complete months before as-of: what "the trend" means when no period is said. */
export function lastTwelveMonths(asOf: Date): Period {
  const end = monthStart(asOf);
  return makePeriod(toIsoDate(addMonths(end, -12)), toIsoDate(end));
}

export const periodArgument = (period: Period) => ({ start: period.start, end: period.end });
