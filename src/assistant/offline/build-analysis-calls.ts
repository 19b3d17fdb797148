import { addMonths, dateFromIso, monthStart, toIsoDate } from '../../domain/periods/period.js';
import type { PlannedCall } from '../planner.js';
import { analysisPatterns, type AnalysisIntent } from './detect-analysis-intent.js';
import { chooseComparison, choosePeriod, periodArgument } from './choose-period.js';
import type { Understanding } from './read-question.js';

// Analysis intent + what was recognized → the tool call, every choice explicit in the arguments.

type SpendFilters = (understanding: Understanding) => Record<string, unknown>;

function inventoryFilters(understanding: Understanding): Record<string, unknown> {
  const filters: Record<string, unknown> = {};
  if (understanding.vendors.length > 0) filters.vendors = understanding.vendors;
  if (understanding.locations.length > 0) filters.locations = understanding.locations;
  if (understanding.costCenters.length > 0) filters.costCenters = understanding.costCenters;
  return filters;
}

function forecastHorizon(question: string): 'month' | 'quarter' | 'year' {
  if (/\byear\b|\beoy\b|\bannual\b|\bfy\b/i.test(question)) return 'year';
  if (/\bquarter\b|\beoq\b|\bq[1-4]\b/i.test(question)) return 'quarter';
  return 'month';
}

function serviceSort(question: string): { sortBy: string; order: 'asc' | 'desc' } {
  const order = /\bcheapest\b|\bleast\b|\blowest\b|\bbottom\b|\bsmallest\b/i.test(question) ? 'asc' : 'desc';
  if (/\bdata\b|\bmb\b|\bgb\b/i.test(question)) return { sortBy: 'data_mb', order };
  if (/\bminutes\b|\bcalls?\b|\bvoice\b/i.test(question)) return { sortBy: 'voice_minutes', order };
  if (/\bmessages\b|\btexts?\b|\bsms\b/i.test(question)) return { sortBy: 'messages', order };
  if (/\bmrc\b|\bmonthly (?:recurring )?cost\b|\binventory cost\b/i.test(question)) return { sortBy: 'monthly_cost', order };
  return { sortBy: 'invoiced_cost', order };
}

export function buildAnalysisCalls(
  intent: AnalysisIntent,
  understanding: Understanding,
  asOf: Date,
  spendFilters: SpendFilters,
): PlannedCall[] {
  const question = understanding.question;
  const period = choosePeriod(question, understanding.periods);
  switch (intent) {
    case 'spend_changes': {
      const args: Record<string, unknown> = {
        dimension: understanding.dimension,
        direction: analysisPatterns.decrease.test(question) ? 'decrease' : 'increase',
        top: understanding.top ?? 5,
        ...spendFilters(understanding),
      };
      if (understanding.periods.length > 0) {
        const comparison = chooseComparison(question, understanding.periods, asOf);
        args.period = periodArgument(comparison.period);
        args.comparedTo = periodArgument(comparison.comparedTo);
      }
      return [{ tool: 'rank_spend_changes', arguments: args }];
    }
    case 'run_rate': {
      const basis = /\btrailing\b|\b(?:3|three)[- ]month\b|\b(?:last|past|previous) (?:3|three) (?:months?|mos?)\b|\baverage\b/i.test(
        question,
      )
        ? 'trailing_3_months'
        : 'last_full_month';
      return [{ tool: 'get_run_rate', arguments: { basis, ...spendFilters(understanding) } }];
    }
    case 'forecast': {
      // A named month or quarter ("forecast AWS for December") is that period — the coming one
      // when no year is said, since nobody forecasts last December; otherwise the horizon. A
      // period said relative to today ("estimated spend last month") stays where it is.
      // "how much will we have spent by the end of december": everything to the year's end (an
      // "expected spend by the end of december" is December's, read below).
      if (/\bwill (?:we |it |they )?have (?:spent|paid|been billed)\b.*\bby (?:the )?end of dec(?:ember)?\b/i.test(question))
        return [{ tool: 'forecast_spend', arguments: { horizon: 'year', ...spendFilters(understanding) } }];
      if (!period || /\b(?:this|current)\b/i.test(question))
        return [{ tool: 'forecast_spend', arguments: { horizon: forecastHorizon(question), ...spendFilters(understanding) } }];
      const isPast =
        period.end <= toIsoDate(monthStart(asOf)) && !/\b20\d{2}\b/.test(question) && !/\b(?:last|previous|prior|past)\b/i.test(question);
      const forecastPeriod = isPast
        ? { start: toIsoDate(addMonths(dateFromIso(period.start), 12)), end: toIsoDate(addMonths(dateFromIso(period.end), 12)) }
        : periodArgument(period);
      return [{ tool: 'forecast_spend', arguments: { period: forecastPeriod, ...spendFilters(understanding) } }];
    }
    case 'unallocated':
      return [
        {
          tool: 'get_unallocated_spend',
          arguments: { ...(period ? { period: periodArgument(period) } : {}), ...spendFilters(understanding) },
        },
      ];
    case 'unit_costs': {
      const serviceType = understanding.serviceTypes.find((type) => type !== 'device') ?? understanding.serviceTypes[0] ?? 'mobile_line';
      const groupBy =
        understanding.dimension === 'vendor' || understanding.dimension === 'location' || understanding.dimension === 'cost_center'
          ? understanding.dimension
          : undefined;
      return [
        {
          tool: 'get_unit_costs',
          arguments: {
            serviceType,
            ...(groupBy ? { groupBy } : {}),
            ...(period ? { period: periodArgument(period) } : {}),
            ...inventoryFilters(understanding),
          },
        },
      ];
    }
    case 'rank_services': {
      const { sortBy, order } = serviceSort(question);
      const args: Record<string, unknown> = {
        types: understanding.serviceTypes,
        sortBy,
        order,
        top: understanding.top && understanding.top !== 5 ? understanding.top : /\b5\b|\bfive\b/i.test(question) ? 5 : 10,
        ...inventoryFilters(understanding),
      };
      if (period) args.period = periodArgument(period);
      if (understanding.statuses && understanding.statuses !== 'all') args.statuses = understanding.statuses;
      return [{ tool: 'rank_services', arguments: args }];
    }
    case 'realized_savings':
      // Without a period the tool counts this calendar year to date.
      return [{ tool: 'get_realized_savings', arguments: period ? { period: periodArgument(period) } : {} }];
  }
}
