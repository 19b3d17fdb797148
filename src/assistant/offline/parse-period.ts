import { addDays, addMonths, makePeriod, monthStart, toIsoDate, startOfDay, quarterStart } from '../../domain/periods/period.js';
import type { Period } from '../../domain/periods/period.js';
import { readNumberWords } from '../read-number-words.js';

// Periods as people say them, resolved against as-of. Each finding keeps where it was said so
// "October vs September" and "from June to August" can be read in order.

export interface PeriodMention {
  period: Period;
  index: number;
  /** The words, for "what I understood". */
  text: string;
  /** A single month or a day count: helps decide "from X to Y" is a range, not a comparison. */
  kind: 'month' | 'quarter' | 'year' | 'range' | 'relative';
}

const monthWords: Array<[RegExp, number]> = [
  [/^jan(uary)?$/, 0],
  [/^feb(ruary)?$/, 1],
  [/^mar(ch)?$/, 2],
  [/^apr(il)?$/, 3],
  [/^may$/, 4],
  [/^june?$/, 5],
  [/^july?$/, 6],
  [/^aug(ust)?$/, 7],
  [/^sep(t|tember)?$/, 8],
  [/^oct(ober)?$/, 9],
  [/^nov(ember)?$/, 10],
  [/^dec(ember)?$/, 11],
];
const monthPattern =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept(?:ember)?|sep|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

/** "three" or "3": how many months, weeks or days a window spans. */
const countOf = (word: string): number => Number(readNumberWords([word.toLowerCase()])?.value.toString() ?? word);

function monthIndex(word: string): number | undefined {
  const lower = word.toLowerCase();
  return monthWords.find(([pattern]) => pattern.test(lower))?.[1];
}

/** A month named without a year is the latest such month not after as-of. */
/** The latest date with this month and day on or before as-of. */
function latestDay(month: number, day: number, asOf: Date): Date {
  const thisYear = new Date(Date.UTC(asOf.getUTCFullYear(), month, day));
  return thisYear > asOf ? new Date(Date.UTC(asOf.getUTCFullYear() - 1, month, day)) : thisYear;
}

function namedMonth(month: number, year: number | undefined, asOf: Date): Date {
  if (year !== undefined) return new Date(Date.UTC(year, month, 1));
  const thisYear = asOf.getUTCFullYear();
  return month > asOf.getUTCMonth() ? new Date(Date.UTC(thisYear - 1, month, 1)) : new Date(Date.UTC(thisYear, month, 1));
}

const monthRange = (start: Date, months: number): Period => makePeriod(toIsoDate(start), toIsoDate(addMonths(start, months)));

/** "two months ago", "a quarter ago": that whole calendar month, quarter or year. */
function periodAgo(countWord: string, unitWord: string, asOf: Date): Pick<PeriodMention, 'period' | 'kind'> | undefined {
  const count = /^an?$/i.test(countWord) ? 1 : countOf(countWord);
  if (!(count >= 1 && count <= 24)) return undefined;
  const unit = unitWord.toLowerCase();
  if (unit.startsWith('month')) return { period: monthRange(addMonths(monthStart(asOf), -count), 1), kind: 'month' };
  if (unit.startsWith('quarter')) return { period: monthRange(addMonths(quarterStart(asOf), -3 * count), 3), kind: 'quarter' };
  return { period: monthRange(new Date(Date.UTC(asOf.getUTCFullYear() - count, 0, 1)), 12), kind: 'year' };
}

function quarterPeriod(quarter: number, year: number | undefined, asOf: Date): Period {
  const thisYear = asOf.getUTCFullYear();
  const currentQuarter = Math.floor(asOf.getUTCMonth() / 3) + 1;
  const resolvedYear = year ?? (quarter > currentQuarter ? thisYear - 1 : thisYear);
  return monthRange(new Date(Date.UTC(resolvedYear, (quarter - 1) * 3, 1)), 3);
}

