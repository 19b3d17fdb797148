import type { HeldoutEnterprise } from './generate-heldout-enterprise.js';
import { placeholderValues, type Domain, type HeldoutCase, type Range } from './questions.js';

// The fourth blind set over the held-out company, written without reading the planner, its
// tests or the earlier blind sets. Four authors, each typing the way they talk:
//   (a) a telecom expense manager (BAN, MRC, USF, MACD, true-up, shortfall, chargeback, showback);
//   (b) a FinOps practitioner (billed cost, MoM, QoQ, YoY, trailing 3 months, untagged, burn);
//   (c) an executive asking broad business questions in full sentences;
//   (d) someone mixing two filters with an odd period ("the first half", "Jan through Mar",
//       "over the past 90 days", "since the start of the year", "Q4 to date").
// Plus questions that must be refused or clarified: jargon the data cannot answer (ETF, LOA,
// headcount, SLA credits, MPLS, roaming, carbon), names the company does not have, negations,
// thresholds and off-topic requests.
//
// As-of is Tue 15 Oct 2024: invoices run Aug 2023 – Sep 2024, SaaS charges Aug 2023 – Oct 2024
// (billed in advance), the real FOCUS cloud sample is September 2024 only. "Last month" is
// September, "this month" October, "last quarter" Q3, "this year" 1 Jan – 15 Oct 2024.
// Placeholders as in questions.ts ({carrier1.short}, {ccFieldEng.code}, {city1}, …).

const september: Range = ['2024-09-01', '2024-10-01'];
const august: Range = ['2024-08-01', '2024-09-01'];
const july: Range = ['2024-07-01', '2024-08-01'];
const october: Range = ['2024-10-01', '2024-11-01'];
const q1: Range = ['2024-01-01', '2024-04-01'];
const q2: Range = ['2024-04-01', '2024-07-01'];
const q3: Range = ['2024-07-01', '2024-10-01'];
const firstHalf: Range = ['2024-01-01', '2024-07-01'];
const ytd: Range = ['2024-01-01', '2024-10-16'];
const trailingThreeMonths: Range = ['2024-07-01', '2024-10-01'];
/** 90 days back from 15 Oct 2024 is 17 Jul: the August, September and October months. */
const pastNinetyDays: Range = ['2024-07-17', '2024-10-16'];
const sinceJuly: Range = ['2024-07-01', '2024-10-16'];
const marchThroughMay: Range = ['2024-03-01', '2024-06-01'];
const september2023: Range = ['2023-09-01', '2023-10-01'];
const q3of2023: Range = ['2023-07-01', '2023-10-01'];
const calendar2023: Range = ['2023-01-01', '2024-01-01'];
const lastTwelveMonths: Range = ['2023-10-01', '2024-10-01'];
const telecom: Domain[] = ['telecom', 'mobility'];
const endOfYear = '2025-01-01';
/** 15 Oct 2024 + 90 days. */
const ninetyDaysOut = '2025-01-13';
/** 15 Oct 2024 + 6 months. */
const sixMonthsOut = '2025-04-15';
/** Christmas 2024. */
const christmas = '2024-12-25';

