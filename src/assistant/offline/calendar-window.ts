import { addMonths, monthStart, toIsoDate, quarterStart } from '../../domain/periods/period.js';

// "due this year", "ending this quarter", "by the end of the month": windows that end with the
// calendar period containing as-of (exclusive end date), not a count of days from today.

export function calendarWindowEnd(question: string, asOf: Date): string | undefined {
  const unit =
    /\b(?:this|current|the) (year|quarter|month)\b(?! (?:so far|to date))|\b(?:by|before) (?:the )?end of (?:the |this )?(year|quarter|month)\b|\b(year|quarter|month)[- ]end\b|\beo(y|q|m)\b/i.exec(
      question,
    );
  if (!unit) return undefined;
  const word = (unit[1] ?? unit[2] ?? unit[3] ?? unit[4] ?? '').toLowerCase();
  const kind = word.startsWith('y') ? 'year' : word.startsWith('q') ? 'quarter' : 'month';
  const start = monthStart(asOf);
  if (kind === 'year') return `${asOf.getUTCFullYear() + 1}-01-01`;
  if (kind === 'quarter') return toIsoDate(addMonths(quarterStart(asOf), 3));
  return toIsoDate(addMonths(start, 1));
}
