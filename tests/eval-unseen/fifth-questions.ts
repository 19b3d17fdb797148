import { readFileSync } from 'node:fs';
import type { UnseenEnterprise } from './generate-unseen-enterprise.js';
import { freshPlaceholderValues } from './fresh-questions.js';
import type { Domain, EvalCase, Range } from './questions.js';
import { thirdPlaceholderValues } from './third-questions.js';

// The unseen split's fifth blind set, written without reading the planner, its tests or how the
// earlier sets fared. Weighted towards what the earlier sets touched lightly: Slack-thread typing
// ("@Ledgerline …", "thx", ":pray:", double spaces, no apostrophes, British spellings, "mo", "yr",
// "avg", "approx"); two filters and a period said an unusual way ("for the month of march", "over
// the past 90 days", "in the last full quarter", "between feb and april", "in 2025 so far"); a
// FinOps practitioner's budget, burn-rate, run-rate and forecast questions; a telecom expense
// analyst's overbilling, credits and disputes; notice deadlines and renewals; lines by person and
// by status; "why did X go up" spike questions; and questions the data cannot answer.
// As-of is Tue 20 May 2025: "last month" is April 2025, "the last full quarter" Q1 2025, "q4 of
// last yr" Oct–Dec 2024, "between feb and april" 1 Feb–30 Apr 2025, "in 2025 so far" 1 Jan–20 May
// 2025, "the past 90 days" 20 Feb–20 May 2025 (for an invoiced carrier: the March and April bills),
// "next month" June 2025, "next quarter" Q3 2025 (ends 30 September), "the next 90 days" runs to
// 17 August 2025 and "the next 4 months" to 19 September 2025.

const lastMonth: Range = ['2025-04-01', '2025-05-01'];
const march: Range = ['2025-03-01', '2025-04-01'];
const february: Range = ['2025-02-01', '2025-03-01'];
const january: Range = ['2025-01-01', '2025-02-01'];
const q1: Range = ['2025-01-01', '2025-04-01'];
const q4: Range = ['2024-10-01', '2025-01-01'];
const ytd: Range = ['2025-01-01', '2025-05-21'];
const februaryToApril: Range = ['2025-02-01', '2025-05-01'];
/** 90 days back from (and including) Tue 20 May 2025. */
const past90Days: Range = ['2025-02-20', '2025-05-21'];
const secondHalf2024: Range = ['2024-07-01', '2025-01-01'];
const october2024: Range = ['2024-10-01', '2024-11-01'];
const november2024: Range = ['2024-11-01', '2024-12-01'];
const december2024: Range = ['2024-12-01', '2025-01-01'];
const april2024: Range = ['2024-04-01', '2024-05-01'];
const lastThreeMonths = ['2025-02', '2025-03', '2025-04'];
/** The README's definition: telecom spend is everything invoiced, mobility carriers included. */
const telecom: Domain[] = ['telecom', 'mobility'];

