import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type IngestTest, openIngestTest } from './ingest-test-support.js';

describe('importing reference data: vendors, locations, cost centers, contracts, budgets, users', () => {
  let test: IngestTest;
  beforeAll(async () => {
    test = await openIngestTest();
  });
  afterAll(async () => {
    await test.database.close();
  });

  it('creates vendors with their domain and aliases, and aliases resolve later rows', async () => {
    const summary = await test.importFixture('vendors', 'vendors.csv');
    expect(summary).toMatchObject({ status: 'imported', rowsRead: 3, rowsAccepted: 3, rowsRejected: 0 });
    const lumen = await test.deps.prisma.vendor.findUniqueOrThrow({ where: { key: 'lumen' }, include: { aliases: true } });
    expect(lumen.domain).toBe('telecom');
    expect(lumen.aliases.map((alias) => alias.key).sort()).toEqual(['centurylink', 'level3']);
    // Verizon is a built-in: its aliases exist and the explicit domain wins.
    const verizon = await test.deps.prisma.vendor.findUniqueOrThrow({ where: { key: 'verizon' }, include: { aliases: true } });
    expect(verizon.domain).toBe('mobility');
    expect(verizon.aliases.map((alias) => alias.key).sort()).toEqual(['verizonwireless', 'vzw']);
  });

  it('upserts locations by name', async () => {
    await test.importFixture('locations', 'locations.csv');
    const london = await test.deps.prisma.location.findUniqueOrThrow({ where: { key: 'londonoffice' } });
    expect(london).toMatchObject({ name: 'London Office', city: 'London', country: 'GB' });
  });

  it('builds the cost-center tree even when a parent comes after its child', async () => {
    const summary = await test.importFixture('cost-centers', 'cost-centers.csv');
    expect(summary).toMatchObject({ status: 'imported', rowsAccepted: 4 });
    const insideSales = await test.deps.prisma.costCenter.findUniqueOrThrow({
      where: { code: 'CC-110' },
      include: { parent: { include: { parent: true } } },
    });
    expect(insideSales.parent?.code).toBe('CC-100');
    expect(insideSales.parent?.parent?.code).toBe('CC-001');
    expect(insideSales.owner).toBe('ana.ruiz@example.com');
  });

  it('imports contracts and their rates, and rejects a rate for an unknown contract', async () => {
    await test.importFixture('contracts', 'contracts.csv');
    const contract = await test.deps.prisma.contract.findUniqueOrThrow({ where: { externalId: 'K-ATT-2023' }, include: { vendor: true } });
    expect(contract).toMatchObject({ autoRenew: true, noticeDays: 60, name: 'AT&T Wireline MSA' });
    expect(contract.committedAnnual?.toFixed(2)).toBe('250000.00');
    expect(contract.vendor.name).toBe('AT&T');

    const rates = await test.importFixture('contract-rates', 'contract-rates.csv');
    expect(rates).toMatchObject({ status: 'imported', rowsAccepted: 3 });
    const pots = await test.deps.prisma.contractRate.findFirstOrThrow({ where: { description: 'POTS line' } });
    expect(pots.unitPrice.toFixed(2)).toBe('32.50');

    const unknown = await test.importFixture('contract-rates', 'contract-rates-unknown-contract.csv');
    expect(unknown.status).toBe('rejected');
    expect(unknown.problems).toEqual([
      { line: 3, column: 'contract_id', value: 'K-NOPE-1', reason: 'No contract has this id; import the contract first or correct the id' },
    ]);
  });

  it('imports budgets per cost center and month, matching codes case-insensitively', async () => {
    const summary = await test.importFixture('budgets', 'budgets.csv');
    expect(summary.rowsAccepted).toBe(3);
    const sales = await test.deps.prisma.budget.findMany({ where: { costCenter: { code: 'CC-100' } }, orderBy: { month: 'asc' } });
    expect(sales.map((budget) => [budget.month.toISOString().slice(0, 7), budget.amount.toFixed(2)])).toEqual([
      ['2025-01', '50000.00'],
      ['2025-02', '52000.00'],
    ]);
  });

  it('imports users with their role and cost-center scope', async () => {
    const summary = await test.importFixture('users', 'users.csv');
    expect(summary.rowsAccepted).toBe(3);
    const ana = await test.deps.prisma.user.findUniqueOrThrow({ where: { email: 'ana.ruiz@example.com' } });
    expect(ana).toMatchObject({ role: 'approver', slackUserId: 'U0123ANA', costCenters: ['CC-100', 'CC-110'] });
    const cfo = await test.deps.prisma.user.findUniqueOrThrow({ where: { email: 'cfo@example.com' } });
    expect(cfo).toMatchObject({ role: 'admin', teamsUserId: '29:1abc-cfo', costCenters: ['*'] });
  });
});
