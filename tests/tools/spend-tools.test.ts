import { inOneCurrency } from '../support/in-one-currency.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/open-database.js';
import { Decimal, sumDecimals } from '../../src/domain/shared/decimal.js';
import { compareSpend } from '../../src/domain/spend/compare-spend.js';
import { getSpendTrend } from '../../src/domain/spend/get-spend-trend.js';
import { getSpend } from '../../src/domain/spend/get-spend.js';
import { identifierKey } from '../../src/domain/shared/normalize.js';
import { openTestDatabase } from '../support/test-database.js';
import { fixtureCloudDays, fixtureInvoiceLines, fixtureServices, loadFixtureEnterprise } from './support/fixture-enterprise.js';
import { toolContext } from './support/tool-context.js';

const october = { start: '2026-10-01', end: '2026-11-01' };
const september = { start: '2026-09-01', end: '2026-10-01' };

const invoiceTotal = (month: string, keep: (line: (typeof fixtureInvoiceLines)[number]) => boolean = () => true) =>
  sumDecimals(fixtureInvoiceLines.filter((line) => line[3] === month && keep(line)).map((line) => line[6]));
const cloudTotal = (month: string, keep: (row: (typeof fixtureCloudDays)[number]) => boolean = () => true) =>
  sumDecimals(fixtureCloudDays.filter((row) => row[1].startsWith(month) && keep(row)).map((row) => row[6]));
const serviceOf = (identifier: string | null) =>
  fixtureServices.find((service) => identifier !== null && identifierKey(service.identifier) === identifierKey(identifier));

