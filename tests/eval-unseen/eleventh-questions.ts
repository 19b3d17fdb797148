import { typoOf } from '../eval-heldout/coin-heldout-names.js';
import type { UnseenEnterprise } from './generate-unseen-enterprise.js';
import { placeholderValues, type Domain, type EvalCase, type Range } from './questions.js';

// The unseen split's eleventh blind set, written without reading the planner, its tests or the
// earlier sets' questions, and with none of their wordings. Five people typing:
//   (a) a TEM analyst auditing the bills: billing discrepancies and audit findings, lines billed
//       after their disconnect, disputes open and credited, duplicate charges and overcharges
//       against the contracted rate, the month's invoice total per carrier, "what did <carrier>
//       charge us in <month>", what was billed on one account number;
//   (b) an IT manager approving changes and watching the inventory: how many lines, circuits,
//       trunks and POTS lines by site, city, carrier, status and cost centre, the circuits at a
//       site, the idle lines, the cost per line, the most expensive lines and circuits;
//   (c) a FinOps lead in the weekly review: cloud spend by service, region and account, month over
//       month and what drove it, the trend, the month-end and year-end forecast, the run-rate,
//       untagged and unallocated spend, savings realised;
//   (d) an executive writing full sentences with fiscal words: "H1", "first half", "trailing
//       twelve months", "last 90 days", "between march and june", "year on year", "the same period
//       last year", comparisons, rankings and budgets;
//   (e) chat habits: a leading "@Ledgerline", ":eyes:" and "🙏", "??", ALL CAPS words, British
//       spelling ("organisation", "centre", "programme", "realised", "annualised"), misspelt
//       vendors and months ("feburary", "janury", "apirl", "aprl"), numbers written as words.
// About a sixth must be refused or asked back with no figure: what the data does not record
// (headcount, handset models, whether an invoice is paid or past due, a carrier's trouble ticket,
// latency), a carrier, a site and a cost centre the company does not have ({gCarrier}, "verizon",
// {gCity}, "london", {gCostCenter}, {gCostCenterCode}), advice, what-ifs, part of a month or a
// single day of a carrier's monthly bill, and "{c3}" alone, which names both the carrier
// ({c3Telekom}) and its mobile brand ({c3Connect}).
// As-of is Tue 20 May 2025 (generate-unseen-enterprise.ts, `unseenAsOf`): "april", "apirl",
// "aprl", "APRIL", "last month" and "the month before" (of March) are April and March 2025;
// "march", "feburary", "janury" are March, February and January 2025; "last november" is
// November 2024; "q1" and "the first quarter" Jan–Mar 2025, "q1 last year" / "Q1 2024" Jan–Mar
// 2024; "ytd", "so far this year" run 1 January to 20 May 2025; "this month", "month to date" and
// "this month so far" are 1–20 May 2025 (the cloud's last charge day is the 19th); "the first half
// of last year", "H1 last year" Jan–Jun 2024 and "the second half", "H2 2024" Jul–Dec 2024; "the
// trailing twelve months" are the last twelve complete months, May 2024–April 2025; "between
// march and june of last year" 1 March–30 June 2024; "april of last year" April 2024; "january
// through april" against "the same period last year" is Jan–Apr 2025 against Jan–Apr 2024; "the
// last 90 days" of cloud spend run 20 February–20 May 2025 on the daily cloud rows; "the last three
// months" and "the last six months" are the complete months Feb–Apr 2025 and Nov 2024–Apr 2025,
// "since january" Jan–Apr 2025 (complete months); idle lines ("zero usage in the last 3 months",
// "the last 90 days", "last three months") are lines without usage in Feb–Apr 2025, and "since
// january" in Jan–Apr 2025; a plain "run-rate" is April 2025's, annualised, and "based on the last
// three months" Feb–Apr 2025's average; "by month end", "end of may" the forecast of May 2025 and
// "full year" / "year-end" that of 2025; the audit's "past twelve months" are May 2024–April 2025.
// "The first week of april", "on 15 april", "between 1 and 10 march" and "last week" have no exact
// answer on a carrier's monthly invoice.

