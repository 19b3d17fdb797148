import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HeldoutEnterprise } from './generate-heldout-enterprise.js';
import { placeholderValues, type Domain, type HeldoutCase, type Range } from './questions.js';

// The twelfth blind set over the held-out company, written without reading the planner, its
// tests or the earlier blind sets' wordings, and before seeing how the product answers. Five
// people, each typing the way they work:
//   (a) a procurement lead preparing renewals: a vendor's contract end and notice dates,
//       auto-renewal, the mobile carrier's minimum commitment and progress against it, spend with
//       the vendor over the last 12 months / by month, what a line effectively costs, the
//       annualised rate, which renewals and expiries fall in a window;
//   (b) a budget owner for one cost centre (always named, never "my"): budget vs actual this
//       month and last, are we over, where will we land for the month / quarter, which vendors
//       drive the spend, why it went up, which cost centres are over;
//   (c) non-native English speakers: "how much costs the cloud", "please to give", "kindly
//       share", "do the needful and revert", "what is the spend of <vendor> for last month",
//       "till which date", missing articles and unusual word order;
//   (d) an operations analyst checking inventory hygiene: idle lines, spend with no cost centre,
//       invoice identifiers missing from the inventory, counts of services per site / carrier,
//       the analog lines still paid for, the priciest circuit, the heaviest data user, disputes;
//   (e) comparisons and rankings said in unusual ways: "which site costs us most", "how did X do
//       against Y", "X minus Y", "biggest jump month over month", "in percent how much up",
//       quarter over quarter, "the costliest month this year", "dropped the most".
// Plus 28 questions that must be refused or clarified with no figure: facts the data does not
// record (SLA/uptime, who approved or signs off an invoice, handset models, invoice due dates and
// payment status, headcount, latency, ticket numbers), names the company does not have
// (telstra, melbourne, salesforce, the coined {ghostCarrier.short} and {ghostCostCenter}),
// advice, what-ifs, exclusions ("without the cloud", "everything except …"), thresholds
// ("vendors over 10k"), part-of-month spend on monthly carrier invoices, and the ambiguous
// {shared} (the first word of two cost centres).
//
// As-of is Tue 15 Oct 2024 (heldoutAsOf in generate-heldout-enterprise.ts; the runner's
// context.asOf). Carrier and mobile invoices run Aug 2023 – Sep 2024, one per account and month,
// dated by the billing month (so half a month of them is not a figure the data has); SaaS
// charges Aug 2023 – Oct 2024 (billed in advance on the 1st); the real FOCUS cloud sample is
// September 2024 only. Usage is imported through September 2024. Relative dates resolve:
//   "last month" / "sept" / "previous month" / "sept month"   → 1–30 Sep 2024
//   "aug" / "august month"                                     → 1–31 Aug 2024
//   "in the month of july"                                     → 1–31 Jul 2024
//   "this month" (budget, forecast)                            → October 2024
//   "last quarter" / "q3"                                      → 1 Jul – 30 Sep 2024; "q2" / "quarter 2" → Apr–Jun 2024
//   "the quarter" / "q4" (forecast)                            → Oct – Dec 2024
//   "this year" / "ytd" / "in 2024" (a past figure)            → 1 Jan – 15 Oct 2024
//   "since april"                                              → 1 Apr – 15 Oct 2024
//   "last 3 month"                                             → Jul – Sep 2024
//   "last 6 months"                                            → Apr – Sep 2024
//   "last 12 months" / "trailing 12m" / "past twelve months"   → Oct 2023 – Sep 2024 (complete months)
//   "same month last year" (asked about sept)                  → Sep 2023
//   "month over month" / "mom" with no month named             → Sep 2024 against Aug 2024
//   "this contract year" ({mobile1} commitment)                → from 1 Mar 2024, its contract's anniversary
//   "before the end of the year" / "before new year"           → notice deadlines through 31 Dec 2024
//   "before july next year"                                    → contracts ending through 30 Jun 2025
//   "in the next 8 months"                                     → contracts ending through 15 Jun 2025
//   "90 days" of no usage                                      → the last 3 months of usage (Jul – Sep 2024)
// "Telecom" is the carriers and the mobile carriers (telecom + mobility), as in questions.ts;
// "mobility" the mobile carriers alone; "cloud" the FOCUS cloud providers (not SaaS).
// Placeholders as in questions.ts ({carrier2.short}, {ccDock.code}, {loc4}, {city2}, …). Names
// that exist nowhere (telstra, melbourne, salesforce) are written as they are;
// twelfthPlaceholderValues checks neither the names nor the company's data has them.
//
// Left out, as answers the checker cannot score: lines billed after their disconnect (the data
// plants none, and "none found" shows no figure to check), pending services (no service is
// pending), counts of disconnected services, "bottom N" rankings and breakdowns by service type
// (the checker ranks largest first, by the dimensions questions.ts knows). Two expectations are
// looser than the question: "the contracted rates on the {carrier2.short} agreement" is scored
// as that contract's id and end date (get_contract shows both with the rates), and "X minus Y"
// for two vendors as both vendors' figures.

