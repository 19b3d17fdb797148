import { z } from 'zod';
import { Prisma } from '../../db/generated/client.js';
import { getFreshness } from '../freshness/get-freshness.js';
import { addMonths, dateFromIso, makePeriod, monthStart, toIsoDate } from '../periods/period.js';
import { describeCostCenters, resolveCostCentersWithChildren, resolveLocations, resolveVendors } from '../scope/resolve-named-filters.js';
import { intersectScope, resolveViewerScope } from '../scope/viewer-scope.js';
import { answerCurrency, type ByCurrency } from '../shared/answer-currency.js';
import { Decimal, sumDecimals } from '../shared/decimal.js';
import { defineTool, type ToolContext } from '../tools/define-tool.js';
import { answerPerCurrency } from '../tools/answer-per-currency.js';
import type { Period } from '../periods/period.js';
import type { ResultEnvelope } from '../tools/result-envelope.js';

export interface ZeroUsageLine {
  identifier: string;
  vendor: string;
  assignee: string | null;
  costCenter: string | null;
  location: string | null;
  monthlyCost: string | null;
}

export interface FindZeroUsageLinesResult extends ResultEnvelope {
  period: Period;
  months: number;
  lines: ZeroUsageLine[];
  totalCount: number;
  /** What the selection costs a month per the inventory: the saving if they were disconnected. */
  monthlyCost: string;
  currency: string;
}

/** One result, or one per currency when the amounts are in more than one (never summed across them). */
export type FindZeroUsageLinesOutput = FindZeroUsageLinesResult | (ResultEnvelope & ByCurrency<FindZeroUsageLinesResult>);

const findZeroUsageLinesInput = z.object({
  months: z.number().int().min(1).max(24).optional().describe('How many months with no usage (default 3)'),
  vendors: z.array(z.string().min(1).max(100)).max(20).optional().describe('Vendor names or aliases'),
  costCenters: z.array(z.string().min(1).max(100)).max(50).optional().describe('Cost-center codes or names'),
  locations: z.array(z.string().min(1).max(100)).max(50).optional().describe('Location names, cities or countries'),
  limit: z.number().int().min(1).max(500).optional().describe('Lines listed (default 50); the count covers all'),
});
type FindZeroUsageLinesInput = z.output<typeof findZeroUsageLinesInput>;

export const findZeroUsageLines = defineTool({
  name: 'find_zero_usage_lines',
  description:
    'Active mobile lines with no data, no voice minutes and no messages in each of the last N months of usage (a month with no usage record counts as no usage), with their monthly cost — the classic saving.',
  input: findZeroUsageLinesInput,
  run: (input, context): Promise<FindZeroUsageLinesOutput> => answerPerCurrency((currency) => zeroUsageIn(input, currency, context)),
});

async function zeroUsageIn(
  input: FindZeroUsageLinesInput,
  currency: string | undefined,
  context: ToolContext,
): Promise<{ result: FindZeroUsageLinesResult; currencies: string[] }> {
  const months = input.months ?? 3;
  const freshness = await getFreshness(context.prisma);
  const latest = freshness.usageThrough ? dateFromIso(freshness.usageThrough) : monthStart(addMonths(context.asOf, -1));
  const start = addMonths(latest, -(months - 1));
  const end = addMonths(latest, 1);
  const scope = await resolveViewerScope(context.viewer, context.prisma);
  const vendors = await resolveVendors(input.vendors, context.prisma);
  const locations = await resolveLocations(input.locations, context.prisma);
  const costCenters = await resolveCostCentersWithChildren(input.costCenters, context.prisma);
  const allowed = intersectScope(costCenters ? costCenters.map((costCenter) => costCenter.id) : null, scope);
  const conditions: Prisma.Sql[] = [Prisma.sql`s.type = 'mobile_line'`, Prisma.sql`s.status = 'active'`];
  // A line that started inside the window has not had N months to be used.
  conditions.push(Prisma.sql`(s."startDate" IS NULL OR s."startDate" < ${start})`);
  if (vendors) conditions.push(Prisma.sql`s."vendorId" IN (${Prisma.join(vendors.map((vendor) => vendor.id))})`);
  if (locations) conditions.push(Prisma.sql`s."locationId" IN (${Prisma.join(locations.map((location) => location.id))})`);
  if (currency !== undefined) conditions.push(Prisma.sql`s.currency = ${currency}`);
  if (allowed !== null) conditions.push(allowed.length > 0 ? Prisma.sql`s."costCenterId" IN (${Prisma.join(allowed)})` : Prisma.sql`FALSE`);
  const rows = await context.prisma.$queryRaw<Array<ZeroUsageLine & { currency: string }>>`
      SELECT s.identifier, v.name AS vendor, s.assignee, cc.code || ' ' || cc.name AS "costCenter", loc.name AS location, s."monthlyCost"::text AS "monthlyCost", s.currency
      FROM "Service" s
      JOIN "Vendor" v ON v.id = s."vendorId"
      LEFT JOIN "CostCenter" cc ON cc.id = s."costCenterId"
      LEFT JOIN "Location" loc ON loc.id = s."locationId"
      WHERE ${Prisma.join(conditions, ' AND ')}
        AND NOT EXISTS (
          SELECT 1 FROM "MobileUsage" u
          WHERE u."identifierKey" = s."identifierKey" AND u.period >= ${start} AND u.period < ${end}
            AND (u."dataMb" > 0 OR u."voiceMinutes" > 0 OR u.messages > 0))
      ORDER BY s."monthlyCost" DESC NULLS LAST, s.identifier`;
  const filters: Record<string, string | string[]> = { months: String(months) };
  if (vendors) filters.vendors = vendors.map((vendor) => vendor.name);
  if (locations) filters.locations = locations.map((location) => location.name);
  if (costCenters) filters.costCenters = describeCostCenters(costCenters);
  const zeroUsage: FindZeroUsageLinesResult = {
    filters,
    period: makePeriod(toIsoDate(start), toIsoDate(end)),
    freshness,
    months,
    lines: rows.slice(0, input.limit ?? 50).map(({ currency: _currency, ...row }) => ({
      ...row,
      monthlyCost: row.monthlyCost === null ? null : new Decimal(row.monthlyCost).toString(),
    })),
    totalCount: rows.length,
    monthlyCost: sumDecimals(rows.map((row) => row.monthlyCost ?? 0)).toString(),
    currency: answerCurrency(rows.filter((row) => row.monthlyCost !== null).map((row) => row.currency)),
  };
  return { result: zeroUsage, currencies: [...new Set(rows.map((row) => row.currency))].sort() };
}
