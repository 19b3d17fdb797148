import type { Answer } from '../../../src/assistant/answer.js';
import type { Assistant } from '../../../src/assistant/assistant.js';
import type { PresentAnswer } from '../../../src/assistant/compose-answer.js';
import { createAssistant } from '../../../src/assistant/create-assistant.js';
import { formatMoney } from '../../../src/assistant/format.js';
import type { OfflinePlanner, PlannedCall } from '../../../src/assistant/planner.js';
import type { PrismaClient } from '../../../src/db/generated/client.js';
import type { GetSpendResult } from '../../../src/domain/spend/get-spend.js';
import type { GetSpendTrendResult } from '../../../src/domain/spend/get-spend-trend.js';
import type { Logger } from '../../../src/logger.js';

// The real orchestrator and the real spend tools over the fixture enterprise, with a small
// keyword planner and presenter standing in until the product's offline planner is wired.
// Every figure comes from the tools; nothing here knows an amount.

const october = { start: '2026-10-01', end: '2026-11-01' };
const vendorsByKeyword: Array<[RegExp, string]> = [
  [/at&t|at&amp;t|\batt\b/i, 'AT&T'],
  [/lumen/i, 'Lumen'],
  [/verizon/i, 'Verizon Wireless'],
];

export const keywordPlanner: OfflinePlanner = {
  async plan({ question, state }) {
    const vendor = vendorsByKeyword.find(([pattern]) => pattern.test(question))?.[1];
    const previousVendors = state?.lastCalls[0]?.arguments.vendors;
    const vendors = vendor ? [vendor] : Array.isArray(previousVendors) ? previousVendors : undefined;
    let call: PlannedCall;
    if (/trend|by month/i.test(question)) {
      call = { tool: 'get_spend_trend', arguments: { period: { start: '2026-06-01', end: '2026-11-01' }, ...(vendors ? { vendors } : {}) } };
    } else if (/by (vendor|service)/i.test(question)) {
      call = { tool: 'get_spend', arguments: { period: october, groupBy: /service/i.test(question) ? 'service' : 'vendor', top: 100, ...(vendors ? { vendors } : {}) } };
    } else if (/spend|cost/i.test(question)) {
      call = { tool: 'get_spend', arguments: { period: october, ...(vendors ? { vendors } : {}) } };
    } else {
      return { kind: 'clarify', message: 'Do you mean spend?', choices: ['Spend with AT&T in October', 'Spend by vendor'] };
    }
    return { kind: 'calls', calls: [call], understood: call.tool };
  },
};

const freshnessOf = (result: GetSpendResult | GetSpendTrendResult) =>
  `invoices through ${result.freshness.telecomInvoicesThrough ?? 'n/a'}`;

export const presentSpend: PresentAnswer = ({ calls }) => {
  const call = calls[0];
  if (call?.tool === 'get_spend_trend') {
    const result = call.result as GetSpendTrendResult;
    return {
      text: `Spend from ${result.period.label}: ${formatMoney(result.total, result.currency)}.`,
      facts: [{ label: 'Total', value: formatMoney(result.total, result.currency), raw: result.total, currency: result.currency }],
      chart: {
        kind: 'line',
        title: `Spend by month, ${result.period.label}`,
        categories: result.points.map((point) => point.bucket.slice(0, 7)),
        series: [{ name: 'Spend', values: result.points.map((point) => point.amount) }],
        unit: result.currency,
      },
      followUps: ['Spend by vendor'],
      context: { period: result.period.label, freshness: freshnessOf(result) },
    };
  }
  const result = call?.result as GetSpendResult;
  const vendors = result.filters.vendors;
  const subject = vendors ? ` with ${[vendors].flat().join(', ')}` : '';
  const answer: Omit<Answer, 'toolCalls' | 'plannedBy'> = {
    text: `Spend${subject} in ${result.period.label}: ${formatMoney(result.total, result.currency)}.`,
    facts: [{ label: 'Total', value: formatMoney(result.total, result.currency), raw: result.total, currency: result.currency }],
    followUps: ['Spend by vendor', 'Show the trend by month'],
    context: { period: result.period.label, ...(vendors ? { filters: `vendor: ${[vendors].flat().join(', ')}` } : {}), freshness: freshnessOf(result) },
  };
  if (result.groupBy) {
    answer.table = {
      columns: [
        { key: 'label', label: result.groupBy },
        { key: 'amount', label: 'Spend', align: 'right' },
      ],
      rows: result.breakdown.map((row) => ({ label: row.label, amount: formatMoney(row.amount, result.currency) })),
      totalRows: result.groupCount,
    };
  }
  return answer;
};

export function createSpendAssistant(deps: { prisma: PrismaClient; now: () => Date; logger: Logger }): Assistant {
  return createAssistant({ ...deps, offlinePlanner: keywordPlanner, present: presentSpend });
}