const september: Range = ['2024-09-01', '2024-10-01'];
const august: Range = ['2024-08-01', '2024-09-01'];
const july: Range = ['2024-07-01', '2024-08-01'];
const q2: Range = ['2024-04-01', '2024-07-01'];
const q3: Range = ['2024-07-01', '2024-10-01'];
const ytd: Range = ['2024-01-01', '2024-10-16'];
const sinceApril: Range = ['2024-04-01', '2024-10-16'];
const lastThreeMonths: Range = ['2024-07-01', '2024-10-01'];
const lastSixMonths: Range = ['2024-04-01', '2024-10-01'];
const lastTwelveMonths: Range = ['2023-10-01', '2024-10-01'];
const september2023: Range = ['2023-09-01', '2023-10-01'];
const telecom: Domain[] = ['telecom', 'mobility'];
/** Notice deadlines before 1 Jan 2025 (exclusive). */
const endOfYear = '2025-01-01';
/** Contracts ending by 30 Jun 2025, that day included. */
const beforeJulyNextYear = '2025-07-01';
/** 15 Oct 2024 + 8 months = 15 Jun 2025, that day included. */
const eightMonthsOut = '2025-06-16';

export const twelfthCases: HeldoutCase[] = [
  // ================================================================ (a) procurement lead preparing renewals
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier2', show: 'end' },
    phrasings: ['prepping the {carrier2.short} renewal - when does their contract actually end?', 'end date on the {carrier2} agreement'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier2', show: 'notice' },
    phrasings: ['whats the last day we can give {carrier2.short} notice', "by when do we need to tell {carrier2.short} we won't renew"],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier1', show: 'notice' },
    phrasings: ['if we want out of {carrier1.short} what date does notice have to go in by', '{carrier1.short} msa notice deadline'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'saas2', show: 'end' },
    phrasings: ['does {saas2.short} auto renew? when is the term up'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier1', show: 'end' },
    phrasings: ['is the {carrier1.short} contract evergreen and when does the current term finish'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier2', show: 'end' },
    phrasings: ['pull up the contracted rates on the {carrier2.short} agreement'],
  },
  {
    tool: 'get_commitment_status',
    expect: { kind: 'commitment', vendor: 'mobile1' },
    phrasings: [
      'how are we tracking against the {mobile1.short} minimum commit',
      '{mobile1.short} committed spend vs actual for this contract year',
    ],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastTwelveMonths, vendors: ['carrier2'] },
    phrasings: ['total paid to {carrier2.short} over the last 12 months', 'trailing 12m spend with {carrier2.short} for the renewal deck'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastTwelveMonths, vendors: ['carrier1'] },
    phrasings: ['what have we spent with {carrier1} in the past twelve months'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', period: lastSixMonths, vendors: ['carrier2'], check: ['2024-05', '2024-09'] },
    phrasings: ['{carrier2.short} spend by month, last 6 months'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', period: sinceApril, vendors: ['carrier2'], check: ['2024-05', '2024-09'] },
    phrasings: ['month by month what we paid {carrier2.short} since april'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', period: ytd, vendors: ['carrier1'], check: ['2024-01', '2024-02', '2024-09'] },
    phrasings: ['monthly breakdown of {carrier1.short} invoices this year'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'mobile_line', period: september, vendors: ['mobile1'] },
    phrasings: ['what are we effectively paying per {mobile1.short} line? last month', 'avg cost per line on {mobile1.short} in september'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month', vendors: ['carrier2'] },
    phrasings: ['annualised {carrier2.short} spend at the current rate'],
  },
  {
    tool: 'find_notice_deadlines',
    expect: { kind: 'notice_window', through: endOfYear },
    phrasings: ['which renewals need a decision before the end of the year', 'any notice deadlines coming up before new year?'],
  },
  {
    tool: 'list_contracts',
    expect: { kind: 'ending_window', through: beforeJulyNextYear },
    phrasings: ['contracts expiring before july next year'],
  },
  {
    tool: 'list_contracts',
    expect: { kind: 'ending_window', through: eightMonthsOut },
    phrasings: ['what agreements run out in the next 8 months'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, vendors: ['saas1'] },
    phrasings: ['how much have we spent on {saas1.short} ytd'],
  },

  // ================================================================ (b) budget owner for one cost centre
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', month: '2024-09', costCenter: 'ccDock' },
    phrasings: ['{ccDock} budget vs actual for last month', 'is {ccDock.code} over budget in september?'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', month: '2024-10', costCenter: 'ccRevOps' },
    phrasings: ['where is {ccRevOps} vs budget this month', 'october budget check for {ccRevOps.code}'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', month: '2024-08', costCenter: 'ccFieldEng' },
    phrasings: ['did {ccFieldEng} stay inside its budget in august'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', month: '2024-09', costCenter: 'ccFieldEng' },
    phrasings: ['are we over on {ccFieldEng} for september', '{ccFieldEng.code} budget status last month'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'month', costCenters: ['ccFieldEng'] },
    phrasings: ['what will {ccFieldEng} land at for october', 'projected month-end spend for {ccFieldEng.code}'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'quarter', costCenters: ['ccDock'] },
    phrasings: ['where will {ccDock} finish the quarter', '{ccDock} q4 forecast'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'vendor', show: 3, costCenters: ['ccFieldEng'] },
    phrasings: [
      'whats driving {ccFieldEng} spend last month - by vendor pls',
      'which suppliers make up {ccFieldEng.code} costs in september',
    ],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q3, dimension: 'vendor', show: 3, costCenters: ['ccDock'] },
    phrasings: ['top 3 vendors for {ccDock} in q3'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, costCenters: ['ccTalent'] },
    phrasings: ['how much did {ccTalent} cost in september'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: september, comparedTo: august, costCenters: ['ccFieldEng'] },
    phrasings: ['why is {ccFieldEng} up in september compared with august'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget_over', month: '2024-09' },
    phrasings: ['which cost centres went over budget in september', 'anyone over budget last month?'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', period: sinceApril, costCenters: ['ccDock'], check: ['2024-04', '2024-09'] },
    phrasings: ['{ccDock} spend per month since april'],
  },

  // ================================================================ (c) non-native English speakers
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, domains: ['cloud'] },
    phrasings: ['how much costs the cloud in september?', 'cloud is costing how much for us in sept month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, vendors: ['mobile2'] },
    phrasings: ['what is the spend of {mobile2.short} for last month', 'please to give {mobile2} spend of previous month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: august, vendors: ['carrier1'] },
    phrasings: ['kindly share the {carrier1.short} invoice amount for august month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q3 },
    phrasings: ['please to give total spend of company for last quarter'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q2, domains: telecom },
    phrasings: ['do the needful and revert with telecom spend for the quarter 2'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], cities: ['city2'] },
    phrasings: ['how many mobile lines are there in {city2} office kindly tell'],
  },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['circuit'], locations: ['loc4'] },
    phrasings: ['kindly revert with list of circuits in {loc4}'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'vendor', show: 1 },
    phrasings: ['to which vendor we are paying maximum in last month?'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', month: '2024-10', costCenter: 'ccTalent' },
    phrasings: ['what is budget position of {ccTalent} for this month kindly share'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, domains: ['saas'] },
    phrasings: ['how much is costing saas to us in this year'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'mobile2', show: 'end' },
    phrasings: ['please share contract end date of {mobile2.short}'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastThreeMonths, vendors: ['carrier3'] },
    phrasings: ['{carrier3.short} spend for last 3 month please revert'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: september, comparedTo: august },
    phrasings: ['in september how much more we have paid than august?'],
  },
  {
    tool: 'find_zero_usage_lines',
    expect: { kind: 'zero_usage', months: 3 },
    phrasings: ['kindly provide the lines which are not used since 3 months'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'month' },
    phrasings: ['what will be the total spend at end of this month as per forecast'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: july, vendors: ['saas1'] },
    phrasings: ['kindly give {saas1.short} spend in the month of july'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['circuit'], cities: ['city4'] },
    phrasings: ['for {city4} office what is count of circuits'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier2', show: 'notice' },
    phrasings: ['till which date we can give notice to {carrier2.short}, please advise'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'cost_center', show: 3 },
    phrasings: ['kindly share top 3 cost centre as per spend of september'],
  },

  // ================================================================ (d) operations analyst, inventory hygiene
  {
    tool: 'find_zero_usage_lines',
    expect: { kind: 'zero_usage', months: 3 },
    phrasings: ['lines with zero usage last 90 days', 'any phones sitting idle for 3 months?'],
  },
  {
    tool: 'find_zero_usage_lines',
    expect: { kind: 'zero_usage', months: 6 },
    phrasings: ['which mobile lines had no data, calls or texts for six months'],
  },
  {
    tool: 'find_zero_usage_lines',
    expect: { kind: 'zero_usage', months: 2, vendors: ['mobile1'] },
    phrasings: ['{mobile1.short} lines with no usage the last two months'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: september },
    phrasings: ["how much of last month's spend isn't allocated to any cost centre", 'spend not charged back to a cost center in sept'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: q3 },
    phrasings: ['unallocated spend q3'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: september, domains: ['cloud'] },
    phrasings: ['untagged cloud cost in september'],
  },
  {
    tool: 'audit_invoices',
    expect: { kind: 'audit_not_in_inventory' },
    phrasings: ["are we billed for anything that isn't in our inventory?", "invoice lines with identifiers we don't have in inventory"],
  },
  {
    tool: 'audit_invoices',
    expect: { kind: 'audit_not_in_inventory', vendors: ['carrier3'] },
    phrasings: ["anything {carrier3.short} bills that's missing from inventory"],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['circuit'], locations: ['loc1a'] },
    phrasings: ['how many active circuits at {loc1a}'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['pots_line'], locations: ['loc4'] },
    phrasings: ['pots line count at {loc4}'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['voice_trunk'], cities: ['city1'] },
    phrasings: ['number of sip trunks in {city1}'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], vendors: ['mobile2'] },
    phrasings: ['how many {mobile2.short} lines are still active'],
  },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['pots_line'] },
    phrasings: ["list the analog lines we're still paying for"],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', sortBy: 'invoiced_cost', types: ['circuit'], period: september },
    phrasings: ['most expensive circuit on the september invoices'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', sortBy: 'data_mb', types: ['mobile_line'], period: september },
    phrasings: ['which line used the most data last month'],
  },
  {
    tool: 'list_disputes',
    expect: { kind: 'disputes' },
    phrasings: ['what disputes have we raised with carriers and did the credit come through?'],
  },

  // ================================================================ (e) comparisons and rankings, said unusually
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'location', show: 1 },
    phrasings: ['which site costs us the most? last month', 'most expensive office in september'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q3, dimension: 'location', show: 3 },
    phrasings: ['rank our sites by spend for q3'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'vendor', show: 2, vendors: ['carrier1', 'carrier2'] },
    phrasings: ['how did {carrier1.short} do against {carrier2.short} in september'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q3, dimension: 'vendor', show: 2, vendors: ['carrier2', 'carrier3'] },
    phrasings: ['{carrier2.short} minus {carrier3.short} for q3'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: september, comparedTo: august },
    phrasings: ['sept minus aug, total spend'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', dimension: 'vendor', period: september, comparedTo: august, direction: 'increase' },
    phrasings: ['which vendor had the biggest jump month over month', 'biggest mom increase by supplier, aug to sep'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: september, comparedTo: august, domains: telecom },
    phrasings: ['in percent how much up was telecom in september vs august'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q3, comparedTo: q2 },
    phrasings: ['quarter over quarter total spend, q3 vs q2'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q3, comparedTo: q2, domains: ['mobility'] },
    phrasings: ['qoq change in mobility spend q3 on q2'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', period: ytd, check: ['2024-09'] },
    phrasings: ['the costliest month this year?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q3, dimension: 'cost_center', show: 3 },
    phrasings: ['top 3 cost centres by spend last quarter'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', dimension: 'cost_center', period: q3, comparedTo: q2, direction: 'decrease' },
    phrasings: ['which cost centre dropped the most q3 vs q2'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'vendor', show: 2, vendors: ['mobile1', 'mobile2'] },
    phrasings: ['{mobile1.short} vs {mobile2.short} last month'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: september, comparedTo: september2023 },
    phrasings: ['how does sept stack up against the same month last year'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'vendor', show: 2 },
    phrasings: ['who are our two biggest suppliers this year'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', dimension: 'location', period: september, comparedTo: august, direction: 'increase' },
    phrasings: ['which site grew the most from august to september'],
  },

  // ================================================================ refused or clarified, no figure
  // Facts the data does not record.
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ["what's the uptime sla on the {carrier2.short} circuits", 'did {carrier3.short} hit 99.9% availability in september'],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['who approved the {carrier1.short} august invoice'],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['what handset models are on the {mobile1.short} lines'],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['when is the {carrier2.short} september invoice due', 'has the {carrier1.short} august bill been paid yet'],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['how many people work in {ccFieldSales}', 'cost per employee for {ccTalent} last month'],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['what is the latency on the {loc4} circuits'],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['ticket number for the {carrier3.short} outage last week'],
  },
  // Names the company does not have.
  {
    tool: null,
    expect: { kind: 'refuse', mentions: 'telstra' },
    phrasings: ['telstra spend last month', 'kindly share the spend of telstra for september'],
  },
  {
    tool: null,
    expect: { kind: 'refuse', mentions: 'melbourne' },
    phrasings: ['how many circuits in the melbourne office'],
  },
  {
    tool: null,
    expect: { kind: 'refuse', mentions: '{ghostCarrier.short}' },
    phrasings: ['{ghostCarrier.short} invoices for september'],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['{ghostCostCenter} budget for october'],
  },
  {
    tool: null,
    expect: { kind: 'refuse', mentions: 'salesforce' },
    phrasings: ['salesforce spend ytd'],
  },
  // Advice and what-ifs.
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['should we renew {carrier2.short} or go out to tender?', 'is {mobile1.short} a good deal vs the market'],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: [
      'if we cancel 10 {mobile1.short} lines what do we save a year',
      'what would q4 look like if {carrier2.short} put prices up 5%',
    ],
  },
  // Exclusions and thresholds.
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['total spend last month without the cloud', 'everything except {carrier1.short} in q3'],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['vendors over 10k last month', 'which cost centres spent more than 5000 in september'],
  },
  // Part of a month on monthly carrier invoices.
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['{carrier1.short} spend first two weeks of september', 'what did {mobile2.short} cost us between 10 and 20 august'],
  },
  // A word two cost centres start with.
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['{shared} spend last month', 'budget for {shared} in september'],
  },
];

/** Names the twelfth questions treat as absent from the company. */
const absentNames = /\b(telstra|melbourne|salesforce)\b/i;
const focusSample = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/external/focus/focus-1.0-sample.csv');

/** The base placeholder values; throws when a name these questions treat as absent is in the company. */
export function twelfthPlaceholderValues(enterprise: HeldoutEnterprise): Record<string, string> {
  const values = placeholderValues(enterprise.names);
  for (const [name, value] of Object.entries(values))
    if (absentNames.test(value)) throw new Error(`{${name}} = "${value}" is a name the twelfth questions treat as absent`);
  for (const file of [...enterprise.files.map((entry) => entry.path), focusSample]) {
    const found = absentNames.exec(readFileSync(file, 'utf8'));
    if (found) throw new Error(`${path.basename(file)} has "${found[0]}", a name the twelfth questions treat as absent`);
  }
  return values;
}
