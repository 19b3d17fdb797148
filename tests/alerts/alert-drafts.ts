import type { AlertDraft } from '../../src/domain/alerts/alert-draft.js';

export function budgetDraft(costCenter: string, threshold: number): AlertDraft {
  return {
    kind: 'budget',
    dedupeKey: `budget:${costCenter}:2026-11-01:${threshold}:exceeded`,
    title: `${costCenter} passed ${threshold}% of its November budget`,
    message: {
      kind: 'budget',
      title: `${costCenter} passed ${threshold}% of its November budget`,
      summary: 'Month to date USD 12,000.00 of USD 10,000.00.',
      facts: [{ label: 'Cost center', value: costCenter }],
      actions: [{ id: 'acknowledge', label: 'Acknowledge', value: 'ack' }],
      freshness: 'Cloud costs through 25 Nov 2026',
    },
    scope: { costCenters: [costCenter], vendors: [] },
    finding: { costCenter, threshold },
  };
}
