import { readFileSync } from 'node:fs';
import type { VendorRole } from './coin-heldout-names.js';
import type { HeldoutEnterprise } from './generate-heldout-enterprise.js';
import { placeholderValues, type Domain, type HeldoutCase, type Range } from './questions.js';

// A fresh, blind set of held-out questions: written from the generator, the expected figures and
// the domain page only — never from the planner, its tests or the other splits — to measure the
// offline planner on phrasings nobody tuned it on. Same company, same case format, same
// expectation kinds as questions.ts; none of its questions is repeated or lightly reworded.
//
// The authors vary: a telecom expense analyst checking carrier bills, a FinOps practitioner on
// cloud and SaaS, an IT manager or approver, a finance partner who does not know the jargon.
// They type in lower case, abbreviate, misspell a long word now and then, run sentences on, open
// politely ("hi, could you…"), give two filters at once and relative periods ("last 90 days",
// "the quarter before last").
//
// Placeholders: every one of questions.ts, plus {<vendor role>.account} (the vendor's billing
// account, used only for vendors billed on a single account, so its spend is the vendor's) and
// {<vendor role>.contract} (the id of the vendor's contract in force on the as-of date).
// Names that exist nowhere ("priya castellano", "mkt-510", "auckland") are written as they are.

// As-of is 15 Oct 2024: September 2024 is the last complete month.
const september: Range = ['2024-09-01', '2024-10-01'];
const august: Range = ['2024-08-01', '2024-09-01'];
const july: Range = ['2024-07-01', '2024-08-01'];
const june: Range = ['2024-06-01', '2024-07-01'];
const january: Range = ['2024-01-01', '2024-02-01'];
const monthToDate: Range = ['2024-10-01', '2024-10-16'];
const q1: Range = ['2024-01-01', '2024-04-01'];
const q2: Range = ['2024-04-01', '2024-07-01'];
const q3: Range = ['2024-07-01', '2024-10-01'];
const q3of2023: Range = ['2023-07-01', '2023-10-01'];
const q4of2023: Range = ['2023-10-01', '2024-01-01'];
const september2023: Range = ['2023-09-01', '2023-10-01'];
const firstHalf: Range = ['2024-01-01', '2024-07-01'];
const ytd: Range = ['2024-01-01', '2024-10-16'];
const sinceJanuary: Range = ['2024-01-01', '2024-10-16'];
const sinceMarch: Range = ['2024-03-01', '2024-10-16'];
const sinceJune: Range = ['2024-06-01', '2024-10-16'];
/** 90 days back from 15 Oct 2024, today included. */
const lastNinetyDays: Range = ['2024-07-17', '2024-10-16'];
const lastSixMonths: Range = ['2024-04-01', '2024-10-01'];
const lastTwelveMonths: Range = ['2023-10-01', '2024-10-01'];
const lastYear: Range = ['2023-01-01', '2024-01-01'];
const telecom: Domain[] = ['telecom', 'mobility'];

