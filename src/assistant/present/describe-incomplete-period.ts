import type { Freshness } from '../../domain/freshness/get-freshness.js';
import { addDays, addMonths, dateFromIso, toIsoDate } from '../../domain/periods/period.js';
import type { Period } from '../../domain/periods/period.js';
import { formatDate, formatMonth } from '../../domain/shared/format.js';

/**
 * "November 2026 is not complete in the data (invoices through October 2026, cloud costs through
 * 25 Nov 2026): bills not imported yet count as no spend." — or null when the imported data
 * covers the whole period. A comparison of a month still being billed with a closed one otherwise
 * reads as a fall in spend, and each carrier whose bill has not come as a "mover".
 */
export function describeIncompletePeriod(period: Period, freshness: Freshness): string | null {
  const sources: string[] = [];
  if (freshness.telecomInvoicesThrough) {
    const coveredUntil = toIsoDate(addMonths(dateFromIso(freshness.telecomInvoicesThrough), 1));
    if (period.end > coveredUntil) sources.push(`invoices through ${formatMonth(freshness.telecomInvoicesThrough)}`);
  }
  if (freshness.cloudCostsThrough) {
    const coveredUntil = toIsoDate(addDays(dateFromIso(freshness.cloudCostsThrough), 1));
    if (period.end > coveredUntil) sources.push(`cloud costs through ${formatDate(freshness.cloudCostsThrough)}`);
  }
  if (sources.length === 0) return null;
  return `${period.label} is not complete in the data (${sources.join(', ')}): bills not imported yet count as no spend.`;
}
