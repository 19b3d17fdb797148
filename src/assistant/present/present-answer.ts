import type { Answer, AnswerContext } from '../answer.js';
import { isToolName, type ToolName, type ToolOutput } from '../../domain/tools/registry.js';
import { presentAlerts, presentChannelSubscription } from './present-alerts.js';
import { presentAuditInvoices, presentBilledAfterDisconnect } from './present-audit.js';
import { presentDisputes } from './present-disputes.js';
import { presentDisconnects, presentMyRequests, presentRequestStatus } from './present-requests.js';
import { presentSavings } from './present-savings.js';
import { presentRealizedSavings } from './present-realized-savings.js';
import { presentRankedServices } from './present-ranked-services.js';
import { presentUnitCosts } from './present-unit-costs.js';
import { presentBudgetStatus } from './present-budgets.js';
import { presentCompareSpend } from './present-compare-spend.js';
import { presentCommitmentStatus, presentGetContract, presentListContracts, presentNoticeDeadlines } from './present-contracts.js';
import { presentCountServices, presentFindService, presentListServices } from './present-inventory.js';
import { presentSpendTrend } from './present-spend-trend.js';
import { presentSpend } from './present-spend.js';
import { presentSpendChanges } from './present-spend-changes.js';
import { presentRunRate } from './present-run-rate.js';
import { presentForecast } from './present-forecast.js';
import { presentUnallocated } from './present-unallocated.js';
import { presentLineCharges } from './present-line-charges.js';
import { presentLineUsage, presentZeroUsageLines } from './present-usage.js';
import type { Presentation } from './presentation.js';

export interface PresentInput {
  question: string;
  calls: Array<{ tool: string; arguments: unknown; result: unknown }>;
}

/** One presenter per tool, keyed by the registry's names: a tool without one does not compile. */
type Presenters = { [Name in ToolName]: (result: ToolOutput<Name>) => Presentation };

const presenters: Presenters = {
  get_spend: presentSpend,
  get_spend_trend: presentSpendTrend,
  compare_spend: presentCompareSpend,
  rank_spend_changes: presentSpendChanges,
  get_run_rate: presentRunRate,
  forecast_spend: presentForecast,
  get_unallocated_spend: presentUnallocated,
  count_services: presentCountServices,
  list_services: presentListServices,
  find_service: presentFindService,
  get_unit_costs: presentUnitCosts,
  rank_services: presentRankedServices,
  list_contracts: presentListContracts,
  get_contract: presentGetContract,
  find_notice_deadlines: presentNoticeDeadlines,
  get_commitment_status: presentCommitmentStatus,
  get_budget_status: presentBudgetStatus,
  get_line_usage: presentLineUsage,
  get_line_charges: presentLineCharges,
  find_zero_usage_lines: presentZeroUsageLines,
  audit_invoices: presentAuditInvoices,
  find_billed_after_disconnect: presentBilledAfterDisconnect,
  find_savings: presentSavings,
  get_realized_savings: presentRealizedSavings,
  list_disputes: presentDisputes,
  list_my_requests: presentMyRequests,
  get_request_status: presentRequestStatus,
  summarize_disconnects: presentDisconnects,
  subscribe_channel: presentChannelSubscription,
  unsubscribe_channel: presentChannelSubscription,
  list_channel_subscriptions: presentChannelSubscription,
  list_alerts: presentAlerts,
};

/**
 * A call record holds whatever the named tool's run() returned, as `unknown`. A method signature
 * takes the name's typed presenter without a cast; that the presenter fits the tool's result is
 * checked above, where the table is written.
 */
interface PresenterOfUnknownResult {
  present(result: unknown): Presentation;
}

function presentOne(tool: string, result: unknown): Presentation | undefined {
  if (!isToolName(tool)) return undefined;
  const presenter: PresenterOfUnknownResult = { present: presenters[tool] };
  return presenter.present(result);
}

function mergeContext(contexts: AnswerContext[]): AnswerContext {
  const merged: AnswerContext = {};
  const join = (values: Array<string | undefined>) => [...new Set(values.filter((value): value is string => Boolean(value)))].join(' | ');
  const period = join(contexts.map((context) => context.period));
  const filters = join(contexts.map((context) => context.filters));
  const freshness = contexts.find((context) => context.freshness)?.freshness;
  if (period) merged.period = period;
  if (filters) merged.filters = filters;
  if (freshness) merged.freshness = freshness;
  return merged;
}

const breakdownArguments: Array<{ words: RegExp; keys: string[]; grouping: string }> = [
  { words: /\bby vendor\b/i, keys: ['vendors', 'vendor'], grouping: 'vendor' },
  { words: /\bby location\b/i, keys: ['locations', 'location'], grouping: 'location' },
  { words: /\bby cost cent(?:er|re)\b/i, keys: ['costCenters', 'costCenter'], grouping: 'cost_center' },
];

/** "Break that down by vendor" on an answer about one vendor, or already by vendor, shows nothing new: not offered. */
function isBreakdownOfOne(followUp: string, calls: PresentInput['calls']): boolean {
  const breakdown = breakdownArguments.find((candidate) => candidate.words.test(followUp));
  if (!breakdown) return false;
  return calls.some((call) => {
    const args = typeof call.arguments === 'object' && call.arguments !== null ? (call.arguments as Record<string, unknown>) : {};
    if (args.groupBy === breakdown.grouping || args.splitBy === breakdown.grouping) return true;
    return breakdown.keys.some((key) => {
      const value = args[key];
      return typeof value === 'string' || (Array.isArray(value) && value.length === 1);
    });
  });
}

/** Tool results → the platform-neutral answer. Every figure comes from a result. */
export function presentAnswer(input: PresentInput): Omit<Answer, 'toolCalls' | 'plannedBy'> {
  const presentations = input.calls
    .filter((call) => call.result !== undefined && call.result !== null)
    .map((call) => presentOne(call.tool, call.result))
    .filter((presentation): presentation is Presentation => presentation !== undefined);
  if (presentations.length === 0) {
    return {
      text: 'I could not compute an answer to that. Try asking about spend, services, contracts, budgets or usage.',
      facts: [],
      followUps: [
        'What did we spend last month?',
        'How many active mobile lines do we have?',
        'Which contracts have a notice deadline in the next 90 days?',
      ],
      context: {},
    };
  }
  const withTable = presentations.find((presentation) => presentation.table);
  const withChart = presentations.find((presentation) => presentation.chart);
  return {
    text: presentations.map((presentation) => presentation.text).join('\n\n'),
    facts: presentations.flatMap((presentation) => presentation.facts),
    ...(withTable?.table ? { table: withTable.table } : {}),
    ...(withChart?.chart ? { chart: withChart.chart } : {}),
    followUps: [...new Set(presentations.flatMap((presentation) => presentation.followUps))]
      .filter((followUp) => !isBreakdownOfOne(followUp, input.calls))
      .slice(0, 4),
    context: mergeContext(presentations.map((presentation) => presentation.context)),
  };
}
