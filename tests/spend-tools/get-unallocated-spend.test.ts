import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presentUnallocated } from '../../src/assistant/present/present-unallocated.js';
import type { Database } from '../../src/db/open-database.js';
import { Decimal } from '../../src/domain/shared/decimal.js';
import { formatMoney } from '../../src/domain/shared/format.js';
import type { GetSpendResult } from '../../src/domain/spend/get-spend.js';
import type { GetUnallocatedSpendResult } from '../../src/domain/spend/get-unallocated-spend.js';
import { callTool, contextFor, openDemoDatabase, rawSpend, total } from './demo-spend.js';

const october = { start: '2026-10-01', end: '2026-11-01' };

const reasonAmount = (result: GetUnallocatedSpendResult, reason: string) =>
  new Decimal(result.reasons.find((row) => row.reason === reason)?.amount ?? '0');
const same = (actual: string | Decimal, expected: Decimal) => expect(new Decimal(actual).toString()).toBe(expected.toString());

describe('get_unallocated_spend on the demo enterprise', () => {
  let database: Database;

  beforeAll(async () => {
    database = await openDemoDatabase();
  }, 600_000);

  afterAll(async () => {
    await database.close();
  });

  async function rawReasons() {
    const [row] = await database.prisma.$queryRaw<
      Array<{ accountLevel: string | null; untagged: string | null; accountLines: number; untaggedRows: number }>
    >`
      SELECT
        (SELECT sum(amount)::text FROM "InvoiceLine" WHERE "periodStart" >= '2026-10-01' AND "periodStart" < '2026-11-01' AND identifier IS NULL) AS "accountLevel",
        (SELECT count(*)::int FROM "InvoiceLine" WHERE "periodStart" >= '2026-10-01' AND "periodStart" < '2026-11-01' AND identifier IS NULL) AS "accountLines",
        (SELECT sum("billedCost")::text FROM "CostRecord" WHERE "chargePeriodStart" >= '2026-10-01' AND "chargePeriodStart" < '2026-11-01' AND "costCenterId" IS NULL) AS untagged,
        (SELECT count(*)::int FROM "CostRecord" WHERE "chargePeriodStart" >= '2026-10-01' AND "chargePeriodStart" < '2026-11-01' AND "costCenterId" IS NULL) AS "untaggedRows"`;
    return row!;
  }

  it("splits last month's spend into allocated and unallocated, as raw rows and get_spend by cost center say, with the reasons", async () => {
    const result = await callTool<GetUnallocatedSpendResult>('get_unallocated_spend', {}, contextFor(database));
    const byCostCenter = await rawSpend(database.prisma, october, { groupBy: 'cost_center' });
    const spend = await callTool<GetSpendResult>('get_spend', { groupBy: 'cost_center' }, contextFor(database));
    const raw = await rawReasons();

    expect(result.period).toMatchObject(october);
    same(result.total, total(byCostCenter));
    same(result.unallocated, byCostCenter.get('')!);
    same(new Decimal(result.unallocated).plus(result.allocated), new Decimal(result.total));
    same(result.unallocated, new Decimal(spend.unallocated!));
    same(reasonAmount(result, 'account_level_invoice_lines'), new Decimal(raw.accountLevel!));
    same(reasonAmount(result, 'untagged_cloud_rows'), new Decimal(raw.untagged!));
    expect(result.reasons.find((row) => row.reason === 'account_level_invoice_lines')?.recordCount).toBe(raw.accountLines);
    expect(result.reasons.find((row) => row.reason === 'untagged_cloud_rows')?.recordCount).toBe(raw.untaggedRows);
  });

  it('names the accounts with the most unallocated spend', async () => {
    const result = await callTool<GetUnallocatedSpendResult>('get_unallocated_spend', {}, contextFor(database));
    const top = await database.prisma.$queryRaw<Array<{ account: string; amount: string }>>`
      SELECT account, sum(amount)::text AS amount FROM (
        SELECT a.number AS account, l.amount::numeric AS amount FROM "InvoiceLine" l JOIN "Account" a ON a.id = l."accountId"
        WHERE l."periodStart" >= '2026-10-01' AND l."periodStart" < '2026-11-01' AND l.identifier IS NULL
        UNION ALL
        SELECT COALESCE("subAccountId", "billingAccountId"), "billedCost" FROM "CostRecord"
        WHERE "chargePeriodStart" >= '2026-10-01' AND "chargePeriodStart" < '2026-11-01' AND "costCenterId" IS NULL
      ) x GROUP BY 1 ORDER BY sum(amount) DESC LIMIT 3`;

    expect(result.contributors.slice(0, 3).map((row) => [row.account, new Decimal(row.amount).toString()])).toEqual(
      top.map((row) => [row.account, new Decimal(row.amount).toString()]),
    );
  });

  it('answers "how much cloud spend is unallocated" from the untagged cloud rows only', async () => {
    const result = await callTool<GetUnallocatedSpendResult>('get_unallocated_spend', { domains: ['cloud'] }, contextFor(database));
    const [row] = await database.prisma.$queryRaw<Array<{ amount: string }>>`
      SELECT sum(c."billedCost")::text AS amount FROM "CostRecord" c JOIN "Vendor" v ON v.id = c."vendorId"
      WHERE c."chargePeriodStart" >= '2026-10-01' AND c."chargePeriodStart" < '2026-11-01' AND c."costCenterId" IS NULL AND v.domain = 'cloud'`;

    same(result.unallocated, new Decimal(row!.amount));
    expect(result.reasons.map((reason) => reason.reason)).toEqual(['untagged_cloud_rows']);
  });

  it('shows a viewer limited to one cost center no unallocated spend, only their allocated figure', async () => {
    const code = 'CC-610';
    const result = await callTool<GetUnallocatedSpendResult>(
      'get_unallocated_spend',
      {},
      contextFor(database, { displayName: 'Platform lead', role: 'viewer', costCenterScope: [code] }),
    );
    const own = total(await rawSpend(database.prisma, october, { costCenterCode: code }));

    expect(result.isScopeLimited).toBe(true);
    same(result.unallocated, new Decimal(0));
    same(result.allocated, own);
    expect(presentUnallocated(result).text).toContain(
      `You see only spend allocated to your cost centers (${formatMoney(own, 'USD')} in October 2026)`,
    );
  });

  it('says how much is unallocated, of what total, in the currency, and why', async () => {
    const result = await callTool<GetUnallocatedSpendResult>('get_unallocated_spend', {}, contextFor(database));
    const text = presentUnallocated(result).text;

    expect(text).toContain(
      `Unallocated spend in October 2026: ${formatMoney(result.unallocated, 'USD')} of ${formatMoney(result.total, 'USD')} (${result.unallocatedPercent}%) has no cost center`,
    );
    expect(text).toContain(
      `Account-level invoice lines (no service identifier): ${formatMoney(reasonAmount(result, 'account_level_invoice_lines'), 'USD')}`,
    );
    expect(text).toContain(
      `Cloud and SaaS costs without a cost-center tag: ${formatMoney(reasonAmount(result, 'untagged_cloud_rows'), 'USD')}`,
    );
  });

  // Last: it changes the inventory and an invoice line.
  it('tells a service without a cost center from an identifier missing from the inventory', async () => {
    const [service] = await database.prisma.$queryRaw<Array<{ id: number; key: string }>>`
      SELECT s.id, s."identifierKey" AS key FROM "Service" s
      WHERE (SELECT count(*) FROM "InvoiceLine" l WHERE l."identifierKey" = s."identifierKey" AND l."periodStart" = '2026-10-01') >= 2
      ORDER BY s.id LIMIT 1`;
    const [orphan] = await database.prisma.$queryRaw<Array<{ id: number; amount: string }>>`
      SELECT id, amount::text FROM "InvoiceLine" WHERE "identifierKey" = ${service!.key} AND "periodStart" = '2026-10-01' ORDER BY id LIMIT 1`;
    await database.prisma.$executeRaw`UPDATE "Service" SET "costCenterId" = NULL WHERE id = ${service!.id}`;
    await database.prisma
      .$executeRaw`UPDATE "InvoiceLine" SET identifier = 'ZZ-NOT-IN-INVENTORY', "identifierKey" = 'zznotininventory' WHERE id = ${orphan!.id}`;
    const [rest] = await database.prisma.$queryRaw<Array<{ amount: string }>>`
      SELECT sum(amount)::text AS amount FROM "InvoiceLine" WHERE "identifierKey" = ${service!.key} AND "periodStart" >= '2026-10-01' AND "periodStart" < '2026-11-01'`;

    const result = await callTool<GetUnallocatedSpendResult>('get_unallocated_spend', {}, contextFor(database));
    const spend = await callTool<GetSpendResult>('get_spend', { groupBy: 'cost_center' }, contextFor(database));

    same(reasonAmount(result, 'service_without_cost_center'), new Decimal(rest!.amount));
    same(reasonAmount(result, 'identifier_not_in_inventory'), new Decimal(orphan!.amount));
    same(result.unallocated, new Decimal(spend.unallocated!));
    same(
      result.reasons.reduce((sum, reason) => sum.plus(reason.amount), new Decimal(0)),
      new Decimal(result.unallocated),
    );
  });
});