const twoDigitYear = (text: string | undefined): number | undefined => {
  if (!text) return undefined;
  const value = Number(text.replace(/^'/, ''));
  return text.replace(/^'/, '').length === 2 ? 2000 + value : value;
};

interface Rule {
  pattern: RegExp;
  resolve(match: RegExpExecArray, asOf: Date, question: string): { period: Period; kind: PeriodMention['kind'] } | undefined;
}

const today = (asOf: Date) => startOfDay(asOf);
const tomorrow = (asOf: Date) => addDays(startOfDay(asOf), 1);

/** Monday of ISO week `week` of `year` (week 1 holds 4 January). */
function isoWeekStart(year: number, week: number): Date {
  const fourthOfJanuary = new Date(Date.UTC(year, 0, 4));
  const mondayOfWeekOne = addDays(fourthOfJanuary, -((fourthOfJanuary.getUTCDay() + 6) % 7));
  return addDays(mondayOfWeekOne, (week - 1) * 7);
}

const numberOfMonths = String.raw`(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)`;

const rules: Rule[] = [
  {
    // "since the start of Q2", "since the beginning of h2 2025", "since the start of the quarter":
    // from that period's first day to today.
    pattern:
      /\bsince (?:the )?(?:start|beginning) of (?:(?:q([1-4])|h([12]))(?:\s+((?:19|20)\d{2}))?|(?:the |this )(quarter|year|month))\b/gi,
    resolve: (match, asOf) => {
      const unit = match[4]?.toLowerCase();
      const firstMonth = match[1] ? (Number(match[1]) - 1) * 3 : match[2] ? (Number(match[2]) - 1) * 6 : undefined;
      const start =
        firstMonth !== undefined
          ? namedMonth(firstMonth, match[3] === undefined ? undefined : Number(match[3]), asOf)
          : unit === 'quarter'
            ? quarterStart(asOf)
            : unit === 'month'
              ? monthStart(asOf)
              : new Date(Date.UTC(asOf.getUTCFullYear(), 0, 1));
      return start < tomorrow(asOf) ? { period: makePeriod(toIsoDate(start), toIsoDate(tomorrow(asOf))), kind: 'range' } : undefined;
    },
  },
  {
    // "the 3 months to august", "the twelve months ending september 2025": that many whole months,
    // the named one last.
    pattern: new RegExp(
      String.raw`\b(?:the )?${numberOfMonths} months (?:to|ending|ended|through|up to|until) (?:the end of )?(${monthPattern})\.?(?:\s+((?:19|20)\d{2}))?\b`,
      'gi',
    ),
    resolve: (match, asOf) => {
      const months = countOf(match[1]!);
      if (!(months >= 1 && months <= 36)) return undefined;
      const last = namedMonth(monthIndex(match[2]!)!, match[3] === undefined ? undefined : Number(match[3]), asOf);
      return { period: monthRange(addMonths(last, 1 - months), months), kind: 'range' };
    },
  },
  {
    // "last month and the month before", "…combined": the two months.
    pattern: /\blast month and the (?:month|one) before(?: (?:it|that))?\b/gi,
    resolve: (_match, asOf) => ({ period: monthRange(addMonths(monthStart(asOf), -2), 2), kind: 'range' }),
  },
  {
    // "week 36", "wk 36 2025": the ISO week, Monday to Sunday; without a year the latest one begun.
    pattern: /\b(?:iso )?(?:week|wk)\s*#?\s*(\d{1,2})(?:\s+(?:of\s+)?((?:19|20)\d{2}))?\b/gi,
    resolve: (match, asOf) => {
      const week = Number(match[1]);
      if (!(week >= 1 && week <= 53)) return undefined;
      let start = isoWeekStart(match[2] ? Number(match[2]) : asOf.getUTCFullYear(), week);
      if (!match[2] && start > asOf) start = isoWeekStart(asOf.getUTCFullYear() - 1, week);
      return { period: makePeriod(toIsoDate(start), toIsoDate(addDays(start, 7))), kind: 'range' };
    },
  },
  {
    // "the last 6 weeks", "past two weeks": that many weeks of days, to today.
    pattern:
      /\b(?:the )?(?:last|past|previous|trailing) (\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve) weeks\b(?!\s+of\b)/gi,
    resolve: (match, asOf) => {
      const weeks = countOf(match[1]!);
      return weeks >= 1 && weeks <= 52
        ? { period: makePeriod(toIsoDate(addDays(tomorrow(asOf), -7 * weeks)), toIsoDate(tomorrow(asOf))), kind: 'relative' }
        : undefined;
    },
  },
  {
    // "the last quarter of 2025", "the final half of 2024": the year's last one.
    pattern: /\b(?:the )?(?:last|final) (quarter|half) of (?:the year )?((?:19|20)\d{2})\b/gi,
    resolve: (match) => {
      const year = Number(match[2]);
      return match[1]!.toLowerCase() === 'quarter'
        ? { period: monthRange(new Date(Date.UTC(year, 9, 1)), 3), kind: 'quarter' }
        : { period: monthRange(new Date(Date.UTC(year, 6, 1)), 6), kind: 'range' };
    },
  },
  {
    // "september last year", "oct of last year", "march this year".
    pattern: new RegExp(`\\b(${monthPattern})\\.?\\s+(?:of\\s+)?(last|this) year\\b`, 'gi'),
    resolve: (match, asOf) => {
      const month = monthIndex(match[1]!);
      if (month === undefined) return undefined;
      const year = asOf.getUTCFullYear() - (match[2]!.toLowerCase() === 'last' ? 1 : 0);
      return { period: monthRange(new Date(Date.UTC(year, month, 1)), 1), kind: 'month' };
    },
  },
  {
    // "q4 last year", "h1 of this year", "the second half of last year".
    pattern:
      /\b(?:q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th|last|final) quarter|(first|second|1st|2nd|last|final) half|h([12]))\s+(?:of\s+)?(?:the\s+)?(last|this) year\b/gi,
    resolve: (match, asOf) => {
      const year = asOf.getUTCFullYear() - (match[5]!.toLowerCase() === 'last' ? 1 : 0);
      const ordinal: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
      // "the last quarter of last year", "the final half of this year": the year's last one.
      if (match[2] && /^(?:last|final)$/i.test(match[2])) return { period: quarterPeriod(4, year, asOf), kind: 'quarter' };
      if (match[3] && /^(?:last|final)$/i.test(match[3])) return { period: monthRange(new Date(Date.UTC(year, 6, 1)), 6), kind: 'range' };
      if (match[1] || match[2]) {
        const quarter = match[1] ? Number(match[1]) : ordinal[match[2]!.toLowerCase()]!;
        return { period: quarterPeriod(quarter, year, asOf), kind: 'quarter' };
      }
      const half = match[4] ? Number(match[4]) : ordinal[match[3]!.toLowerCase()]!;
      return { period: monthRange(new Date(Date.UTC(year, (half - 1) * 6, 1)), 6), kind: 'range' };
    },
  },
  {
    // "since 2026-03", "since 2026-01-15": from that month or day to today.
    pattern: /\bsince ((?:19|20)\d{2})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?\b/gi,
    resolve: (match, asOf) => {
      const start = `${match[1]}-${match[2]}-${match[3] ?? '01'}`;
      return start < toIsoDate(tomorrow(asOf)) ? { period: makePeriod(start, toIsoDate(tomorrow(asOf))), kind: 'range' } : undefined;
    },
  },
  // ISO dates: "2026-09-01 to 2026-09-15" handled by the range pass; a lone ISO month here.
  {
    pattern: /\b(\d{4})-(\d{2})-(\d{2})\s*(?:to|until|through|-|–)\s*(\d{4})-(\d{2})-(\d{2})\b/gi,
    resolve: (match) => {
      const start = `${match[1]}-${match[2]}-${match[3]}`;
      const end = toIsoDate(addDays(new Date(`${match[4]}-${match[5]}-${match[6]}T00:00:00Z`), 1));
      return start < end ? { period: makePeriod(start, end), kind: 'range' } : undefined;
    },
  },
  {
    // "on 2026-10-03": that day.
    pattern: /\b(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/g,
    resolve: (match) => {
      const day = new Date(`${match[1]}-${match[2]}-${match[3]}T00:00:00Z`);
      return toIsoDate(day) === `${match[1]}-${match[2]}-${match[3]}`
        ? { period: makePeriod(toIsoDate(day), toIsoDate(addDays(day, 1))), kind: 'range' }
        : undefined;
    },
  },
  {
    // "10/2026", "03/2025": a month and its year.
    pattern: /(?<![\w/])(0?[1-9]|1[0-2])\/(20\d{2})\b(?!\/)/g,
    resolve: (match) => ({ period: monthRange(new Date(Date.UTC(Number(match[2]), Number(match[1]) - 1, 1)), 1), kind: 'month' }),
  },
  {
    pattern: /\b(\d{4})-(0[1-9]|1[0-2])\b(?!-\d)/g,
    resolve: (match) => ({ period: monthRange(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)), 1), kind: 'month' }),
  },
  {
    pattern: /\b(?:ytd|year[- ]to[- ]date|this year(?: so far)?|so far this year|since the (?:start|beginning) of (?:the |this )?year)\b/gi,
    resolve: (_match, asOf) => ({
      period: makePeriod(`${asOf.getUTCFullYear()}-01-01`, toIsoDate(tomorrow(asOf)), `${asOf.getUTCFullYear()} year to date`),
      kind: 'relative',
    }),
  },
  {
    // "the week of nov 9", "week of 9 november": seven days from that day (the latest one by as-of).
    pattern: new RegExp(
      `\\bweek of (?:(${monthPattern})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${monthPattern}))\\b(?!,?\\s*\\d)`,
      'gi',
    ),
    resolve: (match, asOf) => {
      const month = monthIndex(match[1] ?? match[4]!);
      const day = Number(match[2] ?? match[3]);
      if (month === undefined || day < 1 || day > 31) return undefined;
      const start = latestDay(month, day, asOf);
      return { period: makePeriod(toIsoDate(start), toIsoDate(addDays(start, 7))), kind: 'range' };
    },
  },
  {
    // "the first week of october", "last week of march": days 1–7, 8–14, 15–21, 22–28, or the
    // month's last seven, of the latest such month by as-of.
    pattern: new RegExp(
      `\\b(?:the\\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|last|final) week of (${monthPattern})\\b(?!\\.?\\s*\\d)`,
      'gi',
    ),
    resolve: (match, asOf) => {
      const month = monthIndex(match[2]!);
      if (month === undefined) return undefined;
      const monthStarts = namedMonth(month, undefined, asOf);
      const which = match[1]!.toLowerCase();
      const weekIndex = ({ first: 0, '1st': 0, second: 1, '2nd': 1, third: 2, '3rd': 2, fourth: 3, '4th': 3 } as Record<string, number>)[
        which
      ];
      const start = weekIndex === undefined ? addDays(addMonths(monthStarts, 1), -7) : addDays(monthStarts, weekIndex * 7);
      return { period: makePeriod(toIsoDate(start), toIsoDate(addDays(start, 7))), kind: 'range' };
    },
  },
  {
    // "1-7 april", "april 1-7", "1st to 7th of april": days of one month (the latest such month by
    // as-of), where a day beside a month alone would be refused rather than read as the month.
    pattern: new RegExp(
      `(?<![\\w/-])(?:(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:-|–|to|through|thru|until)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${monthPattern})|(${monthPattern})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:-|–|to|through|thru|until)\\s*(\\d{1,2})(?:st|nd|rd|th)?)\\b(?!\\s*(?:,\\s*)?(?:\\d|${monthPattern}))`,
      'gi',
    ),
    resolve: (match, asOf) => {
      const month = monthIndex(match[3] ?? match[4]!);
      const first = Number(match[1] ?? match[5]);
      const last = Number(match[2] ?? match[6]);
      if (month === undefined || first < 1 || last < first) return undefined;
      const monthStarts = namedMonth(month, undefined, asOf);
      const end = addDays(monthStarts, last);
      if (end > addMonths(monthStarts, 1)) return undefined;
      return { period: makePeriod(toIsoDate(addDays(monthStarts, first - 1)), toIsoDate(end)), kind: 'range' };
    },
  },
  {
    // "the first two weeks of march", "last 2 weeks of sept", "the second half of september":
    // days of one month (the latest such month by as-of). Before the half-year rule, which would
    // read "second half of" as July–December.
    pattern: new RegExp(
      `\\b(?:the\\s+)?(?:(first|last|final)\\s+(?:two|2)\\s+weeks|(first|second|1st|2nd|last)\\s+half)\\s+of\\s+(${monthPattern})\\b(?!\\.?\\s*\\d)`,
      'gi',
    ),
    resolve: (match, asOf) => {
      const month = monthIndex(match[3]!);
      if (month === undefined) return undefined;
      const first = namedMonth(month, undefined, asOf);
      const next = addMonths(first, 1);
      const which = (match[1] ?? match[2])!.toLowerCase();
      const isStart = which === 'first' || which === '1st';
      const [start, end] = match[1]
        ? isStart
          ? [first, addDays(first, 14)]
          : [addDays(next, -14), next]
        : isStart
          ? [first, addDays(first, 15)]
          : [addDays(first, 15), next];
      return { period: makePeriod(toIsoDate(start), toIsoDate(end)), kind: 'range' };
    },
  },
  {
    // "the 3rd of last month", "on the 12th of this month": that day.
    pattern: /\b(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\s+of\s+(?:the\s+)?(last|previous|prior|this|current)\s+month\b/gi,
    resolve: (match, asOf) => {
      const monthStarts = addMonths(monthStart(asOf), /^(?:this|current)$/i.test(match[2]!) ? 0 : -1);
      const day = addDays(monthStarts, Number(match[1]) - 1);
      if (Number(match[1]) < 1 || day >= addMonths(monthStarts, 1)) return undefined;
      return { period: makePeriod(toIsoDate(day), toIsoDate(addDays(day, 1))), kind: 'range' };
    },
  },
  {
    // "on sept 12", "19 sep", "the sept 18 jump", "on the 3rd of october": that day (the latest
    // one by as-of). "sept 24" with no "on" stays a month and its year when that year is recent.
    // A deadline ("before 25 december") is read by the contract rules; a number that is part of a
    // code ("D-10 march") or a count ("top 10 sept") is not a day.
    pattern: new RegExp(
      `(?<!\\b(?:before|by|until|till|through|thru|since|from|of|to)\\s+(?:the\\s+)?)\\b(?:(on)\\s+(?:the\\s+)?)?(?:(?<![\\w-])(?<!\\b(?:top|bottom|biggest|largest|highest|lowest|first|last|best|worst)\\s+)(\\d{1,2})(st|nd|rd|th)?\\s+(?:of\\s+)?(${monthPattern})|(${monthPattern})\\.?\\s+(?:the\\s+)?(\\d{1,2})(st|nd|rd|th)?)\\b(?!\\s*(?:,\\s*)?(?:\\d|-|–|to\\b|through\\b|thru\\b|until\\b))`,
      'gi',
    ),
    resolve: (match, asOf) => {
      const month = monthIndex(match[4] ?? match[5]!);
      const day = Number(match[2] ?? match[6]);
      if (month === undefined || day < 1 || day > 31) return undefined;
      const twoDigits = match[6]?.length === 2 && !match[7] && !match[1];
      // "sept 24" in 2025: September 2024 as likely as the 24th; the month rule reads it.
      if (twoDigits && 2000 + day <= asOf.getUTCFullYear() && 2000 + day >= asOf.getUTCFullYear() - 3) return undefined;
      const date = latestDay(month, day, asOf);
      if (date.getUTCMonth() !== month) return undefined;
      return { period: makePeriod(toIsoDate(date), toIsoDate(addDays(date, 1))), kind: 'range' };
    },
  },
  {
    // "since 15 october", "from oct 15": from that day (the latest one by as-of) to today.
    pattern: new RegExp(
      `\\b(?:since|from) (?:the )?(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${monthPattern})|(${monthPattern})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?)\\b(?!,?\\s*\\d)(?!\\s*(?:to|until|till|through|thru|-|–)\\b)`,
      'gi',
    ),
    resolve: (match, asOf) => {
      const month = monthIndex(match[2] ?? match[3]!);
      const day = Number(match[1] ?? match[4]);
      if (month === undefined || day < 1 || day > 31) return undefined;
      const start = latestDay(month, day, asOf);
      return { period: makePeriod(toIsoDate(start), toIsoDate(tomorrow(asOf))), kind: 'range' };
    },
  },
  {
    // "01/01/2025–31/03/2025", "1/9/2026 to 9/30/2026": two dates with years, the order of day and
    // month told by a number over 12 in either date (both ways possible: the planner asks).
    pattern: /(?<![\w/.-])(\d{1,2})\/(\d{1,2})\/(\d{4})\s*(?:-|–|to|through|thru|until)\s*(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\w/])/gi,
    resolve: (match) => {
      const [a, b, firstYear, c, d, secondYear] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
      const dayFirst = a > 12 || c > 12;
      const monthFirst = b > 12 || d > 12;
      if (dayFirst === monthFirst) return undefined;
      const [startMonth, startDay, endMonth, endDay] = dayFirst ? [b, a, d, c] : [a, b, c, d];
      const start = new Date(Date.UTC(firstYear, startMonth - 1, startDay));
      const last = new Date(Date.UTC(secondYear, endMonth - 1, endDay));
      const isReal = (date: Date, month: number, day: number) => date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
      if (!isReal(start, startMonth, startDay) || !isReal(last, endMonth, endDay) || last < start) return undefined;
      return { period: makePeriod(toIsoDate(start), toIsoDate(addDays(last, 1))), kind: 'range' };
    },
  },
  {
    // "11/9 - 11/15": month/day to month/day, read only when no day is 12 or less in both places
    // (then 3/4 could be 4 March or 3 April, and the planner asks instead of guessing).
    pattern: /\b(\d{1,2})\/(\d{1,2})\s*(?:-|–|to|through|thru|until)\s*(\d{1,2})\/(\d{1,2})\b(?!\/)/gi,
    resolve: (match, asOf) => {
      const [first, second, third, fourth] = [match[1], match[2], match[3], match[4]].map(Number) as [number, number, number, number];
      const monthDay = first <= 12 && third <= 12 && (second > 12 || fourth > 12);
      if (!monthDay || second > 31 || fourth > 31) return undefined;
      const start = latestDay(first - 1, second, asOf);
      const end = addDays(new Date(Date.UTC(start.getUTCFullYear() + (third - 1 < first - 1 ? 1 : 0), third - 1, fourth)), 1);
      return start < end ? { period: makePeriod(toIsoDate(start), toIsoDate(end)), kind: 'range' } : undefined;
    },
  },
  {
    // "9/13", "13/9": one day, read only when one number is over 12 (then it can only be the day).
    pattern: /(?<![\w/.-])(\d{1,2})\/(\d{1,2})(?![\w/]|\s*(?:-|–|to\b|through\b|thru\b|until\b)\s*\d)/g,
    resolve: (match, asOf, question) => {
      const [first, second] = [Number(match[1]), Number(match[2])];
      // "9/13 vs 9/12": a date the order is plain in says how the other is written.
      const others = [...question.matchAll(/(?<![\w/.-])(\d{1,2})\/(\d{1,2})(?![\w/])/g)].map((other) => [
        Number(other[1]),
        Number(other[2]),
      ]);
      const monthFirst = others.some(([left, right]) => left! <= 12 && right! > 12);
      const dayFirst = others.some(([left, right]) => left! > 12 && right! <= 12);
      const [month, day] =
        (first <= 12 && second > 12) || (monthFirst && !dayFirst && first <= 12)
          ? [first, second]
          : (second <= 12 && first > 12) || (dayFirst && !monthFirst && second <= 12)
            ? [second, first]
            : [0, 0];
      if (month === 0 || day > 31) return undefined;
      const date = latestDay(month - 1, day, asOf);
      if (date.getUTCMonth() !== month - 1) return undefined;
      return { period: makePeriod(toIsoDate(date), toIsoDate(addDays(date, 1))), kind: 'range' };
    },
  },
  {
    // "jan to date", "since march to date", "from march 2026 to date": from that month's start to today.
    pattern: new RegExp(`\\b(${monthPattern})\\.?(?:\\s+((?:19|20)\\d{2}))?\\s+to[- ]date\\b`, 'gi'),
    resolve: (match, asOf) => {
      const start = namedMonth(monthIndex(match[1]!)!, match[2] === undefined ? undefined : Number(match[2]), asOf);
      return start < tomorrow(asOf) ? { period: makePeriod(toIsoDate(start), toIsoDate(tomorrow(asOf))), kind: 'range' } : undefined;
    },
  },
  {
    // "the first four months of the year", "first 3 months of 2026": January onwards.
    pattern:
      /\b(?:the )?first (\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven) months of (?:the |this )?(?:year|(20\d{2}))\b/gi,
    resolve: (match, asOf) => {
      const months = countOf(match[1]!);
      if (!(months >= 1 && months <= 12)) return undefined;
      const year = match[2] ? Number(match[2]) : asOf.getUTCFullYear();
      return { period: monthRange(new Date(Date.UTC(year, 0, 1)), months), kind: 'range' };
    },
  },
  {
    // "the quarter just gone", "the month just ended": the last one.
    pattern: /\b(?:the )?(month|quarter|year) just (?:gone|past|ended|finished|closed)\b/gi,
    resolve: (match, asOf) => {
      const unit = match[1]!.toLowerCase();
      if (unit === 'month') return { period: monthRange(addMonths(monthStart(asOf), -1), 1), kind: 'month' };
      if (unit === 'quarter') return { period: monthRange(addMonths(quarterStart(asOf), -3), 3), kind: 'quarter' };
      return { period: monthRange(new Date(Date.UTC(asOf.getUTCFullYear() - 1, 0, 1)), 12), kind: 'year' };
    },
  },
  {
    // "from june onwards": since June.
    pattern: new RegExp(`\\bfrom (${monthPattern})(?:\\s+('?\\d{2}|\\d{4}))?\\s+on(?:wards?)?\\b`, 'gi'),
    resolve: (match, asOf) => {
      const start = namedMonth(monthIndex(match[1]!)!, twoDigitYear(match[2]), asOf);
      return start < tomorrow(asOf) ? { period: makePeriod(toIsoDate(start), toIsoDate(tomorrow(asOf))), kind: 'range' } : undefined;
    },
  },
  {
    // "2026 so far", "so far in 2026", "2026 to date": the year until today (a past year is whole).
    pattern: /\b(?:in )?(20\d{2}) (?:so far|to date|ytd)\b|\bso far (?:in|this|for) (20\d{2})\b/gi,
    resolve: (match, asOf) => {
      const year = Number(match[1] ?? match[2]);
      if (year > asOf.getUTCFullYear()) return undefined;
      if (year < asOf.getUTCFullYear()) return { period: monthRange(new Date(Date.UTC(year, 0, 1)), 12), kind: 'year' };
      return { period: makePeriod(`${year}-01-01`, toIsoDate(tomorrow(asOf)), `${year} year to date`), kind: 'relative' };
    },
  },
  {
    pattern: /\b(?:mtd|month[- ]to[- ]date|this month(?: so far)?|current month)\b/gi,
    resolve: (_match, asOf) => ({ period: monthRange(monthStart(asOf), 1), kind: 'month' }),
  },
  {
    pattern: /\b(?:last|previous|past|prior)(?: (?:full|complete|completed|whole|closed))? month\b/gi,
    resolve: (_match, asOf) => ({ period: monthRange(addMonths(monthStart(asOf), -1), 1), kind: 'month' }),
  },
  {
    pattern: /\b(?:the )?month before last\b/gi,
    resolve: (_match, asOf) => ({ period: monthRange(addMonths(monthStart(asOf), -2), 1), kind: 'month' }),
  },
  {
    // "the quarter before last", "the year before last": one further back than "last".
    pattern: /\b(?:the )?(quarter|year) before last\b/gi,
    resolve: (match, asOf) =>
      match[1]!.toLowerCase() === 'quarter'
        ? { period: monthRange(addMonths(quarterStart(asOf), -6), 3), kind: 'quarter' }
        : { period: monthRange(new Date(Date.UTC(asOf.getUTCFullYear() - 2, 0, 1)), 12), kind: 'year' },
  },
  {
    // "since 3 months ago", "since two quarters ago": from the start of that month, quarter or
    // year to today, not that month alone.
    pattern: /\bsince (a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) (months?|quarters?|years?) ago\b/gi,
    resolve: (match, asOf) => {
      const ago = periodAgo(match[1]!, match[2]!, asOf);
      return ago && { period: makePeriod(ago.period.start, toIsoDate(tomorrow(asOf))), kind: 'range' };
    },
  },
  {
    // "two months ago", "2 quarters ago", "a year ago": that calendar month, quarter or year.
    pattern: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) (months?|quarters?|years?) ago\b/gi,
    resolve: (match, asOf) => periodAgo(match[1]!, match[2]!, asOf),
  },
  {
    pattern: /\b(?:last|previous|past|prior)(?: (?:full|complete|completed|whole|closed))? quarter\b/gi,
    resolve: (_match, asOf) => ({ period: monthRange(addMonths(quarterStart(asOf), -3), 3), kind: 'quarter' }),
  },
  {
    // "next month", "the coming quarter", "next year": the whole calendar period after the current
    // one (a forecast's, a contract's end or a notice window's).
    pattern: /\b(?:next|the coming|the upcoming|the following)(?: (?:full|calendar))? (month|quarter|year)\b(?! or so)/gi,
    resolve: (match, asOf) => {
      const unit = match[1]!.toLowerCase();
      if (unit === 'month') return { period: monthRange(addMonths(monthStart(asOf), 1), 1), kind: 'month' };
      if (unit === 'quarter') return { period: monthRange(addMonths(quarterStart(asOf), 3), 3), kind: 'quarter' };
      return { period: monthRange(new Date(Date.UTC(asOf.getUTCFullYear() + 1, 0, 1)), 12), kind: 'year' };
    },
  },
  {
    // "this half vs last half": the calendar half-year as-of is in, and the one before it.
    pattern: /\b(?:(this|current)|(last|previous|prior)) half(?![- ](?:a[- ])?year\b| of\b)/gi,
    resolve: (match, asOf) => {
      const halfStart = new Date(Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth() < 6 ? 0 : 6, 1));
      return { period: monthRange(match[1] ? halfStart : addMonths(halfStart, -6), 6), kind: 'range' };
    },
  },
  {
    pattern: /\b(?:this|current) quarter\b|\bqtd\b|\bquarter[- ]to[- ]date\b/gi,
    resolve: (_match, asOf) => ({
      period: monthRange(quarterStart(asOf), 3),
      kind: 'quarter',
    }),
  },
  {
    pattern: /\b(?:last|previous|prior)(?: (?:full|complete|completed|whole|closed))? year\b/gi,
    resolve: (_match, asOf) => ({ period: monthRange(new Date(Date.UTC(asOf.getUTCFullYear() - 1, 0, 1)), 12), kind: 'year' }),
  },
  {
    // "the last three full months", "past 2 quarters", "the past half year": whole months (or
    // quarters) before the current one.
    pattern:
      /\b(?:the )?(?:last|past|previous|trailing) (?:(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:(?:full|complete|completed|whole|closed|calendar) )?(months?|quarters?)|(half[- ]year|half a year|six months))\b/gi,
    resolve: (match, asOf) => {
      if (match[3]) return { period: monthRange(addMonths(monthStart(asOf), -6), 6), kind: 'relative' };
      if (match[2]!.toLowerCase().startsWith('quarter')) {
        const quarters = countOf(match[1]!);
        return quarters >= 1 && quarters <= 12
          ? { period: monthRange(addMonths(quarterStart(asOf), -3 * quarters), 3 * quarters), kind: 'relative' }
          : undefined;
      }
      const months = countOf(match[1]!);
      return months >= 1 && months <= 36
        ? { period: monthRange(addMonths(monthStart(asOf), -months), months), kind: 'relative' }
        : undefined;
    },
  },
  {
    pattern: /\b(?:the )?(?:last|past|previous|trailing) (\d{1,3}|seven|ten|fourteen|thirty) days\b/gi,
    resolve: (match, asOf) => {
      const days =
        match[1] === 'seven' ? 7 : match[1] === 'ten' ? 10 : match[1] === 'fourteen' ? 14 : match[1] === 'thirty' ? 30 : Number(match[1]);
      return days >= 1 && days <= 731
        ? { period: makePeriod(toIsoDate(addDays(tomorrow(asOf), -days)), toIsoDate(tomorrow(asOf))), kind: 'relative' }
        : undefined;
    },
  },
  {
    pattern: /\b(?:last|past|previous) week\b/gi,
    resolve: (_match, asOf) => ({ period: makePeriod(toIsoDate(addDays(today(asOf), -7)), toIsoDate(today(asOf))), kind: 'relative' }),
  },
  {
    pattern: /\byesterday\b/gi,
    resolve: (_match, asOf) => ({ period: makePeriod(toIsoDate(addDays(today(asOf), -1)), toIsoDate(today(asOf))), kind: 'relative' }),
  },
  {
    pattern: /\btoday\b/gi,
    resolve: (_match, asOf) => ({ period: makePeriod(toIsoDate(today(asOf)), toIsoDate(tomorrow(asOf))), kind: 'relative' }),
  },
  {
    pattern: new RegExp(`\\bsince (?:the (?:start|beginning) of )?(${monthPattern})(?:\\s+('?\\d{2}|\\d{4}))?\\b`, 'gi'),
    resolve: (match, asOf) => {
      const start = namedMonth(monthIndex(match[1]!)!, twoDigitYear(match[2]), asOf);
      return start < tomorrow(asOf) ? { period: makePeriod(toIsoDate(start), toIsoDate(tomorrow(asOf))), kind: 'range' } : undefined;
    },
  },
  {
    pattern: /\bsince (\d{4})\b/gi,
    resolve: (match, asOf) => ({ period: makePeriod(`${match[1]}-01-01`, toIsoDate(tomorrow(asOf))), kind: 'range' }),
  },
  {
    pattern: /\b(?:q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th) quarter)(?:\s+(?:of\s+)?(?:fy)?('?\d{2}|\d{4}))?\b/gi,
    resolve: (match, asOf) => {
      const ordinal: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
      const quarter = match[1] ? Number(match[1]) : ordinal[match[2]!.toLowerCase()]!;
      const year = twoDigitYear(match[3]);
      if (year !== undefined && (year < 2000 || year > 2100)) return undefined;
      return { period: quarterPeriod(quarter, year, asOf), kind: 'quarter' };
    },
  },
  {
    pattern: /\b(first|second|1st|2nd) half(?: of)?(?:\s+(\d{4}))?\b|\bh([12])(?:\s+(\d{4}))?\b/gi,
    resolve: (match, asOf) => {
      const half = match[3] ? Number(match[3]) : /first|1st/i.test(match[1] ?? '') ? 1 : 2;
      const year = Number(match[2] ?? match[4] ?? asOf.getUTCFullYear());
      return { period: monthRange(new Date(Date.UTC(year, (half - 1) * 6, 1)), 6), kind: 'range' };
    },
  },
  {
    pattern: new RegExp(`\\b(${monthPattern})\\.?(?:\\s+(\\d{4}|'\\d{2})|\\s+(?!\\d{4})(\\d{2})\\b)?\\b`, 'gi'),
    resolve: (match, asOf, question) => {
      const month = monthIndex(match[1]!);
      if (month === undefined) return undefined;
      // "may" is also a verb: only a month when written with a capital or a year.
      // "may" is also a verb: a month when capitalized, with a year, or where a period goes
      // ("in may", "may vs april", "spend may"). "mar" is a month: nobody writes the verb in chat.
      if (match[1] === 'may' && !match[2] && !match[3]) {
        const before = question.slice(Math.max(0, match.index - 12), match.index);
        const after = question.slice(match.index + match[0].length);
        if (
          !/\b(?:in|for|since|during|of|from|to|through|until|vs\.?|versus|and|spend|costs?|bill)\s*$/i.test(before) &&
          !/^\s*(?:vs\b|versus\b|and\b|to\b|through\b|[?.!]?\s*$)/i.test(after)
        )
          return undefined;
      }
      const year = twoDigitYear(match[2] ?? match[3]);
      if (year !== undefined && (year < 2000 || year > 2100)) return undefined;
      // "sept 16" in 2024 is a day, not 2016: a bare two-digit year more than three years back is
      // not read (the planner asks instead).
      if (match[3] && year !== undefined && year < asOf.getUTCFullYear() - 3) return undefined;
      return { period: monthRange(namedMonth(month, year, asOf), 1), kind: 'month' };
    },
  },
  {
    pattern: /\b(?:in |for |during |of |year |fy ?)?(20\d{2})\b/gi,
    resolve: (match) => ({ period: monthRange(new Date(Date.UTC(Number(match[1]), 0, 1)), 12), kind: 'year' }),
  },
];