export const freshCases: HeldoutCase[] = [
  // ---------------------------------------------------------------- spend: vendor, period, and a second filter
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastNinetyDays, vendors: ['carrier3'] },
    phrasings: ["hi, could you tell me what we've paid {carrier3.short} over the last 90 days?", '{carrier3.short} spend last 90 days pls'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: july, vendors: ['mobile2'], costCenters: ['ccDock'] },
    phrasings: ['{mobile2.short} spend for {ccDock.code} in july', 'how much did {ccDock.partial} spend with {mobile2.short} in jul'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q3, vendors: ['carrier1'], cities: ['city2'] },
    phrasings: ['what did {carrier1.short} charge us for {city2} in q3'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q2, costCenters: ['ccYard'] },
    phrasings: ['how much did {ccYard} spend the quarter before last', '{ccYard.code} spend 2 quarters ago'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: sinceJune, costCenters: ['ccSupply'] },
    phrasings: ['total spend for {ccSupply} since june'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: firstHalf, vendors: ['saas3'] },
    phrasings: ['what did we pay {saas3.short} in h1', '{saas3.short} costs first half of 2024'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastSixMonths, domains: ['mobility'] },
    phrasings: ['how much have we spent on mobility in the last 6 months'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: august, domains: telecom, locations: ['loc3'] },
    phrasings: ['telecom costs at {loc3} for august'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: july, vendors: ['carrier1'] },
    phrasings: ['{carrier1.short} business services bill for july'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q1, vendors: ['carrier2'] },
    phrasings: ['{carrier2.short} fibre spend q1', 'what did {carrier2.typo} invoice us in q1 2024'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, vendors: ['carrier3'] },
    phrasings: ['how much was billed on account {carrier3.account} last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: august, vendors: ['mobile2'] },
    phrasings: ['ban {mobile2.account} charges in aug'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: january, costCenters: ['ccRevOps'] },
    phrasings: ['{ccRevOps.compact} spend jan', 'what did {ccRevOps} cost in january 2024'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q3, domains: ['saas'] },
    phrasings: ["what's our saas bill for q3"],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastYear, vendors: ['mobile1'] },
    phrasings: ['how much did we pay {mobile1.short} last year', '{mobile1.short} total for 2023'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, cities: ['city4'] },
    phrasings: ['{city4} spend ytd', 'what have we spent in new zealand this year'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q3, vendors: ['saas1'], costCenters: ['ccFieldSales'] },
    phrasings: ['{saas1.short} spend for {ccFieldSales} in q3'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: sinceJanuary, vendors: ['mobile1'] },
    phrasings: ['how much have we paid {mobile1.typo} since january'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: monthToDate },
    phrasings: ['total spend mtd', 'how much have we spent so far this month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: august, vendors: ['carrier2'] },
    phrasings: ['what did {carrier2.short} bill us two months ago'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q4of2023, vendors: ['carrier1'] },
    phrasings: ['{carrier1.short} q4 last year'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, domains: ['mobility'] },
    phrasings: ['hi! sorry, not a telecom person - how much do we pay for mobile phones? last month is fine'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, vendors: ['mobile1'], locations: ['loc1b'] },
    phrasings: ['{mobile1.short} spend at {loc1b} last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastSixMonths, vendors: ['saas2'], costCenters: ['ccTalent'] },
    phrasings: ['{saas2.short} costs for {ccTalent.code} over the past 6 months'],
  },

  // ---------------------------------------------------------------- spend: the FOCUS export, as FinOps people type it
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, serviceNames: ['Amazon Relational Database Service'] },
    phrasings: ['rds spend last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, serviceNames: ['Azure Kubernetes Service'] },
    phrasings: ['aks costs sept'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, regions: ['eastus'] },
    phrasings: ['eastus spend in september'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, regions: ['us-west-2'] },
    phrasings: ['how much did we burn in us-west-2 last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, serviceCategories: ['Storage'] },
    phrasings: ['cloud storage spend sept'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, subAccounts: ['Pioneer Voyager'] },
    phrasings: ['pioneer voyager spend last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, subAccounts: ['18938484842'] },
    phrasings: ['aws account 18938484842 cost in september'],
  },

  // ---------------------------------------------------------------- rankings
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: lastSixMonths, dimension: 'vendor', show: 5 },
    phrasings: ['top 5 vendors by spend last 6 months', '@Ledgerline who were our five biggest suppliers over the last six months'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q2, dimension: 'cost_center', show: 3 },
    phrasings: ['which cost centres spent the most in q2? top 3'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'location', show: 3, domains: telecom },
    phrasings: ['rank sites by telecom spend ytd'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'vendor', show: 1, domains: ['saas'] },
    phrasings: ['biggest saas vendor this year'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'cost_center', show: 2, vendors: ['carrier2'] },
    phrasings: ['{carrier2.short} spend by cost center in sept'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q3, dimension: 'location', show: 3, vendors: ['mobile1'] },
    phrasings: ['{mobile1.short} spend by site last quarter'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'service_name', show: 2, vendors: ['Microsoft'] },
    phrasings: ['azure spend by service sept'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'region', show: 3, vendors: ['AWS'] },
    phrasings: ['top 3 aws regions last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q3, dimension: 'domain', show: 3 },
    phrasings: ['q3 spend broken down by domain pls'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: august, dimension: 'vendor', show: 1, locations: ['loc1a'] },
    phrasings: ['which carrier did we spend the most with at {loc1a} in aug'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'cost_center', show: 3, domains: ['mobility'] },
    phrasings: ['top 3 cost centers for mobility ytd'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'account', show: 3, vendors: ['AWS'] },
    phrasings: ['rank the aws accounts by spend in sept'],
  },

  // ---------------------------------------------------------------- comparisons
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q3, comparedTo: q2, vendors: ['carrier1'] },
    phrasings: ['{carrier1.short} q3 vs q2', 'did our {carrier1.short} bill go up last quarter compared to the quarter before'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: september, comparedTo: august, costCenters: ['ccFieldEng'] },
    phrasings: ['how does {ccFieldEng.partial} spend in sep compare to aug'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q3, comparedTo: q3of2023, vendors: ['saas1'] },
    phrasings: ['{saas1.short} q3 2024 vs q3 2023'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: july, comparedTo: june, domains: ['mobility'] },
    phrasings: ['mobility spend july vs june'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: september, comparedTo: july, locations: ['loc2'] },
    phrasings: ['did {loc2} costs go up or down in sep compared to july'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: september, comparedTo: september2023 },
    phrasings: ['total spend last month vs the same month last year'],
  },

  // ---------------------------------------------------------------- trends
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', period: sinceJanuary, check: ['2024-01', '2024-09'], costCenters: ['ccRevOps'] },
    phrasings: ['month by month {ccRevOps.partial} spend since january'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', period: lastTwelveMonths, check: ['2024-06', '2024-07'], vendors: ['saas3'] },
    phrasings: ['{saas3.short} monthly trend last 12 months'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', period: lastSixMonths, check: ['2024-04', '2024-09'], vendors: ['carrier2'] },
    phrasings: ['show me how {carrier2.short} spend has trended over the last 6 months'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', period: ytd, check: ['2024-03', '2024-08'], cities: ['city3'] },
    phrasings: ['monthly costs for {city3} this year'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', period: firstHalf, check: ['2024-01', '2024-06'], vendors: ['mobile2'] },
    phrasings: ['{mobile2.short} spend per month in h1'],
  },

  // ---------------------------------------------------------------- inventory counts and lists
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['circuit'], vendors: ['carrier3'], cities: ['city3'] },
    phrasings: ['how many active circuits does {carrier3.short} have in {city3}'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], locations: ['loc1b'] },
    phrasings: ['# of mobile lines at {loc1b}'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['voice_trunk'], vendors: ['carrier1'] },
    phrasings: ['how many sip trunks do we have w/ {carrier1.short}'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], vendors: ['mobile1'], costCenters: ['ccFieldSales'] },
    phrasings: ['how many {mobile1.short} phones does {ccFieldSales} have'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['circuit'], costCenters: ['ccFieldEng'] },
    phrasings: ['circuit count for {ccFieldEng.code}', 'how many circits does {ccFieldEng} have'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['pots_line'], cities: ['city4'] },
    phrasings: ['how many pots lines are there in {city4}'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], costCenters: ['ccDock'], locations: ['loc1a'] },
    phrasings: ['hi could you check how many cell lines {ccDock} has at {loc1a}?'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['circuit'] },
    phrasings: ['how many circuits do we have in total'],
  },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['circuit'], vendors: ['carrier3'], locations: ['loc3'] },
    phrasings: ['list the {carrier3.short} circuits at {loc3}'],
  },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['pots_line'] },
    phrasings: ['which pots lines are we still paying for'],
  },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['circuit'], cities: ['city4'] },
    phrasings: ['what circuits do we have in {city4}'],
  },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['circuit'], costCenters: ['ccYard'] },
    phrasings: ['list {ccYard.code} circuits'],
  },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['voice_trunk'], cities: ['city1'] },
    phrasings: ['show me the voice trunks in {city1}'],
  },

  // ---------------------------------------------------------------- contracts and notice dates
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'saas1', show: 'end' },
    phrasings: ['when does our {saas1.short} subscription end?'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'mobile1', show: 'notice' },
    phrasings: ['last day to cancel {mobile1.short} before it auto renews', '{mobile1.short} agreement - when is the notice due?'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier1', show: 'end' },
    phrasings: ['{carrier1.contract} end date'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier3', show: 'notice' },
    phrasings: ['notice period on the {carrier3.short} agreement?'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'saas2', show: 'notice' },
    phrasings: ["hey, when's the cutoff to give {saas2.short} notice"],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'mobile2', show: 'end' },
    phrasings: ['{mobile2.short} contract expiry'],
  },
  {
    tool: 'find_notice_deadlines',
    expect: { kind: 'notice_window', through: '2024-11-15' },
    phrasings: ['any notice deadlines in the next 30 days?'],
  },
  {
    tool: 'find_notice_deadlines',
    expect: { kind: 'notice_window', through: '2025-04-16' },
    phrasings: ['which contracts do we need to make a renewal decision on in the next 6 months'],
  },
  {
    tool: 'find_notice_deadlines',
    expect: { kind: 'notice_window', through: '2025-04-01' },
    phrasings: ['renewal notices due before the end of q1 2025'],
  },
  {
    tool: 'list_contracts',
    expect: { kind: 'ending_window', through: '2025-04-16' },
    phrasings: ['contracts expiring within the next 6 months'],
  },
  {
    tool: 'list_contracts',
    expect: { kind: 'ending_window', through: '2025-07-01' },
    phrasings: ['what agreements end before july 2025'],
  },
  {
    tool: 'get_commitment_status',
    expect: { kind: 'commitment', vendor: 'mobile1' },
    phrasings: ['how far along are we against the {mobile1.short} minimum commitment', 'are we going to hit our {mobile1} annual commit?'],
  },

  // ---------------------------------------------------------------- budgets
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', month: '2024-07', costCenter: 'ccTalent' },
    phrasings: ['{ccTalent} budget vs actual for july'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', month: '2024-10', costCenter: 'ccFieldSales' },
    phrasings: ['is {ccFieldSales.code} over budget this month'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', month: '2024-06', costCenter: 'ccRevOps' },
    phrasings: ['did {ccRevOps.partial} stay within budget in june?'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', month: '2024-09', costCenter: 'ccYard' },
    phrasings: ['{ccYard.compact} buget status last month'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', month: '2024-08', costCenter: 'ccTreasury' },
    phrasings: ['hi, finance here - is {ccTreasury} over its budget for august?'],
  },

  // ---------------------------------------------------------------- what moved most
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', dimension: 'location', period: q3, comparedTo: q2, direction: 'decrease' },
    phrasings: ['which location saw the biggest drop in q3 vs q2'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', dimension: 'cost_center', period: july, comparedTo: june, direction: 'increase' },
    phrasings: ["which cost centre's spend jumped the most in july compared with june"],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', dimension: 'vendor', period: q3, comparedTo: q2, direction: 'increase' },
    phrasings: ['fastest growing vendor q3 vs q2'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', dimension: 'vendor', period: q3, comparedTo: q2, direction: 'decrease', domains: ['saas'] },
    phrasings: ['which saas vendor decreased the most in q3 vs q2'],
  },

  // ---------------------------------------------------------------- run-rate and forecast
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month', costCenters: ['ccFieldEng'] },
    phrasings: ['annualized spend for {ccFieldEng.partial}'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'trailing_3_months', vendors: ['carrier2'] },
    phrasings: ['{carrier2.short} run rate using the trailing 3 months'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month', domains: ['saas'] },
    phrasings: ['saas annual run-rate'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month', vendors: ['mobile2'] },
    phrasings: ["what's {mobile2.short} costing us per year at the current rate"],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'quarter' },
    phrasings: ['forecast total spend for q4'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'year', vendors: ['saas1'] },
    phrasings: ['where will {saas1.short} land by year end', '{saas1.short} forcast for 2024'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'month', domains: ['mobility'] },
    phrasings: ['projected mobility spend for this month'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'quarter', costCenters: ['ccDock'] },
    phrasings: ['expected {ccDock.code} spend this quarter'],
  },

  // ---------------------------------------------------------------- unallocated spend
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: q3, vendors: ['carrier1'] },
    phrasings: ["how much of {carrier1.short}'s bill isn't allocated to a cost center in q3"],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: ytd, domains: ['saas'] },
    phrasings: ['unallocated saas spend ytd'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: august },
    phrasings: ['spend with no cost centre in august', 'unalocated spend aug'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: september, domains: ['cloud'] },
    phrasings: ['untagged cloud spend last month'],
  },

  // ---------------------------------------------------------------- unit costs and sorted inventory
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'mobile_line', period: july, vendors: ['mobile2'] },
    phrasings: ['avg monthly cost per {mobile2.short} line in july'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'circuit', period: august, vendors: ['carrier3'] },
    phrasings: ['average circuit cost w/ {carrier3.short} in aug'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'mobile_line', period: september, groupBy: 'location' },
    phrasings: ['cost per mobile line by site last month'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'mobile_line', period: june, vendors: ['mobile1'] },
    phrasings: ["what's the average cost of a {mobile1.short} phone line in june"],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', sortBy: 'invoiced_cost', types: ['circuit'], period: september, vendors: ['carrier1'] },
    phrasings: ['top 5 priciest {carrier1.short} circuits last month'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', sortBy: 'data_mb', types: ['mobile_line'], period: august, vendors: ['mobile1'] },
    phrasings: ['which {mobile1.short} lines burned the most data in august'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', sortBy: 'voice_minutes', types: ['mobile_line'], period: july },
    phrasings: ['mobile lines with the highest voice minutes in july'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', sortBy: 'invoiced_cost', types: ['mobile_line'], period: september, vendors: ['mobile2'] },
    phrasings: ['most expnsive {mobile2.short} lines in sept'],
  },

  // ---------------------------------------------------------------- realized savings
  {
    tool: 'get_realized_savings',
    expect: { kind: 'realized_savings', period: sinceMarch },
    phrasings: ['what savings have we actually realised since march'],
  },
  {
    tool: 'get_realized_savings',
    expect: { kind: 'realized_savings', period: q3 },
    phrasings: ['realized savings in q3'],
  },

  // ---------------------------------------------------------------- must be refused or clarified, with no figure
  // Names this company does not have.
  { tool: null, expect: { kind: 'refuse', mentions: 't-mobile' }, phrasings: ['t-mobile spend last month'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'vodafone' }, phrasings: ['how much are we paying vodafone in {city4}'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'datadog' }, phrasings: ['datadog costs q3'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'auckland' }, phrasings: ['how many circuits at the auckland office'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'mkt-510' }, phrasings: ['how much did mkt-510 spend in july'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'castellano' }, phrasings: ["what does priya castellano's phone cost us"] },
  // A word that fits two names (FOCUS sub-accounts "Orion Zenith" and "Pioneer Zenith"; four hold "Pioneer").
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['zenith spend sep', 'how much did pioneer cost last month'] },
  // Vague.
  { tool: null, expect: { kind: 'refuse' }, phrasings: ["how's it looking", 'anything i should worry about?'] },
  // Things the data does not record.
  {
    tool: null,
    expect: { kind: 'refuse', mentions: 'mpls' },
    phrasings: ['how many mpls circuits do we have', '{carrier1.short} mpls spend in sept'],
  },
  { tool: null, expect: { kind: 'refuse', mentions: 'headcount' }, phrasings: ["what's the headcount in {ccFieldSales}"] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['{carrier2.short} share price today'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'electricity' }, phrasings: ['electricity bill at {loc2} last month'] },
  // Negations and amount thresholds the answer cannot honour.
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['{carrier1.short} spend in sep not including taxes', 'total spend last quarter excluding cloud'],
  },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['vendors we paid over 10k in q3', 'circuits that cost more than 1k a month'] },
];

