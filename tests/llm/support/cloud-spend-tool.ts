import { z } from 'zod';
import type { PresentAnswer } from '../../../src/assistant/compose-answer.js';
import type { OfflinePlanner } from '../../../src/assistant/planner.js';
import { formatCount, formatMoney } from '../../../src/domain/shared/format.js';
import { defineTool } from '../../../src/domain/tools/define-tool.js';

// A tool whose result has the shape of get_spend's (envelope, period with dates, breakdown rows
// with amounts, shares and record counts, a budget as { amount, currency }), with values fixed so
// each scripted model reply can be judged by hand: which figures a tool returned and which not.
//
//   AWS 1,234,567.89 + Azure 611,000.00 = 1,845,567.89 (October 2026), 308 cost records;
//   previous period 1,510,000.00 (+22.2%); budget 1,800,000.00, over by 45,567.89;
//   AWS/Azure = 2.02, total/Azure = 3.02; 14 services on 12 accounts.

export const cloudSpendResult = {
  filters: { vendor: ['AWS', 'Azure'] },
  period: { start: '2026-10-01', end: '2026-11-01', label: 'October 2026' },
  freshness: { telecomInvoicesThrough: '2026-10-31', cloudCostsThrough: '2026-10-31', usageThrough: null },
  currency: 'USD',
  total: '1845567.89',
  recordCount: 308,
  breakdown: [
    { key: 'aws', label: 'AWS', amount: '1234567.89', sharePercent: '66.9', recordCount: 201 },
    { key: 'azure', label: 'Azure', amount: '611000.00', sharePercent: '33.1', recordCount: 107 },
  ],
  previousPeriod: { start: '2026-09-01', end: '2026-10-01', label: 'September 2026' },
  previousTotal: '1510000.00',
  changePercent: '22.2',
  budget: { amount: '1800000.00', currency: 'USD' },
  overBudget: '45567.89',
  serviceCount: 14,
  accountCount: 12,
  batchId: 5150,
};

export const cloudSpendTool = defineTool({
  name: 'get_cloud_spend',
  description: 'Cloud spend by vendor for a month, with the previous month and the budget.',
  input: z.object({ month: z.string().describe('Month as YYYY-MM, e.g. "2026-10"') }).strict(),
  async run() {
    return structuredClone(cloudSpendResult);
  },
});

export const presentCloudSpend: PresentAnswer = ({ calls }) => {
  const lines = calls.map(({ result }) => {
    const spend = result as typeof cloudSpendResult;
    const rows = spend.breakdown.map((row) => `${row.label} ${formatMoney(row.amount, spend.currency)}`).join(', ');
    return `Cloud spend in ${spend.period.label}: ${formatMoney(spend.total, spend.currency)} (${rows}) from ${formatCount(spend.recordCount)} cost records.`;
  });
  return { text: lines.join('\n'), facts: [], followUps: [], context: {} };
};

/** Plans get_cloud_spend for October 2026 whatever the question: the direct answer of the fallback. */
export function createCloudSpendOfflinePlanner(): OfflinePlanner {
  return {
    async plan() {
      return {
        kind: 'calls',
        calls: [{ tool: 'get_cloud_spend', arguments: { month: '2026-10' } }],
        understood: 'cloud spend in October 2026',
      };
    },
  };
}
