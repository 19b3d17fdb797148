import { z } from 'zod';
import type { Prisma } from '../../db/generated/client.js';
import { getFreshness } from '../freshness/get-freshness.js';
import { addMonths, dateFromIso, makePeriod, monthStart, periodInputSchema, toIsoDate } from '../periods/period.js';
import { resolveViewerScope } from '../scope/viewer-scope.js';
import { Decimal, sumDecimals } from '../shared/decimal.js';
import { resolveIdentifierKey } from '../inventory/resolve-identifier-key.js';
import { defineTool } from '../tools/define-tool.js';
import type { Period } from '../periods/period.js';
import type { ResultEnvelope } from '../tools/result-envelope.js';

export interface LineUsageRow {
  identifier: string;
  month: string;
  dataMb: string;
  voiceMinutes: number;
  messages: number;
}

export interface GetLineUsageResult extends ResultEnvelope {
  period: Period;
  rows: LineUsageRow[];
  totalCount: number;
  /** For one line: whether the inventory (as the viewer sees it) or the usage records know its number at all. */
  lineKnown?: boolean;
  totals: { dataMb: string; voiceMinutes: number; messages: number };
  page: number;
  pageSize: number;
}

export const getLineUsage = defineTool({
  name: 'get_line_usage',
  description:
    'Mobile usage (data MB, voice minutes, messages) per line and month, for one line or every line the viewer may see, with totals.',
  input: z.object({
    identifier: z.string().min(3).max(100).optional().describe('Phone number, any formatting; omit for every line'),
    period: periodInputSchema.optional().describe('Months to cover; defaults to the last 3 months with usage'),
    page: z.number().int().min(1).max(10_000).optional(),
    pageSize: z.number().int().min(1).max(500).optional().describe('Rows per page (default 50)'),
  }),
  async run(input, context): Promise<GetLineUsageResult> {
    const freshness = await getFreshness(context.prisma);
    const latest = freshness.usageThrough ? dateFromIso(freshness.usageThrough) : monthStart(addMonths(context.asOf, -1));
    const period = input.period
      ? makePeriod(input.period.start, input.period.end)
      : makePeriod(toIsoDate(addMonths(latest, -2)), toIsoDate(addMonths(latest, 1)));
    const scope = await resolveViewerScope(context.viewer, context.prisma);
    const and: Prisma.MobileUsageWhereInput[] = [{ period: { gte: dateFromIso(period.start), lt: dateFromIso(period.end) } }];
    const key = input.identifier ? await resolveIdentifierKey(input.identifier, context.prisma) : undefined;
    if (key !== undefined) and.push({ identifierKey: key });
    if (scope.costCenterIds !== null) {
      const lines = await context.prisma.service.findMany({
        where: { costCenterId: { in: scope.costCenterIds } },
        select: { identifierKey: true },
      });
      and.push({ identifierKey: { in: lines.map((line) => line.identifierKey) } });
    }
    const where = { AND: and };
    const page = input.page ?? 1;
    const pageSize = input.pageSize ?? 50;
    const [rows, aggregate] = await Promise.all([
      context.prisma.mobileUsage.findMany({
        where,
        orderBy: [{ identifierKey: 'asc' }, { period: 'asc' }],
        skip: (page - 1) * pageSize,
        take: pageSize,
      }),
      context.prisma.mobileUsage.aggregate({ where, _count: { _all: true }, _sum: { dataMb: true, voiceMinutes: true, messages: true } }),
    ]);
    // "No usage for +31 6 0458 1190" would say the line exists; a number nobody has is said so.
    const lineKnown =
      key === undefined || aggregate._count._all > 0
        ? undefined
        : (await context.prisma.service.findFirst({
            where: { identifierKey: key, ...(scope.costCenterIds !== null ? { costCenterId: { in: scope.costCenterIds } } : {}) },
            select: { id: true },
          })) !== null ||
          (scope.costCenterIds === null &&
            (await context.prisma.mobileUsage.findFirst({ where: { identifierKey: key }, select: { id: true } })) !== null);
    return {
      ...(lineKnown === undefined ? {} : { lineKnown }),
      filters: input.identifier ? { identifier: input.identifier } : {},
      period,
      freshness,
      rows: rows.map((row) => ({
        identifier: row.identifier,
        month: toIsoDate(row.period).slice(0, 7),
        dataMb: row.dataMb.toString(),
        voiceMinutes: row.voiceMinutes,
        messages: row.messages,
      })),
      totalCount: aggregate._count._all,
      totals: {
        dataMb: sumDecimals([new Decimal(aggregate._sum.dataMb ?? 0)]).toString(),
        voiceMinutes: aggregate._sum.voiceMinutes ?? 0,
        messages: aggregate._sum.messages ?? 0,
      },
      page,
      pageSize,
    };
  },
});