const april: Range = ['2025-04-01', '2025-05-01'];
const march: Range = ['2025-03-01', '2025-04-01'];
const february: Range = ['2025-02-01', '2025-03-01'];
const january: Range = ['2025-01-01', '2025-02-01'];
const november2024: Range = ['2024-11-01', '2024-12-01'];
const q1: Range = ['2025-01-01', '2025-04-01'];
const q1Of2024: Range = ['2024-01-01', '2024-04-01'];
const ytd: Range = ['2025-01-01', '2025-05-21'];
const mtd: Range = ['2025-05-01', '2025-05-21'];
const firstHalf2024: Range = ['2024-01-01', '2024-07-01'];
const secondHalf2024: Range = ['2024-07-01', '2025-01-01'];
const trailingTwelveMonths: Range = ['2024-05-01', '2025-05-01'];
const marchToJune2024: Range = ['2024-03-01', '2024-07-01'];
const april2024: Range = ['2024-04-01', '2024-05-01'];
const janToApril: Range = ['2025-01-01', '2025-05-01'];
const janToApril2024: Range = ['2024-01-01', '2024-05-01'];
const lastNinetyDays: Range = ['2025-02-20', '2025-05-21'];
const lastThreeMonths: Range = ['2025-02-01', '2025-05-01'];
const lastThreeUsageMonths = ['2025-02', '2025-03', '2025-04'];
const sinceJanuaryUsageMonths = ['2025-01', '2025-02', '2025-03', '2025-04'];
/** The README's definition: telecom spend is everything invoiced, mobility carriers included; so are "carriers". */
const telecom: Domain[] = ['telecom', 'mobility'];

