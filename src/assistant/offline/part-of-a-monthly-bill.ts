import type { PlannedCall } from '../planner.js';
import { addDays, dateFromIso, toIsoDate } from '../../domain/periods/period.js';
import { formatDate, formatMonth } from '../../domain/shared/format.js';
import type { Vocabulary } from './vocabulary.js';

// Invoices bill a month at a time, and each bill counts on the first day of the month it covers.
// Spend for part of a month ("last week", "the past 7 days", "since the 15th") would hold a whole
// bill or none of it: a figure that looks exact and is not. Costs from FOCUS exports are recorded
// by the day, so cloud and SaaS questions keep their days.

const spendTools = new Set(['get_spend', 'compare_spend', 'get_spend_trend']);
const dailyDomains = new Set(['cloud', 'saas']);

interface PeriodArgument {
  start: string;
  end: string;
}

// Shorter than a month and not the whole of one: a week, "the past 7 days", "since the 15th", "the
// first week of October" (which holds October's whole bill). Shorter than two months and starting
// mid-month ("the last 6 weeks", "since 15 october") is the same: one bill or two, by the day it
// is asked. A month to date ("this month") runs to tomorrow and is answered with the bills so far;
// a longer window ("the past 90 days") takes the bills of the months that start in it, which is
// what an analyst means by it.
const dayMs = 24 * 60 * 60 * 1000;
const isPartOfAMonth = (period: PeriodArgument | undefined, asOf: Date): period is PeriodArgument => {
  if (period === undefined) return false;
  const days = (dateFromIso(period.end).getTime() - dateFromIso(period.start).getTime()) / dayMs;
  if (days >= 59) return false;
  if (!period.start.endsWith('-01')) return true;
  if (days >= 32) return false;
  const endsBeforeToday = dateFromIso(period.end).getTime() <= asOf.getTime();
  return !period.end.endsWith('-01') && endsBeforeToday;
};

/** Whether the call's filters could take in invoiced (monthly) spend. */
function readsMonthlyBills(args: Record<string, unknown>, vocabulary: Vocabulary): boolean {
  const list = (key: string) => (Array.isArray(args[key]) ? (args[key] as string[]) : []);
  if (list('serviceNames').length > 0 || list('serviceCategories').length > 0 || list('regions').length > 0) return false;
  if (list('domains').length > 0 && list('domains').every((domain) => dailyDomains.has(domain))) return false;
  if (list('vendors').length > 0 && list('vendors').every((vendor) => vocabulary.dailyVendors.has(vendor))) return false;
  return true;
}

/** The reply when a planned spend call asks for part of a month of monthly bills, else undefined. */
export function partOfAMonthlyBill(
  calls: PlannedCall[],
  vocabulary: Vocabulary,
  asOf: Date,
): { message: string; choices: string[] } | undefined {
  for (const call of calls) {
    if (!spendTools.has(call.tool)) continue;
    const args = call.arguments as Record<string, unknown>;
    const period = [args.period, args.comparedTo].find((candidate) => isPartOfAMonth(candidate as PeriodArgument | undefined, asOf)) as
      PeriodArgument | undefined;
    if (!period || !readsMonthlyBills(args, vocabulary)) continue;
    const lastDay = toIsoDate(addDays(dateFromIso(period.end), -1));
    const month = formatMonth(period.start);
    return {
      message:
        `Telecom and mobility bills are monthly, and each counts on the first day of the month it covers, so spend from ` +
        `${formatDate(period.start)} to ${formatDate(lastDay)} would hold a whole bill or none of it. ` +
        `I can answer for whole months (${month}), or for cloud and SaaS spend, which is recorded by the day.`,
      choices: [`What did we spend in ${month}?`, `Cloud spend from ${period.start} to ${lastDay}`],
    };
  }
  return undefined;
}
