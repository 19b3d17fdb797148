import { isLedgerlineError, LedgerlineError } from '../../errors.js';
import type { DomainDeps } from '../deps.js';
import { resolveViewerScope } from '../scope/viewer-scope.js';
import type { Viewer } from '../shared/viewer.js';
import { loadMacdRequestView, type MacdRequestView } from './macd-request-view.js';
import { z } from 'zod';
import { getFreshness } from '../freshness/get-freshness.js';
import { defineTool } from '../tools/define-tool.js';
import type { ResultEnvelope } from '../tools/result-envelope.js';

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

export interface GetRequestStatusResult extends ResultEnvelope {
  requestId: number;
  /** null when there is no such request the person may see. */
  request: MacdRequestView | null;
}

export const getRequestStatusTool = defineTool({
  name: 'get_request_status',
  description:
    'One MACD request by its number: kind, status, service, requester, due date, the decision and who made it, and its full history (who moved it, when, with which note). Answers "status of request 42".',
  input: z.object({
    requestId: z.number().int().min(1).describe('The request number, e.g. 42'),
  }),
  async run(input, context): Promise<GetRequestStatusResult> {
    const freshness = await getFreshness(context.prisma);
    try {
      const request = await getRequestStatus({ requestId: input.requestId, viewer: context.viewer }, context);
      return { filters: { request: String(input.requestId) }, freshness, requestId: input.requestId, request };
    } catch (error) {
      if (isLedgerlineError(error) && error.code === 'NOT_FOUND')
        return { filters: { request: String(input.requestId) }, freshness, requestId: input.requestId, request: null };
      throw error;
    }
  },
});
