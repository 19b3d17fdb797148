import type { AlertKind } from './alert-destination.js';

/**
 * An alert's dedupe key names one episode (this series on this day, this contract at the 30-day
 * window); its family is the key without the episode — the series, the contract, the cost center,
 * the vendor's audit. Snoozing silences a family, so the next episode of the same thing waits too.
 */
export function alertFamilyOf(kind: AlertKind, dedupeKey: string): string {
  switch (kind) {
    case 'anomaly':
      // anomaly:<series family>:<series key>:<first period>
      return dedupeKey.replace(/:\d{4}-\d{2}-\d{2}$/, '');
    case 'notice-deadline':
      // notice-deadline:<contract>:<decision date>:<window days>
      return dedupeKey.replace(/:\d{4}-\d{2}-\d{2}:\d+$/, '');
    case 'budget':
      // budget:<cost center>:<month>:<threshold>:<exceeded|projected>
      return dedupeKey.replace(/:\d{4}-\d{2}-\d{2}:\d+:[a-z-]+$/, '');
    case 'billing-discrepancy':
      // audit-summary|<vendor id>|<currency>|<month>
      return dedupeKey.replace(/\|\d{4}-\d{2}$/, '');
  }
}
