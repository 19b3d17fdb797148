import type { MacdStatus } from '../../db/generated/client.js';
import type { DomainDeps } from '../deps.js';
import type { Viewer } from '../shared/viewer.js';
import { macdRequestInclude, openStatuses, toMacdRequestView, type MacdRequestView } from './macd-request-view.js';
import { z } from 'zod';
import { getFreshness } from '../freshness/get-freshness.js';
import { defineTool } from '../tools/define-tool.js';
import type { ResultEnvelope } from '../tools/result-envelope.js';

/** A person's own requests, newest first; open ones only unless asked otherwise. */
export async function listMyRequests(
  input: { viewer: Viewer; isOpenOnly?: boolean; limit?: number },
  deps: DomainDeps,
): Promise<MacdRequestView[]> {
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

// Read-only chat tools over MACD requests (this one, get-request-status.ts, summarize-disconnects.ts).
// Starting a request is never a tool: words only prefill a form (prefill-macd-form.ts) that the
// person submits themselves.

export interface ListMyRequestsResult extends ResultEnvelope {
  requests: MacdRequestView[];
  requestCount: number;
  /** False when the person is not a Ledgerline user, so they can have no requests. */
  isKnownPerson: boolean;
}

export const listMyRequestsTool = defineTool({
  name: 'list_my_requests',
  description:
    'The asking person\'s own MACD requests (move, add, change, disconnect of a service) with status, service, due date, who decided and the monthly saving or cost. Answers "my open requests", "status of my requests".',
  input: z.object({
    isOpenOnly: z.boolean().optional().describe('Only requests not yet completed, rejected or cancelled (default true)'),
    limit: z.number().int().min(1).max(100).optional().describe('Requests listed, newest first (default 20)'),
  }),
  async run(input, context): Promise<ListMyRequestsResult> {
    const isOpenOnly = input.isOpenOnly ?? true;
    const requests = await listMyRequests({ viewer: context.viewer, isOpenOnly, limit: input.limit ?? 20 }, context);
    return {
      filters: { requester: context.viewer.displayName, ...(isOpenOnly ? { status: ['submitted', 'approved', 'in_progress'] } : {}) },
      freshness: await getFreshness(context.prisma),
      requests,
      requestCount: requests.length,
      isKnownPerson: context.viewer.userId !== undefined,
    };
  },
});
