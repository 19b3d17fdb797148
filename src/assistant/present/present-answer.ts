import type { Answer, AnswerContext } from '../answer.js';
import type { GetBudgetStatusResult } from '../../domain/budgets/get-budget-status.js';
import type { FindNoticeDeadlinesResult } from '../../domain/contracts/find-notice-deadlines.js';
import type { GetCommitmentStatusResult } from '../../domain/contracts/get-commitment-status.js';
import type { GetContractResult } from '../../domain/contracts/get-contract.js';
import type { ListContractsResult } from '../../domain/contracts/list-contracts.js';
import type { CountServicesResult } from '../../domain/inventory/count-services.js';
import type { FindServiceResult } from '../../domain/inventory/find-service.js';
import type { GetUnitCostsResult } from '../../domain/inventory/get-unit-costs.js';
import type { ListServicesResult } from '../../domain/inventory/list-services.js';
import type { RankServicesResult } from '../../domain/inventory/rank-services.js';
import type { CompareSpendResult } from '../../domain/spend/compare-spend.js';
import type { GetSpendTrendResult } from '../../domain/spend/get-spend-trend.js';
import type { GetSpendResult } from '../../domain/spend/get-spend.js';
import type { GetUnallocatedSpendResult } from '../../domain/spend/get-unallocated-spend.js';
import type { ForecastSpendResult } from '../../domain/spend/forecast-spend.js';
import type { GetRunRateResult } from '../../domain/spend/get-run-rate.js';
import type { RankSpendChangesResult } from '../../domain/spend/rank-spend-changes.js';
import type { ToolName } from '../../domain/tools/registry.js';
import type { FindZeroUsageLinesResult } from '../../domain/usage/find-zero-usage-lines.js';
import type { GetLineUsageResult } from '../../domain/usage/get-line-usage.js';
import type { ChannelSubscriptionToolResult, ListAlertsToolResult } from '../../domain/alerts/tools.js';
import type { AuditInvoicesToolResult, FindBilledAfterDisconnectResult } from '../../domain/audit/tools.js';
import type { ListDisputesToolResult } from '../../domain/disputes/tools.js';
import type { GetRequestStatusResult, ListMyRequestsResult, SummarizeDisconnectsResult } from '../../domain/macd/tools.js';
import type { GetRealizedSavingsResult } from '../../domain/savings/get-realized-savings.js';
import type { FindSavingsToolResult } from '../../domain/savings/tools.js';
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
import { presentLineUsage, presentZeroUsageLines } from './present-usage.js';
import type { Presentation } from './presentation.js';

export interface PresentInput {
  question: string;
  calls: Array<{ tool: string; arguments: unknown; result: unknown }>;
}

// Results arrive as `unknown` because the orchestrator passes whatever the named tool returned;
// the tool name tells which result type it is (each tool's run() is typed).
function presentOne(tool: string, result: unknown): Presentation | undefined {
  switch (tool as ToolName) {
    case 'get_spend':
      return presentSpend(result as GetSpendResult);
    case 'get_spend_trend':
      return presentSpendTrend(result as GetSpendTrendResult);
    case 'compare_spend':
      return presentCompareSpend(result as CompareSpendResult);
    case 'rank_spend_changes':
      return presentSpendChanges(result as RankSpendChangesResult);
    case 'get_run_rate':
      return presentRunRate(result as GetRunRateResult);
    case 'forecast_spend':
      return presentForecast(result as ForecastSpendResult);
    case 'get_unallocated_spend':
      return presentUnallocated(result as GetUnallocatedSpendResult);
    case 'count_services':
      return presentCountServices(result as CountServicesResult);
    case 'list_services':
      return presentListServices(result as ListServicesResult);
    case 'find_service':
      return presentFindService(result as FindServiceResult);
    case 'get_unit_costs':
      return presentUnitCosts(result as GetUnitCostsResult);
    case 'rank_services':
      return presentRankedServices(result as RankServicesResult);
    case 'list_contracts':
      return presentListContracts(result as ListContractsResult);
    case 'get_contract':
      return presentGetContract(result as GetContractResult);
    case 'find_notice_deadlines':
      return presentNoticeDeadlines(result as FindNoticeDeadlinesResult);
    case 'get_commitment_status':
      return presentCommitmentStatus(result as GetCommitmentStatusResult);
    case 'get_budget_status':
      return presentBudgetStatus(result as GetBudgetStatusResult);
    case 'get_line_usage':
      return presentLineUsage(result as GetLineUsageResult);
    case 'find_zero_usage_lines':
      return presentZeroUsageLines(result as FindZeroUsageLinesResult);
    case 'audit_invoices':
      return presentAuditInvoices(result as AuditInvoicesToolResult);
    case 'find_billed_after_disconnect':
      return presentBilledAfterDisconnect(result as FindBilledAfterDisconnectResult);
    case 'find_savings':
      return presentSavings(result as FindSavingsToolResult);
    case 'get_realized_savings':
      return presentRealizedSavings(result as GetRealizedSavingsResult);
    case 'list_disputes':
      return presentDisputes(result as ListDisputesToolResult);
    case 'list_my_requests':
      return presentMyRequests(result as ListMyRequestsResult);
    case 'get_request_status':
      return presentRequestStatus(result as GetRequestStatusResult);
    case 'summarize_disconnects':
      return presentDisconnects(result as SummarizeDisconnectsResult);
    case 'subscribe_channel':
    case 'unsubscribe_channel':
    case 'list_channel_subscriptions':
      return presentChannelSubscription(result as ChannelSubscriptionToolResult);
    case 'list_alerts':
      return presentAlerts(result as ListAlertsToolResult);
    default:
      return undefined;
  }
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
      followUps: ['What did we spend last month?', 'How many active mobile lines do we have?', 'Which contracts have a notice deadline in the next 90 days?'],
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
    followUps: [...new Set(presentations.flatMap((presentation) => presentation.followUps))].filter((followUp) => !isBreakdownOfOne(followUp, input.calls)).slice(0, 4),
    context: mergeContext(presentations.map((presentation) => presentation.context)),
  };
}
