import type { DomainDeps } from '../deps.js';
import type { PlannedEpisode } from './detect-cost-anomalies.js';

/** "Mark as expected" on anomaly alerts, as the detector reads it: series family + episode periods. */
export async function loadPlannedEpisodes(deps: Pick<DomainDeps, 'prisma'>): Promise<PlannedEpisode[]> {
  const rows = await deps.prisma.alertFeedback.findMany({
    where: { kind: 'expected', family: { startsWith: 'anomaly:' }, periodStart: { not: null }, periodEnd: { not: null } },
    select: { family: true, periodStart: true, periodEnd: true },
  });
  return rows.map((row) => ({ seriesFamily: row.family, start: row.periodStart!, end: row.periodEnd! }));
}
