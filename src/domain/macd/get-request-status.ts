import { LedgerlineError } from '../../errors.js';
import type { DomainDeps } from '../deps.js';
import { resolveViewerScope } from '../scope/viewer-scope.js';
import type { Viewer } from '../shared/viewer.js';
import { loadMacdRequestView, type MacdRequestView } from './macd-request-view.js';

/**
 * One request with its history. Its requester sees it, and so does anyone whose scope covers
 * its cost center; to everyone else it does not exist (NOT_FOUND, not FORBIDDEN: ids are guessable).
 */
export async function getRequestStatus(input: { requestId: number; viewer: Viewer }, deps: DomainDeps): Promise<MacdRequestView> {
  const view = await loadMacdRequestView(input.requestId, deps);
  const notFound = new LedgerlineError('NOT_FOUND', `There is no request ${input.requestId} you can see.`);
  if (!view) throw notFound;
  if (view.requester.id === input.viewer.userId) return view;
  const scope = await resolveViewerScope(input.viewer, deps.prisma);
  if (scope.costCenterIds === null) return view;
  const record = await deps.prisma.macdRequest.findUnique({ where: { id: input.requestId }, select: { costCenterId: true } });
  if (record?.costCenterId !== null && record?.costCenterId !== undefined && scope.costCenterIds.includes(record.costCenterId)) return view;
  throw notFound;
}
