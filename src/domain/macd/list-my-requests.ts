import type { MacdStatus } from '../../db/generated/client.js';
import type { DomainDeps } from '../deps.js';
import type { Viewer } from '../shared/viewer.js';
import { macdRequestInclude, openStatuses, toMacdRequestView, type MacdRequestView } from './macd-request-view.js';

/** A person's own requests, newest first; open ones only unless asked otherwise. */
export async function listMyRequests(input: { viewer: Viewer; isOpenOnly?: boolean; limit?: number }, deps: DomainDeps): Promise<MacdRequestView[]> {
  if (input.viewer.userId === undefined) return [];
  const statuses: MacdStatus[] | undefined = input.isOpenOnly ? [...openStatuses] : undefined;
  const records = await deps.prisma.macdRequest.findMany({
    where: { requesterId: input.viewer.userId, ...(statuses ? { status: { in: statuses } } : {}) },
    include: macdRequestInclude,
    orderBy: { id: 'desc' },
    take: input.limit ?? 20,
  });
  return Promise.all(records.map((record) => toMacdRequestView(record, deps)));
}
