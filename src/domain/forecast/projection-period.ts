import { addMonths, makePeriod, toIsoDate } from '../periods/period.js';
import type { Period } from '../periods/period.js';

export type ProjectionHorizon = 'month' | 'quarter' | 'year';

/** The calendar month, quarter or year that contains as-of. */
export function horizonPeriod(horizon: ProjectionHorizon, asOf: Date): Period {
  const year = asOf.getUTCFullYear();
  const firstMonth = horizon === 'month' ? asOf.getUTCMonth() : horizon === 'quarter' ? Math.floor(asOf.getUTCMonth() / 3) * 3 : 0;
  const start = new Date(Date.UTC(year, firstMonth, 1));
  return makePeriod(toIsoDate(start), toIsoDate(addMonths(start, horizon === 'month' ? 1 : horizon === 'quarter' ? 3 : 12)));
}
