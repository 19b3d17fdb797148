import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HeldoutEnterprise } from './generate-heldout-enterprise.js';
import { placeholderValues, type Domain, type HeldoutCase, type Range } from './questions.js';

// The fifteenth blind set over the held-out company, written without reading the planner, its
// tests or the earlier blind sets' wordings, and before seeing how the product answers. Five
// people, each typing the way they work:
//   (a) a finance controller at the September month-end close: what to accrue for telecom,
//       chargeback / showback / allocations by cost centre (or "department"), variance to budget
//       for one cost centre, actuals vs budget for a quarter (budgets are monthly: asked back),
//       the close number for a cost centre or a domain, "opex", the run-rate "for the board
//       pack", what could not be charged back, the dispute credit for the reconciliation, the
//       recharge to the New Zealand entity; and what the data does not record: GL accounts,
//       cost per employee, headcount, capex, payment status, a fiscal year;
//   (b) Slack habits around a clear question: a user mention "<@U0LEDGER>" in front, `inline
//       code` around a name, code or region, a "> " quoted line (or two) before the question,
//       two short lines ("hey\n…"), trailing emoji shortcodes (":eyes:", ":pray:"), ALL CAPS,
//       "see thread" without a link; plus a bare mention, a bare "see thread", and an errand;
//   (c) Microsoft Teams formal style: "Ledgerline, could you please provide me with a summary
//       of…", "I would appreciate it if you could…", "Kindly confirm whether…", "Dear
//       Ledgerline", a sign-off; long sentences, "the month of August", "calendar year";
//   (d) a network engineer: circuits per site / carrier / city, voice (SIP) trunks and what they
//       cost at a site, POTS lines still active, which circuits a carrier bills us for, the
//       priciest circuit, cost per circuit and per trunk, invoice identifiers missing from the
//       inventory; and bandwidth, latency, uptime and MPLS (not recorded or not filterable);
//   (e) a FinOps / budget analyst: spikes, what jumped and why, cost centres over budget,
//       budget vs actual for one cost centre and month, headroom this month, biggest movers
//       quarter on quarter, whether a vendor is trending up, cloud by region / category,
//       untagged cloud, forecasts; and thresholds, what-ifs, advice, exclusions, {shared}.
// 130 questions, 30 of which must be refused or clarified with no figure (more than a fifth):
// the unrecorded facts above, names the company does not have (optus, servicenow, auckland, and
// the coined {ghostCarrier.short}, {ghostSaas}, {ghostCity}, {ghostSite}), advice, a what-if,
// exclusions ("with the exception of …", "excluding cloud"), thresholds ("more than 20%",
// "over 90% of their budget"), an errand, a bare mention, a bare "see thread", and the
// ambiguous {shared} (the first word of two cost centres).
//
// As-of is Tue 15 Oct 2024 (heldoutAsOf in generate-heldout-enterprise.ts; the runner's
// context.asOf), so the close in progress is September's. Carrier and mobile invoices cover the
// billing months Aug 2023 – Sep 2024 (one per account and month, dated the 5th of the month
// after, counted by their billing month); SaaS charges Aug 2023 – Oct 2024 (billed in advance
// on the 1st, so October is already charged); the real FOCUS cloud sample is September 2024
// only (no cloud before or after it); usage runs through September 2024; budgets are monthly,
// Jan – Dec 2024, for the seven cost centres with their own spend, plus {ccTagged} for Sep
// 2024 only. Relative dates resolve:
//   "last month" / "sept" / "september" / "the september close"   → 1–30 Sep 2024
//   "aug" / "august" / "the month of August"                      → 1–31 Aug 2024
//   "july" / "the month of July 2024"                             → 1–31 Jul 2024; "june" → 1–30 Jun 2024
//   "q3 spend by month"                                           → Jul, Aug and Sep 2024
//   "sep vs aug" / "last month" (a change) / "month on month"     → Sep 2024 against Aug 2024
//   "this month" (budget, headroom, forecast, accrual)            → October 2024
//   "for october" (accrual)                                       → the October forecast
//   "q3" / "last quarter" / "third quarter of 2024"               → 1 Jul – 30 Sep 2024; "q2" → Apr – Jun 2024
//   "quarter on quarter" / "qoq" (none named)                     → Q3 2024 against Q2 2024
//   "q4" / "the quarter" (forecast)                               → Oct – Dec 2024
//   "qtd"                                                          → 1–15 Oct 2024
//   "ytd" / "this year" / "year to date" (a past figure, a trend) → 1 Jan – 15 Oct 2024
//   "first half of the year"                                      → 1 Jan – 30 Jun 2024
//   "past twelve months" / "trending" (no period named)           → Oct 2023 – Sep 2024 (complete months)
//   "to the end of the year" (forecast)                           → calendar 2024
//   "before the end of this calendar year"                        → contracts ending through 31 Dec 2024
//   "within the next ninety days"                                 → notice deadlines through 13 Jan 2025
//   "the last three months" of no usage                           → usage Jul – Sep 2024
//   "FY24"                                                         → not a period the data defines: asked back
// "Telecom" (and "telecommunications") is the carriers and the mobile carriers (telecom +
// mobility), as in questions.ts; "mobility" / "mobile" the mobile carriers alone; "cloud" the
// FOCUS cloud providers (not SaaS). "Department" and "CC" are cost centres; "new zealand" is
// {loc4}, the only site there. Placeholders as in questions.ts; fifteenthPlaceholderValues adds
// `<name>.upper` (the value in capitals, as typed in caps or as codes are printed) and
// `<name>.title` (each word capitalised, as the Teams writers spell names),
// {carrier2.contract} (its active contract's id) and {circuitId} (an active {carrier2.short}
// circuit's id), both read from the generated CSVs, and checks that neither the names nor the
// company's data has the absent names above.
//
// Left out, as answers the checker cannot score: spend by service type or charge type (taxes,
// install fees: the expectation has no such filter), cost centres at risk of going over (the
// checker scores only those already over), budget_over for a month with none over, a line's or
// circuit's own charges, lookups by circuit id, and "bottom N" rankings. Expectations that read
// the question one way where another is defensible carry a comment.

