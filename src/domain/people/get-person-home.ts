import type { DomainDeps } from '../deps.js';
import type { Viewer } from '../shared/viewer.js';
import { toIsoDate, addDays } from '../periods/period.js';

export interface PersonHome {
  /**
   * Alerts raised in the last 30 days, newest first. Alert payloads are not scoped to cost
   * centers, so only viewers who see every cost center get them (null otherwise).
   */
  recentAlerts: { count: number; latest: Array<{ title: string; kind: string; raisedOn: string }> } | null;
  /** The person's MACD requests still in flight; null when the person is not a known user. */
  openMacdRequests: number | null;
}

const alertWindowDays = 30;
const openMacdStatuses = ['submitted', 'approved', 'in_progress'] as const;

/** What a person's home tab shows besides answers: recent alerts and their own open requests. */
export async function getPersonHome(input: { viewer: Viewer; asOf: Date }, deps: DomainDeps): Promise<PersonHome> {
  const since = addDays(input.asOf, -alertWindowDays);
  const [recentAlerts, openMacdRequests] = await Promise.all([
    input.viewer.costCenterScope === '*'
      ? Promise.all([
          deps.prisma.alert.count({ where: { createdAt: { gte: since } } }),
          deps.prisma.alert.findMany({
            where: { createdAt: { gte: since } },
            orderBy: { createdAt: 'desc' },
            take: 5,
            select: { title: true, kind: true, createdAt: true },
          }),
        ]).then(([count, latest]) => ({
          count,
          latest: latest.map((alert) => ({ title: alert.title, kind: alert.kind, raisedOn: toIsoDate(alert.createdAt) })),
        }))
      : Promise.resolve(null),
    input.viewer.userId === undefined
      ? Promise.resolve(null)
      : deps.prisma.macdRequest.count({ where: { requesterId: input.viewer.userId, status: { in: [...openMacdStatuses] } } }),
  ]);
  return { recentAlerts, openMacdRequests };
}
