import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '../../src/db/generated/client.js';
import type { Database } from '../../src/db/open-database.js';
import { loadDemoEnterprise } from '../../src/demo/load-demo-enterprise.js';
import { projectSpend } from '../../src/domain/forecast/project-spend.js';
import { makePeriod } from '../../src/domain/periods/period.js';
import { Decimal } from '../../src/domain/shared/decimal.js';
import { rebuildInvoiceSpendRollup } from '../../src/domain/spend/rebuild-invoice-spend-rollup.js';
import { sumSpendGroups } from '../../src/domain/spend/spend-breakdown.js';
import { createMaintenanceJobs } from '../../src/jobs/maintenance-jobs.js';
import { silentLogger } from '../../src/logger.js';
import type { GetUnitCostsResult } from '../../src/domain/inventory/get-unit-costs.js';
import type { RankServicesResult } from '../../src/domain/inventory/rank-services.js';
import type { GetUnallocatedSpendResult } from '../../src/domain/spend/get-unallocated-spend.js';
import { openTestDatabase } from '../support/test-database.js';
import { callTool, contextFor } from '../spend-tools/demo-spend.js';

// Invoice spend is read from InvoiceSpendDaily only while no invoice line, invoice or service has
// changed since it was built; otherwise from the raw lines. Either way the figures are the same.
const asOf = new Date('2026-11-26T00:00:00Z');
let database: Database;

const isCurrent = async () => {
  const [row] = await database.prisma.$queryRaw<
    { current: boolean }[]
  >`SELECT "sourceVersion" = "builtFromVersion" AS current FROM "SpendRollupVersion" WHERE id = 1`;
  return row?.current ?? false;
};
const byCostCenter = () =>
  sumSpendGroups(database.prisma, {
    period: { start: '2026-08-01', end: '2026-11-01' },
    condition: Prisma.sql`r.domain IN ('telecom', 'mobility')`,
    dimension: 'cost_center',
  });
const thisYearByVendor = () =>
  sumSpendGroups(database.prisma, { period: { start: '2026-01-01', end: '2026-11-26' }, condition: Prisma.sql`TRUE`, dimension: 'vendor' });

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemoEnterprise(
    { asOf, seed: 42, scale: 0.02 },
    { prisma: database.prisma, now: () => asOf, logger: silentLogger, costCenterTagKeys: ['cost-center'] },
  );
}, 300_000);

afterAll(async () => {
  await database?.close();
});

