import { addMonths, dateFromIso, lastCompleteMonth, monthStart, toIsoDate } from '../../domain/periods/period.js';
import type { PlannedCall } from '../planner.js';
import { chooseComparison, choosePeriod, lastTwelveMonths, periodArgument } from './choose-period.js';
import { buildAnalysisCalls } from './build-analysis-calls.js';
import { buildOperationsCalls } from './build-operations-calls.js';
import { calendarWindowEnd } from './calendar-window.js';
import type { Intent } from './detect-intent.js';
import type { Understanding } from './read-question.js';
import type { SpendDimension } from '../../domain/spend/spend-filters.js';
import { wholeBreakdown } from './dimension-words.js';

// Intent + what was recognized → the tool call, with every choice made explicit in the
// arguments (so a follow-up can change one of them and the answer can say what was assumed).

const countGroupings = {
  vendor: 'vendor',
  location: 'location',
  cost_center: 'cost_center',
  service_type: 'type',
  domain: 'type',
  service: 'type',
} as const;

function spendFilters(understanding: Understanding): Record<string, unknown> {
  const filters: Record<string, unknown> = {};
  const domains = new Set(understanding.domains);
  const serviceTypes = understanding.serviceTypes.filter((type) => {
    // "mobile spend" is the mobility carriers' invoices, account-level taxes included.
    if (type === 'mobile_line') {
      domains.add('mobility');
      return false;
    }
    return type === 'circuit' || type === 'voice_trunk' || type === 'pots_line';
  });
  // Sub-accounts are a cloud billing notion (FOCUS SubAccount): carriers' accounts are not among them.
  if (domains.size === 0 && understanding.vendors.length === 0 && /\bsub[- ]?accounts?\b/i.test(understanding.question))
    domains.add('cloud').add('saas');
  if (understanding.vendors.length > 0) filters.vendors = understanding.vendors;
  else if (domains.size > 0) filters.domains = [...domains];
  if (understanding.costCenters.length > 0) filters.costCenters = understanding.costCenters;
  if (understanding.locations.length > 0) filters.locations = understanding.locations;
  if (serviceTypes.length > 0) filters.serviceTypes = serviceTypes;
  if (understanding.serviceNames.length > 0) filters.serviceNames = understanding.serviceNames;
  if (understanding.serviceCategories.length > 0) filters.serviceCategories = understanding.serviceCategories;
  if (understanding.regions.length > 0) filters.regions = understanding.regions;
  if (understanding.accounts.length > 0) filters.accounts = understanding.accounts;
  if (understanding.chargeTypes.length > 0 && understanding.dimension !== 'charge_type') filters.chargeTypes = understanding.chargeTypes;
  if (understanding.isEffectiveCost) filters.costType = 'effective';
  return filters;
}

function serviceFilters(understanding: Understanding): Record<string, unknown> {
  const filters: Record<string, unknown> = {};
  if (understanding.serviceTypes.length > 0) filters.types = understanding.serviceTypes;
  // People asking "how many lines" mean lines in service; "all" or a status word says otherwise.
  if (understanding.statuses === undefined) filters.statuses = ['active'];
  else if (understanding.statuses !== 'all') filters.statuses = understanding.statuses;
  if (understanding.vendors.length > 0) filters.vendors = understanding.vendors;
  if (understanding.locations.length > 0) filters.locations = understanding.locations;
  if (understanding.costCenters.length > 0) filters.costCenters = understanding.costCenters;
  if (understanding.assignee) filters.assignee = understanding.assignee;
  return filters;
}

function entitiesCompared(understanding: Understanding): SpendDimension | undefined {
  if (understanding.costCenters.length >= 2) return 'cost_center';
  if (understanding.vendors.length >= 2) return 'vendor';
  if (understanding.locations.length >= 2) return 'location';
  if (understanding.regions.length >= 2) return 'region';
  if (understanding.serviceNames.length >= 2) return 'service_name';
  if (understanding.accounts.length >= 2) return 'account';
  if (understanding.serviceCategories.length >= 2) return 'service_category';
  return undefined;
}

/** "expiring in 2027", "renewals due by March": a named period still ahead ends the window. */
function periodWindowEnd(understanding: Understanding, asOf: Date): string | undefined {
  if (understanding.withinDays !== undefined) return undefined;
  const period = choosePeriod(understanding.question, understanding.periods);
  if (!period) return undefined;
  if (period.end > toIsoDate(asOf)) return period.end;
  // A deadline window looks ahead: "by end of q1" in November is next year's Q1, unless a year is said.
  if (/\b20\d{2}\b/.test(understanding.question) || /\b(?:last|previous|prior|past)\b/i.test(understanding.question)) return undefined;
  const nextYear = toIsoDate(addMonths(dateFromIso(period.end), 12));
  return nextYear > toIsoDate(asOf) ? nextYear : undefined;
}

