import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sumDecimals } from '../../src/domain/shared/decimal.js';
import { type IngestTest, openIngestTest } from './ingest-test-support.js';

describe('importing inventory, invoices and usage', () => {
  let test: IngestTest;
  beforeAll(async () => {
    test = await openIngestTest();
    await test.importFixture('locations', 'locations.csv');
    await test.importFixture('cost-centers', 'cost-centers.csv');
  });
  afterAll(async () => {
    await test.database.close();
  });

  it('creates vendors, accounts and locations on first sight and matches vendor spellings and aliases', async () => {
    const summary = await test.importFixture('inventory', 'inventory.csv');
    expect(summary).toMatchObject({ status: 'imported', rowsRead: 5, rowsAccepted: 5 });
    const vendors = await test.deps.prisma.vendor.findMany({ orderBy: { name: 'asc' }, select: { name: true, domain: true } });
    // "at&t" and "ATT" are one vendor; "Verizon Wireless" is Verizon.
    expect(vendors).toEqual([
      { name: 'AT&T', domain: 'telecom' },
      { name: 'Apple', domain: 'mobility' },
      { name: 'Notion Labs', domain: 'saas' },
      { name: 'Verizon', domain: 'telecom' },
    ]);
    const pots = await test.deps.prisma.service.findUniqueOrThrow({
      where: { externalId: 'SVC-3' },
      include: { account: true, location: true },
    });
    expect(pots).toMatchObject({ status: 'disconnected', identifierKey: '7205550142' });
    expect(pots.account?.number).toBe('BAN-777');
    expect(pots.location?.name).toBe('Denver Office');
    expect(pots.endDate?.toISOString().slice(0, 10)).toBe('2025-02-28');
    const line = await test.deps.prisma.service.findUniqueOrThrow({ where: { externalId: 'SVC-1' }, include: { costCenter: true } });
    expect(line).toMatchObject({ identifierKey: '3125550100', assignee: 'Dana Lee' });
    expect(line.costCenter?.code).toBe('CC-110');
    expect(line.monthlyCost?.toFixed(2)).toBe('45.00');
  });

  it('imports invoice lines with totals equal to the sum of their lines, and replaces a corrected invoice', async () => {
    const summary = await test.importFixture('invoices', 'invoices.csv');
    expect(summary).toMatchObject({ status: 'imported', rowsRead: 6, rowsAccepted: 6 });
    const original = await test.deps.prisma.invoice.findFirstOrThrow({
      where: { invoiceNumber: 'INV-1001' },
      include: { lines: true, vendor: true },
    });
    expect(original.vendor.name).toBe('AT&T');
    expect(original.total.toFixed(4)).toBe('1249.7333');
    expect(sumDecimals(original.lines.map((line) => line.amount)).toFixed(4)).toBe('1249.7333');
    const usageLine = await test.deps.prisma.invoiceLine.findFirstOrThrow({ where: { description: 'International roaming' } });
    expect(usageLine).toMatchObject({ identifierKey: '3125550100', chargeType: 'usage' });
    expect(usageLine.periodStart.toISOString().slice(0, 10)).toBe('2025-01-01');

    const correction = await test.importFixture('invoices', 'invoices-corrected.csv');
    expect(correction.status).toBe('imported');
    const invoices = await test.deps.prisma.invoice.findMany({ where: { invoiceNumber: 'INV-1001' }, include: { lines: true } });
    expect(invoices).toHaveLength(1);
    expect(invoices[0]?.total.toFixed(2)).toBe('1155.00');
    expect(invoices[0]?.lines.map((line) => line.description).sort()).toEqual(['DIA 100 Mbps', 'Federal USF']);
    // The other invoice in the first file is untouched.
    expect(await test.deps.prisma.invoiceLine.count({ where: { invoice: { invoiceNumber: 'VZ-55' } } })).toBe(2);
  });

  it('upserts usage by line and month', async () => {
    await test.importFixture('usage', 'usage.csv');
    await test.importFixture('usage', 'usage-update.csv');
    const february = await test.deps.prisma.mobileUsage.findMany({
      where: { period: new Date('2025-02-01T00:00:00Z') },
      orderBy: { identifierKey: 'asc' },
    });
    expect(february.map((usage) => [usage.identifierKey, usage.dataMb.toFixed(2), usage.voiceMinutes])).toEqual([
      ['3125550100', '2048.25', 12],
      ['4155550199', '0.00', 0],
    ]);
  });
});
