import type { DomainDeps } from '../deps.js';
import { resolveViewerScope } from '../scope/viewer-scope.js';
import { Decimal, sumDecimals } from '../shared/decimal.js';
import type { Period } from '../periods/period.js';
import type { Viewer } from '../shared/viewer.js';
import { z } from 'zod';
import { getFreshness } from '../freshness/get-freshness.js';
import { lastCompleteMonth, periodInputSchema, resolvePeriod, toIsoDate } from '../periods/period.js';
import { defineTool } from '../tools/define-tool.js';
import type { ResultEnvelope } from '../tools/result-envelope.js';

export interface CompletedDisconnect {
  requestId: number;
  identifier: string;
  serviceType: string;
  vendor: string;
  costCenter: string | null;
  completedOn: string;
  /** The monthly recurring cost that stops. */
  monthlySaving: string;
  currency: string;
}

export interface DisconnectSummary {
  disconnects: CompletedDisconnect[];
  /** Per currency; each total is the sum of the rows above in that currency. */
  totals: Array<{ currency: string; monthlySaving: string; annualSaving: string; count: number }>;
}

/** Disconnect requests completed in a period, in the viewer's scope, and the monthly cost they stop. */
async function summarizeDisconnects(input: { period: Period; viewer: Viewer }, deps: DomainDeps): Promise<DisconnectSummary> {
  const scope = await resolveViewerScope(input.viewer, deps.prisma);
  const events = await deps.prisma.macdEvent.findMany({
    where: {
      toStatus: 'completed',
      at: { gte: new Date(`${input.period.start}T00:00:00Z`), lt: new Date(`${input.period.end}T00:00:00Z`) },
      request: { kind: 'disconnect', ...(scope.costCenterIds === null ? {} : { costCenterId: { in: scope.costCenterIds } }) },
    },
    include: {
      request: {
        include: {
          service: {
            select: {
              identifier: true,
              type: true,
              monthlyCost: true,
              currency: true,
              vendor: { select: { name: true } },
              costCenter: { select: { code: true } },
            },
          },
        },
      },
    },
    orderBy: [{ at: 'asc' }, { id: 'asc' }],
  });
  const disconnects: CompletedDisconnect[] = events.flatMap((event) => {
    const service = event.request.service;
    if (!service) return [];
    return [
      {
        requestId: event.requestId,
        identifier: service.identifier,
        serviceType: service.type,
        vendor: service.vendor.name,
        costCenter: service.costCenter?.code ?? null,
        completedOn: toIsoDate(event.at),
        monthlySaving: new Decimal(service.monthlyCost ?? 0).toFixed(2),
        currency: service.currency,
      },
    ];
  });
  const currencies = [...new Set(disconnects.map((row) => row.currency))].sort();
  const totals = currencies.map((currency) => {
    const rows = disconnects.filter((row) => row.currency === currency);
    const monthly = sumDecimals(rows.map((row) => row.monthlySaving));
    return { currency, monthlySaving: monthly.toFixed(2), annualSaving: monthly.times(12).toFixed(2), count: rows.length };
  });
  return { disconnects, totals };
}

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
