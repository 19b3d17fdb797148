import cron from 'node-cron';

/**
 * The latest time at or before `at` that the cron expression (UTC) fires: the slot a replica
 * that was down should catch up. Searches back 35 days by minute (or 2 hours by second for
 * expressions with a seconds field).
 */
export function findPreviousSlot(schedule: string, at: Date): Date | null {
  const fields = cron.parse(schedule);
  const hasSeconds = !(fields.second.length === 1 && fields.second[0] === 0);
  const stepMs = hasSeconds ? 1000 : 60_000;
  const limit = hasSeconds ? 7200 : 35 * 1440;
  let candidate = Math.floor(at.getTime() / stepMs) * stepMs;
  const seconds = new Set(fields.second);
  const minutes = new Set(fields.minute);
  const hours = new Set(fields.hour);
  const daysOfMonth = new Set(fields.dayOfMonth.map(Number));
  const months = new Set(fields.month);
  const daysOfWeek = new Set(fields.dayOfWeek.map((value) => Number(value) % 7));
  for (let step = 0; step <= limit; step += 1, candidate -= stepMs) {
    const date = new Date(candidate);
    if (
      seconds.has(date.getUTCSeconds()) &&
      minutes.has(date.getUTCMinutes()) &&
      hours.has(date.getUTCHours()) &&
      daysOfMonth.has(date.getUTCDate()) &&
      months.has(date.getUTCMonth() + 1) &&
      daysOfWeek.has(date.getUTCDay())
    ) {
      return date;
    }
  }
  return null;
}
