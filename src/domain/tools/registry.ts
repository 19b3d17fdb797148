import { listAlertsTool, listChannelSubscriptionsTool, subscribeChannelTool, unsubscribeChannelTool } from '../alerts/tools.js';
import { auditInvoicesTool, findBilledAfterDisconnectTool } from '../audit/tools.js';
import { listDisputesTool } from '../disputes/tools.js';
import { getRequestStatusTool, listMyRequestsTool, summarizeDisconnectsTool } from '../macd/tools.js';
import { findSavingsTool } from '../savings/tools.js';
import { getBudgetStatus } from '../budgets/get-budget-status.js';
import { findNoticeDeadlines } from '../contracts/find-notice-deadlines.js';
import { getCommitmentStatus } from '../contracts/get-commitment-status.js';
import { getContract } from '../contracts/get-contract.js';
import { listContracts } from '../contracts/list-contracts.js';
import { countServices } from '../inventory/count-services.js';
import { findService } from '../inventory/find-service.js';
import { getUnitCosts } from '../inventory/get-unit-costs.js';
import { listServices } from '../inventory/list-services.js';
import { rankServices } from '../inventory/rank-services.js';
import { getRealizedSavings } from '../savings/get-realized-savings.js';
import { compareSpend } from '../spend/compare-spend.js';
import { getSpend } from '../spend/get-spend.js';
import { getSpendTrend } from '../spend/get-spend-trend.js';
import { getUnallocatedSpend } from '../spend/get-unallocated-spend.js';
import { forecastSpend } from '../spend/forecast-spend.js';
import { getRunRate } from '../spend/get-run-rate.js';
import { rankSpendChanges } from '../spend/rank-spend-changes.js';
import { findZeroUsageLines } from '../usage/find-zero-usage-lines.js';
import { getLineUsage } from '../usage/get-line-usage.js';
import type { ToolDefinition } from './define-tool.js';

// Every tool, defined once. The LLM planner's function specs, the offline planner's targets and
// the help text all read this list.

export const tools: readonly ToolDefinition[] = [
  getSpend,
  getSpendTrend,
  compareSpend,
  rankSpendChanges,
  getRunRate,
  forecastSpend,
  getUnallocatedSpend,
  countServices,
  listServices,
  findService,
  getUnitCosts,
  rankServices,
  listContracts,
  getContract,
  findNoticeDeadlines,
  getCommitmentStatus,
  getBudgetStatus,
  getLineUsage,
  findZeroUsageLines,
  auditInvoicesTool,
  findBilledAfterDisconnectTool,
  findSavingsTool,
  getRealizedSavings,
  listDisputesTool,
  listMyRequestsTool,
  getRequestStatusTool,
  summarizeDisconnectsTool,
  subscribeChannelTool,
  unsubscribeChannelTool,
  listChannelSubscriptionsTool,
  listAlertsTool,
];

export type ToolName =
  | 'get_spend'
  | 'get_spend_trend'
  | 'compare_spend'
  | 'rank_spend_changes'
  | 'get_run_rate'
  | 'forecast_spend'
  | 'get_unallocated_spend'
  | 'count_services'
  | 'list_services'
  | 'find_service'
  | 'get_unit_costs'
  | 'rank_services'
  | 'list_contracts'
  | 'get_contract'
  | 'find_notice_deadlines'
  | 'get_commitment_status'
  | 'get_budget_status'
  | 'get_line_usage'
  | 'find_zero_usage_lines'
  | 'audit_invoices'
  | 'find_billed_after_disconnect'
  | 'find_savings'
  | 'get_realized_savings'
  | 'list_disputes'
  | 'list_my_requests'
  | 'get_request_status'
  | 'summarize_disconnects'
  | 'subscribe_channel'
  | 'unsubscribe_channel'
  | 'list_channel_subscriptions'
  | 'list_alerts';

const byName = new Map(tools.map((tool) => [tool.name, tool]));

export function findTool(name: string): ToolDefinition | undefined {
  return byName.get(name);
}
