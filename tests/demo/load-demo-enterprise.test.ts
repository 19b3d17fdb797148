import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/open-database.js';
import type { DemoAnswerKey } from '../../src/demo/demo-answer-key.js';
import { isDatabaseEmpty } from '../../src/demo/is-database-empty.js';
import { loadDemoEnterprise } from '../../src/demo/load-demo-enterprise.js';
import { Decimal } from '../../src/domain/shared/decimal.js';
import { identifierKey } from '../../src/domain/shared/normalize.js';
import { silentLogger } from '../../src/logger.js';
import { openTestDatabase } from '../support/test-database.js';

// A small company (5% of the mobile lines; circuits, clouds and plantings as at full size) loaded
// through the real importer; every figure in the answer key is checked against the database.
const asOf = new Date('2026-11-26T00:00:00Z');
let database: Database;
let answerKey: DemoAnswerKey;
let wasEmptyBefore: boolean;

beforeAll(async () => {
  database = await openTestDatabase();
  wasEmptyBefore = await isDatabaseEmpty(database.prisma);
  const loaded = await loadDemoEnterprise(
    { asOf, seed: 42, scale: 0.05 },
    {
      prisma: database.prisma,
      now: () => asOf,
      logger: silentLogger,
      costCenterTagKeys: ['cost-center', 'costcenter', 'cost_center', 'CostCenter'],
    },
  );
  answerKey = loaded.answerKey;
  expect(loaded.summaries.every((summary) => summary.status === 'imported')).toBe(true);
}, 300_000);

afterAll(async () => {
  await database?.close();
});

const money = (value: Decimal | string | number | null | undefined) => new Decimal(value ?? 0).toFixed(2);

