import type { HeldoutEnterprise } from './generate-heldout-enterprise.js';
import { placeholderValues, type Domain, type HeldoutCase, type Range } from './questions.js';

// The tenth blind set over the held-out company, written without reading the planner, its
// tests or the earlier blind sets' wordings. Five people, each typing the way they work:
//   (a) a regional IT manager looking after one country and its sites (the New Zealand site, the
//       Australian ones): "what did the <city> office cost", the circuits, trunks, analog lines
//       and phones at a site, the cost centres on a site's bill, one site against another;
//   (b) a CFO skimming on a phone: very short, abbreviated, digits ("telecom ytd?", "top 3
//       suppliers q3", "q4 landing?", "notice dates next 30 days?");
//   (c) a mobility manager: lines per carrier / site / cost centre, idle lines, heaviest data
//       and voice users, the priciest line, cost per line, the carrier commitment;
//   (d) a cloud engineer: services, regions, accounts and subscriptions, single days and day
//       ranges (cloud is billed by the hour, so a day is a real figure), day-over-day spikes
//       and the service or account behind them;
//   (e) two-part questions and polite wrappers ("…and how does that compare to last year",
//       "…broken down by carrier", "could you please", "quick one:", "sorry to bother").
// Plus questions that must be refused or clarified with no figure: a site, carrier or cost
// centre the company does not have, spend for a day or a week on monthly carrier invoices,
// what-ifs, advice, exclusions ("everything but …"), facts the data does not record (tickets,
// bandwidth utilisation, leavers, roaming settings, capex/opex, revenue) and
// ambiguous names ("orion" is in eleven cloud sub-account names; {shared} starts two cost centres).
//
// As-of is Tue 15 Oct 2024. Invoices run Aug 2023 – Sep 2024 (one per month, dated by the
// billing month, so a day or a week of them is not a figure the data has); SaaS charges
// Aug 2023 – Oct 2024 (billed in advance on the 1st); the real FOCUS cloud sample is
// September 2024 only, by the hour, so cloud has no rows after 30 Sep. Relative dates resolve:
//   "last month" / "sept" / "off sept"            → 1–30 Sep 2024
//   "the month before" / "aug"                    → 1–31 Aug 2024
//   "last quarter" / "q3"                         → 1 Jul – 30 Sep 2024; "q2" Apr–Jun; "q1" Jan–Mar
//   "ytd" / "so far in 2024" / "this year" / "since january" → 1 Jan – 15 Oct 2024
//   "since mar"                                   → 1 Mar – 15 Oct 2024
//   "last 6 months"                               → Apr – Sep 2024; "12m" → Oct 2023 – Sep 2024
//   "same month last year"                        → Sep 2023 (Aug 2023 for an August question)
//   "this month" (a forecast)                     → October 2024; "q4" → Oct – Dec 2024; "eoy" → 2024
//   "on the 3rd of last month"                    → 3 Sep 2024 (one day, UTC)
//   "9/13 vs 9/12", "the 18th vs the 17th"        → those days of September 2024
//   "first week of sept"                          → 1–7 Sep 2024
//   "second half of september"                    → 16–30 Sep 2024
//   "last two weeks of sept"                      → 17–30 Sep 2024
//   "next 30 days" (notice dates)                 → through 14 Nov 2024
//   "next 90d" (contracts ending)                 → through 13 Jan 2025
//   "before they roll over this year"             → through 31 Dec 2024
// "New Zealand" is {city4} (its only site, {loc4}); "Australia" is {city1}, {city2} and {city3}.
// "Telecom" / "telco" is the carriers and the mobile carriers (telecom + mobility), as in
// questions.ts; "fixed-line network" is the telecom domain alone. Usage is imported through
// September 2024. Placeholders as in questions.ts ({carrier1.short}, {ccYard.code}, {loc2},
// {city4}, …). Names that exist nowhere (auckland, vodafone) are written as they are;
// tenthPlaceholderValues checks the company has none of them.
//
// Left out after the first run, as expectations the checker cannot score: cloud "yesterday" and
// "last 7 days" (the sample ends on 30 Sep, and "no spend found, cloud costs through 1 Oct" is a
// right answer that shows no "USD 0.00"), and a January 2025 budget (no 2025 budget is
// recorded; "no budgets found" from the budget tool is a right answer, not a clarification).

