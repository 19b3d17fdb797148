import { listAlertsTool } from '../alerts/list-alerts.js';
import { listChannelSubscriptionsTool } from '../alerts/list-channel-subscriptions.js';
import { subscribeChannelTool } from '../alerts/subscribe-channel.js';
import { unsubscribeChannelTool } from '../alerts/unsubscribe-channel.js';
import { auditInvoicesTool } from '../audit/audit-invoices.js';
import { findBilledAfterDisconnectTool } from '../audit/find-billed-after-disconnect.js';
import { listDisputesTool } from '../disputes/list-disputes.js';
import { getRequestStatusTool } from '../macd/get-request-status.js';
import { listMyRequestsTool } from '../macd/list-my-requests.js';
import { summarizeDisconnectsTool } from '../macd/summarize-disconnects.js';
import { findSavingsTool } from '../savings/find-savings.js';
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
import { getLineCharges } from '../usage/get-line-charges.js';
import { getLineUsage } from '../usage/get-line-usage.js';
import type { ToolDefinition } from './define-tool.js';

// Every tool, defined once. The LLM planner's function specs, the offline planner's targets and
// the help text all read this list; a tool's name type comes from here, and the presenters
// (assistant/present/present-answer.ts) must cover every name, or the build fails.

export const tools = [
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
  getLineCharges,
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
] as const satisfies readonly ToolDefinition[];

type RegisteredTool = (typeof tools)[number];

export type ToolName = RegisteredTool['name'];

/** What the named tool's run() resolves to. */
export type ToolOutput<Name extends ToolName> = Awaited<ReturnType<Extract<RegisteredTool, { name: Name }>['run']>>;

const byName = new Map<string, ToolDefinition>(tools.map((tool) => [tool.name, tool]));

export function isToolName(name: string): name is ToolName {
  return byName.has(name);
}

export function findTool(name: string): ToolDefinition | undefined {
  return byName.get(name);
}
