import { describe, expect, it } from 'vitest';
import { detectBudgetOverruns } from '../../src/domain/alerts/detect-budget-overruns.js';
import { dropBudgetFindingsAlreadyTold } from '../../src/domain/alerts/drop-budget-findings-already-told.js';
import { detectNoticeDeadlines } from '../../src/domain/alerts/detect-notice-deadlines.js';
import type { NoticeContract } from '../../src/domain/alerts/detect-notice-deadlines.js';
import { Decimal } from '../../src/domain/shared/decimal.js';

const contract = (overrides: Partial<NoticeContract>): NoticeContract => ({
  contractId: 'C-1',
  name: 'MPLS network',
  vendor: 'AT&T',
  endDate: '2027-03-31',
  autoRenew: true,
  noticeDays: 90,
  committedAnnual: '120000.00',
  currency: 'USD',
  ...overrides,
});

describe('detectNoticeDeadlines', () => {
  const spendByVendor = new Map([['AT&T', [{ currency: 'USD', amount: new Decimal('98765.4321') }]]]);

  it('uses end − notice days for auto-renewing contracts and the end date otherwise, in the smallest window', () => {
    const findings = detectNoticeDeadlines({
      contracts: [
        contract({ contractId: 'AUTO' }), // decision 31 Dec 2026: 35 days after 26 Nov → 60-day window
        contract({ contractId: 'FIXED', autoRenew: false, endDate: '2026-12-01' }), // 5 days → 7
        contract({ contractId: 'FAR', endDate: '2028-01-01' }),
        contract({ contractId: 'PAST', autoRenew: false, endDate: '2026-11-20' }),
      ],
      spendByVendor,
      asOf: '2026-11-26',
    });
    expect(findings.map((finding) => [finding.contract.contractId, finding.decisionDate, finding.daysLeft, finding.threshold])).toEqual([
      ['FIXED', '2026-12-01', 5, 7],
      ['AUTO', '2026-12-31', 35, 60],
    ]);
    expect(findings[1]!.last12MonthsSpend).toEqual([{ currency: 'USD', amount: '98765.43' }]);
    expect(findings[1]!.dedupeKey).toBe('notice-deadline:AUTO:2026-12-31:60');
  });

  it('honours configured windows', () => {
    const findings = detectNoticeDeadlines({ contracts: [contract({})], spendByVendor, asOf: '2026-11-26', thresholds: [14, 30] });
    expect(findings).toEqual([]);
  });
});

describe('detectBudgetOverruns', () => {
  const basis = 'actual through 25 Nov 2026; projected by 30 Nov 2026';
  const rows = [
    {
      costCenter: 'CC-100',
      name: 'Sales',
      budget: new Decimal('3000'),
      currency: 'USD',
      actual: new Decimal('2500'),
      projected: new Decimal('3000.004'),
      basis,
    }, // 83% spent, projected 100%
    {
      costCenter: 'CC-200',
      name: 'Ops',
      budget: new Decimal('1000'),
      currency: 'USD',
      actual: new Decimal('1250'),
      projected: new Decimal('1500'),
      basis,
    }, // spent 125%
    {
      costCenter: 'CC-300',
      name: 'HR',
      budget: new Decimal('1000'),
      currency: 'USD',
      actual: new Decimal('500'),
      projected: new Decimal('600'),
      basis,
    }, // projected 60%
  ];

  it('reports the highest line crossed, spent or projected to month end, with when the projection is reached', () => {
    const findings = detectBudgetOverruns({ rows, month: '2026-11-01', projectedBy: '2026-11-30' });
    expect(
      findings.map((finding) => [
        finding.costCenter,
        finding.threshold,
        finding.status,
        finding.projected,
        finding.percentOfBudget,
        finding.projectedOverBudget,
      ]),
    ).toEqual([
      ['CC-100', 100, 'projected', '3000.00', '100.0', '0.00'],
      ['CC-200', 120, 'exceeded', '1500.00', '125.0', '500.00'],
    ]);
    expect(findings[0]).toMatchObject({ projectedBy: '2026-11-30', basis });
    expect(findings[1]!.dedupeKey).toBe('budget:CC-200:2026-11-01:120:exceeded');
  });

  it('judges a month with nothing spent yet by its projection (invoices still to come), and follows configured thresholds', () => {
    const notBilledYet = [
      {
        costCenter: 'CC-400',
        name: 'Network',
        budget: new Decimal('1000'),
        currency: 'USD',
        actual: new Decimal('0'),
        projected: new Decimal('1100'),
        basis,
      },
    ];
    expect(
      detectBudgetOverruns({ rows: notBilledYet, month: '2026-12-01', projectedBy: '2026-12-31' }).map((finding) => [
        finding.costCenter,
        finding.threshold,
        finding.status,
        finding.projectedOverBudget,
      ]),
    ).toEqual([['CC-400', 100, 'projected', '100.00']]);
    const nothing = [{ ...notBilledYet[0]!, projected: new Decimal('0') }];
    expect(detectBudgetOverruns({ rows: nothing, month: '2026-12-01', projectedBy: '2026-12-31', thresholds: [0] })).toEqual([]);
    expect(
      detectBudgetOverruns({ rows, month: '2026-11-01', projectedBy: '2026-11-30', thresholds: [50] }).map((finding) => finding.costCenter),
    ).toEqual(['CC-100', 'CC-200', 'CC-300']);
  });

  it('stays quiet about a line an earlier alert of the same month already covers, but not about spend crossing one', () => {
    const findings = detectBudgetOverruns({ rows, month: '2026-11-01', projectedBy: '2026-11-30', thresholds: [50, 80, 100, 120] });
    const told = [
      'budget:CC-100:2026-11-01:120:projected',
      'budget:CC-200:2026-11-01:100:projected',
      'budget:CC-300:2026-10-01:50:projected',
    ];
    expect(dropBudgetFindingsAlreadyTold(findings, told).map((finding) => finding.dedupeKey)).toEqual([
      'budget:CC-200:2026-11-01:120:exceeded',
      'budget:CC-300:2026-11-01:50:exceeded',
    ]);
    expect(dropBudgetFindingsAlreadyTold(findings, ['budget:CC-200:2026-11-01:120:exceeded']).map((finding) => finding.costCenter)).toEqual(
      ['CC-100', 'CC-300'],
    );
  });
});
