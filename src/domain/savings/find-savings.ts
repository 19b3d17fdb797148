import type { DomainDeps } from '../deps.js';
import { findAboveRateSavings } from './find-above-rate-savings.js';
import { findIdleCloudSavings } from './find-idle-cloud-savings.js';
import { findZeroUsageSavings } from './find-zero-usage-savings.js';
import type { SavingDomain, SavingOpportunity } from './saving-opportunity.js';
import { summarizeSavings, type SavingsSummary } from './summarize-savings.js';
import { z } from 'zod';
import { getFreshness } from '../freshness/get-freshness.js';
import { resolveViewerScope } from '../scope/viewer-scope.js';
import { defineTool } from '../tools/define-tool.js';
import type { ResultEnvelope } from '../tools/result-envelope.js';
import { toIsoDate, addMonths, monthStart } from '../periods/period.js';

export interface FindSavingsInput {
  /** months without usage that make a line or resource idle (default 3) */
  months?: number;
  domain?: SavingDomain;
}

export interface FindSavingsResult {
  months: number;
  /** the usage months examined, YYYY-MM-DD, end exclusive; null when no usage is imported */
  usageWindow: { start: string; end: string } | null;
  /** the invoice month examined for prices, YYYY-MM-DD */
  invoicePeriod: string | null;
  opportunities: SavingOpportunity[];
  totals: SavingsSummary['totals'];
  byKind: SavingsSummary['byKind'];
}

const monthAfter = (date: Date) => addMonths(monthStart(date), 1);
const monthsBefore = (date: Date, months: number) => addMonths(monthStart(date), -months);

/**
 * What could be saved a month and a year: idle mobile lines, services billed above contract or
 * far above their peers, idle cloud resources. Windows end at the latest imported data, not at
 * today, so a late import does not make every line look idle.
 */
export async function findSavings(input: FindSavingsInput, deps: DomainDeps): Promise<FindSavingsResult> {
  const months = input.months ?? 3;
  const [usage, invoices, cloud] = await Promise.all([
    deps.prisma.mobileUsage.aggregate({ _max: { period: true } }),
    deps.prisma.invoice.aggregate({ _max: { periodStart: true } }),
    deps.prisma.costRecord.aggregate({ _max: { chargePeriodStart: true } }),
  ]);
  const latestUsage = usage._max.period;
  const latestInvoice = invoices._max.periodStart;
  const latestCloud = cloud._max.chargePeriodStart;
  const wants = (domain: SavingDomain) => input.domain === undefined || input.domain === domain;

  const usageWindow = latestUsage ? { start: monthsBefore(latestUsage, months - 1), end: monthAfter(latestUsage) } : null;
  // The cloud month in progress is provisional: count complete months only.
  const cloudWindow = latestCloud ? { start: monthsBefore(latestCloud, months), end: monthsBefore(latestCloud, 0) } : null;
  const found = await Promise.all([
    usageWindow && wants('mobility') ? findZeroUsageSavings(usageWindow, deps) : [],
    latestInvoice && (wants('mobility') || wants('telecom')) ? findAboveRateSavings(latestInvoice, deps) : [],
    cloudWindow && wants('cloud') ? findIdleCloudSavings(cloudWindow, months, deps) : [],
  ]);
  const opportunities = found.flat().filter((opportunity) => wants(opportunity.domain));
  const { totals, byKind } = summarizeSavings(opportunities);
  return {
    months,
    usageWindow: usageWindow ? { start: toIsoDate(usageWindow.start), end: toIsoDate(usageWindow.end) } : null,
    invoicePeriod: latestInvoice ? toIsoDate(latestInvoice) : null,
    opportunities,
    totals,
    byKind,
  };
}

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
    const result = await findSavings(
      { ...(input.months ? { months: input.months } : {}), ...(input.domain ? { domain: input.domain } : {}) },
      context,
    );
    let opportunities = result.opportunities;
    if (scope.costCenterIds !== null) {
      // Savings are named services' costs: a scoped viewer sees only their cost centers' services.
      const ids = opportunities.flatMap((item) => (item.serviceId === null ? [] : [item.serviceId]));
      const visible = new Set(
        (
          await context.prisma.service.findMany({
            where: { id: { in: ids }, costCenterId: { in: scope.costCenterIds } },
            select: { id: true },
          })
        ).map((service) => service.id),
      );
      opportunities = opportunities.filter((item) => item.serviceId !== null && visible.has(item.serviceId));
    }
    const filters: Record<string, string | string[]> = { months: String(result.months) };
    if (input.domain) filters.domain = input.domain;
    const sorted = [...opportunities].sort((left, right) =>
      right.monthlySaving.localeCompare(left.monthlySaving, undefined, { numeric: true }),
    );
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
