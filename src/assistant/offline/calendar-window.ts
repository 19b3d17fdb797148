import { addDays, addMonths, monthStart, toIsoDate, quarterStart } from '../../domain/periods/period.js';

// "due this year", "ending this quarter", "by the end of the month": windows that end with the
// calendar period containing as-of (exclusive end date), not a count of days from today.

export function calendarWindowEnd(question: string, asOf: Date): string | undefined {
  const day = dayWindowEnd(question, asOf) ?? monthWindowEnd(question, asOf);
  if (day) return day;
  const unit =
    /\b(?:this|current|the)(?: calendar)? (year|quarter|month)\b(?! (?:so far|to date))|\b(?:by|before) (?:the )?end of (?:the |this |(next) )?(year|quarter|month)\b|\b(year|quarter|month)[- ]end\b|\beo(y|q|m)\b/i.exec(
      question,
    );
  if (!unit) return undefined;
  const word = (unit[1] ?? unit[3] ?? unit[4] ?? unit[5] ?? '').toLowerCase();
  const kind = word.startsWith('y') ? 'year' : word.startsWith('q') ? 'quarter' : 'month';
  // "by the end of next quarter": one period further.
  const further = unit[2] ? 1 : 0;
  const start = monthStart(asOf);
  if (kind === 'year') return `${asOf.getUTCFullYear() + 1 + further}-01-01`;
  if (kind === 'quarter') return toIsoDate(addMonths(quarterStart(asOf), 3 * (1 + further)));
  return toIsoDate(addMonths(start, 1 + further));
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthName = String.raw`(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b`;
const dayNumber = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
// Days everyone knows by name, on the same date every year.
const namedDays: Record<string, [monthIndex: number, day: number]> = {
  christmas: [11, 25],
  xmas: [11, 25],
  'the new year': [0, 1],
  'new year': [0, 1],
};

/**
 * "before Christmas", "by 15 December", "until march 3rd": a window that ends on a day of the
 * year, the next one from as-of. "Before" a day stops the day before it; "by" and "until" include it.
 */
function dayWindowEnd(question: string, asOf: Date): string | undefined {
  const match =
    new RegExp(String.raw`\b(before|by|until|till)\s+(?:the\s+)?${dayNumber}\s+(?:of\s+)?${monthName}(?!,?\s*\d)`, 'i').exec(question) ??
    new RegExp(String.raw`\b(before|by|until|till)\s+${monthName}\s+${dayNumber}\b(?!,?\s*\d)`, 'i').exec(question) ??
    /\b(before|by|until|till)\s+(christmas|xmas|the new year|new year)\b/i.exec(question);
  if (!match) return undefined;
  const [, word = '', first = '', second] = match;
  const named = namedDays[first.toLowerCase()];
  const [monthIndex, day] =
    named ??
    (/^\d/.test(first)
      ? [months.indexOf(second!.slice(0, 3).toLowerCase()), Number(first)]
      : [months.indexOf(first.slice(0, 3).toLowerCase()), Number(second)]);
  if (monthIndex < 0 || day < 1 || day > 31) return undefined;
  const inYear = (year: number) => new Date(Date.UTC(year, monthIndex, day));
  const thisYear = inYear(asOf.getUTCFullYear());
  const date = thisYear < asOf ? inYear(asOf.getUTCFullYear() + 1) : thisYear;
  return toIsoDate(word.toLowerCase() === 'before' ? date : addDays(date, 1));
}

/**
 * "by the end of february", "between now and the end of november": through that month, the next
 * one from as-of; "before march": up to the month's first day.
 */
function monthWindowEnd(question: string, asOf: Date): string | undefined {
  const match =
    new RegExp(String.raw`\b(?:by|before|until|till|through|between now and) (?:the )?(end) of ${monthName}(?!,?\s*\d)`, 'i').exec(
      question,
    ) ?? new RegExp(String.raw`\b(before) ${monthName}(?!\s*\d)`, 'i').exec(question);
  if (!match) return undefined;
  const monthIndex = months.indexOf(match[2]!.slice(0, 3).toLowerCase());
  if (monthIndex < 0) return undefined;
  const year = monthIndex < asOf.getUTCMonth() ? asOf.getUTCFullYear() + 1 : asOf.getUTCFullYear();
  const first = new Date(Date.UTC(year, monthIndex, 1));
  return toIsoDate(match[1]!.toLowerCase() === 'end' ? addMonths(first, 1) : first);
}
