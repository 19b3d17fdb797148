import { CronExpressionParser } from 'cron-parser';

// A replica that was down longer than this catches up nothing: an alert a month late is noise.
const catchUpWindowMs = 35 * 24 * 60 * 60 * 1000;

/**
 * The latest time at or before `at` that the cron expression (UTC) fires: the slot a replica
 * that was down should catch up, or null when it is older than the catch-up window.
 */
export function findPreviousSlot(schedule: string, at: Date): Date | null {
  // `prev()` is strictly before its start, so start one millisecond after `at` to include `at`.
  const expression = CronExpressionParser.parse(schedule, { currentDate: new Date(at.getTime() + 1), tz: 'UTC' });
  if (!expression.hasPrev()) return null;
  const slot = expression.prev().toDate();
  return at.getTime() - slot.getTime() > catchUpWindowMs ? null : slot;
}
