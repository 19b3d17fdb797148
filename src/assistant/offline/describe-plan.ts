import { labelPeriod } from '../../domain/periods/period.js';
import type { PlannedCall } from '../planner.js';

// One line saying what the planner understood, e.g. "get_spend: AT&T, Q3 2026, by vendor".

const toolWords: Record<string, string> = {
  get_spend: 'spend',
  get_spend_trend: 'spend trend',
  compare_spend: 'spend comparison',
  count_services: 'count of services',
  list_services: 'list of services',
  find_service: 'service lookup',
  list_contracts: 'contracts',
  get_contract: 'contract details',
  find_notice_deadlines: 'contract notice deadlines',
  get_commitment_status: 'committed vs actual spend',
  get_budget_status: 'budget vs actual',
  get_line_usage: 'line usage',
  get_line_charges: 'charges billed to a line',
  find_zero_usage_lines: 'lines without usage',
  audit_invoices: 'invoice audit',
  find_billed_after_disconnect: 'services billed after disconnect',
  find_savings: 'savings opportunities',
  list_disputes: 'billing disputes',
  list_my_requests: 'your MACD requests',
  get_request_status: 'request status',
  summarize_disconnects: 'completed disconnects',
  subscribe_channel: 'subscribe this channel',
  unsubscribe_channel: 'unsubscribe this channel',
  list_channel_subscriptions: "this channel's alert subscriptions",
  list_alerts: 'recent alerts',
  rank_spend_changes: 'spend changes ranked',
  get_run_rate: 'run-rate',
  forecast_spend: 'spend forecast',
  get_unallocated_spend: 'unallocated spend',
  get_unit_costs: 'average cost per service',
  rank_services: 'services ranked',
  get_realized_savings: 'savings realized',
};

function describeValue(key: string, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (key === 'period' || key === 'comparedTo') {
    const period = value as { start: string; end: string };
    return `${key === 'comparedTo' ? 'vs ' : ''}${labelPeriod(period.start, period.end)}`;
  }
  if (key === 'groupBy' || key === 'splitBy') return `by ${String(value).replaceAll('_', ' ')}`;
  if (key === 'top') return `top ${String(value)}`;
  if (key === 'pageSize' || key === 'page') return undefined;
  if (Array.isArray(value)) return value.map(String).join(' or ').replaceAll('_', ' ');
  return `${key.replace(/([A-Z])/g, ' $1').toLowerCase()} ${String(value)}`;
}

export function describeCall(call: PlannedCall): string {
  const parts = Object.entries(call.arguments)
    .map(([key, value]) => describeValue(key, value))
    .filter((part): part is string => Boolean(part));
  return `${toolWords[call.tool] ?? call.tool}${parts.length > 0 ? `: ${parts.join(', ')}` : ''}`;
}
