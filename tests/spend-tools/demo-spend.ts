import { Prisma } from '../../src/db/generated/client.js';
import type { PrismaClient } from '../../src/db/generated/client.js';
import type { Database } from '../../src/db/open-database.js';
import { loadDemoEnterprise } from '../../src/demo/load-demo-enterprise.js';
import { Decimal } from '../../src/domain/shared/decimal.js';
import type { ToolContext } from '../../src/domain/tools/define-tool.js';
import type { Viewer } from '../../src/domain/shared/viewer.js';
import { findTool } from '../../src/domain/tools/registry.js';
import { silentLogger } from '../../src/logger.js';
import { openTestDatabase } from '../support/test-database.js';

// The demo enterprise at a small scale, and spend summed straight from the raw rows (invoice
// lines by billing period, FOCUS rows by ChargePeriodStart, BilledCost) — never through the tools.

export const asOf = new Date('2026-11-26T12:00:00Z');
export const admin: Viewer = { displayName: 'Analyst', role: 'admin', costCenterScope: '*' };

export async function openDemoDatabase(): Promise<Database> {
  const database = await openTestDatabase();
  await loadDemoEnterprise(
    { asOf, seed: 42, scale: 0.05 },
    { prisma: database.prisma, now: () => asOf, logger: silentLogger, costCenterTagKeys: ['cost-center'] },
  );
  return database;
}

export function contextFor(database: Database, viewer: Viewer = admin): ToolContext {
  return { prisma: database.prisma, now: () => asOf, logger: silentLogger, viewer, asOf };
}

/** Calls a tool the way the orchestrator does: parse the arguments with its schema, then run. */
export async function callTool<Result>(name: string, args: unknown, context: ToolContext): Promise<Result> {
  const tool = findTool(name);
  if (!tool) throw new Error(`no tool ${name}`);
  return (await tool.run(tool.input.parse(args), context)) as Result;
}

export type RawGrouping = 'none' | 'vendor' | 'cost_center' | 'month' | 'source';

/**
 * Raw spend in [start, end), keyed by vendor name, cost-center code ('' when unallocated), month
 * (YYYY-MM), source ('invoice' | 'focus') or '' for the total.
 */
export async function rawSpend(
  prisma: PrismaClient,
  period: { start: string; end: string },
  options: { groupBy?: RawGrouping; costCenterCode?: string; vendor?: string; source?: 'invoice' | 'focus' } = {},
): Promise<Map<string, Decimal>> {
  const key = {
    none: Prisma.sql`''`,
    vendor: Prisma.sql`v.name`,
    cost_center: Prisma.sql`COALESCE(cc.code, '')`,
    month: Prisma.sql`to_char(x.day, 'YYYY-MM')`,
    source: Prisma.sql`x.source`,
  }[options.groupBy ?? 'none'];
  const costCenter = options.costCenterCode ? Prisma.sql`cc.code = ${options.costCenterCode}` : Prisma.sql`TRUE`;
  const vendor = options.vendor ? Prisma.sql`v.name = ${options.vendor}` : Prisma.sql`TRUE`;
  const source = options.source ? Prisma.sql`x.source = ${options.source}` : Prisma.sql`TRUE`;
  const start = new Date(`${period.start}T00:00:00Z`);
  const end = new Date(`${period.end}T00:00:00Z`);
  const rows = await prisma.$queryRaw<Array<{ key: string; amount: string }>>`
    SELECT ${key} AS key, sum(x.amount)::text AS amount
    FROM (
      SELECT 'invoice' AS source, l."periodStart" AS day, l."vendorId", s."costCenterId", l.amount::numeric AS amount
      FROM "InvoiceLine" l LEFT JOIN "Service" s ON s."identifierKey" = l."identifierKey"
      WHERE l."periodStart" >= ${start} AND l."periodStart" < ${end}
      UNION ALL
      SELECT 'focus', c."chargePeriodStart", c."vendorId", c."costCenterId", c."billedCost"
      FROM "CostRecord" c WHERE c."chargePeriodStart" >= ${start} AND c."chargePeriodStart" < ${end}
    ) x
    JOIN "Vendor" v ON v.id = x."vendorId"
    LEFT JOIN "CostCenter" cc ON cc.id = x."costCenterId"
    WHERE ${costCenter} AND ${vendor} AND ${source}
    GROUP BY 1`;
  return new Map(rows.map((row) => [row.key, new Decimal(row.amount)]));
}

export const total = (spend: Map<string, Decimal>): Decimal =>
  [...spend.values()].reduce((sum, amount) => sum.plus(amount), new Decimal(0));
