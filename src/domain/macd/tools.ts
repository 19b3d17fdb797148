import { z } from 'zod';
import { isLedgerlineError } from '../../errors.js';
import { getFreshness } from '../freshness/get-freshness.js';
import { lastCompleteMonth, periodInputSchema, resolvePeriod } from '../periods/period.js';
import { defineTool } from '../tools/define-tool.js';
import type { ResultEnvelope } from '../tools/result-envelope.js';
import { getRequestStatus } from './get-request-status.js';
import { listMyRequests } from './list-my-requests.js';
import type { MacdRequestView } from './macd-request-view.js';
import { summarizeDisconnects, type DisconnectSummary } from './summarize-disconnects.js';

// Read-only chat tools over MACD requests. Starting a request is never a tool: words only
// prefill a form (prefill-macd-form.ts) that the person submits themselves.

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
      if (isLedgerlineError(error) && error.code === 'NOT_FOUND') return { filters: { request: String(input.requestId) }, freshness, requestId: input.requestId, request: null };
      throw error;
    }
  },
});

export interface SummarizeDisconnectsResult extends ResultEnvelope, DisconnectSummary {}

export const summarizeDisconnectsTool = defineTool({
  name: 'summarize_disconnects',
  description:
    'Services disconnected through completed MACD disconnect requests in a period, and the monthly (and annualized) recurring cost that stops, per currency. Answers "what did we disconnect last month and what does it save?". Defaults to the last complete month.',
  input: z.object({
    period: periodInputSchema.optional().describe('When the disconnects were completed; last complete month when omitted'),
  }),
  async run(input, context): Promise<SummarizeDisconnectsResult> {
    const period = resolvePeriod(input.period, () => lastCompleteMonth(context.asOf));
    const summary = await summarizeDisconnects({ period, viewer: context.viewer }, context);
    return { filters: {}, period, freshness: await getFreshness(context.prisma), ...summary };
  },
});

/** Add these to src/domain/tools/registry.ts (and their names to ToolName). */
export const macdTools = [listMyRequestsTool, getRequestStatusTool, summarizeDisconnectsTool] as const;
