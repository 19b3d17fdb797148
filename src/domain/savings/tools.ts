import { z } from 'zod';
import { getFreshness } from '../freshness/get-freshness.js';
import { resolveViewerScope } from '../scope/viewer-scope.js';
import { defineTool } from '../tools/define-tool.js';
import type { ResultEnvelope } from '../tools/result-envelope.js';
import { findSavings, type FindSavingsResult } from './find-savings.js';
import { summarizeSavings } from './summarize-savings.js';

export interface FindSavingsToolResult extends ResultEnvelope, Omit<FindSavingsResult, 'opportunities'> {
  /** the largest savings first */
  opportunities: FindSavingsResult['opportunities'];
  opportunityCount: number;
}

export const findSavingsTool = defineTool({
  name: 'find_savings',
  description:
    'Savings opportunities with their monthly and annual saving: mobile lines with no usage for N months, services billed above the contracted rate or far above peers, cloud resources billed with no consumption. Each service-based one offers "Plan a disconnect" (its service id). Answers "how much could we save on mobility?".',
  input: z.object({
    domain: z.enum(['mobility', 'telecom', 'cloud']).optional().describe('Only this spend domain; all when omitted'),
    months: z.number().int().min(1).max(24).optional().describe('Months without usage that make a line or resource idle (default 3)'),
    limit: z.number().int().min(1).max(200).optional().describe('Opportunities listed (default 20); totals cover all'),
  }),
  async run(input, context): Promise<FindSavingsToolResult> {
    const scope = await resolveViewerScope(context.viewer, context.prisma);
    const result = await findSavings({ ...(input.months ? { months: input.months } : {}), ...(input.domain ? { domain: input.domain } : {}) }, context);
    let opportunities = result.opportunities;
    if (scope.costCenterIds !== null) {
      // Savings are named services' costs: a scoped viewer sees only their cost centers' services.
      const ids = opportunities.flatMap((item) => (item.serviceId === null ? [] : [item.serviceId]));
      const visible = new Set(
        (await context.prisma.service.findMany({ where: { id: { in: ids }, costCenterId: { in: scope.costCenterIds } }, select: { id: true } })).map((service) => service.id),
      );
      opportunities = opportunities.filter((item) => item.serviceId !== null && visible.has(item.serviceId));
    }
    const filters: Record<string, string | string[]> = { months: String(result.months) };
    if (input.domain) filters.domain = input.domain;
    const sorted = [...opportunities].sort((left, right) => right.monthlySaving.localeCompare(left.monthlySaving, undefined, { numeric: true }));
    return {
      ...result,
      ...summarizeSavings(opportunities),
      filters,
      freshness: await getFreshness(context.prisma),
      opportunities: sorted.slice(0, input.limit ?? 20),
      opportunityCount: opportunities.length,
    };
  },
});
