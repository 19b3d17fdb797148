import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presentForecast } from '../../src/assistant/present/present-forecast.js';
import type { Database } from '../../src/db/open-database.js';
import { Decimal } from '../../src/domain/shared/decimal.js';
import { formatMoney } from '../../src/domain/shared/format.js';
import type { ForecastSpendResult, LastInvoicePart, TrailingAveragePart } from '../../src/domain/spend/forecast-spend.js';
import { callTool, contextFor, openDemoDatabase, rawSpend, total } from './demo-spend.js';

// As of 26 Nov 2026: cloud rows run through 25 Nov, invoices through October.
const october = { start: '2026-10-01', end: '2026-11-01' };
const averageWindow = { start: '2026-10-26', end: '2026-11-25' };

const trailing = (result: ForecastSpendResult) => result.parts.find((part): part is TrailingAveragePart => part.method === 'trailing_daily_average');
const lastInvoice = (result: ForecastSpendResult) => result.parts.find((part): part is LastInvoicePart => part.method === 'last_invoice');
const equal = (actual: string | undefined, expected: Decimal) => expect(new Decimal(actual ?? 'NaN').toString()).toBe(expected.toString());

describe('forecast_spend on the demo enterprise', () => {
  let database: Database;
  let octoberInvoices: Decimal;
  let windowFocus: Decimal;

  beforeAll(async () => {
    database = await openDemoDatabase();
    octoberInvoices = total(await rawSpend(database.prisma, october, { source: 'invoice' }));
    windowFocus = total(await rawSpend(database.prisma, averageWindow, { source: 'focus' }));
  }, 600_000);

  afterAll(async () => {
    await database.close();
  });

  it('forecasts this month: cloud actual to date plus the trailing 30-day average, each carrier at its October bill', async () => {
    const result = await callTool<ForecastSpendResult>('forecast_spend', {}, contextFor(database));
    const [lastDay] = await database.prisma.$queryRaw<Array<{ day: string }>>`
      SELECT to_char(max("chargePeriodStart"), 'YYYY-MM-DD') AS day FROM "CostRecord" WHERE "chargePeriodStart" < '2026-11-26'`;
    const actualToDate = total(await rawSpend(database.prisma, { start: '2026-11-01', end: '2026-11-26' }));

    expect(result.period).toMatchObject({ start: '2026-11-01', end: '2026-12-01', label: 'November 2026' });
    expect(lastDay?.day).toBe('2026-11-25');
    expect(trailing(result)?.lastDataDay).toBe('2026-11-25');
    expect(trailing(result)?.averageWindow).toMatchObject(averageWindow);
    expect(actualToDate.greaterThan(0)).toBe(true);
    equal(result.actual, actualToDate);
    equal(trailing(result)?.forecast, windowFocus.times(5).div(30).toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
    equal(lastInvoice(result)?.actual, new Decimal(0));
    equal(lastInvoice(result)?.forecast, octoberInvoices);
    expect(lastInvoice(result)?.vendors.every((vendor) => vendor.basisMonth === '2026-10-01' && vendor.monthsProjected.join() === '2026-11-01')).toBe(true);
    equal(result.total, new Decimal(result.actual).plus(result.forecast));
    equal(result.forecast, new Decimal(trailing(result)!.forecast).plus(lastInvoice(result)!.forecast));
    expect([result.daysElapsed, result.daysTotal]).toEqual([25, 30]);
  });

  it('forecasts the year: January to date actual, November and December of each carrier at October, 36 cloud days projected', async () => {
    const result = await callTool<ForecastSpendResult>('forecast_spend', { horizon: 'year' }, contextFor(database));
    const actualToDate = total(await rawSpend(database.prisma, { start: '2026-01-01', end: '2026-11-26' }));

    expect(result.period.label).toBe('2026');
    equal(result.actual, actualToDate);
    equal(lastInvoice(result)?.forecast, octoberInvoices.times(2));
    expect(trailing(result)?.daysProjected).toBe(36);
    equal(trailing(result)?.forecast, windowFocus.times(36).div(30).toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
    equal(result.total, actualToDate.plus(result.forecast));
  });

  it('forecasts next month for one cloud vendor with no actual yet', async () => {
    const result = await callTool<ForecastSpendResult>(
      'forecast_spend',
      { vendors: ['AWS'], period: { start: '2026-12-01', end: '2027-01-01' } },
      contextFor(database),
    );
    const awsWindow = total(await rawSpend(database.prisma, averageWindow, { vendor: 'AWS' }));

    expect(result.parts.map((part) => part.method)).toEqual(['trailing_daily_average']);
    equal(result.actual, new Decimal(0));
    equal(result.total, awsWindow.times(31).div(30).toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
  });

  it("gives a viewer limited to one cost center only that cost center's actual and forecast", async () => {
    const code = 'CC-610';
    const result = await callTool<ForecastSpendResult>('forecast_spend', {}, contextFor(database, { displayName: 'Platform lead', role: 'viewer', costCenterScope: [code] }));
    const own = total(await rawSpend(database.prisma, { start: '2026-11-01', end: '2026-11-26' }, { costCenterCode: code }));
    const ownWindow = total(await rawSpend(database.prisma, averageWindow, { costCenterCode: code, source: 'focus' }));
    const ownOctoberInvoices = total(await rawSpend(database.prisma, october, { costCenterCode: code, source: 'invoice' }));

    expect(own.greaterThan(0)).toBe(true);
    equal(result.actual, own);
    equal(result.forecast, ownWindow.times(5).div(30).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).plus(ownOctoberInvoices));
  });

  it('states the forecast, what is actual, what is projected and the method, in the currency', async () => {
    const result = await callTool<ForecastSpendResult>('forecast_spend', {}, contextFor(database));
    const text = presentForecast(result).text;

    expect(text).toContain(
      `Forecast for November 2026: ${formatMoney(result.total, 'USD')} (${formatMoney(result.actual, 'USD')} actual to date + ${formatMoney(result.forecast, 'USD')} projected). Cloud: trailing 30-day daily average; telecom: last invoice per vendor.`,
    );
    expect(text).toContain('25 of 30 days elapsed');
  });
});
