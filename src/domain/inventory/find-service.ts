import { z } from 'zod';
import { getFreshness } from '../freshness/get-freshness.js';
import { resolveViewerScope } from '../scope/viewer-scope.js';
import { resolveIdentifierKey } from './resolve-identifier-key.js';
import { defineTool } from '../tools/define-tool.js';
import type { ResultEnvelope } from '../tools/result-envelope.js';
import { serviceSelect, toServiceSummary, type ServiceSummary } from './service-summary.js';

export interface FindServiceResult extends ResultEnvelope {
  identifier: string;
  /** Exact matches on the identifier, any formatting; else services whose identifier contains it. */
  matches: ServiceSummary[];
  isExact: boolean;
}

export const findService = defineTool({
  name: 'find_service',
  description:
    'Finds a service by its identifier — a phone number in any formatting ("312-555-0100", "+1 (312) 555 0100") or a circuit id — and returns who has it, where, its vendor, cost center, status and monthly cost.',
  input: z.object({
    identifier: z.string().min(3).max(100).describe('Phone number or circuit id, any formatting'),
  }),
  async run(input, context): Promise<FindServiceResult> {
    const scope = await resolveViewerScope(context.viewer, context.prisma);
    const key = await resolveIdentifierKey(input.identifier, context.prisma);
    const inScope = scope.costCenterIds === null ? {} : { costCenterId: { in: scope.costCenterIds } };
    const freshness = await getFreshness(context.prisma);
    if (key.length === 0)
      return { filters: { identifier: input.identifier }, freshness, identifier: input.identifier, matches: [], isExact: false };
    const exact = await context.prisma.service.findMany({
      where: { identifierKey: key, ...inScope },
      select: serviceSelect,
      orderBy: { externalId: 'asc' },
    });
    const matches =
      exact.length > 0
        ? exact
        : await context.prisma.service.findMany({
            where: { identifierKey: { contains: key }, ...inScope },
            select: serviceSelect,
            orderBy: { identifier: 'asc' },
            take: 10,
          });
    return {
      filters: { identifier: input.identifier },
      freshness,
      identifier: input.identifier,
      matches: matches.map(toServiceSummary),
      isExact: exact.length > 0,
    };
  },
});
