import { describe, expect, it } from 'vitest';
import { detectBudgetOverruns } from '../../src/domain/alerts/detect-budget-overruns.js';
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
  const rows = [
    { costCenter: 'CC-100', name: 'Sales', budget: new Decimal('3000'), currency: 'USD', actual: new Decimal('2500') }, // 83% spent, projects 3,000 → 100
    { costCenter: 'CC-200', name: 'Ops', budget: new Decimal('1000'), currency: 'USD', actual: new Decimal('1250') }, // spent 125%
    { costCenter: 'CC-300', name: 'HR', budget: new Decimal('1000'), currency: 'USD', actual: new Decimal('500') }, // projects 600
  ];

  it('reports the highest line crossed, spent or projected straight-line to month end', () => {
    const findings = detectBudgetOverruns({ rows, month: '2026-11-01', daysWithData: 25, daysInMonth: 30 });
    expect(findings.map((finding) => [finding.costCenter, finding.threshold, finding.status, finding.projected, finding.percentOfBudget])).toEqual([
      ['CC-100', 100, 'projected', '3000.00', '100.0'],
      ['CC-200', 120, 'exceeded', '1500.00', '125.0'],
    ]);
    expect(findings[1]!.dedupeKey).toBe('budget:CC-200:2026-11-01:120:exceeded');
  });

  it('says nothing before the month has data, and follows configured thresholds', () => {
    expect(detectBudgetOverruns({ rows, month: '2026-11-01', daysWithData: 0, daysInMonth: 30 })).toEqual([]);
    expect(detectBudgetOverruns({ rows, month: '2026-11-01', daysWithData: 25, daysInMonth: 30, thresholds: [50] }).map((finding) => finding.costCenter)).toEqual(['CC-100', 'CC-200', 'CC-300']);
  });
});