// "vs the same month last year" names the comparison, not the year 2025 as a period.
const sameTimeLastYear =
  /\b(?:the )?same (?:month|quarter|period|time|week) (?:last|a|the previous|the prior) year\b|\b(?:this|that) time last year\b/gi;

/** Every period said in the question, in the order said; overlapping phrases count once. */
export function findPeriods(question: string, asOf: Date): PeriodMention[] {
  const text = question.replace(sameTimeLastYear, (phrase) => ' '.repeat(phrase.length));
  const taken: Array<[number, number]> = [];
  const mentions: PeriodMention[] = [];
  for (const rule of rules) {
    rule.pattern.lastIndex = 0;
    for (let match = rule.pattern.exec(text); match; match = rule.pattern.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some(([left, right]) => start < right && end > left)) continue;
      const resolved = rule.resolve(match, asOf, text);
      if (!resolved) continue;
      taken.push([start, end]);
      mentions.push({ ...resolved, index: start, text: match[0].trim() });
    }
  }
  return carryYears(mentions.sort((left, right) => left.index - right.index));
}

// "H1 against H2 2024", "the first half of last year against the second half": the year said of
// one half is the other's too (the same half twice, "h1 than h1 2025", is year on year). Not of
// quarters: "q1 vs q4 2025" is as often this year's first quarter against the one before it.
const unitOf = (text: string): 'half' | undefined =>
  /\b(?:first|second|1st|2nd) half\b|\bh[12]\b/i.test(text) && !/\bof (?:the )?(?!year\b)[a-z]+$/i.test(text) ? 'half' : undefined;