describe('the demo enterprise in the database', () => {
  it('was empty before and is not after', async () => {
    expect(wasEmptyBefore).toBe(true);
    expect(await isDatabaseEmpty(database.prisma)).toBe(false);
  });

  it('matches the answer key spend per vendor and month, invoices and FOCUS alike', async () => {
    const rows = await database.prisma.$queryRaw<{ vendor: string; month: string; amount: string }[]>`
      SELECT v.name AS vendor, month, SUM(amount)::text AS amount FROM (
        SELECT "vendorId", to_char("periodStart", 'YYYY-MM') AS month, amount FROM "InvoiceLine"
        UNION ALL
        SELECT "vendorId", to_char("chargePeriodStart" AT TIME ZONE 'UTC', 'YYYY-MM') AS month, "billedCost" AS amount FROM "CostRecord"
      ) spend JOIN "Vendor" v ON v.id = spend."vendorId"
      GROUP BY v.name, month ORDER BY v.name, month`;
    const actual = rows.map((row) => `${row.vendor}|${row.month}|${money(row.amount)}`).sort();
    const expected = answerKey.spend.byVendorMonth.map((row) => `${row.vendor}|${row.month}|${row.amount}`).sort();
    expect(actual).toEqual(expected);
    const vendors = await database.prisma.vendor.findMany({ select: { name: true, domain: true } });
    for (const vendor of answerKey.vendors) expect(vendors).toContainEqual({ name: vendor.name, domain: vendor.domain });
  });

  it('matches the answer key active mobile lines per location and monthly recurring cost per location', async () => {
    const lines = await database.prisma.service.groupBy({
      by: ['locationId'],
      where: { type: 'mobile_line', status: 'active' },
      _count: { _all: true },
    });
    const locations = await database.prisma.location.findMany();
    const nameOf = new Map(locations.map((location) => [location.id, location.name]));
    expect(lines.map((row) => `${nameOf.get(row.locationId ?? -1)}|${row._count._all}`).sort()).toEqual(
      answerKey.inventory.activeMobileLinesByLocation.map((row) => `${row.location}|${row.count}`).sort(),
    );
    const costs = await database.prisma.service.groupBy({
      by: ['locationId'],
      where: { status: 'active', locationId: { not: null } },
      _sum: { monthlyCost: true },
    });
    expect(costs.map((row) => `${nameOf.get(row.locationId ?? -1)}|${money(row._sum.monthlyCost)}`).sort()).toEqual(
      answerKey.inventory.monthlyRecurringCostByLocation
        .filter((row) => row.amount !== '0.00')
        .map((row) => `${row.location}|${row.amount}`)
        .sort(),
    );
  });

  it('holds every planted overbilled line, duplicate and charge after disconnect with its amount', async () => {
    for (const finding of answerKey.findings.overbilling) {
      for (const month of finding.months) {
        const lines = await database.prisma.invoiceLine.findMany({
          where: {
            identifierKey: identifierKey(finding.identifier),
            chargeType: 'recurring',
            invoice: { invoiceNumber: month.invoiceNumber },
          },
        });
        expect(lines.map((line) => money(line.unitPrice))).toEqual([finding.billedUnitPrice]);
      }
      const rate = await database.prisma.contractRate.findFirst({
        where: { contract: { externalId: finding.contractId }, description: finding.description, serviceType: finding.serviceType },
      });
      expect(money(rate?.unitPrice)).toBe(finding.contractedUnitPrice);
    }
    for (const duplicate of answerKey.findings.duplicateCharges) {
      const lines = await database.prisma.invoiceLine.findMany({
        where: {
          identifierKey: identifierKey(duplicate.identifier),
          description: duplicate.description,
          invoice: { invoiceNumber: duplicate.invoiceNumber },
        },
      });
      expect(lines.map((line) => money(line.amount))).toEqual([duplicate.amount, duplicate.amount]);
    }
    for (const finding of answerKey.findings.disconnectedStillBilled) {
      const service = await database.prisma.service.findFirst({ where: { identifierKey: identifierKey(finding.identifier) } });
      expect(service?.status).toBe('disconnected');
      expect(service?.endDate?.toISOString().slice(0, 10)).toBe(finding.endDate);
      const billedAfter = await database.prisma.invoiceLine.aggregate({
        where: {
          identifierKey: identifierKey(finding.identifier),
          chargeType: 'recurring',
          periodStart: { gt: service?.endDate ?? new Date(0) },
        },
        _sum: { amount: true },
        _count: { _all: true },
      });
      expect(billedAfter._count._all).toBe(finding.months.length);
      expect(money(billedAfter._sum.amount)).toBe(finding.total);
    }
  });

  it('has no usage on the zero-usage lines in their silent months, and usage on the others', async () => {
    const lastMonth = new Date(`${answerKey.lastFullMonth}-01T00:00:00Z`);
    for (const line of answerKey.findings.zeroUsageLines) {
      const since = new Date(`${line.zeroSince}-01T00:00:00Z`);
      const silent = await database.prisma.mobileUsage.findMany({
        where: { identifierKey: identifierKey(line.identifier), period: { gte: since, lte: lastMonth } },
      });
      expect(silent).toHaveLength(line.zeroMonths);
      expect(silent.every((row) => new Decimal(row.dataMb).isZero() && row.voiceMinutes === 0 && row.messages === 0)).toBe(true);
    }
    const silentLastMonth = await database.prisma.mobileUsage.findMany({
      where: { period: lastMonth, dataMb: 0, voiceMinutes: 0, messages: 0 },
      select: { identifier: true },
    });
    expect(silentLastMonth.map((row) => row.identifier).sort()).toEqual(
      answerKey.findings.zeroUsageLines.map((line) => line.identifier).sort(),
    );
  });

  it('matches the notice deadlines and the as-of month budgets', async () => {
    const contracts = await database.prisma.contract.findMany({ include: { vendor: true } });
    const deadlines = contracts.map((contract) => {
      const deadline = contract.autoRenew ? new Date(contract.endDate.getTime() - contract.noticeDays * 86_400_000) : contract.endDate;
      return `${contract.externalId}|${contract.vendor.name}|${deadline.toISOString().slice(0, 10)}`;
    });
    expect(deadlines.sort()).toEqual(
      answerKey.noticeDeadlines.map((deadline) => `${deadline.contractId}|${deadline.vendor}|${deadline.noticeDeadline}`).sort(),
    );
    const budgets = await database.prisma.budget.findMany({
      where: { month: new Date(`${answerKey.asOfMonth}-01T00:00:00Z`) },
      include: { costCenter: true },
    });
    expect(budgets.map((budget) => `${budget.costCenter.code}|${money(budget.amount)}`).sort()).toEqual(
      answerKey.budgets.asOfMonth.rows.map((row) => `${row.costCenter}|${row.budget}`).sort(),
    );
    const tagged = await database.prisma.$queryRaw<{ code: string | null; amount: string }[]>`
      SELECT c.code, SUM(r."billedCost")::text AS amount FROM "CostRecord" r LEFT JOIN "CostCenter" c ON c.id = r."costCenterId"
      WHERE r."chargePeriodStart" >= ${new Date(`${answerKey.asOfMonth}-01T00:00:00Z`)} GROUP BY c.code`;
    for (const row of answerKey.budgets.asOfMonth.rows.filter((candidate) => candidate.actual !== '0.00')) {
      expect(money(tagged.find((candidate) => candidate.code === row.costCenter)?.amount), row.costCenter).toBe(row.actual);
    }
  });
});
