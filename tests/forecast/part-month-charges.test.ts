import { describe, expect, it } from 'vitest';
import { projectBilledCharges, type BilledAccount, type BilledChargeRow } from '../../src/domain/forecast/project-billed-charges.js';
import { Decimal } from '../../src/domain/shared/decimal.js';
import { sumDecimals } from '../../src/domain/shared/decimal.js';

// October's invoice is the last one; November and December are projected from it. A line that
// started on 16 October was billed for 16 of October's 31 days. Repeating that charge as
// November's would forecast half a month for a service that is in service all month.

const date = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

function account(rows: BilledChargeRow[]): BilledAccount {
  return {
    vendor: 'Carrier',
    domain: 'mobility',
    accountNumber: 'A-1',
    currency: 'USD',
    invoicedMonths: ['2026-10-01', '2026-09-01'],
    rows,
  };
}

const steadyLine: BilledChargeRow = {
  month: '2026-10-01',
  chargeType: 'recurring',
  costCenterId: null,
  service: null,
  amount: new Decimal('40.00'),
};

function startedMidMonth(amount: string, monthlyCost: string | null): BilledChargeRow {
  return {
    month: '2026-10-01',
    chargeType: 'recurring',
    costCenterId: null,
    service: {
      identifierKey: '15550100',
      identifier: '+1 555 0100',
      startDate: date('2026-10-16'),
      endDate: null,
      isDisconnected: false,
      monthlyCost: monthlyCost === null ? null : new Decimal(monthlyCost),
    },
    amount: new Decimal(amount),
  };
}

const project = (rows: BilledChargeRow[]) =>
  projectBilledCharges({
    accounts: [account(rows)],
    addedServices: [],
    periodMonths: ['2026-11-01', '2026-12-01'],
    activeSince: '2026-08-01',
  });
const total = (result: ReturnType<typeof project>) => sumDecimals(result.projections.map((projection) => projection.amount)).toFixed(2);

describe('a service billed for part of the last invoiced month', () => {
  it('is projected at its whole month, not the part-month charge again', () => {
    // 16.00 for 16 of 31 days is 31.00 a month; two months of it beside the steady 40.00.
    const result = project([steadyLine, startedMidMonth('16.00', null)]);
    expect(total(result)).toBe('142.00');
    expect(result.notes).toEqual([
      { vendor: 'Carrier', identifier: '+1 555 0100', change: 'added', amount: new Decimal('30'), currency: 'USD' },
    ]);
  });

  it('is projected at its whole month when the inventory says the same', () => {
    expect(total(project([startedMidMonth('16.00', '31.00')]))).toBe('62.00');
  });

  it('keeps a charge that was already billed for the whole month', () => {
    // A carrier that does not prorate billed the full 31.00 for the part month: no scaling up.
    expect(total(project([startedMidMonth('31.00', '31.00')]))).toBe('62.00');
  });

  it('still prorates a service that ends in a projected month, and stops one that ended in the invoiced month', () => {
    const endsInNovember: BilledChargeRow = {
      ...steadyLine,
      service: {
        identifierKey: 'x',
        identifier: 'X',
        startDate: date('2025-01-01'),
        endDate: date('2026-11-15'),
        isDisconnected: false,
        monthlyCost: null,
      },
      amount: new Decimal('30.00'),
    };
    const endedInOctober: BilledChargeRow = {
      ...steadyLine,
      service: {
        identifierKey: 'y',
        identifier: 'Y',
        startDate: date('2025-01-01'),
        endDate: date('2026-10-10'),
        isDisconnected: true,
        monthlyCost: null,
      },
      amount: new Decimal('10.00'),
    };
    // 15 of November's 30 days of 30.00, nothing in December; nothing at all for Y.
    expect(total(project([endsInNovember, endedInOctober]))).toBe('15.00');
  });
});
