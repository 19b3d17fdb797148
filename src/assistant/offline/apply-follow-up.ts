import type { PlannedCall } from '../planner.js';
import { chooseComparison, choosePeriod, periodArgument } from './choose-period.js';
import { savingsDomain } from './build-operations-calls.js';
import { addDays, addMonths, dateFromIso, monthStart, toIsoDate } from '../../domain/periods/period.js';
import { patterns, type Intent } from './detect-intent.js';
import type { Understanding } from './read-question.js';

// "and in October?", "break that down by location", "what about AT&T?", "list them":
// the previous call with one thing changed.

const spendTools = new Set(['get_spend', 'get_spend_trend', 'compare_spend']);
const inventoryTools = new Set(['count_services', 'list_services']);

const alertTools = new Set(['subscribe_channel', 'unsubscribe_channel', 'list_channel_subscriptions', 'list_alerts']);
const auditTools = new Set(['audit_invoices', 'find_billed_after_disconnect']);
// Tools whose arguments a follow-up can narrow by vendor and period, like the audit's.
const vendorPeriodTools = new Set([...auditTools]);
// Nothing in these answers changes with "and for AT&T?": a new question is asked instead.
const toolsWithoutFollowUps = new Set([...alertTools, 'list_my_requests', 'get_request_status']);

const familyOf = (tool: string): string =>
  alertTools.has(tool)
    ? 'alerts'
    : auditTools.has(tool)
      ? 'audit'
      : tool === 'list_my_requests' || tool === 'get_request_status'
        ? 'requests'
        : spendTools.has(tool)
          ? 'spend'
          : inventoryTools.has(tool)
            ? 'inventory'
            : tool.includes('contract') || tool.includes('notice') || tool.includes('commitment')
              ? 'contracts'
              : tool;

const intentFamily: Record<Intent, string> = {
  find_service: 'find_service',
  line_usage: 'get_line_usage',
  line_charges: 'get_line_charges',
  zero_usage: 'find_zero_usage_lines',
  notice_deadlines: 'contracts',
  ending_contracts: 'contracts',
  commitment: 'contracts',
  contract_details: 'contracts',
  list_contracts: 'contracts',
  budget: 'get_budget_status',
  count_services: 'inventory',
  list_services: 'inventory',
  compare_spend: 'spend',
  spend_trend: 'spend',
  spend: 'spend',
  subscribe_alerts: 'alerts',
  unsubscribe_alerts: 'alerts',
  list_subscriptions: 'alerts',
  list_alerts: 'alerts',
  request_status: 'requests',
  my_requests: 'requests',
  disconnect_summary: 'summarize_disconnects',
  billed_after_disconnect: 'audit',
  audit: 'audit',
  disputes: 'list_disputes',
  savings: 'find_savings',
  spend_changes: 'rank_spend_changes',
  run_rate: 'get_run_rate',
  forecast: 'forecast_spend',
  unit_costs: 'get_unit_costs',
  rank_services: 'rank_services',
  unallocated: 'get_unallocated_spend',
  realized_savings: 'get_realized_savings',
};

const connector =
  /^\s*(?:and|what about|how about|same(?: thing)?(?: for| but)?|now|ok(?:ay)?|then|also|but|just|only)\b|^\s*(?:for|in|at|by)\b/i;