describe('spend tools', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
    await loadFixtureEnterprise(database.prisma);
  });
  afterAll(async () => {
    await database.close();
  });

  it('totals invoices and cloud costs of a month, taxes and credits included, with the records behind it', async () => {
    const result = inOneCurrency(await getSpend.run({ period: october }, toolContext(database.prisma)));
    const expected = invoiceTotal('2026-10-01').plus(cloudTotal('2026-10'));
    expect(result.total).toBe(expected.toString());
    expect(result.currency).toBe('USD');
    const cloudRows = fixtureCloudDays.filter((row) => row[1].startsWith('2026-10')).length * 2;
    expect(result.recordCount).toBe(fixtureInvoiceLines.filter((line) => line[3] === '2026-10-01').length + cloudRows);
    expect(result.period.label).toBe('October 2026');
    expect(result.freshness).toEqual({ telecomInvoicesThrough: '2026-10-01', cloudCostsThrough: '2026-11-03', usageThrough: '2026-10-01' });
  });

  it('finds a vendor by alias, any case and punctuation', async () => {
    for (const typed of ['att', 'AT&T', 'A.T.T']) {
      const result = inOneCurrency(await getSpend.run({ period: october, vendors: [typed] }, toolContext(database.prisma)));
      expect(result.total).toBe(invoiceTotal('2026-10-01', (line) => line[0] === 'AT&T').toString());
      expect(result.filters.vendors).toEqual(['AT&T']);
    }
    const azure = inOneCurrency(await getSpend.run({ period: october, vendors: ['azure'] }, toolContext(database.prisma)));
    expect(azure.total).toBe(cloudTotal('2026-10', (row) => row[0] === 'Microsoft').toString());
  });

  it('breaks down by cost center, the parts reconcile, and says how much is unallocated', async () => {
    const result = inOneCurrency(await getSpend.run({ period: october, groupBy: 'cost_center' }, toolContext(database.prisma)));
    // Named groups, the rest of the top N, and the spend with no cost center (said apart, not ranked).
    const parts = sumDecimals(result.breakdown.map((row) => row.amount))
      .plus(result.other?.amount ?? 0)
      .plus(result.unassigned?.amount ?? 0);
    expect(parts.toString()).toBe(result.total);
    expect(result.breakdown.every((row) => row.key !== null)).toBe(true);
    const unallocated = invoiceTotal('2026-10-01', (line) => serviceOf(line[4]) === undefined).plus(
      cloudTotal('2026-10', (row) => row[5] === null),
    );
    expect(result.unallocated).toBe(unallocated.toString());
    const engineering = invoiceTotal('2026-10-01', (line) => serviceOf(line[4])?.costCenter === 'CC200').plus(
      cloudTotal('2026-10', (row) => row[5] === 'CC200'),
    );
    expect(result.breakdown.find((row) => row.key === 'CC200')?.amount).toBe(engineering.toString());
  });

  it('keeps the top N and sums the rest into other', async () => {
    const result = inOneCurrency(await getSpend.run({ period: october, groupBy: 'vendor', top: 2 }, toolContext(database.prisma)));
    expect(result.breakdown).toHaveLength(2);
    expect(result.other?.groupCount).toBe(result.groupCount - 2);
    expect(sumDecimals([...result.breakdown.map((row) => row.amount), result.other?.amount ?? 0]).toString()).toBe(result.total);
    expect(new Decimal(result.breakdown[0]!.amount).greaterThanOrEqualTo(result.breakdown[1]!.amount)).toBe(true);
  });

  it('lists the smallest groups first when asked for the bottom N, the rest still in other', async () => {
    const context = toolContext(database.prisma);
    const everyVendor = inOneCurrency(await getSpend.run({ period: october, groupBy: 'vendor', top: 100 }, context));
    const result = inOneCurrency(await getSpend.run({ period: october, groupBy: 'vendor', top: 2, order: 'asc' }, context));
    const smallestTwo = [...everyVendor.breakdown].reverse().slice(0, 2);
    expect(result.breakdown.map((row) => [row.label, row.amount])).toEqual(smallestTwo.map((row) => [row.label, row.amount]));
    expect(new Decimal(result.breakdown[0]!.amount).lessThanOrEqualTo(result.breakdown[1]!.amount)).toBe(true);
    expect(result.order).toBe('asc');
    expect(sumDecimals([...result.breakdown.map((row) => row.amount), result.other?.amount ?? 0]).toString()).toBe(result.total);
  });

  it('reads the effective (amortized) cost when asked', async () => {
    const result = inOneCurrency(
      await getSpend.run({ period: october, domains: ['cloud'], costType: 'effective' }, toolContext(database.prisma)),
    );
    expect(result.total).toBe(
      sumDecimals(
        fixtureCloudDays.filter((row) => row[1].startsWith('2026-10') && row[0] !== 'Salesforce').map((row) => row[7]),
      ).toString(),
    );
  });

  it('filters by charge type and region', async () => {
    const taxes = inOneCurrency(await getSpend.run({ period: october, chargeTypes: ['tax', 'credit'] }, toolContext(database.prisma)));
    expect(taxes.total).toBe(invoiceTotal('2026-10-01', (line) => line[5] === 'tax' || line[5] === 'credit').toString());
    const europe = inOneCurrency(await getSpend.run({ period: october, regions: ['EU-WEST-1'] }, toolContext(database.prisma)));
    expect(europe.total).toBe(cloudTotal('2026-10', (row) => row[4] === 'eu-west-1').toString());
  });

  it('answers a period that is not whole months from the daily rollup', async () => {
    const result = inOneCurrency(await getSpend.run({ period: { start: '2026-10-05', end: '2026-10-07' } }, toolContext(database.prisma)));
    expect(result.total).toBe(new Decimal('300.50').plus('40.00').toString());
  });

  it('shows a viewer limited to one cost center only that cost center', async () => {
    const sales = toolContext(database.prisma, { displayName: 'Sam', role: 'viewer', costCenterScope: ['CC100'] });
    const result = inOneCurrency(await getSpend.run({ period: october }, sales));
    const expected = invoiceTotal('2026-10-01', (line) => serviceOf(line[4])?.costCenter === 'CC100').plus(
      cloudTotal('2026-10', (row) => row[5] === 'CC100'),
    );
    expect(result.total).toBe(expected.toString());
  });

  it('filters by location through the services', async () => {
    const result = inOneCurrency(await getSpend.run({ period: september, locations: ['Denver'] }, toolContext(database.prisma)));
    expect(result.total).toBe(invoiceTotal('2026-09-01', (line) => serviceOf(line[4])?.location === 'Denver Office').toString());
  });

  it('rejects an unknown vendor and offers the closest names', async () => {
    await expect(getSpend.run({ period: october, vendors: ['Verizn'] }, toolContext(database.prisma))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      details: { choices: expect.arrayContaining(['Verizon Wireless']) },
    });
  });

  it('trends by month with a split whose series add up to each month', async () => {
    const result = inOneCurrency(
      await getSpendTrend.run({ period: { start: '2026-09-01', end: '2026-11-01' }, splitBy: 'domain' }, toolContext(database.prisma)),
    );
    expect(result.points.map((point) => point.bucket)).toEqual(['2026-09-01', '2026-10-01']);
    expect(result.points[0]!.amount).toBe(invoiceTotal('2026-09-01').plus(cloudTotal('2026-09')).toString());
    result.points.forEach((point, index) => {
      expect(sumDecimals(result.series.map((series) => series.amounts[index]!)).toString()).toBe(point.amount);
    });
  });

  it('trends by day', async () => {
    const result = inOneCurrency(
      await getSpendTrend.run({ period: { start: '2026-11-01', end: '2026-11-08' }, granularity: 'day' }, toolContext(database.prisma)),
    );
    expect(result.points).toHaveLength(7);
    expect(result.points.find((point) => point.bucket === '2026-11-03')?.amount).toBe('60');
  });

  it('compares two months and names the drivers', async () => {
    const result = inOneCurrency(await compareSpend.run({ period: october }, toolContext(database.prisma)));
    const current = invoiceTotal('2026-10-01').plus(cloudTotal('2026-10'));
    const previous = invoiceTotal('2026-09-01').plus(cloudTotal('2026-09'));
    expect(result.previousPeriod.label).toBe('September 2026');
    expect(result.current).toBe(current.toString());
    expect(result.previous).toBe(previous.toString());
    expect(result.change).toBe(current.minus(previous).toString());
    const vendorMovers = result.drivers.find((driver) => driver.dimension === 'vendor')!.movers;
    expect(vendorMovers[0]?.label).toBe('Salesforce');
  });
});
