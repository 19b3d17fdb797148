import { z } from 'zod';
import { Prisma, type PrismaClient } from '../../db/generated/client.js';
import { getFreshness } from '../freshness/get-freshness.js';
import { lastCompleteMonth, periodInputSchema, resolvePeriod } from '../periods/period.js';
import { resolveViewerScope } from '../scope/viewer-scope.js';
import { Decimal } from '../shared/decimal.js';
import { defineTool } from '../tools/define-tool.js';
import type { Period } from '../periods/period.js';
import type { ResultEnvelope } from '../tools/result-envelope.js';
import { firstServiceOfIdentifierSql } from '../spend/first-service-of-identifier.js';
import { serviceMonthSpendSql, wholeMonthsOf } from '../spend/service-month-spend.js';
import { readIsRollupCurrent } from '../spend/spend-query.js';
import { serviceStatuses, serviceTypes } from './service-filters.js';
import { resolveServiceSqlFilters } from './service-sql-condition.js';

export const serviceRankings = ['invoiced_cost', 'monthly_cost', 'data_mb', 'voice_minutes', 'messages'] as const;
export type ServiceRanking = (typeof serviceRankings)[number];

export interface RankedService {
  serviceId: string;
  identifier: string;
  type: string;
  status: string;
  vendor: string;
  location: string | null;
  costCenter: string | null;
  assignee: string | null;
  /** Decimal string: money, megabytes, or a whole number of minutes or messages. */
  value: string;
  /** Set when the value is money. */
  currency?: string;
}

export interface RankServicesResult extends ResultEnvelope {
  sortBy: ServiceRanking;
  order: 'desc' | 'asc';
  top: number;
  /** 'USD' for money, else 'MB', 'minutes' or 'messages'. */
  unit: string;
  /** The billing or usage month(s); absent for the inventory's monthly cost, which has no period. */
  period?: Period;
  /** Services that had a value to rank by (billed, with usage, or with a recorded monthly cost). */
  rankedCount: number;
  services: RankedService[];
}

export const rankServices = defineTool({
  name: 'rank_services',
  description:
    'Individual services (mobile lines, circuits, trunks…) sorted by what they cost or use: invoiced cost in a period (default), the inventory monthly cost, or mobile data, voice minutes or messages in a usage month. Use for "10 most expensive mobile lines", "lines using the most data", "lines with the most voice minutes", "cheapest circuits". Returns the top N with assignee, vendor, location and cost center.',
  input: z.object({
    types: z
      .array(z.enum(serviceTypes))
      .optional()
      .describe('Service types to rank; omit for every type (usage sorts only have mobile lines)'),
    sortBy: z
      .enum(serviceRankings)
      .optional()
      .describe(
        'invoiced_cost (default: billed in the period), monthly_cost (inventory MRC), data_mb, voice_minutes or messages (usage in the period)',
      ),
    order: z.enum(['desc', 'asc']).optional().describe('desc (default): highest first; asc: lowest first'),
    top: z.number().int().min(1).max(100).optional().describe('How many services to return (default 10)'),
    period: periodInputSchema.optional().describe('Billing or usage month(s); defaults to the last complete month'),
    vendors: z.array(z.string().min(1).max(100)).max(20).optional().describe('Vendor names or aliases'),
    locations: z.array(z.string().min(1).max(100)).max(50).optional().describe('Location names, cities or countries'),
    costCenters: z.array(z.string().min(1).max(100)).max(50).optional().describe('Cost-center codes or names'),
    statuses: z.array(z.enum(serviceStatuses)).optional().describe('Statuses; omit for every status'),
  }),
  async run(input, context): Promise<RankServicesResult> {
    const sortBy = input.sortBy ?? 'invoiced_cost';
    const order = input.order ?? 'desc';
    const top = input.top ?? 10;
    const scope = await resolveViewerScope(context.viewer, context.prisma);
    const filters = await resolveServiceSqlFilters(input, scope, context.prisma);
    const period = sortBy === 'monthly_cost' ? undefined : resolvePeriod(input.period, () => lastCompleteMonth(context.asOf));
    const rollupIsCurrent = sortBy === 'invoiced_cost' && (await readIsRollupCurrent(context.prisma));
    const ranked = await rankedRows(context.prisma, {
      sortBy,
      order,
      top,
      period,
      condition: filters.condition,
      rollupIsCurrent,
    });
    const details = await context.prisma.service.findMany({
      where: { id: { in: ranked.rows.map((row) => row.id) } },
      select: {
        id: true,
        externalId: true,
        identifier: true,
        type: true,
        status: true,
        assignee: true,
        vendor: { select: { name: true } },
        location: { select: { name: true } },
        costCenter: { select: { code: true, name: true } },
      },
    });
    const byId = new Map(details.map((service) => [service.id, service]));
    const isMoney = sortBy === 'invoiced_cost' || sortBy === 'monthly_cost';
    return {
      filters: filters.described,
      ...(period ? { period } : {}),
      freshness: await getFreshness(context.prisma),
      sortBy,
      order,
      top,
      unit: isMoney
        ? (ranked.rows[0]?.currency ?? 'USD')
        : ({ data_mb: 'MB', voice_minutes: 'minutes', messages: 'messages' } as const)[sortBy],
      rankedCount: ranked.count,
      services: ranked.rows.flatMap((row) => {
        const service = byId.get(row.id);
        if (!service) return [];
        return [
          {
            serviceId: service.externalId,
            identifier: service.identifier,
            type: service.type,
            status: service.status,
            vendor: service.vendor.name,
            location: service.location?.name ?? null,
            costCenter: service.costCenter ? `${service.costCenter.code} ${service.costCenter.name}` : null,
            assignee: service.assignee,
            value: new Decimal(row.value).toString(),
            ...(isMoney && row.currency ? { currency: row.currency } : {}),
          },
        ];
      }),
    };
  },
});