const september: Range = ['2024-09-01', '2024-10-01'];
const august: Range = ['2024-08-01', '2024-09-01'];
const july: Range = ['2024-07-01', '2024-08-01'];
const june: Range = ['2024-06-01', '2024-07-01'];
const q2: Range = ['2024-04-01', '2024-07-01'];
const q3: Range = ['2024-07-01', '2024-10-01'];
const qtd: Range = ['2024-10-01', '2024-10-16'];
const ytd: Range = ['2024-01-01', '2024-10-16'];
const firstHalf: Range = ['2024-01-01', '2024-07-01'];
const lastTwelveMonths: Range = ['2023-10-01', '2024-10-01'];
const telecom: Domain[] = ['telecom', 'mobility'];
/** Contracts ending before 1 Jan 2025. */
const endOfYear = '2025-01-01';
/** 15 Oct 2024 + 90 days = 13 Jan 2025, inclusive; no deadline falls near it. */
const ninetyDays = '2025-01-14';

export const fifteenthCases: HeldoutCase[] = [
  // ================================================================ (a) finance controller, month-end close
  // An accrual is what was incurred but not yet invoiced: the month's forecast (actual to date
  // plus the bills still to come). "should" reads as "how much", not as advice.
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'month', domains: telecom },
    phrasings: ["what should I accrue for telecom for october? the invoices won't land until november"],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'cost_center', show: 3 },
    phrasings: ['chargeback by department for last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q3, dimension: 'cost_center', show: 3 },
    phrasings: ['need the q3 showback by cost centre'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'cost_center', show: 5 },
    phrasings: ['allocations by cost centre for september, top 5 please'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'vendor', show: 2, costCenters: ['ccDock'] },
    phrasings: ['chargeback for {ccDock.code} for september split by vendor'],
  },
  {
    // Only the Azure rows tagged with the legacy code reach a cost centre.
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'cost_center', show: 1, domains: ['cloud'] },
    phrasings: ['cloud recharge by cost centre for september'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', month: '2024-09', costCenter: 'ccRevOps' },
    phrasings: ['variance to budget for {ccRevOps.code} in september'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, costCenters: ['ccFieldEng'] },
    phrasings: ["what's the september close number for {ccFieldEng.code}"],
  },
  {
    // "opex" read as spend: everything the data records is operating spend.
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, domains: telecom },
    phrasings: ['total telecom opex for september, mobile included'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'domain', show: 3 },
    phrasings: ['september close - spend by domain'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month' },
    phrasings: ['what is the run-rate for the board pack'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'trailing_3_months', domains: ['saas'] },
    phrasings: ['saas run rate for the board pack, on a 3 month average'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: september },
    phrasings: ["how much of september's spend couldn't be charged back to a cost centre"],
  },
  {
    // The parent cost centre with its two children.
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, costCenters: ['ccCommercial'] },
    phrasings: ['ytd spend for {ccCommercial} including the teams under it'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'quarter' },
    phrasings: ['full quarter forecast for q4, all spend, for the reforecast'],
  },
  {
    tool: 'list_disputes',
    expect: { kind: 'disputes' },
    phrasings: ['need the {carrier2.short} dispute credit for the reconciliation'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, domains: telecom, locations: ['loc4'] },
    phrasings: ['telecom spend for new zealand in september, for the intercompany recharge'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: qtd, domains: ['saas'] },
    phrasings: ['qtd saas spend'],
  },
  // Budgets are monthly: a quarter of budget vs actual by cost centre is asked back (which
  // month?) rather than answered with one month. Debatable: three monthly answers would do too.
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['actuals vs budget by CC for Q3'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['which GL account does the {carrier1.short} spend post to'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['cost per employee for mobility last month'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'headcount' }, phrasings: ['headcount by cost centre'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'capex' }, phrasings: ['capex vs opex split for q3'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['which {carrier1.short} invoices are still unpaid'] },
  // The company's fiscal year is not recorded (its sites are in Australia, where FY24 ended in
  // June 2024): asked back. Debatable: a calendar reading of 2024 is possible.
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['telecom total for FY24'] },

  // ================================================================ (b) Slack habits
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: august, vendors: ['carrier2'] },
    phrasings: ['<@U0LEDGER> how much did we spend with {carrier2.short} in august'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, costCenters: ['ccDock'] },
    phrasings: ['what did `{ccDock.code.upper}` spend last month?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q3, domains: ['mobility'] },
    phrasings: ["> finance want this by EOD\nwhat's our total mobility spend for q3"],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: june, vendors: ['saas2'] },
    phrasings: ['hey\nwhat did we spend on {saas2.short} in june'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, vendors: ['carrier3'] },
    phrasings: ['{carrier3.short} spend last month :eyes:'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month', vendors: ['mobile1'] },
    phrasings: ['can someone pull the {mobile1.short} run rate :pray:'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'] },
    phrasings: ['HOW MANY ACTIVE MOBILE LINES DO WE HAVE'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['circuit'], cities: ['city2'] },
    phrasings: ['see thread - how many circuits have we got in {city2}?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'vendor', show: 5 },
    phrasings: ['<@U0LEDGER> top 5 vendors ytd :bar_chart:'],
  },
  {
    // Two vendors side by side for one quarter: each one's figure (get_spend by vendor, both
    // named). Debatable: compare_spend showing both figures would serve as well.
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q3, dimension: 'vendor', show: 2, vendors: ['carrier1', 'carrier2'] },
    phrasings: ['`{carrier1.short}` vs `{carrier2.short}` q3?'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', month: '2024-09', costCenter: 'ccFieldSales' },
    phrasings: ['> {ccFieldSales.code.upper} budget\nwere they over for september?'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier2', show: 'end' },
    phrasings: ['hey quick one\nwhen does the {carrier2.short} contract end'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, domains: ['cloud'] },
    phrasings: ['LAST MONTH CLOUD SPEND??'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier2', show: 'notice' },
    phrasings: ["what's the notice deadline on `{carrier2.contract}`"],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', month: '2024-10', costCenter: 'ccRevOps' },
    phrasings: ['<@U0LEDGER> see thread - is {ccRevOps.partial} over budget this month?'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], vendors: ['mobile2'] },
    phrasings: ['{mobile2.short} lines :thinking_face: how many are still active'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q3, cities: ['city1'] },
    phrasings: ['`{city1}` total spend last quarter'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier1', show: 'notice' },
    phrasings: ['WHAT IS THE {carrier1.short.upper} NOTICE DEADLINE'],
  },
  {
    tool: 'get_realized_savings',
    expect: { kind: 'realized_savings', period: ytd },
    phrasings: ['hey\nhow much have we actually saved this year :moneybag:'],
  },
  {
    tool: 'list_disputes',
    expect: { kind: 'disputes' },
    phrasings: ['> {carrier2.short} billed us twice back in march?\nany disputes with them'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', period: q3, check: ['2024-07', '2024-09'], costCenters: ['ccFieldEng'] },
    phrasings: ['<@U0LEDGER> `{ccFieldEng.code.upper}` q3 spend by month'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: september, comparedTo: august, domains: ['mobility'] },
    phrasings: ['> from the CFO: why is mobility up?\ncan you check sep vs aug'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', month: '2024-09', costCenter: 'ccTagged' },
    phrasings: ['budget vs actual for cost centre `{ccTagged.code}` in september'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, regions: ['us-west-2'] },
    phrasings: ['how much went on `us-west-2` in sept'],
  },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['<@U0LEDGER> :eyes:'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['see thread :point_up:'] },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['hey\ncan you set up a call with our {carrier1.short} account manager for tomorrow'],
  },
  { tool: null, expect: { kind: 'refuse', mentions: '{ghostSaas}' }, phrasings: ['`{ghostSaas}` spend ytd?'] },
  {
    tool: null,
    expect: { kind: 'refuse', mentions: '{ghostCarrier.short}' },
    phrasings: ['what did {ghostCarrier.short} bill us in sept :eyes:'],
  },
  { tool: null, expect: { kind: 'refuse', mentions: 'auckland' }, phrasings: ['auckland office spend last month :eyes:'] },

  // ================================================================ (c) Microsoft Teams, formal
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q3 },
    phrasings: ['Ledgerline, could you please provide me with a summary of our total spend for the third quarter of 2024?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: august, vendors: ['mobile1'] },
    phrasings: ['I would appreciate it if you could tell me how much we spent with {mobile1.title} during the month of August.'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier2', show: 'notice' },
    phrasings: ['Kindly confirm whether the {carrier2.title} agreement renews automatically, and the date by which notice must be given.'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'vendor', show: 3, domains: ['cloud'] },
    phrasings: ['Ledgerline, would you be able to provide a breakdown of our cloud spend by provider for September?'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month', vendors: ['saas1'] },
    phrasings: [
      'Hello, I would be grateful if you could confirm the annual run-rate for {saas1.title} based on the last full month. Many thanks, Sam',
    ],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', month: '2024-09', costCenter: 'ccFieldEng' },
    phrasings: ['Kindly confirm whether {ccFieldEng.title} exceeded its budget in September 2024.'],
  },
  {
    tool: 'list_contracts',
    expect: { kind: 'ending_window', through: endOfYear },
    phrasings: ['Could you please provide a list of all contracts expiring before the end of this calendar year?'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'year', domains: telecom },
    phrasings: ['I would appreciate a forecast of our telecommunications expenditure through to the end of the year, please.'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'cost_center', show: 3 },
    phrasings: ['Dear Ledgerline, could you please advise which three cost centres have incurred the highest spend year to date?'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q3, comparedTo: q2, vendors: ['carrier1'] },
    phrasings: ['Ledgerline, may I request a comparison of our second and third quarter spend with {carrier1.title}?'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'mobile_line', period: september, vendors: ['mobile2'] },
    phrasings: ['Could you please let me know the average cost per mobile line with {mobile2.title} for September?'],
  },
  {
    tool: 'get_commitment_status',
    expect: { kind: 'commitment', vendor: 'mobile1' },
    phrasings: ['Kindly confirm whether we are on track to meet our minimum annual commitment with {mobile1.title}.'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', period: lastTwelveMonths, check: ['2024-06', '2024-07'], vendors: ['saas3'] },
    phrasings: [
      'Ledgerline, I would appreciate it if you could provide me with the monthly spend trend for {saas3.title} over the past twelve months.',
    ],
  },
  {
    tool: 'find_zero_usage_lines',
    expect: { kind: 'zero_usage', months: 3 },
    phrasings: ['I would be grateful if you could identify which mobile lines have had no usage at all over the last three months.'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: july, comparedTo: june, costCenters: ['ccTreasury'] },
    phrasings: [
      'Could you please provide me with the spend for {ccTreasury.title} in the month of July 2024, together with a comparison to June?',
    ],
  },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['circuit'], vendors: ['carrier3'], locations: ['loc3'] },
    phrasings: ['Kindly provide the list of circuits we currently hold with {carrier3.title} at {loc3.title}.'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, vendors: ['Microsoft'] },
    phrasings: ['Ledgerline, could you please confirm how much we have spent on Microsoft Azure in September?'],
  },
  {
    tool: 'find_notice_deadlines',
    expect: { kind: 'notice_window', through: ninetyDays },
    phrasings: ['I would appreciate it if you could let me know which contract notice deadlines fall within the next ninety days.'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: firstHalf, domains: telecom },
    phrasings: ['Would you kindly provide our total telecommunications spend for the first half of the year?'],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: [
      'Ledgerline, could you please advise whether we should renegotiate the {carrier1.title} agreement or move to another provider?',
    ],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: [
      'I would appreciate it if you could provide the total spend for September for all vendors with the exception of {saas1.title}.',
    ],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['Could you please provide the names of the individuals who approved the {carrier3.title} invoices for September?'],
  },
  {
    tool: null,
    expect: { kind: 'refuse', mentions: '{ghostCity}' },
    phrasings: ['Ledgerline, would you kindly provide the spend for our {ghostCity.title} office for the month of September?'],
  },
  {
    tool: null,
    expect: { kind: 'refuse', mentions: 'servicenow' },
    phrasings: ['Dear Ledgerline, could you please confirm our year-to-date spend with ServiceNow? Kind regards, Priya'],
  },

  // ================================================================ (d) network engineer
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['circuit'], locations: ['loc1a'] },
    phrasings: ['how many circuits do we have at {loc1a}'],
  },
  {
    // What we pay for them read as the trunks' monthly recurring cost (list_services shows the
    // selection's MRC). Debatable: the September invoiced amount for them would do as well.
    tool: 'list_services',
    expect: { kind: 'list', types: ['voice_trunk'], locations: ['loc1a'] },
    phrasings: ['what are we paying for trunks at {loc1a}'],
  },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['voice_trunk'] },
    phrasings: ['what SIP trunks have we got and where are they'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['pots_line'] },
    phrasings: ['how many POTS lines are still active'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['pots_line'], locations: ['loc1a'] },
    phrasings: ['pots lines at {loc1a}?'],
  },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['pots_line'] },
    phrasings: ['list the pots lines and what they cost us a month'],
  },
  {
    // Read as the carrier's circuits in the inventory (all active ones are billed). Debatable:
    // an invoice-side reading could also list identifiers the inventory lacks ({carrier2.short}
    // bills none).
    tool: 'list_services',
    expect: { kind: 'list', types: ['circuit'], vendors: ['carrier2'] },
    phrasings: ['which circuits does {carrier2.short} bill us for'],
  },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['circuit'], vendors: ['carrier1'], cities: ['city4'] },
    phrasings: ['{carrier1.short} circuits in {city4}'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['circuit'], vendors: ['carrier2'], cities: ['city3'] },
    phrasings: ['how many {carrier2.short} circuits in {city3} now'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, domains: telecom, locations: ['loc2'] },
    phrasings: ['telecom spend at {loc2} last month'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', sortBy: 'invoiced_cost', types: ['circuit'], period: september },
    phrasings: ['which circuit cost us the most last month'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', sortBy: 'invoiced_cost', types: ['circuit'], period: september, vendors: ['carrier1'] },
    phrasings: ["5 priciest circuits on {carrier1.short}'s september bill"],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'circuit', period: september, groupBy: 'location' },
    phrasings: ["what does a circuit cost us on average at each site, going by last month's bills"],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'voice_trunk', period: september },
    phrasings: ['cost per SIP trunk last month'],
  },
  {
    // Over a quarter the average is what each circuit was billed in the three months together.
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'circuit', period: q3, vendors: ['carrier3'] },
    phrasings: ['avg cost per {carrier3.short} circuit in q3'],
  },
  {
    tool: 'audit_invoices',
    expect: { kind: 'audit_not_in_inventory', vendors: ['carrier3'] },
    phrasings: ["is {carrier3.short} billing us for any circuit that isn't in our inventory?"],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier1', show: 'end' },
    phrasings: ['when does the {carrier1.short} MSA end? planning the SD-WAN migration around it'],
  },
  { tool: null, expect: { kind: 'refuse', mentions: 'bandwidth' }, phrasings: ['bandwidth utilisation on the {loc2} circuits'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'latency' }, phrasings: ['what latency are we seeing on `{circuitId}`'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'uptime' }, phrasings: ['uptime for the {carrier1.short} circuits last month'] },
  // No circuit is MPLS and no tool filters circuits by technology: counting every circuit would
  // answer another question. Debatable: "none recorded as MPLS" with no figure would pass too.
  { tool: null, expect: { kind: 'refuse', mentions: 'mpls' }, phrasings: ['how many MPLS circuits do we have'] },
  { tool: null, expect: { kind: 'refuse', mentions: '{ghostCity}' }, phrasings: ['circuits at {ghostSite}'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'optus' }, phrasings: ['optus circuits in {city2}'] },

  // ================================================================ (e) FinOps / budget analyst
  // Cloud has only September: the spike question is read as September against August (an
  // empty month) with its drivers. Debatable: a reply that there is no earlier cloud month to
  // compare with is also right but would show no figure.
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: september, comparedTo: august, domains: ['cloud'] },
    phrasings: ['any spikes in cloud last month?'],
  },
  {
    // "What jumped and why": the month's change with its drivers. Debatable: a growth ranking
    // (rank_spend_changes) would answer the "what" without the "why".
    tool: 'compare_spend',
    expect: { kind: 'compare', period: september, comparedTo: august },
    phrasings: ['what jumped last month and why'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget_over', month: '2024-09' },
    phrasings: ['which cost centres went over budget in september'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', month: '2024-08', costCenter: 'ccYard' },
    phrasings: ['budget vs actual for {ccYard.code} in august'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', month: '2024-07', costCenter: 'ccDock' },
    phrasings: ['{ccDock.partial} budget vs actual july'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', month: '2024-10', costCenter: 'ccTalent' },
    phrasings: ['how much headroom is left in the {ccTalent} budget this month'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', month: '2024-10', costCenter: 'ccFieldSales' },
    phrasings: ['are we going to blow the {ccFieldSales.code} budget this month?'],
  },
  {
    // "Movers" read as the biggest increases, by vendor (the tool's default direction).
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', dimension: 'vendor', period: q3, comparedTo: q2, direction: 'increase' },
    phrasings: ['biggest movers quarter on quarter'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', dimension: 'cost_center', period: q3, comparedTo: q2, direction: 'decrease' },
    phrasings: ['which cost centre dropped the most last quarter vs the one before'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', dimension: 'vendor', period: september, comparedTo: august, direction: 'increase' },
    phrasings: ['top vendor increases month on month'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', dimension: 'location', period: q3, comparedTo: q2, direction: 'increase' },
    phrasings: ['which sites grew the most qoq'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', period: lastTwelveMonths, check: ['2024-03', '2024-04'], vendors: ['saas1'] },
    phrasings: ['is {saas1.short} trending up'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', period: lastTwelveMonths, check: ['2023-10', '2024-09'], vendors: ['mobile1'] },
    phrasings: ['is {mobile1.short} trending up?'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', period: ytd, check: ['2024-08', '2024-09'], vendors: ['carrier2'] },
    phrasings: ['{carrier2.short} spend trend this year'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', period: ytd, check: ['2024-01', '2024-09'], domains: ['mobility'] },
    phrasings: ['mobility month by month this year, looking for spikes'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: july, comparedTo: june, vendors: ['saas3'] },
    phrasings: ['{saas3.short} dropped in july, by how much vs june?'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: september, domains: ['cloud'] },
    phrasings: ['how much cloud spend was untagged last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'region', show: 2, vendors: ['AWS'] },
    phrasings: ['aws by region last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'service_category', show: 3, domains: ['cloud'] },
    phrasings: ["where's the cloud money going by category, sept"],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, vendors: ['AWS'], serviceCategories: ['Databases'] },
    phrasings: ['how much did aws databases cost in sept'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'month', domains: ['cloud'] },
    phrasings: ['where will cloud land this month'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'quarter', domains: ['saas'] },
    phrasings: ['saas forecast for the quarter'],
  },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['vendors that grew more than 20% last month'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['which cost centres are over 90% of their budget'] },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['what if {saas3.short} seats go back up to where they were before july, what would that cost'],
  },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['should we buy savings plans for aws'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['total spend ytd excluding cloud'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['{shared} budget vs actual for september'] },
];

const absentNames = /\b(optus|servicenow|auckland)\b/i;
const focusSample = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/external/focus/focus-1.0-sample.csv');

/** The rows of a generated CSV as header → value records (its cells hold no commas or quotes). */
function csvRows(enterprise: HeldoutEnterprise, kind: string): Array<Record<string, string>> {
  const file = enterprise.files.find((entry) => entry.kind === kind);
  if (!file) throw new Error(`the held-out company has no ${kind} file`);
  const [header = '', ...lines] = readFileSync(file.path, 'utf8').trim().split('\n');
  const columns = header.split(',');
  return lines.map((line) => {
    if (line.includes('"')) throw new Error(`${kind}: a quoted cell this reader does not parse: ${line}`);
    const cells = line.split(',');
    return Object.fromEntries(columns.map((column, index) => [column, cells[index] ?? '']));
  });
}

export function fifteenthPlaceholderValues(enterprise: HeldoutEnterprise): Record<string, string> {
  const values = placeholderValues(enterprise.names);
  for (const [name, value] of Object.entries(values)) {
    values[`${name}.upper`] = value.toUpperCase();
    values[`${name}.title`] = value.replace(/\b[a-z]/g, (letter) => letter.toUpperCase());
  }

  const carrier2 = enterprise.names.vendors.carrier2.name;
  const asOf = enterprise.asOf.toISOString().slice(0, 10);
  const contract = csvRows(enterprise, 'contracts').find(
    (row) => row.vendor === carrier2 && (row.start_date ?? '') <= asOf && asOf <= (row.end_date ?? ''),
  );
  if (!contract?.contract_id) throw new Error(`no active contract with ${carrier2}`);
  values['carrier2.contract'] = contract.contract_id;
  const circuit = csvRows(enterprise, 'inventory').find(
    (row) => row.type === 'circuit' && row.vendor === carrier2 && row.status === 'active',
  );
  if (!circuit?.identifier) throw new Error(`no active ${carrier2} circuit`);
  values.circuitId = circuit.identifier;

  for (const [name, value] of Object.entries(values))
    if (absentNames.test(value)) throw new Error(`{${name}} = "${value}" is a name the fifteenth questions treat as absent`);
  for (const file of [...enterprise.files.map((entry) => entry.path), focusSample]) {
    const found = absentNames.exec(readFileSync(file, 'utf8'));
    if (found) throw new Error(`${path.basename(file)} has "${found[0]}", a name the fifteenth questions treat as absent`);
  }
  return values;
}