export const fifthCases: EvalCase[] = [
  // ---------------------------------------------------------------- spend: two filters, a period said an unusual way
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: march, vendors: ['mobile1'], costCenters: ['ccStoreWest'] },
    phrasings: ['@Ledgerline {m1} spend in d-12 for the month of march thx', 'how much did store ops west spend w/ {m1} in march  :pray:'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: februaryToApril, domains: ['cloud'], costCenters: ['ccLoyalty'] },
    phrasings: ['cloud spend for the loyalty app between feb and april', '8810 cloud costs feb thru april pls'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q1, domains: telecom, locations: ['loc2'] },
    phrasings: ['telecom costs at the {city2} bakery in the last full quarter'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: past90Days, vendors: ['carrier1'], cities: ['city3'] },
    phrasings: ['{c1} spend in {city3} over the past 90 days'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, domains: ['mobility'], costCenters: ['ccMaintenance'] },
    phrasings: ['mobile spend for plant maint in 2025 so far', 'plant maintenance  mobile costs since the start of the yr'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q4, domains: ['saas'], costCenters: ['ccStoreEast'] },
    phrasings: ['saas spend for store ops east in q4 of last yr'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, vendors: ['carrier2'], cities: ['city2'] },
    phrasings: ['{c2} costs in {city2} in 2025 so far'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: secondHalf2024, vendors: ['cloud'], costCenters: ['ccPricing'] },
    phrasings: ['how much did the pricing engine spend on {cl} in the second half of 2024'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q1, domains: ['mobility'], costCenters: ['ccTreasury'] },
    phrasings: ['treasury mobile spend between jan and march'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: february, vendors: ['mobile1'], cities: ['city4'] },
    phrasings: ['{m1} spend in {city4} for the month of feb'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, subAccounts: ['data'], serviceCategories: ['Storage'] },
    phrasings: ['analytics warehouse storage spend in 2025 so far'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, services: ['objectStorage'], regions: ['ap'] },
    phrasings: ['{cl} object storage in ap-southeast-5 for the month of april'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, vendors: ['carrier3'], locations: ['loc4'] },
    phrasings: ['{c3} telekom spend at the {city4} freight yard last mo'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, domains: ['saas'], costCenters: ['ccQuality'] },
    phrasings: ['quality lab saas spend in 2025 so far'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q1 },
    phrasings: ['total spend across the organisation in the last full quarter'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: past90Days, vendors: ['mobile2'] },
    phrasings: ['approx how much have we paid {c3} connect over the past 90 days'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q4, vendors: ['carrier1'] },
    phrasings: ['{c1Alias} q4 of last yr'],
  },

  // ---------------------------------------------------------------- rankings, the same way
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: februaryToApril, dimension: 'vendor' },
    phrasings: ['rank vendors by spend between feb and april'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q1, dimension: 'location', show: 1 },
    phrasings: ['which site cost the most in the last full quarter'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'service_name', domains: ['cloud'], show: 1 },
    phrasings: ['biggest cloud service in 2025 so far?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: march, dimension: 'cost_center', domains: ['mobility'], show: 5 },
    phrasings: ['top 5 cost centres by mobile spend for the month of march'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q4, dimension: 'vendor', domains: telecom, show: 3 },
    phrasings: ['@Ledgerline top 3 telecom carriers q4 of last yr'],
  },

  // ---------------------------------------------------------------- why did it go up: the spike, explained
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: lastMonth, comparedTo: march, vendors: ['cloud'] },
    phrasings: ['why did {cl} go up last month', 'can you analyse why {cl} costs rose in april'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: lastMonth, comparedTo: march, vendors: ['carrier2'] },
    phrasings: ['what drove the {c2} increase in april', 'why did {c2} jump last mo :eyes:'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: lastMonth, comparedTo: march, costCenters: ['ccPackaging'] },
    phrasings: ['whats behind the spike in packaging line spend last month'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: lastMonth, comparedTo: march, vendors: ['saas3'] },
    phrasings: ['why did {s3} drop in april'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: lastMonth, comparedTo: march, services: ['lakehouse'] },
    phrasings: ['why is lakehouse so much more expensive in april than march'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: november2024, comparedTo: october2024, vendors: ['carrier2'] },
    phrasings: ['why was the {c2} bill so high in november'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: january, comparedTo: december2024, vendors: ['carrier3'] },
    phrasings: ['what changed on the {c3} telekom bill in january'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: lastMonth, comparedTo: march },
    phrasings: ['what drove the increase in total spend last month'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: lastMonth, comparedTo: april2024, vendors: ['saas2'] },
    phrasings: ['{s2} april yoy'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q1, comparedTo: q4, domains: ['cloud'] },
    phrasings: ['cloud q1 vs q4 of last yr - whats driving it'],
  },

  // ---------------------------------------------------------------- who moved most
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', period: lastMonth, comparedTo: march, dimension: 'cost_center', direction: 'increase' },
    phrasings: ['which cost centre saw the largest increase between march and april'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', period: q1, comparedTo: q4, dimension: 'vendor', direction: 'decrease' },
    phrasings: ['which vendor fell the most in q1 compared to q4'],
  },

  // ---------------------------------------------------------------- budgets: variance, burn, will we blow it
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccPackaging', month: '2025-05' },
    phrasings: ['are we going to blow the budget for packaging line this month', '@Ledgerline is 4430 gonna go over budget in may?'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccStoreWest', month: '2025-05' },
    phrasings: ['will d-12 overspend this mo'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccTreasury', month: '2025-04' },
    phrasings: ['variance to budget for treasury in april'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccPricing', month: '2025-03' },
    phrasings: ['budget variance cc 8820 for the month of march'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccQuality', month: '2025-05' },
    phrasings: ['budget burn for quality lab so far this month'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccStoreEast', month: '2025-05' },
    phrasings: ['forecast vs budget d-14 this mo'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccAudit', month: '2025-05' },
    phrasings: ['are we tracking to budget in internal audit'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccMarketing', month: '2025-02' },
    phrasings: ['brand marketing budget vs actuals for feb'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccLoyalty', month: '2025-01' },
    phrasings: ['loyalty app variance to budget jan'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget_over', month: '2025-02' },
    phrasings: ['which cost centres overspent in feb'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget_over', month: '2025-04' },
    phrasings: ['@Ledgerline list every cost centre that went over budget last mo'],
  },

  // ---------------------------------------------------------------- forecasts, burn and run rates
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'quarter', vendors: ['carrier1'] },
    phrasings: ['where will {c1} land by end of quarter'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'year' },
    phrasings: ['full yr 2025 outlook across the organisation pls'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'year', vendors: ['saas1'] },
    phrasings: ['expected {s1} spend by eoy'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'month', domains: ['cloud'] },
    phrasings: ['cloud eom projection'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'quarter', costCenters: ['ccFulfilment'] },
    phrasings: ['approx what will d-20 spend this quarter'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'year', vendors: ['mobile1'] },
    phrasings: ['on track to spend how much w/ {m1} this yr?'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month', vendors: ['cloud'] },
    phrasings: ['whats the monthly burn on {cl}'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month' },
    phrasings: ['current run rate for the whole organisation'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month', domains: telecom },
    phrasings: ['telecom run rate approx'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'trailing_3_months', vendors: ['carrier2'] },
    phrasings: ['avg monthly {c2} spend over the last 3 mo'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month', costCenters: ['ccStoreWest'] },
    phrasings: ['annualised run rate for d-12 :pray:'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month', subAccounts: ['data'] },
    phrasings: ['burn rate for the analytics warehouse'],
  },

  // ---------------------------------------------------------------- invoice audit, credits, disputes
  {
    tool: 'audit_invoices',
    expect: { kind: 'audit', finding: 'overbilling' },
    phrasings: ['any overbilling?', 'are we paying above contract rates anywhere', 'pls audit last yr of {c2} invoices'],
  },
  {
    tool: 'audit_invoices',
    expect: { kind: 'audit', finding: 'notInInventory' },
    phrasings: ['billing discrepancies on the {c3} telekom account'],
  },
  {
    tool: 'list_disputes',
    expect: { kind: 'disputes' },
    phrasings: ['what credits are we owed', 'did the {c2} credit ever land on an invoice', 'any disputes still outstanding?'],
  },
  {
    tool: ['find_billed_after_disconnect', 'audit_invoices'],
    expect: { kind: 'billed_after_disconnect' },
    phrasings: ['disconnected services still billing?', 'disconnected circuits still showing up on invoices thx'],
  },

  // ---------------------------------------------------------------- contracts: renewals, notice, commitments
  {
    tool: 'list_contracts',
    expect: { kind: 'ending_window', through: '2025-10-01' },
    phrasings: ['what contracts come up for renewal before the end of next quarter'],
  },
  {
    tool: 'list_contracts',
    expect: { kind: 'ending_window', through: '2025-09-20' },
    phrasings: ['contracts ending in the next 4 months'],
  },
  {
    tool: 'find_notice_deadlines',
    expect: { kind: 'notice_window', through: '2025-07-01' },
    phrasings: ['notice deadlines before the end of next month'],
  },
  {
    tool: 'find_notice_deadlines',
    expect: { kind: 'notice_window', through: '2025-08-18' },
    phrasings: ['renewal decisions due in the next 90 days'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'saas1', show: 'notice' },
    phrasings: ['did we miss the notice window on {s1}'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'saas2', show: 'notice' },
    phrasings: ['whens the last day to cancel {s2} without it auto renewing'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier3', show: 'end' },
    phrasings: ['{c3} telekom term end?'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier1', show: 'end' },
    phrasings: ['when does the {c1Alias} msa auto renew'],
  },
  {
    tool: 'get_commitment_status',
    expect: { kind: 'commitment', vendor: 'cloud' },
    phrasings: ['whats our committed spend with {cl} and how much is left'],
  },
  {
    tool: 'get_commitment_status',
    expect: { kind: 'commitment', vendor: 'mobile1' },
    phrasings: ['shortfall risk on the {m1} commitment?'],
  },

  // ---------------------------------------------------------------- inventory: people, statuses, two filters
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['mobile_line'], assignee: 'someLineAssignee' },
    phrasings: ['lines assigned to {person}', '@Ledgerline what phones does {personLower} have'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['mobile_line'], status: 'disconnected' },
    phrasings: ['how many disconnected mobile lines are there'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['mobile_line'], vendors: ['mobile1'], costCenters: ['ccStoreEast'], cities: ['city4'] },
    phrasings: ['how many {m1} lines does store ops east have in {city4}'],
  },
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['circuit'], costCenters: ['ccPackaging'], cities: ['city2'] },
    phrasings: ['circuits for the packaging line in {city2}'],
  },
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['pots_line'], locations: ['loc4'] },
    phrasings: ['pots lines at {city4} freight yard?'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['circuit'], vendors: ['carrier3'] },
    phrasings: ['how many active circuits w/ {c3} telekom'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['voice_trunk'], cities: ['city3'] },
    phrasings: ['do we have any sip trunks in {city3}'],
  },

  // ---------------------------------------------------------------- usage and the costliest
  {
    tool: 'get_line_usage',
    expect: { kind: 'line_usage', line: 'someLine', month: '2025-02' },
    phrasings: ['{line1} data usage for the month of feb'],
  },
  {
    tool: 'find_zero_usage_lines',
    expect: { kind: 'zero_usage', months: lastThreeMonths },
    phrasings: ['lines w/ zero usage between feb and april'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', types: ['mobile_line'], sortBy: 'data_mb', period: lastMonth, show: 1 },
    phrasings: ['top data hog last month?'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', types: ['mobile_line'], sortBy: 'voice_minutes', period: march, show: 1 },
    phrasings: ['who made the most calls in march'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', types: ['circuit'], sortBy: 'invoiced_cost', period: q1, show: 1 },
    phrasings: ['most expensive circuit in the last full quarter'],
  },

  // ---------------------------------------------------------------- unit costs
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'circuit', period: march },
    phrasings: ['approx cost per circuit for the month of march'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'pots_line', period: lastMonth, vendors: ['carrier1'] },
    phrasings: ['avg monthly cost of a pots line w/ {c1}'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'mobile_line', period: lastMonth, vendors: ['mobile1'], groupBy: 'location' },
    phrasings: ['{m1} cost per line by site'],
  },

  // ---------------------------------------------------------------- unallocated spend and realised savings
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: ytd },
    phrasings: ['how much spend isnt tagged to a cost centre in 2025 so far'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: februaryToApril, domains: ['cloud'] },
    phrasings: ['untagged cloud costs between feb and april'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: march, vendors: ['mobile1'] },
    phrasings: ['unallocated {m1} spend for the month of march'],
  },
  {
    tool: 'get_realized_savings',
    expect: { kind: 'realized_savings', period: q1 },
    phrasings: ['realised savings in the last full quarter'],
  },
  {
    tool: 'get_realized_savings',
    expect: { kind: 'realized_savings', period: ytd },
    phrasings: ['what have our disconnects saved us in 2025 so far :tada:'],
  },

  // ---------------------------------------------------------------- trends
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', check: ['2025-02', '2025-03', '2025-04'], vendors: ['carrier1'] },
    phrasings: ['{c1} month by month between feb and april'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', check: ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05'], costCenters: ['ccLoyalty'] },
    phrasings: ['m-o-m trend for loyalty app in 2025 so far'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', check: ['2024-10', '2024-11', '2024-12'], domains: ['saas'] },
    phrasings: ['saas spend by month for q4 of last yr'],
  },

  // ---------------------------------------------------------------- refuse: names the company does not have
  { tool: null, expect: { kind: 'refuse', mentions: ['{gCarrier}'] }, phrasings: ['{gCarrier} invoices for the month of march'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['{gSaas}'] }, phrasings: ['how much do we pay {gSaas} per yr'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['at&t'] }, phrasings: ['at&t spend last month'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['{gCity}'] }, phrasings: ['mobile lines in {gCity}'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['d-16'] }, phrasings: ['d-16 spend ytd'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['4460'] }, phrasings: ['cc 4460 budget this month'] },

  // ---------------------------------------------------------------- clarify: one word, two names
  {
    tool: null,
    expect: { kind: 'refuse', mentions: ['{c3Telekom}', '{c3Connect}'] },
    phrasings: ['{c3} invoices between feb and april thx'],
  },
  {
    tool: null,
    expect: { kind: 'refuse', mentions: ['Store Ops West', 'Store Ops East'] },
    phrasings: ['store ops burn rate'],
  },

  // ---------------------------------------------------------------- refuse: no fiscal calendar
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['fiscal ytd telecom spend', 'spend for fy25 p3', 'what did we spend in the last fiscal quarter'],
  },

  // ---------------------------------------------------------------- refuse: negations and thresholds the tools do not take
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: [
      'everything except {cl} last month',
      'total spend ex {s1} between feb and april',
      'all carriers but {m1} in 2025 so far',
      'vendors over 10k last month',
      'which cost centres spent more than 5k in april',
      'lines costing over $50/mo',
    ],
  },

  // ---------------------------------------------------------------- refuse: what the data does not record, or another topic
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: [
      'who has the most lines',
      'how many of our lines are 5g',
      'benchmark our cost per line against the industry avg',
      '{cl} spend in gbp for april',
      '@Ledgerline whats the headcount for the whole organisation',
      '{c1} stock price today :chart_with_upwards_trend:',
      'weather in {city2} this weekend?',
    ],
  },
];

/** The first, fresh and third sets' placeholders, and the person the answer key's ordinary line is assigned to. */
export function fifthPlaceholderValues(enterprise: UnseenEnterprise): Record<string, string> {
  // The assignee as the inventory file has it, on the answer key's ordinary line.
  const inventory = enterprise.files.find((file) => file.kind === 'inventory');
  const rows = inventory ? readFileSync(inventory.path, 'utf8').trim().split('\n').slice(1) : [];
  const person = rows.map((row) => row.split(',')).find((cells) => cells[2] === enterprise.key.someLine)?.[7] ?? '(no assignee)';
  return {
    ...freshPlaceholderValues(enterprise),
    ...thirdPlaceholderValues(enterprise),
    person,
    personLower: person.toLowerCase(),
  };
}