export const eleventhCases: EvalCase[] = [
  // ---------------------------------------------------------------- (a) TEM analyst auditing the bills
  {
    tool: 'audit_invoices',
    expect: { kind: 'audit', finding: 'all' },
    phrasings: [
      '@Ledgerline run an audit on all the carrier bills, what comes up?',
      'any billing discrepancies on our telecom invoices over the past twelve months',
      'AUDIT FINDINGS for the carriers pls 🙏',
    ],
  },
  {
    tool: 'audit_invoices',
    expect: { kind: 'audit', finding: 'overbilling' },
    phrasings: [
      'is {c2} billing us above the contracted rate on anything?',
      'invoice vs contract rate check for {c2} datacom — any overcharges',
      'any duplicate charges or overcharges on the {c2Typo} bills??',
    ],
  },
  {
    tool: ['find_billed_after_disconnect', 'audit_invoices'],
    expect: { kind: 'billed_after_disconnect' },
    phrasings: [
      'are we still getting billed for circuits we disconnected?',
      'lines or circuits billed after their disconnect date — anything?',
      '{c1} still charging us for stuff we cancelled? :eyes:',
    ],
  },
  {
    tool: 'audit_invoices',
    expect: { kind: 'audit', finding: 'notInInventory' },
    phrasings: [
      "anything on the {c3Telekom} invoices that isn't in our inventory?",
      'are we paying for any circuits we dont have on record',
    ],
  },
  {
    tool: 'list_disputes',
    expect: { kind: 'disputes' },
    phrasings: [
      'which billing disputes are open and which have been credited',
      'did {c2} ever credit us for the overbilling we disputed?',
      'status of our carrier disputes :eyes:',
    ],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: april, vendors: ['carrier1'] },
    phrasings: ['what did {c1} charge us in april', '{C1} invoice total for APRIL?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: march, vendors: ['carrier1'] },
    phrasings: ['whats on the {c1Typo} bill for march'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: february, vendors: ['carrier2'] },
    phrasings: ['total of the {c2} invoice for feburary'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: january, vendors: ['mobile1'] },
    phrasings: ['what did {m1} bill us in janury'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: april, vendors: ['mobile1'] },
    phrasings: ['@Ledgerline :eyes: how much did we pay {m1Typo} in apirl??'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: november2024, vendors: ['carrier2'] },
    phrasings: ['what did {c2} charge us last november'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: april, vendors: ['mobile2'] },
    phrasings: ['{c3Connect} invoice total last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: april, dimension: 'vendor', domains: telecom },
    phrasings: ['april invoice totals per carrier', "break last month's carrier bills down by carrier"],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: march, carrierAccounts: ['carrier1'] },
    phrasings: ['how much was billed on account {acct1} in march'],
  },

  // ---------------------------------------------------------------- (b) IT manager watching the inventory
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['circuit'], locations: ['loc3'] },
    phrasings: ['how many circuits at the {loc3} right now'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], vendors: ['mobile1'] },
    phrasings: ['how many active {m1} lines do we have'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['voice_trunk'] },
    phrasings: ['how many SIP trunks have we got in total'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['voice_trunk'], cities: ['city2'] },
    phrasings: ['how many trunks at {city2}?'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], cities: ['city2'] },
    phrasings: ['number of mobile lines in {city2}'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], status: 'disconnected' },
    phrasings: ['how many mobile lines have been disconnected'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['pots_line'] },
    phrasings: ['how many POTS lines are still live'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['circuit'], cities: ['city1'] },
    phrasings: ['how many circuits across our {city1} sites'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['circuit'], vendors: ['carrier1'] },
    phrasings: ['how many {c1Typo} circuits are active?'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['circuit'], vendors: ['carrier3'] },
    phrasings: ['circuits with {c3Telekom} — how many and what do they cost a month?'],
  },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['circuit'], locations: ['loc4'] },
    phrasings: ['list the circuits at {loc4}'],
  },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['circuit'], vendors: ['carrier2'], locations: ['loc1a'] },
    phrasings: ['which circuits does {c2} provide at the {loc1a}'],
  },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['voice_trunk'] },
    phrasings: ['show me all our voice trunks'],
  },
  {
    tool: 'find_zero_usage_lines',
    expect: { kind: 'zero_usage', months: lastThreeUsageMonths },
    phrasings: [
      'which lines sit idle — zero usage in the last 3 months?',
      'phones with no usage in the last 90 days',
      'any SIMs doing nothing? no data no calls last three months',
    ],
  },
  {
    tool: 'find_zero_usage_lines',
    expect: { kind: 'zero_usage', vendors: ['mobile1'], months: sinceJanuaryUsageMonths },
    phrasings: ['{m1} lines with zero usage since january'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], costCenters: ['ccFulfilment'] },
    phrasings: ['how many mobile lines sit under cost centre D-20'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], costCenters: ['ccStoreEast'] },
    phrasings: ['how many phones does store ops east have'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], costCenters: ['ccMaintenance'] },
    phrasings: ['mobile lines on cost centre 4410?'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], costCenters: ['ccRetail'] },
    phrasings: ['how many mobile lines does retail stores have in total, all its teams included'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'mobile_line', period: april, vendors: ['mobile1'] },
    phrasings: ['average cost per line on {m1} last month'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'mobile_line', period: april, vendors: ['mobile2'] },
    phrasings: ['whats the cost per line for {c3Connect} in april'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'mobile_line', period: april, groupBy: 'location' },
    phrasings: ['cost per mobile line by site for april'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'circuit', period: april, vendors: ['carrier2'] },
    phrasings: ['avg cost per circuit with {c2}, april'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', types: ['mobile_line'], sortBy: 'invoiced_cost', period: april, show: 5 },
    phrasings: ['top five most expensive mobile lines last month'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', types: ['circuit'], sortBy: 'invoiced_cost', period: april, show: 3 },
    phrasings: ['which 3 circuits cost us the most in april'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', types: ['mobile_line'], sortBy: 'data_mb', period: april, show: 1 },
    phrasings: ['which line burned the most data in april'],
  },

  // ---------------------------------------------------------------- (c) FinOps lead, weekly review
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: april, dimension: 'service_name', vendors: ['cloud'] },
    phrasings: ['{cl} spend by service for april', "break down last month's cloud bill by service"],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: mtd, dimension: 'region', domains: ['cloud'] },
    phrasings: ['cloud spend by region this month so far'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q1, dimension: 'sub_account', domains: ['cloud'] },
    phrasings: ['cloud cost per account in q1'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: april, subAccounts: ['data'] },
    phrasings: ['how much did the {subData} account cost in april'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: mtd, domains: ['cloud'] },
    phrasings: ['cloud spend month to date'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: april, comparedTo: march, domains: ['cloud'] },
    phrasings: ['how did cloud spend move april vs march', 'MoM change in {cl} spend, apr vs mar'],
  },
  {
    tool: 'rank_spend_changes',
    expect: {
      kind: 'spend_change',
      period: april,
      comparedTo: march,
      dimension: 'service_name',
      direction: 'increase',
      domains: ['cloud'],
    },
    phrasings: [
      'what drove the cloud increase in april compared to march',
      'which {cl} service grew the most last month vs the month before',
    ],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', period: april, comparedTo: march, dimension: 'cost_center', direction: 'increase' },
    phrasings: ['which cost centre grew the most in april vs march'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', check: ['2024-11', '2024-12', '2025-01', '2025-02', '2025-03', '2025-04'], domains: ['cloud'] },
    phrasings: ['cloud spend trend over the last six months'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', check: ['2025-01', '2025-02', '2025-03', '2025-04'], services: ['lakehouse'] },
    phrasings: ['monthly {cl} lakehouse cost since january'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'month', domains: ['cloud'] },
    phrasings: ['where will cloud land by month end', '{cl} forecast for end of may'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'year' },
    phrasings: ['full-year forecast for total spend at the current pace'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month', domains: ['cloud'] },
    phrasings: ["what's our cloud run-rate", 'annualised run rate for {cl}'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'trailing_3_months', domains: ['cloud'] },
    phrasings: ['cloud run rate based on the last three months'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: april, domains: ['cloud'] },
    phrasings: ['how much cloud spend was untagged in april', 'unallocated cloud cost last month'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: q1 },
    phrasings: ["how much of our q1 spend isn't allocated to any cost centre"],
  },
  {
    tool: 'get_realized_savings',
    expect: { kind: 'realized_savings', period: ytd },
    phrasings: ['savings realised so far this year', 'how much have we actually saved ytd from disconnects and credits'],
  },

  // ---------------------------------------------------------------- (d) executive sentences
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: secondHalf2024, comparedTo: firstHalf2024 },
    phrasings: [
      'How did our total spend in the first half of last year compare with the second half?',
      'Could you set H1 against H2 2024 for total spend, please?',
    ],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: firstHalf2024 },
    phrasings: ['What was our total spend in H1 last year, all vendors together?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: trailingTwelveMonths, dimension: 'vendor' },
    phrasings: ['Over the trailing twelve months, which vendors have we spent the most with, and how much with each?'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: april, comparedTo: april2024, domains: telecom },
    phrasings: ["Year on year, how does April's telecom spend compare with April of last year?"],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: marchToJune2024, vendors: ['carrier2'] },
    phrasings: ['Between March and June of last year, what did we spend with {c2} in total?'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: janToApril, comparedTo: janToApril2024, domains: ['saas'] },
    phrasings: ['Compared with the same period last year, how has our SaaS spend moved from January through April?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: secondHalf2024, dimension: 'vendor', show: 5 },
    phrasings: ['Which five vendors accounted for the most spend in H2 2024?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q1, dimension: 'cost_center', show: 3 },
    phrasings: ['Which three cost centres consumed the most in Q1, and how much did each of them spend?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastNinetyDays, domains: ['cloud'] },
    phrasings: ['Over the last 90 days, how much have we spent on cloud?'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q1, comparedTo: q1Of2024, domains: ['mobility'] },
    phrasings: ['Now that the quarter has closed, how does Q1 mobile spend compare with Q1 last year?'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q1, comparedTo: q1Of2024 },
    phrasings: ['Year on year, how much more or less did we spend overall in Q1 than in Q1 2024?'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'year', domains: ['cloud'] },
    phrasings: ["Given the lakehouse growth we've seen, where is cloud likely to end up for the full year?"],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q1, dimension: 'location', domains: telecom },
    phrasings: ['If you rank our sites by telecom spend for the first quarter, which come out on top?'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccPackaging', month: '2025-04' },
    phrasings: ['Was the packaging line over its budget for April, and if so by how much?'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget_over', month: '2025-04' },
    phrasings: ['Which cost centres overspent their budget in April?'],
  },

  // ---------------------------------------------------------------- (e) chat habits
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'vendor', show: 5 },
    phrasings: ['top five vendors by spend ytd 🙏'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastThreeMonths, domains: ['saas'] },
    phrasings: ['how much did the organisation spend on saas over the last three months'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: march, costCenters: ['ccLoyalty'] },
    phrasings: ['SPEND for cost centre 8810 in march??'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, costCenters: ['ccDigital'] },
    phrasings: ['how much has the digital products programme spent so far this year'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: april, dimension: 'cost_center' },
    phrasings: ['spend by cost centre for april pls'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q1, vendors: ['saas2'] },
    phrasings: ['{s2Typo} spend q1?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: april, services: ['lakehouse'] },
    phrasings: ['@Ledgerline how much did {cl} lakehouse cost us in APRIL'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', check: ['2025-02', '2025-03', '2025-04'], domains: ['mobility'] },
    phrasings: ['mobile spend for the last three months, month by month?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q1, domains: telecom },
    phrasings: ['TOTAL telecom spend for q1 :eyes:'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: april, costCenters: ['ccStoreWest'] },
    phrasings: ['what did store ops west spend in aprl'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'service_name', domains: ['cloud'], show: 10 },
    phrasings: ['top ten cloud services by cost this year'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: march, locations: ['loc4'] },
    phrasings: ['how much did the {loc4} cost us in march'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, vendors: ['saas3'] },
    phrasings: ['{s3} spend so far this year?? 🙏'],
  },

  // ---------------------------------------------------------------- refuse or ask back
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ["what's the headcount in 4410 so i can work out mobile cost per head", 'how many employees work at the {loc2}'],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['which iphone models do the store ops west people have', 'what handsets are on the {m1} lines'],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['has the april {c2} invoice been paid yet?', 'which carrier invoices are past due for payment'],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ["what's the carrier's trouble ticket number for the {city4} sd-wan outage"],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ["what's the latency like on the {city3} ethernet circuits"],
  },
  {
    tool: null,
    expect: { kind: 'refuse', mentions: ['{gCarrier}'] },
    phrasings: ['what did {gCarrier} charge us in april'],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['verizon spend last quarter?'],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['how many mobile lines at the {gCity} depot', 'circuits at our london office'],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['{gCostCenter} cost centre spend in q1', 'budget vs actual for cost centre {gCostCenterCode} in april'],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: [
      'should we switch the ethernet circuits from {c2} to {c1}?',
      'is it worth moving the pots lines to voip, what do you reckon',
    ],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['what would we save if we cut 20 {m1} lines', 'if {cl} put prices up 10% what would our cloud bill look like next quarter'],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: [
      'what did {c1} charge us for the first week of april',
      '{c2} spend on 15 april',
      'how much did {m1} bill us between 1 and 10 march',
      'what did the carriers charge us last week',
    ],
  },
  {
    tool: null,
    expect: { kind: 'refuse', mentions: ['{c3Telekom}', '{c3Connect}'] },
    phrasings: ['how much did we spend with {c3} in april', '{c3} bill for march?'],
  },
];

/** Names the refusals use as names this company does not have. */
const absentNames = ['verizon', 'london'];

/** The unseen split's placeholders and a few more; refuses a seed whose company has a name written here as absent. */
export function eleventhPlaceholderValues(enterprise: UnseenEnterprise): Record<string, string> {
  const { names } = enterprise;
  const words = [
    ...Object.values(names.vendors).flatMap((vendor) => [vendor.name, ...vendor.aliases]),
    ...Object.values(names.costCenters).flatMap((costCenter) => [costCenter.name, costCenter.code]),
    ...Object.values(names.locations).map((location) => `${location.name} ${location.country}`),
    ...Object.values(names.cities),
  ].flatMap((name) => [name.toLowerCase(), ...name.toLowerCase().split(/[^a-z0-9]+/)]);
  const present = absentNames.filter((name) => words.includes(name));
  if (present.length > 0) throw new Error(`the eleventh set's absent names exist in this company: ${present.join(', ')}`);
  const location = (role: keyof typeof names.locations) => names.locations[role].name.toLowerCase();
  return {
    ...placeholderValues(enterprise),
    C1: names.vendors.carrier1.short.toUpperCase(),
    c2Typo: typoOf(names.vendors.carrier2.short),
    loc1a: location('loc1a'),
    loc2: location('loc2'),
    loc3: location('loc3'),
    loc4: location('loc4'),
    gCostCenter: names.ghosts.costCenter.toLowerCase(),
    gCostCenterCode: names.ghosts.costCenterCode,
  };
}