export const fourthCases: HeldoutCase[] = [
  // ================================================================ (a) the telecom expense manager
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, vendors: ['carrier1'] },
    phrasings: [
      'all-in spend across the {carrier1.short} BANs for sept, taxes and USF included',
      'total invoiced by {carrier1.short} for the september bill cycle',
    ],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q3, vendors: ['carrier2'] },
    phrasings: ['{carrier2.short} invoice total for Q3 incl. surcharges and taxes'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: firstHalf, vendors: ['carrier3'] },
    phrasings: ['total billed by {carrier3.short} in H1, MRC plus taxes and fees'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q2, dimension: 'vendor', show: 3, domains: telecom },
    phrasings: ['rank our carriers by Q2 invoice spend'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'cost_center', show: 3, domains: telecom },
    phrasings: ['chargeback of sept telecom spend by cost center', 'telecom chargeback report for september, per cost centre'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q3, dimension: 'cost_center', show: 3, domains: ['mobility'] },
    phrasings: ['showback of Q3 mobility spend per cost center'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: september, domains: telecom },
    phrasings: ['how much of the sept telecom spend is unallocated'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q3, comparedTo: q2, vendors: ['carrier2'] },
    phrasings: ['{carrier2.short} Q3 vs Q2 invoice totals'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', period: ytd, check: ['2024-01', '2024-09'], vendors: ['mobile2'] },
    phrasings: ['month-by-month {mobile2.short} invoice totals since January'],
  },
  {
    tool: 'rank_spend_changes',
    expect: {
      kind: 'spend_change',
      dimension: 'cost_center',
      period: september,
      comparedTo: august,
      direction: 'increase',
      domains: telecom,
    },
    phrasings: ['which cost center saw the biggest jump in telecom charges sept vs aug'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['circuit'], vendors: ['carrier1'] },
    phrasings: ['count of active circuits on the {carrier1.short} BAN'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['pots_line'] },
    phrasings: ['how many POTS lines are we still carrying'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], vendors: ['mobile1'] },
    phrasings: ['how many active lines on the {mobile1.short} account'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['circuit'], costCenters: ['ccFieldEng'] },
    phrasings: ['how many circuits are charged back to {ccFieldEng.code}'],
  },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['pots_line'], locations: ['loc1a'] },
    phrasings: ['list the pots lines at {loc1a}'],
  },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['voice_trunk'] },
    phrasings: ['show all SIP trunks in inventory with their MRC'],
  },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['circuit'], locations: ['loc4'] },
    phrasings: ['circuit inventory at {loc4}'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier1', show: 'notice' },
    phrasings: ['when does the notice window close on the {carrier1.short} MSA'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'saas2', show: 'notice' },
    phrasings: ['last day to send a non-renewal notice to {saas2.short}'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier3', show: 'end' },
    phrasings: ['{carrier3.short} agreement term end?'],
  },
  {
    tool: 'find_notice_deadlines',
    expect: { kind: 'notice_window', through: ninetyDaysOut },
    phrasings: ['which agreements hit their notice deadline in the next 90 days'],
  },
  {
    tool: 'find_notice_deadlines',
    expect: { kind: 'notice_window', through: endOfYear },
    phrasings: ['evergreen contracts we have to act on before year end'],
  },
  {
    tool: 'get_commitment_status',
    expect: { kind: 'commitment', vendor: 'mobile1' },
    phrasings: ['are we looking at a shortfall on the {mobile1.short} annual commit', 'are we tracking to a true-up with {mobile1.short}'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month', vendors: ['carrier3'] },
    phrasings: ['annualized run-rate on {carrier3.short} off the last invoice'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'circuit', period: september, vendors: ['carrier1'] },
    phrasings: ['avg monthly cost per circuit on {carrier1.short} for sept'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'mobile_line', period: august, vendors: ['mobile1'] },
    phrasings: ['average cost per line on the {mobile1.short} account in august'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'mobile_line', period: september, groupBy: 'location' },
    phrasings: ['wireless cost per line by site'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', sortBy: 'invoiced_cost', types: ['mobile_line'], period: september },
    phrasings: ['highest-billed wireless numbers last month'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', sortBy: 'voice_minutes', types: ['mobile_line'], period: august },
    phrasings: ['which lines burned the most voice minutes in august'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', sortBy: 'data_mb', types: ['mobile_line'], period: september, vendors: ['mobile2'] },
    phrasings: ['heaviest data users on {mobile2.short} in sept'],
  },
  {
    tool: 'get_realized_savings',
    expect: { kind: 'realized_savings', period: ytd },
    phrasings: ['realized savings from MACD disconnects and dispute credits ytd'],
  },

  // ================================================================ (b) the FinOps practitioner
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, vendors: ['AWS'] },
    phrasings: ['aws billed cost for sept'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, serviceNames: ['Azure Kubernetes Service'] },
    phrasings: ['azure k8s spend last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, serviceCategories: ['Storage'] },
    phrasings: ['storage service category cost in sept'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, vendors: ['AWS'], serviceCategories: ['Networking'] },
    phrasings: ['aws networking category spend last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, serviceNames: ['Amazon Elastic Compute Cloud'], regions: ['us-east-1'] },
    phrasings: ['ec2 in us-east-1, billed cost for september'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: trailingThreeMonths, vendors: ['saas2'] },
    phrasings: ['trailing 3 months {saas2.short} spend'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: october, domains: ['saas'] },
    phrasings: ['saas burn month to date'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'service_category', show: 2, vendors: ['Microsoft'] },
    phrasings: ['azure billed cost by service category for sept'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'account', show: 5, vendors: ['AWS'] },
    phrasings: ['top 5 aws accounts by billed cost in september'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'region', show: 2, vendors: ['AWS'] },
    phrasings: ['aws cost by region, sept charge period'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'cost_center', show: 1, domains: ['cloud'] },
    phrasings: ['cloud cost allocation by cost center for september'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: trailingThreeMonths, dimension: 'vendor', show: 3, domains: ['saas'] },
    phrasings: ['saas spend by vendor, trailing 3 months'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: september, comparedTo: august, vendors: ['carrier2'] },
    phrasings: ['MoM change in {carrier2.short} spend for september'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q3, comparedTo: q2, domains: ['saas'] },
    phrasings: ['QoQ saas spend, q3 vs q2'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q3, comparedTo: q2, vendors: ['saas3'] },
    phrasings: ['how much did {saas3.short} drop QoQ in q3'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: september, comparedTo: september2023, vendors: ['mobile1'] },
    phrasings: ['YoY {mobile1.short} spend for september'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', period: lastTwelveMonths, check: ['2023-10', '2024-09'], domains: ['saas'] },
    phrasings: ['monthly saas spend over the last 12 months'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', dimension: 'vendor', period: q3, comparedTo: q2, direction: 'decrease', domains: ['saas'] },
    phrasings: ['which saas vendor fell the most QoQ'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', dimension: 'vendor', period: september, comparedTo: august, direction: 'increase' },
    phrasings: ['biggest MoM increase by vendor last month'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: september, domains: ['cloud'] },
    phrasings: ['untagged cloud spend for september', 'what is our tagging coverage gap on cloud in sept'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: ytd, domains: ['saas'] },
    phrasings: ['unallocated saas spend ytd'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'trailing_3_months', vendors: ['saas3'] },
    phrasings: ['{saas3.short} annual run-rate on a trailing 3 month average'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month', vendors: ['saas2'] },
    phrasings: ['annualized {saas2.short} run-rate based on last month'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'quarter', domains: ['saas'] },
    phrasings: ['saas forecast for Q4'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'year', vendors: ['saas1'] },
    phrasings: ['EOY forecast for {saas1.short}'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'month', vendors: ['carrier2'] },
    phrasings: ['projected {carrier2.short} spend by end of month'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'mobile_line', period: august, vendors: ['mobile2'] },
    phrasings: ['unit cost per mobile line on {mobile2.short} for august'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'circuit', period: august, vendors: ['carrier2'] },
    phrasings: ['{carrier2.short} unit cost per circuit in aug'],
  },

  // ================================================================ (c) the executive
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'domain', show: 3 },
    phrasings: [
      'Where is our technology money going this year?',
      'How is this year’s spend split between telecom, mobility, cloud and SaaS?',
    ],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'vendor', show: 3 },
    phrasings: ['Who are our three largest technology suppliers so far this year?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'cost_center', show: 1 },
    phrasings: ['Which department has spent the most this year?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'vendor', show: 3, domains: ['cloud'] },
    phrasings: ['What did each of our cloud providers charge us last month?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd },
    phrasings: ['How much have we spent in total so far this year?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q3, cities: ['city2'] },
    phrasings: ['How much did our {city2} operation cost us in the third quarter?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, serviceCategories: ['AI and Machine Learning'] },
    phrasings: ['How much are we spending on AI and machine learning this year?'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q3, comparedTo: q2, domains: telecom },
    phrasings: ['Did we spend more on telecom in the third quarter than in the second?'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: september, comparedTo: september2023, domains: ['mobility'] },
    phrasings: ['How does our mobility spend last month compare with the same month a year ago?'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', period: ytd, check: ['2024-01', '2024-09'], domains: telecom },
    phrasings: ['How has our telecom spend moved month by month this year?'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', dimension: 'vendor', period: september, comparedTo: august, direction: 'increase', domains: telecom },
    phrasings: ['Which carrier is driving the increase in our telecom costs last month?'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', dimension: 'location', period: q3, comparedTo: q2, direction: 'increase' },
    phrasings: ['Which of our sites saw costs grow the most last quarter compared with the quarter before?'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', dimension: 'cost_center', period: september, comparedTo: august, direction: 'increase' },
    phrasings: ['Which part of the business is behind the jump in spending last month?'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month', domains: telecom },
    phrasings: ['What is our annualised run-rate across all of our telecom carriers?'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month', vendors: ['saas1'] },
    phrasings: ['How much are we paying {saas1} per year at the current rate?'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'year', domains: ['saas'] },
    phrasings: ['What will we have spent on SaaS by the end of the year?'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'year' },
    phrasings: ['Where do we expect total spend to land for 2024?'],
  },
  {
    tool: 'list_contracts',
    expect: { kind: 'ending_window', through: sixMonthsOut },
    phrasings: ['Which of our contracts expire in the next six months?'],
  },
  {
    tool: 'find_notice_deadlines',
    expect: { kind: 'notice_window', through: christmas },
    phrasings: ['Do we have any contract renewal decisions to make before Christmas?'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'mobile2', show: 'end' },
    phrasings: ['When does our agreement with {mobile2} run out?'],
  },
  {
    tool: 'get_commitment_status',
    expect: { kind: 'commitment', vendor: 'mobile1' },
    phrasings: ['Are we on track to meet the spend we committed to with {mobile1}?'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', month: '2024-09', costCenter: 'ccFieldEng' },
    phrasings: ['Did {ccFieldEng} stay within its budget in September?'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', month: '2024-07', costCenter: 'ccTalent' },
    phrasings: ['How did {ccTalent} do against budget in July?'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: ytd },
    phrasings: ['How much of this year’s spend is not assigned to any cost center?'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'] },
    phrasings: ['How many mobile phones are we paying for today?'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'mobile_line', period: september },
    phrasings: ['What does an average mobile line cost us each month?'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', sortBy: 'invoiced_cost', types: ['circuit'], period: september },
    phrasings: ['Which circuit was our most expensive last month?'],
  },
  {
    tool: 'get_realized_savings',
    expect: { kind: 'realized_savings', period: ytd },
    phrasings: ['How much money have we actually saved this year?'],
  },

  // ================================================================ (d) two filters and an odd period
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: firstHalf, vendors: ['mobile1'], cities: ['city1'] },
    phrasings: ['{mobile1.short} spend in {city1} for the first half'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q1, domains: telecom, costCenters: ['ccFieldEng'] },
    phrasings: ['telecom spend for {ccFieldEng.partial}, Jan through Mar'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, vendors: ['carrier1'], locations: ['loc1a'] },
    phrasings: ['{carrier1.short} at {loc1a} since the start of the year'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: pastNinetyDays, domains: ['mobility'], costCenters: ['ccDock'] },
    phrasings: ['mobility costs for {ccDock.code} over the past 90 days'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q3, vendors: ['saas1'], costCenters: ['ccRevOps'] },
    phrasings: ['{saas1.short} spend charged to {ccRevOps.partial} in q3'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: marchThroughMay, cities: ['city3'] },
    phrasings: ['{city3} spend from march through may'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: firstHalf, vendors: ['carrier3'], locations: ['loc3'] },
    phrasings: ['{carrier3.short} at {loc3} for the first half of 2024'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, domains: ['saas'], costCenters: ['ccTalent'] },
    phrasings: ['{ccTalent.partial} saas spend since the start of the year'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q3, domains: ['mobility'], cities: ['city4'] },
    phrasings: ['new zealand mobility spend last quarter'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: october, vendors: ['saas2'] },
    phrasings: ['{saas2.short} spend Q4 to date'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: sinceJuly, domains: ['mobility'], costCenters: ['ccSupply'] },
    phrasings: ['{ccSupply} mobility spend since july'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: calendar2023, vendors: ['carrier1'] },
    phrasings: ['{carrier1.short} spend for calendar 2023'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q3of2023, domains: telecom, locations: ['loc2'] },
    phrasings: ['telecom spend at {loc2} in Q3 2023'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: firstHalf, domains: telecom, cities: ['city1', 'city2', 'city3'] },
    phrasings: ['australia telecom spend for the first half'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: pastNinetyDays, vendors: ['mobile2'] },
    phrasings: ['{mobile2.short} over the past 90 days'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: firstHalf, dimension: 'cost_center', show: 2, vendors: ['mobile2'] },
    phrasings: ['top cost centers on {mobile2.short} in the first half'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: pastNinetyDays, dimension: 'location', show: 2, vendors: ['carrier1'] },
    phrasings: ['which sites did {carrier1.short} bill the most over the past 90 days'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q2, comparedTo: q1, domains: telecom, costCenters: ['ccYard'] },
    phrasings: ['{ccYard} telecom spend q2 vs q1'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: september, comparedTo: september2023, vendors: ['mobile2'], cities: ['city3'] },
    phrasings: ['{mobile2.short} in {city3}, sept 2024 vs sept 2023'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: july, comparedTo: august, costCenters: ['ccFieldSales'] },
    phrasings: ['{ccFieldSales} spend july vs august'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', period: ytd, check: ['2024-01', '2024-09'], vendors: ['mobile1'], cities: ['city2'] },
    phrasings: ['{mobile1.short} in {city2} by month since january'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], vendors: ['mobile2'], costCenters: ['ccFieldSales'] },
    phrasings: ['how many {mobile2.short} lines sit with {ccFieldSales}'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['circuit'], costCenters: ['ccFieldEng'], locations: ['loc3'] },
    phrasings: ['{ccFieldEng.code} circuits at {loc3}, how many'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], vendors: ['mobile1'], cities: ['city1'], costCenters: ['ccDock'] },
    phrasings: ['number of {mobile1.short} lines in {city1} for {ccDock.partial}'],
  },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['circuit'], vendors: ['carrier2'], cities: ['city4'] },
    phrasings: ['{carrier2.short} circuits in {city4} and their monthly cost'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', month: '2024-07', costCenter: 'ccTreasury' },
    phrasings: ['{ccTreasury.code} budget vs actual for july'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', month: '2024-08', costCenter: 'ccYard' },
    phrasings: ['was {ccYard.partial} under budget in august'],
  },
  {
    tool: 'get_realized_savings',
    expect: { kind: 'realized_savings', period: ytd },
    phrasings: ['savings realized since the start of the year'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: firstHalf, domains: telecom },
    phrasings: ['unallocated telecom spend in the first half'],
  },

  // ================================================================ must be refused or clarified, with no figure
  // Jargon the data cannot answer.
  {
    tool: null,
    expect: { kind: 'refuse', mentions: 'etf' },
    phrasings: ['what ETF would we owe if we exit the {carrier2.short} agreement early'],
  },
  { tool: null, expect: { kind: 'refuse', mentions: 'loa' }, phrasings: ['LOA status on the {carrier1.short} number port'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'headcount' }, phrasings: ['headcount in {ccFieldEng}'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'employee' }, phrasings: ['telecom cost per employee this year'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'sla' }, phrasings: ['SLA credits received from {carrier2.short} this year'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'mpls' }, phrasings: ['how many MPLS circuits do we have'] },
  {
    tool: null,
    expect: { kind: 'refuse', mentions: 'roaming' },
    phrasings: ['international roaming charges on {mobile1.short} last month'],
  },
  { tool: null, expect: { kind: 'refuse', mentions: 'carbon' }, phrasings: ['carbon footprint of our aws usage'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['cost per seat for {saas1.short}'] },
  // No fiscal calendar is in the data: a fiscal quarter is not the calendar one (Jul–Jun in Australia).
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['fiscal Q1 spend for {carrier3.short}'] },
  // Names this company does not have.
  { tool: null, expect: { kind: 'refuse', mentions: 'telstra' }, phrasings: ['what did we pay telstra in Q3'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'sydney' }, phrasings: ['how many mobile lines do we have in sydney'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'marketing' }, phrasings: ['marketing spend last quarter'] },
  // Negations and thresholds.
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['telecom spend excluding {carrier1.short} in sept'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['how many mobile lines are not on {mobile1.short}'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['circuits that cost more than 1000 a month'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['vendors we paid over 10k in q3'] },
  // Off-topic.
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['draft a linkedin post about our q3 results', 'what is the aud to usd exchange rate today'],
  },
];

/** The values of the placeholders: the held-out ones; this set needs no others. */
export function fourthPlaceholderValues(enterprise: HeldoutEnterprise): Record<string, string> {
  return placeholderValues(enterprise.names);
}
