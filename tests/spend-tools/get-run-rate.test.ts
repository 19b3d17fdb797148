import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presentRunRate } from '../../src/assistant/present/present-run-rate.js';
import type { Database } from '../../src/db/open-database.js';
import { Decimal } from '../../src/domain/shared/decimal.js';
import { formatMoney } from '../../src/domain/shared/format.js';
import type { GetRunRateResult } from '../../src/domain/spend/get-run-rate.js';
import { callTool, contextFor, openDemoDatabase, rawSpend, total } from './demo-spend.js';

const october = { start: '2026-10-01', end: '2026-11-01' };
const cents = (amount: Decimal) => amount.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

describe('get_run_rate on the demo enterprise', () => {
  let database: Database;

  beforeAll(async () => {
    database = await openDemoDatabase();
  }, 600_000);

  afterAll(async () => {
    await database.close();
  });

  it('is the last full month × 12 by default, from raw rows', async () => {
    const result = await callTool<GetRunRateResult>('get_run_rate', {}, contextFor(database));
    const lastMonth = total(await rawSpend(database.prisma, october));

    expect(result.basis).toBe('last_full_month');
    expect(result.basisPeriod).toMatchObject(october);
    expect(result.monthly).toBe(cents(lastMonth));
    expect(result.annual).toBe(new Decimal(cents(lastMonth)).times(12).toFixed(2));
    expect(result.months).toEqual([{ month: '2026-10-01', amount: lastMonth.toString() }]);
    expect(result.trend).toHaveLength(12);
    expect(result.trend[0]!.month).toBe('2025-11-01');
  });

  it("averages the last 3 complete months of one vendor's spend for the trailing basis", async () => {
    const result = await callTool<GetRunRateResult>('get_run_rate', { basis: 'trailing_3_months', vendors: ['aws'] }, contextFor(database));
    const threeMonths = total(await rawSpend(database.prisma, { start: '2026-08-01', end: '2026-11-01' }, { vendor: 'AWS' }));
    const average = threeMonths.div(3).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

    expect(result.filters.vendors).toEqual(['AWS']);
    expect(result.months.map((entry) => entry.month)).toEqual(['2026-08-01', '2026-09-01', '2026-10-01']);
    expect(result.monthly).toBe(average.toFixed(2));
    expect(result.annual).toBe(average.times(12).toFixed(2));
    expect(new Decimal(result.monthly).lessThan(cents(total(await rawSpend(database.prisma, october))))).toBe(true);
  });

  it("gives a viewer limited to one cost center only that cost center's run-rate", async () => {
    const code = 'CC-610';
    const result = await callTool<GetRunRateResult>(
      'get_run_rate',
      {},
      contextFor(database, { displayName: 'Platform lead', role: 'viewer', costCenterScope: [code] }),
    );
    const own = total(await rawSpend(database.prisma, october, { costCenterCode: code }));

    expect(own.greaterThan(0)).toBe(true);
    expect(result.monthly).toBe(cents(own));
  });

  it('states the run-rate, the monthly figure and which months it comes from, in the currency', async () => {
    const lastMonth = presentRunRate(await callTool<GetRunRateResult>('get_run_rate', {}, contextFor(database)));
    const trailing = await callTool<GetRunRateResult>('get_run_rate', { basis: 'trailing_3_months' }, contextFor(database));
    const trailingText = presentRunRate(trailing).text;

    expect(lastMonth.text).toMatch(/^Annual run-rate: USD [\d,]+\.\d\d \(USD [\d,]+\.\d\d\/month, from October 2026\)\./);
    expect(lastMonth.text).toContain('Method: the last full month × 12.');
    expect(lastMonth.chart?.kind).toBe('line');
    expect(lastMonth.chart?.categories).toHaveLength(12);
    expect(trailingText).toContain(
      `Annual run-rate: ${formatMoney(trailing.annual, 'USD')} (${formatMoney(trailing.monthly, 'USD')}/month, average of Aug–Oct 2026).`,
    );
    expect(trailingText).toContain('the average of the last 3 complete months × 12');
  });
});