const refersBack = /\b(?:that|it|this|those|them|these|same)\b/i;
const listsTheOnes =
  /\b(?:list|show)(?: me)?(?: (?:the|all|all the))?(?: [\w&.'-]+){0,3} ones\b|\b(?:list|show)(?: me)? (?:them|those|these|the list)\b|\bwhich ones\b|\bwho are they\b|\bnext page\b/i;

// "that line", "this number", "it": the one line the previous answer was about.
const refersToLine = /\b(?:that|this|the same|same)\s+(?:line|number|phone|circuit|one|service)\b|\bit\b/i;
const lineOf = (call: PlannedCall): string | undefined =>
  typeof call.arguments.identifier === 'string' ? call.arguments.identifier : undefined;

/** True when the question leans on the previous one rather than standing alone. */
/**
 * Said as a follow-up — "what about X?", "and by cost centre?", "break that down by site" — with no
 * earlier answer in the conversation to follow: answering would invent what "that" was.
 */
export function needsAnEarlierAnswer(understanding: Understanding): boolean {
  const question = understanding.question;
  if (
    /\bbreak (?:that|it|this|them|those) (?:down|up)\b|\bsplit (?:that|it|this|them|those)(?: up)? by\b|\bsame (?:thing )?(?:for|but)\b|\b(?:do|show) the same\b/i.test(
      question,
    )
  )
    return true;
  // "usage for the line?": which line is said only by an earlier answer.
  if (
    !understanding.identifier &&
    !understanding.assignee &&
    /\b(?:for|of|on|about) the (?:line|number|phone|circuit|sim)\b(?!\s+(?:with|that|which|who|whose|of|in|at|on|from|for|by|ending|assigned|used|numbers?)\b)/i.test(
      question,
    )
  )
    return true;
  const words = question.trim().split(/\s+/).length;
  return (
    /^\s*(?:and|what about|how about|same(?: thing)?|now|ok(?:ay)?(?:,)? (?:and|now|so)|then|but)\b/i.test(question) &&
    words <= 6 &&
    understanding.periods.length === 0
  );
}

export function isFollowUp(understanding: Understanding, intent: Intent | undefined, lastCall: PlannedCall | undefined): boolean {
  if (!lastCall) return false;
  const question = understanding.question;
  if (lineOf(lastCall) && !understanding.identifier && refersToLine.test(question)) return true;
  // "list the Verizon ones", "show them": the services just counted or listed, not spend.
  if (inventoryTools.has(lastCall.tool) && listsTheOnes.test(question) && !patterns.strongSpend.test(question)) return true;
  const words = question.trim().split(/\s+/).length;
  if (intent === undefined) return connector.test(question) || refersBack.test(question) || words <= 6;
  const sameFamily = intentFamily[intent] === familyOf(lastCall.tool);
  if (connector.test(question)) return sameFamily || (intent === 'spend' && !patterns.strongSpend.test(question));
  // "how does that compare to Q2": "that" is the previous answer, whatever period is named.
  const namesNoFilter =
    understanding.vendors.length + understanding.locations.length + understanding.costCenters.length + understanding.domains.length === 0;
  if (sameFamily && namesNoFilter && /\b(?:that|this|those|these|it)\b/i.test(question) && patterns.compare.test(question)) return true;
  // "show the monthly trend" right after a spend answer changes the view of that answer.
  const namesNothing =
    understanding.vendors.length +
      understanding.locations.length +
      understanding.costCenters.length +
      understanding.domains.length +
      understanding.serviceNames.length +
      understanding.periods.length ===
    0;
  if (
    sameFamily &&
    namesNothing &&
    (patterns.trend.test(question) || patterns.compare.test(question) || understanding.dimension !== undefined)
  )
    return true;
  if (/\bbreak (?:that|it|this|them) down\b|\bsplit (?:that|it|this) by\b|\blist them\b|\bshow them\b|\bnext page\b/i.test(question))
    return true;
  return false;
}

const isPeriod = (value: unknown): value is { start: string; end: string } =>
  typeof value === 'object' && value !== null && typeof (value as { start?: unknown }).start === 'string';

/**
 * "Show the monthly trend" after a one-month answer: a one-point chart says nothing, so the trend
 * is the twelve months ending where that answer ended. Longer periods keep their own months.
 */
function twelveMonthsEnding(period: unknown): { start: string; end: string } | undefined {
  if (typeof period !== 'object' || period === null) return undefined;
  const { start, end } = period as { start?: unknown; end?: unknown };
  if (typeof start !== 'string' || typeof end !== 'string') return undefined;
  const endMonth = monthStart(addDays(dateFromIso(end), -1));
  const monthsCovered =
    (endMonth.getUTCFullYear() - dateFromIso(start).getUTCFullYear()) * 12 + endMonth.getUTCMonth() - dateFromIso(start).getUTCMonth() + 1;
  if (monthsCovered >= 3) return undefined;
  return { start: toIsoDate(addMonths(endMonth, -11)), end };
}

export function applyFollowUp(understanding: Understanding, lastCall: PlannedCall, asOf: Date): PlannedCall | undefined {
  const question = understanding.question;
  const previous = lastCall.arguments;
  let tool = lastCall.tool;
  const args: Record<string, unknown> = { ...previous };
  let changed = false;
  const set = (key: string, value: unknown) => {
    args[key] = value;
    changed = true;
  };
  if (toolsWithoutFollowUps.has(tool)) return undefined;
  // About the same line: its usage, what it was billed, or who has it.
  const line = lineOf(lastCall);
  if (line && !understanding.identifier && refersToLine.test(question)) {
    const period = choosePeriod(question, understanding.periods);
    const withPeriod = period ? { period: periodArgument(period) } : {};
    if (patterns.usage.test(question)) return { tool: 'get_line_usage', arguments: { identifier: line, ...withPeriod } };
    if (patterns.lineMoney.test(question)) return { tool: 'get_line_charges', arguments: { identifier: line, ...withPeriod } };
    if (/\bwho\b|\bwhere\b|\bassigned\b|\bstatus\b|\bowner\b/i.test(question))
      return { tool: 'find_service', arguments: { identifier: line } };
  }
  if (tool === 'find_savings') {
    const domain = savingsDomain(understanding);
    return domain && domain !== previous.domain ? { tool, arguments: { ...previous, domain } } : undefined;
  }
  if (tool === 'summarize_disconnects') {
    const period = choosePeriod(question, understanding.periods);
    return period ? { tool, arguments: { period: periodArgument(period) } } : undefined;
  }

  // A change of tool within the family.
  if (spendTools.has(tool)) {
    if (patterns.trend.test(question) && tool !== 'get_spend_trend') {
      tool = 'get_spend_trend';
      delete args.groupBy;
      delete args.top;
      delete args.comparedTo;
      args.granularity = understanding.isDaily ? 'day' : 'month';
      if (!understanding.isDaily && understanding.periods.length === 0) {
        const ending = twelveMonthsEnding(previous.period);
        if (ending) args.period = ending;
      }
      changed = true;
    } else if (patterns.compare.test(question) && tool !== 'compare_spend') {
      tool = 'compare_spend';
      delete args.groupBy;
      delete args.top;
      delete args.splitBy;
      delete args.granularity;
      changed = true;
    } else if (understanding.dimension && tool === 'compare_spend') {
      tool = 'get_spend';
      delete args.comparedTo;
    }
  }
  if (tool === 'count_services' && listsTheOnes.test(question) && !/\bnext page\b/i.test(question)) {
    tool = 'list_services';
    delete args.groupBy;
    args.pageSize = 25;
    changed = true;
  }
  if (tool === 'list_services' && /\bnext page\b|\bmore\b/i.test(question)) set('page', (Number(previous.page) || 1) + 1);

  // What to break down by.
  if (understanding.dimension) {
    if (tool === 'get_spend') {
      set('groupBy', understanding.dimension);
      args.top = understanding.top ?? (previous.top as number | undefined) ?? 10;
    } else if (tool === 'get_spend_trend') set('splitBy', understanding.dimension);
    else if (inventoryTools.has(tool)) {
      const grouping = { vendor: 'vendor', location: 'location', cost_center: 'cost_center', service_type: 'type', service: 'type' }[
        understanding.dimension as string
      ];
      if (grouping) {
        tool = 'count_services';
        delete args.page;
        delete args.pageSize;
        set('groupBy', grouping);
      }
    }
  }

  // A new period.
  if (understanding.periods.length > 0) {
    if (tool === 'compare_spend' && lastCall.tool !== 'compare_spend' && understanding.periods.length === 1 && isPeriod(previous.period)) {
      // "compare that to Q2": the previous answer's period against the one named.
      set('period', previous.period);
      args.comparedTo = periodArgument(choosePeriod(question, understanding.periods)!);
    } else if (tool === 'compare_spend') {
      const comparison = chooseComparison(question, understanding.periods, asOf);
      set('period', periodArgument(comparison.period));
      args.comparedTo = periodArgument(comparison.comparedTo);
    } else if (tool === 'get_budget_status') {
      set('month', choosePeriod(question, understanding.periods)!.start.slice(0, 7));
    } else if ('period' in previous || spendTools.has(tool) || tool === 'get_line_usage' || vendorPeriodTools.has(tool)) {
      set('period', periodArgument(choosePeriod(question, understanding.periods)!));
    }
  }

  // New filters replace the old ones of the same kind.
  const vendorKey = tool === 'get_contract' || tool === 'get_commitment_status' ? 'vendor' : 'vendors';
  if (understanding.vendors.length > 0) {
    set(vendorKey, vendorKey === 'vendor' ? understanding.vendors[0] : understanding.vendors);
    delete args.domains;
    delete args.contract;
  } else if (understanding.domains.length > 0 && spendTools.has(tool)) {
    set('domains', understanding.domains);
    delete args.vendors;
  }
  if (understanding.locations.length > 0 && tool !== 'get_budget_status') set('locations', understanding.locations);
  if (understanding.costCenters.length > 0) set('costCenters', understanding.costCenters);
  if (inventoryTools.has(tool) && understanding.serviceTypes.length > 0) set('types', understanding.serviceTypes);
  if (inventoryTools.has(tool) && understanding.statuses !== undefined) {
    if (understanding.statuses === 'all') {
      delete args.statuses;
      changed = true;
    } else set('statuses', understanding.statuses);
  }
  if (tool === 'find_notice_deadlines' && understanding.withinDays) set('withinDays', understanding.withinDays);
  if (tool === 'find_zero_usage_lines' && understanding.usageMonths) set('months', understanding.usageMonths);
  if (/\b(?:all|every|any) (?:vendors?|locations?|cost cent(?:er|re)s?)\b|\bwithout (?:the )?filters?\b|\beverything\b/i.test(question)) {
    for (const key of ['vendors', 'locations', 'costCenters', 'domains']) delete args[key];
    changed = true;
  }
  return changed || tool !== lastCall.tool ? { tool, arguments: args } : undefined;
}