const saysYear = (text: string) => /\b(?:19|20)\d{2}\b|'\d{2}\b|\bfy\s?'?\d{2}|\b(?:last|this|next|previous|prior) year\b/i.test(text);
const yearOf = (period: Period) => Number(period.start.slice(0, 4));

function carryYears(mentions: PeriodMention[]): PeriodMention[] {
  return mentions.map((mention, index) => {
    const unit = unitOf(mention.text);
    if (!unit || saysYear(mention.text)) return mention;
    // A later half lends its year only when it says one in digits ("H1 against H2 2024"): "H1 vs the
    // second half of last year" is this year's first half against last year's second.
    const next = mentions[index + 1];
    const neighbours = [next && /\b(?:19|20)\d{2}\b|'\d{2}\b|\bfy\s?'?\d{2}/i.test(next.text) ? next : undefined, mentions[index - 1]];
    const source = neighbours.find(
      (other) =>
        other && unitOf(other.text) === unit && saysYear(other.text) && other.period.start.slice(5) !== mention.period.start.slice(5),
    );
    if (!source) return mention;
    const months = (yearOf(source.period) - yearOf(mention.period)) * 12;
    if (months === 0) return mention;
    const shift = (iso: string) => toIsoDate(addMonths(new Date(`${iso}T00:00:00Z`), months));
    return { ...mention, period: makePeriod(shift(mention.period.start), shift(mention.period.end)) };
  });
}

/** "from June to August", "between Q1 and Q2", "June through August": one period spanning both. */
export function isRangeBetween(question: string, first: PeriodMention, second: PeriodMention): boolean {
  const before = question.slice(Math.max(0, first.index - 12), first.index).toLowerCase();
  const between = question
    .slice(first.index + first.text.length, second.index)
    .toLowerCase()
    .trim();
  return (
    (/(from|between)\s*$/.test(before) && /^(to|until|till|through|thru|and|-|–)$/.test(between)) ||
    /^(through|thru|until|till|-|–)$/.test(between)
  );
}

export function spanPeriods(first: Period, second: Period): Period {
  const start = first.start < second.start ? first.start : second.start;
  const end = first.end > second.end ? first.end : second.end;
  return makePeriod(start, end);
}