const september: Range = ['2024-09-01', '2024-10-01'];
const august: Range = ['2024-08-01', '2024-09-01'];
const q1: Range = ['2024-01-01', '2024-04-01'];
const q2: Range = ['2024-04-01', '2024-07-01'];
const q3: Range = ['2024-07-01', '2024-10-01'];
const ytd: Range = ['2024-01-01', '2024-10-16'];
const sinceMarch: Range = ['2024-03-01', '2024-10-16'];
const lastSixMonths: Range = ['2024-04-01', '2024-10-01'];
const lastTwelveMonths: Range = ['2023-10-01', '2024-10-01'];
const september2023: Range = ['2023-09-01', '2023-10-01'];
const august2023: Range = ['2023-08-01', '2023-09-01'];
/** Single days and day ranges of the hourly FOCUS sample (September 2024). */
const september3: Range = ['2024-09-03', '2024-09-04'];
const september12: Range = ['2024-09-12', '2024-09-13'];
const september13: Range = ['2024-09-13', '2024-09-14'];
const september17: Range = ['2024-09-17', '2024-09-18'];
const september18: Range = ['2024-09-18', '2024-09-19'];
const september19: Range = ['2024-09-19', '2024-09-20'];
const september30: Range = ['2024-09-30', '2024-10-01'];
const firstWeekOfSeptember: Range = ['2024-09-01', '2024-09-08'];
const secondHalfOfSeptember: Range = ['2024-09-16', '2024-10-01'];
const lastTwoWeeksOfSeptember: Range = ['2024-09-17', '2024-10-01'];
const telecom: Domain[] = ['telecom', 'mobility'];
const endOfYear = '2025-01-01';
/** 15 Oct 2024 + 30 days = 14 Nov 2024, that day included. */
const thirtyDaysOut = '2024-11-15';
/** 15 Oct 2024 + 90 days = 13 Jan 2025, that day included. */
const ninetyDaysOut = '2025-01-14';

