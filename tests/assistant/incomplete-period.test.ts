import { describe, expect, it } from 'vitest';
import { presentCompareSpend } from '../../src/assistant/present/present-compare-spend.js';
import { presentSpend } from '../../src/assistant/present/present-spend.js';
import type { CompareSpendResult } from '../../src/domain/spend/compare-spend.js';
import type { GetSpendResult } from '../../src/domain/spend/get-spend.js';

// As of 26 Nov 2026 invoices are imported through October and cloud costs through 25 November.
// November compared with October reads as a fall of half the spend unless the answer says that
// November's bills have not been imported yet.
const freshness = { telecomInvoicesThrough: '2026-10-01', cloudCostsThrough: '2026-11-25', usageThrough: '2026-10-01' };

function comparison(period: CompareSpendResult['period'], previousPeriod: CompareSpendResult['period']): CompareSpendResult {
  return {
    filters: {},
    freshness,
    period,
    previousPeriod,
    currency: 'USD',
    current: '289497.26',
    previous: '618395.56',
    change: '-328898.30',
    changePercent: '-53.2',
    currentRecordCount: 700,
    previousRecordCount: 1500,
    drivers: [],
  };
}

const november = { start: '2026-11-01', end: '2026-12-01', label: 'November 2026' };
const october = { start: '2026-10-01', end: '2026-11-01', label: 'October 2026' };
const september = { start: '2026-09-01', end: '2026-10-01', label: 'September 2026' };

describe('a comparison with a period still being billed', () => {
  it('says the period is not complete in the data, and through when each source is imported', () => {
    const text = presentCompareSpend(comparison(november, october)).text;
    expect(text).toContain('November 2026 is not complete in the data (invoices through Oct 2026, cloud costs through 25 Nov 2026)');
    expect(text).not.toContain('October 2026 is not complete');
  });

  it('says nothing of the kind for two closed months', () => {
    expect(presentCompareSpend(comparison(october, september)).text).not.toMatch(/not complete/);
  });

  it('names only the source that has not caught up', () => {
    const text = presentCompareSpend({
      ...comparison(november, october),
      freshness: { ...freshness, telecomInvoicesThrough: '2026-11-01' },
    }).text;
    expect(text).toContain('November 2026 is not complete in the data (cloud costs through 25 Nov 2026)');
  });
});

describe('spend of a period still being billed', () => {
  const spend = (period: CompareSpendResult['period']) =>
    presentSpend({
      filters: {},
      freshness,
      period,
      currency: 'USD',
      total: '289497.26',
      recordCount: 700,
      groupBy: null,
      breakdown: [],
      other: null,
      groupCount: 0,
      unassigned: null,
      unallocated: null,
    } satisfies GetSpendResult).text;

  it('says the total holds only what is imported so far', () => {
    expect(spend(november)).toContain(
      'November 2026 is not complete in the data (invoices through Oct 2026, cloud costs through 25 Nov 2026)',
    );
  });

  it('says nothing of the kind for a closed month', () => {
    expect(spend(october)).not.toMatch(/not complete/);
  });
});