const billedAgainstEffective =
  /\bbilled\b.{0,25}\b(?:vs\.?|versus|and|against|compared (?:to|with))\s+(?:the\s+)?(?:amorti[sz]ed|effective)\b|\b(?:amorti[sz]ed|effective)\b.{0,25}\b(?:vs\.?|versus|and|against|compared (?:to|with))\s+(?:the\s+)?billed\b/i;

const isYearlyWord = (question: string) => /\b(?:annual|annually|yearly|per year|(?:a|each|every) year(?!\s+ago))\b/i.test(question);

export function buildCalls(intent: Intent, understanding: Understanding, asOf: Date): PlannedCall[] {
  const question = understanding.question;
  switch (intent) {
    case 'find_service':
      return [{ tool: 'find_service', arguments: { identifier: understanding.identifier } }];
    case 'line_usage': {
      const period = choosePeriod(question, understanding.periods);
      return [
        {
          tool: 'get_line_usage',
          arguments: {
            ...(understanding.identifier ? { identifier: understanding.identifier } : {}),
            ...(period ? { period: periodArgument(period) } : {}),
          },
        },
      ];
    }
    case 'line_charges': {
      const period = choosePeriod(question, understanding.periods);
      return [
        {
          tool: 'get_line_charges',
          arguments: { identifier: understanding.identifier, ...(period ? { period: periodArgument(period) } : {}) },
        },
      ];
    }
    case 'zero_usage': {
      const args: Record<string, unknown> = { months: understanding.usageMonths ?? 3 };
      if (understanding.vendors.length > 0) args.vendors = understanding.vendors;
      if (understanding.locations.length > 0) args.locations = understanding.locations;
      if (understanding.costCenters.length > 0) args.costCenters = understanding.costCenters;
      return [{ tool: 'find_zero_usage_lines', arguments: args }];
    }
    case 'notice_deadlines': {
      // "this year" is the calendar year, not the next 365 days.
      const through = calendarWindowEnd(question, asOf) ?? periodWindowEnd(understanding, asOf);
      const window = through ? { through } : { withinDays: understanding.withinDays ?? 90 };
      return [
        {
          tool: 'find_notice_deadlines',
          arguments: { ...window, ...(understanding.vendors.length > 0 ? { vendors: understanding.vendors } : {}) },
        },
      ];
    }
    case 'ending_contracts': {
      const through = calendarWindowEnd(question, asOf) ?? periodWindowEnd(understanding, asOf);
      const window = through ? { through } : { endingWithinDays: understanding.withinDays ?? 90 };
      return [
        {
          tool: 'list_contracts',
          arguments: { ...window, ...(understanding.vendors.length > 0 ? { vendors: understanding.vendors } : {}) },
        },
      ];
    }
    case 'commitment':
      return [
        {
          tool: 'get_commitment_status',
          arguments: {
            ...(understanding.contracts[0] ? { contract: understanding.contracts[0] } : {}),
            ...(understanding.vendors[0] ? { vendor: understanding.vendors[0] } : {}),
          },
        },
      ];
    case 'contract_details':
      return [
        {
          tool: 'get_contract',
          arguments: understanding.contracts[0] ? { contract: understanding.contracts[0] } : { vendor: understanding.vendors[0] },
        },
      ];
    case 'list_contracts': {
      // "all our active contracts": the status said wins over "all".
      const status = /\bexpired\b|\bended\b|\bpast contracts\b/i.test(question)
        ? 'expired'
        : /\bactive\b|\bcurrent\b|\blive\b|\bin (?:force|effect)\b/i.test(question)
          ? 'active'
          : /\ball\b|\bevery\b/i.test(question)
            ? 'all'
            : 'active';
      return [
        { tool: 'list_contracts', arguments: { status, ...(understanding.vendors.length > 0 ? { vendors: understanding.vendors } : {}) } },
      ];
    }
    case 'budget': {
      const period = choosePeriod(question, understanding.periods);
      const args: Record<string, unknown> = { month: (period?.start ?? toIsoDate(monthStart(asOf))).slice(0, 7) };
      if (understanding.costCenters.length > 0) args.costCenters = understanding.costCenters;
      // "which cost centers went over", "exceeded their budgets", "which budgets did we blow".
      const isOver =
        /\bover(?:spen[dt]|spending|ran|run|runs)?\b|\babove\b|\bmore than (?:they|we|it) (?:were|was) (?:allowed|supposed)\b|\bexceed(?:ed|s|ing)?\b|\bbl(?:ow|ew|own)\b/i.test(
          question,
        );
      if (understanding.costCenters.length === 0 && isOver && /\b(which|what|list|how many|who|any|whether|every|all)\b/i.test(question))
        args.status = 'over';
      if (/\bat risk\b|\bon track to (?:go|be) over\b|\bprojected (?:to go )?over\b/i.test(question)) args.status = 'at_risk';
      return [{ tool: 'get_budget_status', arguments: args }];
    }
    case 'count_services': {
      const args = serviceFilters(understanding);
      const grouping = /\b(?:by|per|each)\s+status\b/i.test(question)
        ? 'status'
        : understanding.dimension
          ? countGroupings[understanding.dimension as keyof typeof countGroupings]
          : undefined;
      if (grouping) args.groupBy = grouping;
      return [{ tool: 'count_services', arguments: args }];
    }
    case 'list_services':
      return [{ tool: 'list_services', arguments: { ...serviceFilters(understanding), pageSize: 25 } }];
    case 'compare_spend': {
      // "billed vs effective cost for april": one period's spend both ways, side by side.
      if (billedAgainstEffective.test(question)) {
        const period = choosePeriod(question, understanding.periods) ?? lastCompleteMonth(asOf);
        const filters = spendFilters(understanding);
        return (['billed', 'effective'] as const).map((costType) => ({
          tool: 'get_spend',
          arguments: { period: periodArgument(period), ...filters, costType },
        }));
      }
      // "compare d-12 and d-14": two teams (or vendors, sites) side by side in one period.
      const compared = understanding.periods.length < 2 ? entitiesCompared(understanding) : undefined;
      if (compared) {
        const period = choosePeriod(question, understanding.periods) ?? lastCompleteMonth(asOf);
        return [
          { tool: 'get_spend', arguments: { period: periodArgument(period), ...spendFilters(understanding), groupBy: compared, top: 10 } },
        ];
      }
      const { period, comparedTo } = chooseComparison(question, understanding.periods, asOf);
      return [
        {
          tool: 'compare_spend',
          arguments: { period: periodArgument(period), comparedTo: periodArgument(comparedTo), ...spendFilters(understanding) },
        },
      ];
    }
    case 'spend_trend': {
      const period = choosePeriod(question, understanding.periods) ?? lastTwelveMonths(asOf);
      const args: Record<string, unknown> = {
        period: periodArgument(period),
        granularity: understanding.isDaily ? 'day' : 'month',
        ...spendFilters(understanding),
      };
      if (understanding.dimension) args.splitBy = understanding.dimension;
      return [{ tool: 'get_spend_trend', arguments: args }];
    }
    case 'spend': {
      // "Annual spend with X" with no period said is a year of spend (the last twelve complete
      // months, as a trend reads it), never last month's figure under a yearly question.
      const period =
        choosePeriod(question, understanding.periods) ?? (isYearlyWord(question) ? lastTwelveMonths(asOf) : lastCompleteMonth(asOf));
      // Spend in a period that has not begun ("aws spend next month", "cloud in 2027") is not
      // billed yet: what is asked for is the forecast, not "no spend found".
      if (period.start > toIsoDate(asOf) && !understanding.dimension)
        return [{ tool: 'forecast_spend', arguments: { period: periodArgument(period), ...spendFilters(understanding) } }];
      const args: Record<string, unknown> = { period: periodArgument(period), ...spendFilters(understanding) };
      // "X & Y spend last month": each of them and their total, not only the sum.
      const groupBy = understanding.dimension ?? entitiesCompared(understanding);
      if (groupBy) {
        args.groupBy = groupBy;
        args.top = understanding.top ?? wholeBreakdown;
        // "the two cheapest sites", "bottom 3 vendors", "which vendor did we spend the least with".
        // "the bottom line", "at (the very) least" are not a ranking's end.
        if (/\bbottom\b(?![- ]line)|\b(?:cheapest|least expensive|lowest|smallest)\b|(?<!\bat |\bvery )\bleast\b/i.test(question))
          args.order = 'asc';
      }
      return [{ tool: 'get_spend', arguments: args }];
    }
    case 'spend_changes':
    case 'run_rate':
    case 'forecast':
    case 'unit_costs':
    case 'rank_services':
    case 'unallocated':
    case 'realized_savings':
      return buildAnalysisCalls(intent, understanding, asOf, spendFilters);
    case 'subscribe_alerts':
    case 'unsubscribe_alerts':
    case 'list_subscriptions':
    case 'list_alerts':
    case 'request_status':
    case 'my_requests':
    case 'disconnect_summary':
    case 'billed_after_disconnect':
    case 'audit':
    case 'disputes':
    case 'savings':
      return buildOperationsCalls(intent, understanding);
  }
}