export const tenthCases: HeldoutCase[] = [
  // ================================================================ (a) regional IT manager, one country and its sites
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, cities: ['city4'] },
    phrasings: [
      'i run IT for {city4} — what did the office cost us in september, everything in?',
      '{city4} office total for last month pls',
    ],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q2, cities: ['city2'] },
    phrasings: ['what did we pay for the {city2} office in q2'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, cities: ['city4'] },
    phrasings: ['how much have we spent in new zealand so far in 2024'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, cities: ['city1', 'city2', 'city3'] },
    phrasings: ['australian sites combined, september spend'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'location', show: 2, locations: ['loc2', 'loc3'] },
    phrasings: ['put {loc2} and {loc3} side by side for sept — which one costs more?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q3, dimension: 'location', show: 2, cities: ['city1'] },
    phrasings: ['{city1} has two sites — how does q3 spend split between them?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q3, dimension: 'vendor', show: 3, cities: ['city3'] },
    phrasings: ['who are we paying at {city3}? q3, by vendor, biggest first'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'cost_center', show: 2, locations: ['loc4'] },
    phrasings: ['which cost centres are on the {loc4} bill for sept, largest first'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, domains: ['mobility'], cities: ['city1'] },
    phrasings: ['mobile phone spend for the {city1} office last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q3, domains: ['telecom'], locations: ['loc2'] },
    phrasings: ['fixed-line network spend at {loc2} for q3 (circuits, trunks, pots)'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: september, comparedTo: august, cities: ['city4'] },
    phrasings: ['{city4} sept vs the month before, what changed'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', period: ytd, check: ['2024-01', '2024-09'], cities: ['city4'] },
    phrasings: ['{city4} spend each month since january'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['circuit'], locations: ['loc4'] },
    phrasings: ['circuit count for {loc4}?', 'how many data circuits are live at {loc4}'],
  },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['circuit'], cities: ['city1'] },
    phrasings: ['show me every circuit in {city1} (both sites) with the monthly cost'],
  },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['pots_line'], locations: ['loc2'] },
    phrasings: ['do we still have any analog lines at {loc2}? list them'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], cities: ['city4'] },
    phrasings: ['how many mobiles are issued out of {city4}'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['voice_trunk'], cities: ['city2'] },
    phrasings: ['sip trunks in {city2} — how many?'],
  },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['circuit'], vendors: ['carrier2'], locations: ['loc3'] },
    phrasings: ['what has {carrier2.short} got installed at {loc3}? list the circuits'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, costCenters: ['ccYard', 'ccDock'] },
    phrasings: ['{ccYard.code} + {ccDock.code} combined, last month'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', month: '2024-08', costCenter: 'ccTreasury' },
    phrasings: ['{ccTreasury} against its budget for august'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', sortBy: 'invoiced_cost', types: ['circuit'], period: september },
    phrasings: ['single most expensive circuit we had in sept?'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'circuit', period: september, vendors: ['carrier3'] },
    phrasings: ['avg monthly cost of a {carrier3.short} circuit last month'],
  },

  // ================================================================ (b) CFO on a phone
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, domains: telecom },
    phrasings: ['telecom ytd?', 'telco 2024 to date'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q3, dimension: 'vendor', show: 3 },
    phrasings: ['top 3 suppliers q3'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q3, comparedTo: q2, domains: telecom },
    phrasings: ['telco q3 v q2'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q3 },
    phrasings: ['q3 all-in?'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget_over', month: '2024-09' },
    phrasings: ['budgets ok for sept?', 'anyone blow their sept budget'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget_over', month: '2024-08' },
    phrasings: ['ccs over budget in aug?'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month', domains: ['saas'] },
    phrasings: ['saas run rate?'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month' },
    phrasings: ['annualised run rate, all spend, off sept'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'quarter' },
    phrasings: ['q4 landing?'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'year' },
    phrasings: ['2024 eoy total, projected'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'cost_center', show: 5 },
    phrasings: ['top 5 ccs ytd'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: september },
    phrasings: ['unallocated $ sept?'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', dimension: 'vendor', period: september, comparedTo: august, direction: 'increase' },
    phrasings: ['who went up most mom'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', period: lastTwelveMonths, check: ['2023-10', '2024-09'], domains: ['mobility'] },
    phrasings: ['mobility 12m trend'],
  },
  {
    tool: 'list_contracts',
    expect: { kind: 'ending_window', through: ninetyDaysOut },
    phrasings: ['contracts expiring next 90d'],
  },
  {
    tool: 'find_notice_deadlines',
    expect: { kind: 'notice_window', through: thirtyDaysOut },
    phrasings: ['notice dates next 30 days?'],
  },
  {
    tool: 'get_realized_savings',
    expect: { kind: 'realized_savings', period: sinceMarch },
    phrasings: ['realised savings since mar?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, domains: ['cloud'] },
    phrasings: ['cloud 2024 so far?'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: september, comparedTo: september2023, domains: telecom },
    phrasings: ['telecom sep yoy'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'domain', show: 4 },
    phrasings: ['sept split across telco / mobile / cloud / saas'],
  },

  // ================================================================ (c) mobility manager
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], vendors: ['mobile1'] },
    phrasings: ['active sims on {mobile1.short}?'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], vendors: ['mobile2'], locations: ['loc4'] },
    phrasings: ['how many {mobile2.short} phones at {loc4}'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], costCenters: ['ccFieldSales'] },
    phrasings: ['how many phones does {ccFieldSales.code} have out'],
  },
  {
    tool: 'find_zero_usage_lines',
    expect: { kind: 'zero_usage', months: 2 },
    phrasings: ['lines with zero usage the last 2 months'],
  },
  {
    tool: 'find_zero_usage_lines',
    expect: { kind: 'zero_usage', months: 3 },
    phrasings: ['dead sims — no data, calls or texts for a whole quarter'],
  },
  {
    tool: 'find_zero_usage_lines',
    expect: { kind: 'zero_usage', months: 4, vendors: ['mobile1'] },
    phrasings: ['{mobile1.short} lines with no usage at all from june through september'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', sortBy: 'data_mb', types: ['mobile_line'], period: september },
    phrasings: ["who's burning the most mobile data? sept"],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', sortBy: 'data_mb', types: ['mobile_line'], period: august, vendors: ['mobile2'] },
    phrasings: ['top data user on {mobile2.short} in aug'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', sortBy: 'voice_minutes', types: ['mobile_line'], period: september, vendors: ['mobile1'] },
    phrasings: ['who talked the most on {mobile1.short} last month (minutes)'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', sortBy: 'invoiced_cost', types: ['mobile_line'], period: september, vendors: ['mobile2'] },
    phrasings: ['priciest {mobile2.short} line on the sept bill'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'mobile_line', period: september, vendors: ['mobile2'] },
    phrasings: ["what's a {mobile2.short} line costing us on avg these days"],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: august, dimension: 'cost_center', show: 3, domains: ['mobility'] },
    phrasings: ['mobility spend per cost centre for aug'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'vendor', show: 2, vendors: ['mobile1', 'mobile2'] },
    phrasings: ['{mobile1.short} vs {mobile2.short} ytd'],
  },
  {
    tool: 'get_commitment_status',
    expect: { kind: 'commitment', vendor: 'mobile1' },
    phrasings: ['{mobile1.short} 60k commit — where are we for this contract year'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'mobile2', show: 'end' },
    phrasings: ["when's the {mobile2.short} deal up"],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: september, comparedTo: august, vendors: ['mobile1'] },
    phrasings: ['did the {mobile1.short} bill jump in sept compared with aug?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, domains: ['mobility'], costCenters: ['ccDock'] },
    phrasings: ['how much mobile spend has {ccDock} racked up this year'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', period: lastSixMonths, check: ['2024-04', '2024-09'], vendors: ['mobile2'] },
    phrasings: ['{mobile2.short} per month, last 6 months'],
  },

  // ================================================================ (d) cloud engineer
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september3, vendors: ['AWS'] },
    phrasings: ['aws on the 3rd of last month?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september12, serviceNames: ['Amazon Elastic Compute Cloud'] },
    phrasings: ['ec2 cost on sept 12'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september19, vendors: ['Microsoft'] },
    phrasings: ['azure spend on 19 sep — looks high'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: september13, comparedTo: september12, vendors: ['AWS'] },
    phrasings: ['aws 9/13 vs 9/12 — was that a spike?'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: september18, comparedTo: september17, vendors: ['AWS'] },
    phrasings: ['how did aws on the 18th of sept compare with the 17th'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september13, dimension: 'service_name', show: 1, vendors: ['AWS'] },
    phrasings: ['what drove aws cost on sept 13? top service'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september18, dimension: 'account', show: 1, domains: ['cloud'] },
    phrasings: ['which cloud account was behind the sept 18 jump'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: secondHalfOfSeptember, regions: ['us-west-2'] },
    phrasings: ['us-west-2, second half of september'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: firstWeekOfSeptember, dimension: 'account', show: 3, vendors: ['AWS'] },
    phrasings: ['top 3 aws accounts for the first week of sept'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'region', show: 2, vendors: ['Microsoft'] },
    phrasings: ['azure by region last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, serviceNames: ['Amazon Simple Storage Service'] },
    phrasings: ['s3 bill last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, serviceNames: ['AmazonCloudWatch'] },
    phrasings: ['how much are we paying for cloudwatch (sept)'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, serviceNames: ['AWS Lambda', 'Amazon Simple Queue Service'] },
    phrasings: ['lambda + sqs together for sep'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, serviceNames: ['Elastic Load Balancing'] },
    phrasings: ['elb charges in september'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'vendor', show: 2, serviceCategories: ['Storage'] },
    phrasings: ['storage spend by provider, sept'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'account', show: 2, subAccounts: ['Orion Zenith', 'Orion Odyssey'] },
    phrasings: ['orion zenith vs orion odyssey last month'],
  },
  {
    tool: 'get_spend',
    expect: {
      kind: 'ranking',
      period: september,
      dimension: 'service_category',
      show: 2,
      domains: ['cloud'],
      serviceCategories: ['Compute', 'Storage'],
    },
    phrasings: ['compute vs storage across the clouds, sept'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, subAccounts: ['84445137922'] },
    phrasings: ['acct 84445137922 — what did it cost in sept'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, vendors: ['Microsoft'], subAccounts: ['Orion Pioneer'] },
    phrasings: ['azure subscription orion pioneer, sept cost'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastTwoWeeksOfSeptember, regions: ['ap-south-1'] },
    phrasings: ['ap-south-1 for the last two weeks of sept'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september30, vendors: ['Oracle'] },
    phrasings: ['oci charges on sept 30'],
  },

  // ================================================================ (e) two-part questions and polite wrappers
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: august, comparedTo: august2023, vendors: ['carrier1'] },
    phrasings: ['could you please tell me what {carrier1.short} billed us in august, and how that compares to august last year?'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q3, comparedTo: q2, vendors: ['mobile1'] },
    phrasings: ['sorry to bother — {mobile1.short} spend for q3, and is it up or down on q2?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q3, dimension: 'domain', show: 4 },
    phrasings: ['quick one: total spend in q3, broken down by domain'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q3, dimension: 'vendor', show: 5, domains: telecom },
    phrasings: ['hi, could you give me our telecom spend last quarter broken down by carrier?'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier2', show: 'notice' },
    phrasings: ["when does the {carrier2.short} contract end, and what's the last day to give notice?"],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', month: '2024-09', costCenter: 'ccDock' },
    phrasings: ['could you pull {ccDock} spend for september and tell me whether it was over budget'],
  },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['circuit'], vendors: ['carrier2'] },
    phrasings: ['sorry to bother you, how many circuits do we have with {carrier2.short}, and what do they cost us a month?'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q2, comparedTo: q1, domains: ['mobility'] },
    phrasings: ['quick q: what did we spend on mobility in q2, and was that up on q1?'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'trailing_3_months', domains: telecom },
    phrasings: ['could you tell me our annual run rate for telecom, based on the last three months?'],
  },
  {
    tool: 'find_notice_deadlines',
    expect: { kind: 'notice_window', through: endOfYear },
    phrasings: ['would you mind checking which contracts we can still get out of before they roll over this year?'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'month', domains: ['cloud'] },
    phrasings: ["morning! what's the forecast for cloud spend this month?"],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', dimension: 'cost_center', period: q3, comparedTo: q2, direction: 'decrease' },
    phrasings: ['thanks in advance — which cost centre had the biggest drop in q3 compared to q2?'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: q3 },
    phrasings: ['sorry, one more: how much unallocated spend did we have in q3, and is it mostly cloud?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, vendors: ['carrier3'], locations: ['loc4'] },
    phrasings: ['hey, could you check what {carrier3.short} charged for {loc4} in sept?'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: september, comparedTo: september2023, cities: ['city2'] },
    phrasings: ['if you have a sec — {city2} spend in sept, and how does that compare to the same month last year?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q3, costCenters: ['ccCommercial'] },
    phrasings: ['please could you let me know what {ccCommercial.code} and its teams spent in q3'],
  },

  // ================================================================ must be refused or clarified, with no figure
  // A site, a carrier and a cost centre the company does not have.
  { tool: null, expect: { kind: 'refuse', mentions: 'auckland' }, phrasings: ['what do we pay for the auckland office'] },
  { tool: null, expect: { kind: 'refuse', mentions: '{ghostCity}' }, phrasings: ['how many lines at the {ghostCity} depot'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'vodafone' }, phrasings: ['vodafone nz bill last month'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['{ghostCostCenter} phone spend this year'] },
  // A day or a week of monthly carrier invoices.
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: [
      '{carrier1.short} spend yesterday',
      'what did {mobile2.short} cost us on the 3rd of last month',
      'telecom spend for the first week of october',
    ],
  },
  // What-ifs and advice.
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: [
      'if we moved every {mobile2.short} line onto {mobile1.short}, what would we save',
      'what happens to q4 if we cut 20 phones',
    ],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['should we switch carriers at {loc4}?', 'is it worth moving {loc2} to sd-wan'],
  },
  // Exclusions.
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['spend on every vendor but {carrier1.short}, q3', 'all cloud except aws last month'],
  },
  // What the data does not record.
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: [
      'how many trouble tickets did we log with {carrier2.short} in q3',
      'bandwidth utilisation on the {loc3} circuits',
      'which leavers still have an active phone',
      'how many lines have international roaming turned on',
    ],
  },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['capex vs opex split ytd', 'telecom as % of revenue'] },
  // Ambiguous names.
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['orion spend last month', "the {shared} team's phone count"] },
];

/** The values of the placeholders: the held-out ones, checked against the names this set treats as absent. */
export function tenthPlaceholderValues(enterprise: HeldoutEnterprise): Record<string, string> {
  const values = placeholderValues(enterprise.names);
  for (const [name, value] of Object.entries(values))
    if (/auckland|vodafone|orion/.test(value)) throw new Error(`{${name}} = "${value}" is a name the tenth questions treat as absent`);
  return values;
}