describe('invoice spend rollup', () => {
  it('is current after the demo load and gives the raw lines figures', async () => {
    expect(await isCurrent()).toBe(true);
    const fromRollup = await byCostCenter();
    const yearFromRollups = await thisYearByVendor();
    // Any statement on the source tables makes the rollup stale: answers fall back to the raw lines.
    await database.prisma.$executeRaw`UPDATE "Service" SET "assignee" = "assignee" WHERE id = (SELECT min(id) FROM "Service")`;
    expect(await isCurrent()).toBe(false);
    expect(await byCostCenter()).toEqual(fromRollup);
    expect(await thisYearByVendor()).toEqual(yearFromRollups);
  });

  it('gives the forecast the same billed charges as the raw lines, prorated services included', async () => {
    await rebuildInvoiceSpendRollup(database.prisma);
    expect(await isCurrent()).toBe(true);
    const forecast = async () => {
      const projection = await projectSpend(
        { period: makePeriod('2026-11-01', '2027-01-01'), asOf, condition: Prisma.sql`TRUE` },
        database.prisma,
      );
      // Averages are divisions: (a + b) / 3 and a / 3 + b / 3 differ in the 20th digit, so amounts
      // are compared to ten decimal places, far below a cent.
      const json = JSON.stringify(projection, (_key, value: unknown) =>
        typeof value === 'string' && /^-?\d+\.\d+$/.test(value) ? new Decimal(value).toFixed(10) : value,
      );
      const parsed = JSON.parse(json) as Record<string, unknown> & { notes: unknown[] };
      return { ...parsed, notes: parsed.notes.map((note) => JSON.stringify(note)).sort() };
    };
    const fromRollup = await forecast();
    // The demo disconnects lines: those are read line by line even while the rollup is current.
    expect(fromRollup.notes.length).toBeGreaterThan(0);
    await database.prisma.$executeRaw`UPDATE "Service" SET "assignee" = "assignee" WHERE id = (SELECT min(id) FROM "Service")`;
    expect(await isCurrent()).toBe(false);
    expect(await forecast()).toEqual(fromRollup);
  });

  it('gives unallocated spend the same reasons as the raw lines, each of the three invoice reasons', async () => {
    // A billed service without a cost center, and a billed identifier missing from the inventory.
    await database.prisma.$executeRaw`
      UPDATE "Service" SET "costCenterId" = NULL WHERE id = (
        SELECT min(s.id) FROM "Service" s JOIN "InvoiceLine" l ON l."identifierKey" = s."identifierKey"
        WHERE l."periodStart" = '2026-10-01' AND s."costCenterId" IS NOT NULL)`;
    await database.prisma.$executeRaw`
      UPDATE "InvoiceLine" SET "identifierKey" = 'notininventory1', identifier = 'not-in-inventory-1' WHERE id = (
        SELECT min(id) FROM "InvoiceLine" WHERE "periodStart" = '2026-10-01' AND "identifierKey" IS NOT NULL)`;
    await rebuildInvoiceSpendRollup(database.prisma);
    expect(await isCurrent()).toBe(true);
    const unallocated = (args: object) =>
      callTool<GetUnallocatedSpendResult>('get_unallocated_spend', args, contextFor(database)).then((result) => ({
        ...result,
        freshness: undefined,
      }));
    const questions = [{}, { vendors: ['Verizon'] }, { domains: ['telecom', 'mobility'], chargeTypes: ['tax'] }];
    const fromRollup = await Promise.all(questions.map(unallocated));
    expect(fromRollup[0]!.reasons.map((row) => row.reason).sort()).toEqual([
      'account_level_invoice_lines',
      'identifier_not_in_inventory',
      'service_without_cost_center',
      'untagged_cloud_rows',
    ]);
    await database.prisma.$executeRaw`UPDATE "Service" SET "assignee" = "assignee" WHERE id = (SELECT min(id) FROM "Service")`;
    expect(await isCurrent()).toBe(false);
    expect(await Promise.all(questions.map(unallocated))).toEqual(fromRollup);
  });

  it('is not read once a service moves to another cost center, until it is rebuilt', async () => {
    await rebuildInvoiceSpendRollup(database.prisma);
    const before = await byCostCenter();
    // A MACD "move" of a billed line to another cost center, as complete-macd-request.ts does it.
    const [line] = await database.prisma.$queryRaw<{ id: number; costCenterId: number }[]>`
      SELECT s.id, s."costCenterId" FROM "Service" s
      WHERE s.type = 'mobile_line' AND s."costCenterId" IS NOT NULL
        AND EXISTS (SELECT 1 FROM "InvoiceLine" l WHERE l."identifierKey" = s."identifierKey" AND l."periodStart" >= '2026-08-01')
      ORDER BY s.id LIMIT 1`;
    const [other] = await database.prisma.$queryRaw<
      { id: number }[]
    >`SELECT id FROM "CostCenter" WHERE id <> ${line?.costCenterId} ORDER BY id LIMIT 1`;
    await database.prisma.service.update({ where: { id: line?.id as number }, data: { costCenterId: other?.id as number } });
    const afterMove = await byCostCenter();
    expect(afterMove).not.toEqual(before);
    await rebuildInvoiceSpendRollup(database.prisma);
    expect(await isCurrent()).toBe(true);
    expect(await byCostCenter()).toEqual(afterMove);
  });

  it('gives ranked lines (one month, several, part of one) and unit costs the first service of each identifier, from the tables or worked out', async () => {
    await rebuildInvoiceSpendRollup(database.prisma);
    expect(await isCurrent()).toBe(true);
    const context = contextFor(database);
    const question = {
      ranked: { types: ['mobile_line'], top: 100, period: { start: '2026-10-01', end: '2026-11-01' } },
      rankedCircuitsOverAQuarter: { types: ['circuit'], order: 'asc', top: 5, period: { start: '2026-07-01', end: '2026-10-01' } },
      rankedFromMidMonth: { top: 20, period: { start: '2026-09-15', end: '2026-11-01' } },
      unitCosts: { serviceType: 'mobile_line', groupBy: 'cost_center', period: { start: '2026-10-01', end: '2026-11-01' } },
    };
    const answers = async () => ({
      ranked: await callTool<RankServicesResult>('rank_services', question.ranked, context).then(({ freshness: _, ...rest }) => rest),
      rankedCircuitsOverAQuarter: await callTool<RankServicesResult>('rank_services', question.rankedCircuitsOverAQuarter, context).then(
        ({ freshness: _, ...rest }) => rest,
      ),
      rankedFromMidMonth: await callTool<RankServicesResult>('rank_services', question.rankedFromMidMonth, context).then(
        ({ freshness: _, ...rest }) => rest,
      ),
      unitCosts: await callTool<GetUnitCostsResult>('get_unit_costs', question.unitCosts, context).then(
        ({ freshness: _, ...rest }) => rest,
      ),
    });
    const fromTable = await answers();
    expect(fromTable.ranked.rankedCount).toBeGreaterThan(10);
    expect(fromTable.rankedCircuitsOverAQuarter.services).toHaveLength(5);
    expect(fromTable.rankedFromMidMonth.services).toHaveLength(20);
    // The month table holds each month's lines summed once: its total is the lines' total.
    const [sums] = await database.prisma.$queryRaw<{ table: string; lines: string }[]>`
      SELECT (SELECT sum(amount) FROM "ServiceMonthSpend" WHERE month = '2026-10-01')::text AS table,
        (SELECT sum(l.amount) FROM "InvoiceLine" l JOIN "ServiceOfIdentifier" f ON f."identifierKey" = l."identifierKey"
         WHERE l."periodStart" >= '2026-10-01' AND l."periodStart" < '2026-11-01')::text AS lines`;
    expect(new Decimal(sums!.table).toString()).toBe(new Decimal(sums!.lines).toString());
    await database.prisma.$executeRaw`UPDATE "Service" SET "assignee" = "assignee" WHERE id = (SELECT min(id) FROM "Service")`;
    expect(await isCurrent()).toBe(false);
    expect(await answers()).toEqual(fromTable);

    // A line billed but not in the inventory is added to it: while the table predates it, answers
    // work the map out again, so the line is ranked at once.
    const [billed] = await database.prisma.$queryRaw<{ identifier: string; identifierKey: string; vendorId: number }[]>`
      SELECT l.identifier, l."identifierKey", l."vendorId" FROM "InvoiceLine" l
      WHERE l."periodStart" = '2026-10-01' AND l."identifierKey" = 'notininventory1' LIMIT 1`;
    expect(billed).toBeDefined();
    expect(fromTable.ranked.services.map((service) => service.identifier)).not.toContain('not-in-inventory-1');
    await database.prisma.service.create({
      data: {
        externalId: 'added-after-rollup',
        type: 'mobile_line',
        identifier: 'not-in-inventory-1',
        identifierKey: 'notininventory1',
        vendorId: billed!.vendorId,
        status: 'active',
      },
    });
    const ranked = await callTool<RankServicesResult>('rank_services', { ...question.ranked, order: 'asc', top: 100 }, context);
    expect(ranked.rankedCount).toBe(fromTable.ranked.rankedCount + 1);
    expect(ranked.services.map((service) => service.serviceId)).toContain('added-after-rollup');
  });

  it('refills only the months whose lines, invoices or services changed, and ends equal to a fill from scratch', async () => {
    // Every (month, service) row the table should hold, worked out from the lines as they are now.
    const differences = async () => {
      const [row] = await database.prisma.$queryRaw<{ missing: number; extra: number }[]>`
        WITH expected AS (
          SELECT date_trunc('month', l."periodStart")::date AS month, f."serviceId", min(i.currency) AS currency, sum(l.amount) AS amount
          FROM "InvoiceLine" l JOIN "Invoice" i ON i.id = l."invoiceId"
          JOIN "ServiceOfIdentifier" f ON f."identifierKey" = l."identifierKey"
          GROUP BY 1, 2),
        stored AS (SELECT month, "serviceId", currency, amount FROM "ServiceMonthSpend")
        SELECT (SELECT count(*)::int FROM (SELECT * FROM expected EXCEPT SELECT * FROM stored) m) AS missing,
          (SELECT count(*)::int FROM (SELECT * FROM stored EXCEPT SELECT * FROM expected) e) AS extra`;
      return row;
    };
    const rowVersions = (month: string) =>
      database.prisma.$queryRaw<{ v: string }[]>`
        SELECT string_agg(xmin::text, ',' ORDER BY "serviceId") AS v FROM "ServiceMonthSpend" WHERE month = ${new Date(month)}::date`;
    await rebuildInvoiceSpendRollup(database.prisma);
    expect(await differences()).toEqual({ missing: 0, extra: 0 });
    const untouchedBefore = await rowVersions('2025-03-01');

    // A corrected line and a removed one in October, a line re-pointed from September to another identifier.
    await database.prisma.$executeRaw`
      UPDATE "InvoiceLine" SET amount = amount + 7.25
      WHERE id = (SELECT min(id) FROM "InvoiceLine" WHERE "periodStart" >= '2026-10-01' AND "periodStart" < '2026-11-01' AND "identifierKey" IS NOT NULL)`;
    await database.prisma.$executeRaw`
      DELETE FROM "InvoiceLine" WHERE id = (SELECT max(id) FROM "InvoiceLine" WHERE "periodStart" >= '2026-10-01' AND "periodStart" < '2026-11-01' AND "identifierKey" IS NOT NULL)`;
    await database.prisma.$executeRaw`
      UPDATE "InvoiceLine" SET "identifierKey" = (SELECT max("identifierKey") FROM "ServiceOfIdentifier")
      WHERE id = (SELECT min(id) FROM "InvoiceLine" WHERE "periodStart" >= '2026-09-01' AND "periodStart" < '2026-10-01' AND "identifierKey" IS NOT NULL)`;
    expect(await differences()).not.toEqual({ missing: 0, extra: 0 });
    await rebuildInvoiceSpendRollup(database.prisma);
    expect(await differences()).toEqual({ missing: 0, extra: 0 });
    expect(await rowVersions('2025-03-01')).toEqual(untouchedBefore);

    // A service whose identifier now reaches other lines (a number ported to another line): every month of them.
    await database.prisma.$executeRaw`
      UPDATE "Service" SET "identifierKey" = 'portedaway' WHERE id = (
        SELECT f."serviceId" FROM "ServiceOfIdentifier" f JOIN "InvoiceLine" l ON l."identifierKey" = f."identifierKey"
        WHERE l."periodStart" < '2025-06-01' ORDER BY f."serviceId" LIMIT 1)`;
    await rebuildInvoiceSpendRollup(database.prisma);
    expect(await differences()).toEqual({ missing: 0, extra: 0 });

    // An invoice re-issued in another currency, and a new month of lines.
    await database.prisma.$executeRaw`
      UPDATE "Invoice" SET currency = 'AAA' WHERE id = (SELECT min("invoiceId") FROM "InvoiceLine" WHERE "identifierKey" IS NOT NULL)`;
    await database.prisma.$executeRaw`
      INSERT INTO "InvoiceLine" ("invoiceId", "lineNumber", identifier, "identifierKey", "chargeType", description, quantity, amount, "periodStart", "vendorId", "accountId")
      SELECT "invoiceId", 9999, identifier, "identifierKey", "chargeType", description, quantity, 12.3456, '2026-11-15', "vendorId", "accountId"
      FROM "InvoiceLine" WHERE "identifierKey" IS NOT NULL ORDER BY id LIMIT 3`;
    await rebuildInvoiceSpendRollup(database.prisma);
    expect(await differences()).toEqual({ missing: 0, extra: 0 });
    const [november] = await database.prisma.$queryRaw<{ amount: string }[]>`
      SELECT sum(amount)::text AS amount FROM "ServiceMonthSpend" WHERE month = '2026-11-01'`;
    expect(new Decimal(november!.amount).toString()).toBe(new Decimal('37.0368').toString());
  });

  it('is rebuilt by the scheduled maintenance job only when something changed since it was built', async () => {
    const messages: string[] = [];
    const logger = { ...silentLogger, info: (message: string) => void messages.push(message) };
    const [job] = createMaintenanceJobs();
    const run = () => job?.run({ prisma: database.prisma, now: () => asOf, logger, asOf: '2026-11-26', destinations: [] });
    await rebuildInvoiceSpendRollup(database.prisma);
    expect(await run()).toEqual([]);
    expect(messages).toEqual([]);
    // A change the importers did not make (a MACD completion, a manual edit): the next run rebuilds.
    await database.prisma.$executeRaw`UPDATE "Service" SET "assignee" = "assignee" WHERE id = (SELECT min(id) FROM "Service")`;
    expect(await isCurrent()).toBe(false);
    await run();
    expect(messages).toEqual(['invoice spend rollup rebuilt']);
    expect(await isCurrent()).toBe(true);
  });
});