/** questions.ts's placeholders plus each vendor's billing account and contract in force, read from the generated files. */
export function freshPlaceholderValues(enterprise: HeldoutEnterprise): Record<string, string> {
  const values = placeholderValues(enterprise.names);
  const rowsOf = (kind: string): Array<Record<string, string>> => {
    const file = enterprise.files.find((candidate) => candidate.kind === kind);
    if (!file) throw new Error(`no ${kind} file in the held-out enterprise`);
    const [header = '', ...lines] = readFileSync(file.path, 'utf8').trim().split('\n');
    const columns = header.split(',');
    // These files' ids, accounts and dates hold no comma, so no cell is quoted.
    return lines.map((line) => Object.fromEntries(line.split(',').map((cell, index) => [columns[index], cell])));
  };
  const asOf = enterprise.asOf.toISOString().slice(0, 10);
  const inventory = rowsOf('inventory');
  const contracts = rowsOf('contracts');
  for (const [role, vendor] of Object.entries(enterprise.names.vendors) as Array<[VendorRole, { name: string }]>) {
    const accounts = [...new Set(inventory.filter((row) => row.vendor === vendor.name).map((row) => row.account!))].sort();
    if (accounts.length === 1) values[`${role}.account`] = accounts[0]!.toLowerCase();
    const contract = contracts.find((row) => row.vendor === vendor.name && row.start_date! <= asOf && asOf <= row.end_date!);
    if (contract) values[`${role}.contract`] = contract.contract_id!.toLowerCase();
  }
  for (const [name, value] of Object.entries(values))
    if (/priya|castellano|auckland|mkt-510|vodafone|datadog|t-mobile/.test(value))
      throw new Error(`{${name}} = "${value}" is a name the fresh questions treat as absent`);
  return values;
}