interface RankedRow {
  id: number;
  value: string;
  currency: string | null;
}

/**
 * The top services and how many had a value. From ServiceMonthSpend (current, whole months) the
 * count is its own query, so the ranking can stop at its LIMIT; otherwise every value is worked
 * out anyway and a window counts them in the same pass.
 */
async function rankedRows(
  prisma: PrismaClient,
  query: {
    sortBy: ServiceRanking;
    order: 'desc' | 'asc';
    top: number;
    period: Period | undefined;
    condition: Prisma.Sql;
    rollupIsCurrent: boolean;
  },
): Promise<{ rows: RankedRow[]; count: number }> {
  const direction = query.order === 'desc' ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const months = query.rollupIsCurrent && query.period ? wholeMonthsOf(query.period) : null;
  if (months) {
    const values = serviceMonthSpendSql(months, query.condition);
    const [rows, [counted]] = await Promise.all([
      prisma.$queryRaw<RankedRow[]>`
        SELECT v.id, v.value::text AS value, v.currency FROM ${values} v
        ORDER BY v.value ${direction}, v.identifier, v.id LIMIT ${query.top}`,
      prisma.$queryRaw<Array<{ ranked: number }>>`SELECT count(*)::int AS ranked FROM ${values} v`,
    ]);
    return { rows, count: counted?.ranked ?? 0 };
  }
  const rows = await prisma.$queryRaw<Array<RankedRow & { ranked: number }>>`
    SELECT v.id, v.value::text AS value, v.currency, count(*) OVER ()::int AS ranked
    FROM ${valuesSql(query.sortBy, query.period, query.condition, query.rollupIsCurrent)} v
    ORDER BY v.value ${direction}, v.identifier, v.id
    LIMIT ${query.top}`;
  return { rows, count: rows[0]?.ranked ?? 0 };
}

/** One row per rankable service: id, identifier (the tie-break), value and, for money, currency. */
function valuesSql(sortBy: ServiceRanking, period: Period | undefined, condition: Prisma.Sql, rollupIsCurrent: boolean): Prisma.Sql {
  const start = period ? new Date(`${period.start}T00:00:00Z`) : null;
  const end = period ? new Date(`${period.end}T00:00:00Z`) : null;
  switch (sortBy) {
    case 'monthly_cost':
      return Prisma.sql`(SELECT s.id, s.identifier, s."monthlyCost" AS value, s.currency FROM "Service" s WHERE s."monthlyCost" IS NOT NULL AND ${condition})`;
    case 'invoiced_cost':
      // Lines reach the first service with their identifier, as in every spend answer.
      return Prisma.sql`(
        SELECT s.id, s.identifier, b.amount AS value, b.currency
        FROM (
          SELECT l."identifierKey", sum(l.amount) AS amount, min(i.currency) AS currency
          FROM "InvoiceLine" l JOIN "Invoice" i ON i.id = l."invoiceId"
          WHERE l."periodStart" >= ${start} AND l."periodStart" < ${end} AND l."identifierKey" IS NOT NULL
          GROUP BY l."identifierKey"
        ) b
        JOIN ${firstServiceOfIdentifierSql(rollupIsCurrent)} first ON first."identifierKey" = b."identifierKey"
        JOIN "Service" s ON s.id = first.id
        WHERE ${condition})`;
    case 'data_mb':
    case 'voice_minutes':
    case 'messages': {
      const column = { data_mb: Prisma.sql`u."dataMb"`, voice_minutes: Prisma.sql`u."voiceMinutes"`, messages: Prisma.sql`u.messages` }[
        sortBy
      ];
      return Prisma.sql`(
        SELECT s.id, s.identifier, sum(${column})::numeric AS value, NULL::text AS currency
        FROM "MobileUsage" u JOIN "Service" s ON s."identifierKey" = u."identifierKey"
        WHERE u.period >= ${start} AND u.period < ${end} AND ${condition}
        GROUP BY s.id, s.identifier)`;
    }
  }
}
