import { absentNamesPresent } from './company-names.js';
import type { UnseenEnterprise } from './generate-unseen-enterprise.js';
import type { Domain, EvalCase, Range } from './questions.js';

// The twentieth blind set, written without reading the planner or the other sets' questions.
//
// Personas (about a fifth each):
//  (a) a new-hire analyst in week one: full sentences, apologetic, wrong-but-close words —
//      "invoices" for spend, "plans" for contracts, "accounts" for vendors, "departments" for cost
//      centres, "phones" for mobile lines, "the cloud bill";
//  (b) an approver on a phone between meetings: two to five words, no verbs, abbreviations;
//  (c) someone asking for a comparison or a ranking with a condition that changes it;
//  (d) an auditor asking where a number comes from, for the records behind it, and for lists of
//      invoices, accounts and disputes;
//  (e) relative dates said in words against named months and quarters.
//
// As-of (generate-unseen-enterprise.ts): Tue 20 May 2025. Invoices run January 2024 – April 2025
// (monthly, counted on period_start); cloud FOCUS rows are daily from 1 Jul 2024 to 19 May 2025;
// SaaS rows are monthly, charged on the 1st (May 2025 already charged).
//
// How each relative period is read:
//  - "last month" April 2025; "the month before last" March 2025; "this month"/"mtd" 1–20 May 2025;
//    "ytd" 1 Jan – 20 May 2025; "q1" Jan–Mar 2025; "this quarter" Q2 2025.
//  - "the month after february" March 2025; "two months before april" February 2025;
//    "three months after november" February 2025 (the most recent November is November 2024);
//    "the two months after january" February–March 2025; "the month after january" February 2025.
//  - "the quarter before last": this quarter is Q2 2025, last quarter Q1 2025, so Q4 2024.
//    "the month after the quarter before last" January 2025.
//  - "Q1 of the year before" Q1 2024 (the year before this one); "the same month a year before
//    march" March 2024.
//  - "the quarter after q1" Q2 2025 so far (1 April – 20 May; SaaS has April and May charged).
//  - "two months before the month before last" January 2025.
//  - "the first week of march" on cloud: 1–7 March 2025 (the first seven days; 1 March was a
//    Saturday, so a Monday-start week would be 3–9 March — debatable, see below).
//  - "the last business day of april" on cloud: Wednesday 30 April 2025.
//  - "the first monday of march" on cloud: 3 March 2025. "the 15th of march" on cloud: that day.
//  - "the second half of february" on cloud: 15–28 February 2025.
//  - "the last 10 days of april" on cloud: 21–30 April 2025.
//  - "the first week of the quarter before last" on cloud: 1–7 October 2024.
//  - "from the month after september to the month before last" on cloud: October 2024 – March 2025.
//  - Any part of a month on monthly bills (carriers, mobility) is refused: each bill counts on the
//    first of the month it covers (README, "Asking questions").
//  - "renewals 60d": notice deadlines in the next 60 days, through 18 July 2025 (as questions.ts).
//
// Conditions (persona c), read against src/domain:
//  - expressed by the tools and scored: "among the SaaS vendors only" (domains), "only active"
//    (inventory status), "telecom only"/"mobile only"/"just compute"/"just the prod sub account"
//    (spend filters), "the ones over budget" (get_budget_status lists the over ones), "among the
//    retail ones" (a cost-centre subtree), "excluding the sandbox" (the two other sub-accounts);
//  - refused: "in EUR"/"in euros" (no exchange rate anywhere: answers never convert), per employee
//    or head (no headcount), per square metre, adjusted for inflation, "paid late" (no payment
//    data), outage minutes (no SLA data);
//  - expressed by the tools (spend filters take chargeTypes) but not computable by any expectation
//    kind, so left out where they change the figure: "excluding taxes", "just the recurring
//    charges", "without credits" on carrier invoices. They are asked only where they change
//    nothing (see debatable readings).
//
// Debatable readings (each marked "debatable" at its case):
//  1. "excluding taxes" on the cloud and "without credits" on a carrier with no credits are the
//     plain totals: the FOCUS export carries no tax rows, and the one credit is carrier2's in
//     January 2025. A product that declines them fails here.
//  2. "just the recurring charges" on a SaaS vendor is its total: every SaaS row is a recurring
//     subscription (ChargeFrequency Recurring, ChargeCategory Purchase).
//  3. "renewals 60d" read as notice deadlines, not end dates.
//  4. "the first week of march" read as 1–7 March, not the Monday-start week of 3–9 March.
//  5. "each department" and "cc spend" read as every cost centre with spend, not a top ten.
//  6. "where does the X figure come from" / "list the X billing accounts with april spend" scored
//     by the figure itself (the carrier's total, the main account's figure): the answer that
//     shows the figure with its source is the one a careful analyst accepts.
//  7. "which invoices make up X" refused: no tool lists the invoices behind a spend figure (only
//     the audit and the disputes name invoices).
//  8. "what is our biggest account" (new hire, "account" for vendor, no period) as the top vendor
//     last month, the tools' default period.
//  9. "the same quarter the year before" read as Q2 2024, the whole quarter.
//  10. "the quarter after q1" as Q2 2025 to date.

const lastMonth: Range = ['2025-04-01', '2025-05-01'];
const march: Range = ['2025-03-01', '2025-04-01'];
const february: Range = ['2025-02-01', '2025-03-01'];
const january: Range = ['2025-01-01', '2025-02-01'];
const q1: Range = ['2025-01-01', '2025-04-01'];
const q4: Range = ['2024-10-01', '2025-01-01'];
const q1Of2024: Range = ['2024-01-01', '2024-04-01'];
const q2Of2024: Range = ['2024-04-01', '2024-07-01'];
const q2SoFar: Range = ['2025-04-01', '2025-07-01'];
const march2024: Range = ['2024-03-01', '2024-04-01'];
const ytd: Range = ['2025-01-01', '2025-05-21'];
const mtd: Range = ['2025-05-01', '2025-05-21'];
const febAndMarch: Range = ['2025-02-01', '2025-04-01'];
const firstWeekOfMarch: Range = ['2025-03-01', '2025-03-08'];
const lastBusinessDayOfApril: Range = ['2025-04-30', '2025-05-01'];
const firstMondayOfMarch: Range = ['2025-03-03', '2025-03-04'];
const fifteenthOfMarch: Range = ['2025-03-15', '2025-03-16'];
const secondHalfOfFebruary: Range = ['2025-02-15', '2025-03-01'];
const lastTenDaysOfApril: Range = ['2025-04-21', '2025-05-01'];
const firstWeekOfOctober2024: Range = ['2024-10-01', '2024-10-08'];
/** The README's definition: telecom spend is everything invoiced, mobility carriers included. */
const telecom: Domain[] = ['telecom', 'mobility'];

/** Names typed as absent: checked against the company in the placeholder function. */
const absentNames = ['aws', 'gcp', 'zoom', 'finance', 'hr'] as const;

export const twentiethCases: EvalCase[] = [
  // ================================================================ (a) the new hire, week one
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, vendors: ['carrier1'] },
    phrasings: [
      'Hi! Sorry if this is a basic question, but how much were the invoices from {c1} last month?',
      'What was the total of the {c1} invoices for April?',
    ],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, domains: ['cloud'] },
    phrasings: ['How big was the cloud bill in April?', 'Can you tell me what the cloud bill came to last month?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: march, domains: ['mobility'] },
    phrasings: ['How much were the phone invoices in March?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, costCenters: ['ccTreasury'] },
    phrasings: ['What is the invoice total for the {ccTreasury} department this year so far?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: march, vendors: ['carrier2'] },
    phrasings: ['What did we spend on the {c2} account in March?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: lastMonth, dimension: 'cost_center' },
    // debatable 5: every cost centre with spend.
    phrasings: ['How much did each department spend last month?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: lastMonth, dimension: 'vendor', show: 1 },
    // debatable 8: "account" for vendor, no period given.
    phrasings: ['I am new here, so maybe a dumb question: what is our biggest account?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q1, dimension: 'vendor', show: 3 },
    phrasings: ['Which three accounts did we pay the most invoices to in the first quarter?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: lastMonth, dimension: 'service_name', domains: ['cloud'] },
    phrasings: ["What's on the cloud bill by service for last month?"],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['mobile_line'] },
    phrasings: ['How many phones does the company have?', 'Quick one: how many company phones are there in total?'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['mobile_line'], costCenters: ['ccStoreWest'] },
    phrasings: ['How many phones are in the {ccStoreWest} department?'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'mobile1', show: 'end' },
    phrasings: ['Could you tell me when our plan with {m1} ends?'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier2', show: 'notice' },
    phrasings: ["When do we have to tell {c2} if we don't want the plan to renew?"],
  },
  {
    tool: 'list_contracts',
    expect: { kind: 'ending_window', through: '2026-01-01' },
    phrasings: ['Which plans are ending this year?', 'Do any of our plans run out before the end of 2025?'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccPackaging', month: '2025-04' },
    phrasings: ['Is the {ccPackaging} department over its budget for April?'],
  },
  {
    tool: 'list_disputes',
    expect: { kind: 'disputes' },
    phrasings: ['Which accounts do we have open disputes with?'],
  },
  {
    tool: 'find_zero_usage_lines',
    expect: { kind: 'zero_usage', months: ['2025-02', '2025-03', '2025-04'] },
    phrasings: ['Are there phones that nobody has used in the last three months?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, vendors: ['saas1'] },
    phrasings: ['How much have the {s1} invoices added up to this year?'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: lastMonth },
    phrasings: ['How much of last month is not assigned to any department?'],
  },
  {
    tool: null,
    expect: { kind: 'refuse', mentions: ['hr'] },
    phrasings: ['What does the HR department spend on phones?'],
  },
  {
    tool: null,
    expect: { kind: 'refuse', mentions: ['zoom'] },
    phrasings: ['How much is the Zoom account costing us every month?'],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: [
      'What is the due date on the {c1} invoice?',
      'Who is our account manager at {m1}?',
      'How many people work in the {ccTreasury} department?',
    ],
  },

  // ================================================================ (b) the approver on a phone
  { tool: 'get_spend', expect: { kind: 'spend', period: mtd, vendors: ['cloud'] }, phrasings: ['{cl} mtd'] },
  { tool: 'get_spend', expect: { kind: 'spend', period: q1, vendors: ['mobile1'] }, phrasings: ['{m1} q1'] },
  { tool: 'get_spend', expect: { kind: 'spend', period: mtd, domains: ['saas'] }, phrasings: ['saas mtd'] },
  { tool: 'get_spend', expect: { kind: 'spend', period: ytd, costCenters: ['ccStoreEast'] }, phrasings: ['{ccStoreEastCode} ytd'] },
  { tool: 'get_spend', expect: { kind: 'spend', period: lastMonth, costCenters: ['ccPricing'] }, phrasings: ['{ccPricingCode} apr'] },
  {
    tool: 'get_spend',
    // debatable 5: every cost centre with spend.
    expect: { kind: 'ranking', period: q1, dimension: 'cost_center' },
    phrasings: ['cc spend q1'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'vendor', show: 5 },
    phrasings: ['top 5 vendors ytd'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: lastMonth, dimension: 'cost_center', show: 1 },
    phrasings: ['top cc apr'],
  },
  {
    tool: ['get_spend', 'compare_spend'],
    expect: { kind: 'ranking', period: q1, dimension: 'vendor', vendors: ['carrier1', 'carrier2'] },
    phrasings: ['{c1} vs {c2} q1'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: lastMonth, comparedTo: march, domains: ['mobility'] },
    phrasings: ['mobile apr vs mar'],
  },
  {
    tool: 'find_notice_deadlines',
    // debatable 3: renewals as notice deadlines.
    expect: { kind: 'notice_window', through: '2025-07-19' },
    phrasings: ['renewals 60d', 'notice dates next 60d'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccStoreWest', month: '2025-05' },
    phrasings: ['budget status {ccStoreWestCode}'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccQuality', month: '2025-04' },
    phrasings: ['{ccQualityCode} budget apr'],
  },
  { tool: 'get_budget_status', expect: { kind: 'budget_over', month: '2025-04' }, phrasings: ['over budget apr', 'who blew budget apr'] },
  { tool: 'list_disputes', expect: { kind: 'disputes' }, phrasings: ['{c2} disputes', 'open disputes?'] },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['circuit'], cities: ['city3'] },
    phrasings: ['circuits {city3} #'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['mobile_line'], vendors: ['mobile1'] },
    phrasings: ['{m1} lines #'],
  },
  { tool: 'get_contract', expect: { kind: 'contract', vendor: 'saas1', show: 'end' }, phrasings: ['{s1} renewal date'] },
  { tool: 'get_commitment_status', expect: { kind: 'commitment', vendor: 'cloud' }, phrasings: ['{cl} commit status'] },
  { tool: 'get_realized_savings', expect: { kind: 'realized_savings', period: ytd }, phrasings: ['savings ytd'] },
  { tool: 'get_unallocated_spend', expect: { kind: 'unallocated', period: lastMonth }, phrasings: ['unalloc apr'] },
  { tool: 'forecast_spend', expect: { kind: 'forecast', horizon: 'year' }, phrasings: ['fcst eoy'] },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month', vendors: ['saas2'] },
    phrasings: ['run rate {s2}'],
  },
  {
    tool: 'find_zero_usage_lines',
    expect: { kind: 'zero_usage', months: ['2025-02', '2025-03', '2025-04'] },
    phrasings: ['zero usage lines'],
  },
  { tool: null, expect: { kind: 'refuse', mentions: ['aws'] }, phrasings: ['aws mtd'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['finance'] }, phrasings: ['budget status finance'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['hr'] }, phrasings: ['hr budget apr'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['gcp'] }, phrasings: ['gcp q1'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['{gCarrier}'] }, phrasings: ['{gCarrier} lines #'] },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['payroll q1', 'headcount {ccStoreWestCode}', '{c1} wk 12'],
  },

  // ================================================================ (c) a comparison or ranking with a condition
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: lastMonth, dimension: 'vendor', domains: ['saas'], show: 3 },
    phrasings: ['top 3 vendors last month, among the saas vendors only', 'rank vendors by april spend — saas ones only'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'location', domains: ['mobility'] },
    phrasings: ['rank sites by spend ytd but only mobile'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: lastMonth, dimension: 'cost_center', domains: telecom, show: 3 },
    phrasings: ['top 3 cost centres last month, telecom only'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: lastMonth, dimension: 'service_name', subAccounts: ['prod'] },
    phrasings: ['rank cloud services last month, just the {subProdName} sub account'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q1, dimension: 'region', serviceCategories: ['Compute'] },
    phrasings: ['which cloud region cost most in q1, compute only'],
  },
  {
    tool: 'get_spend',
    // An exclusion the tools express: the other two sub-accounts.
    expect: { kind: 'ranking', period: march, dimension: 'sub_account', subAccounts: ['prod', 'data'] },
    phrasings: ['rank the cloud sub accounts by march spend, excluding the sandbox'],
  },
  {
    tool: 'get_spend',
    // debatable 1: no credit in April.
    expect: { kind: 'ranking', period: lastMonth, dimension: 'vendor', show: 3 },
    phrasings: ['top 3 vendors last month without credits'],
  },
  {
    tool: 'get_spend',
    // debatable 1: carrier1 has no credit.
    expect: { kind: 'spend', period: q1, vendors: ['carrier1'] },
    phrasings: ['{c1} q1 total without credits'],
  },
  {
    tool: 'compare_spend',
    // debatable 1: the FOCUS export has no tax rows.
    expect: { kind: 'compare', period: q1, comparedTo: q4, vendors: ['cloud'] },
    phrasings: ['compare {cl} q1 vs q4 excluding taxes'],
  },
  {
    tool: 'get_spend',
    // debatable 2: every SaaS row is a recurring subscription.
    expect: { kind: 'spend', period: ytd, vendors: ['saas1'] },
    phrasings: ['{s1} ytd, just the recurring charges'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: lastMonth, comparedTo: march, domains: telecom },
    phrasings: ['how does april compare to march if we only look at telecom'],
  },
  {
    tool: 'rank_spend_changes',
    expect: {
      kind: 'spend_change',
      period: lastMonth,
      comparedTo: march,
      dimension: 'cost_center',
      direction: 'increase',
      costCenters: ['ccRetail'],
    },
    phrasings: ['which cost centre grew most in april vs march, among the retail ones only'],
  },
  {
    tool: 'rank_spend_changes',
    expect: {
      kind: 'spend_change',
      period: lastMonth,
      comparedTo: march,
      dimension: 'vendor',
      direction: 'increase',
      domains: ['saas'],
    },
    phrasings: ['biggest increase april vs march among the saas vendors'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget_over', month: '2025-04' },
    phrasings: [
      'rank the cost centres by april spend, but only the ones over budget',
      'which departments went over budget in april and by how much',
    ],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['circuit'], cities: ['city1'], status: 'active' },
    phrasings: ['how many circuits in {city1}, only active'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['mobile_line'], vendors: ['mobile2'], status: 'active' },
    phrasings: ['count the {c3Connect} lines, only the active ones'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['circuit'], status: 'disconnected' },
    phrasings: ['how many circuits do we have, only counting the disconnected ones'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', types: ['circuit'], sortBy: 'invoiced_cost', period: lastMonth, vendors: ['carrier2'], show: 3 },
    phrasings: ['3 most expensive circuits last month, {c2} only'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'mobile_line', period: lastMonth, vendors: ['mobile1'] },
    phrasings: ['average cost per line last month, {m1} lines only'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q1Of2024, dimension: 'vendor', domains: telecom, show: 3 },
    phrasings: ['top 3 carriers in q1 of the year before, telecom only'],
  },
  { tool: null, expect: { kind: 'refuse', mentions: ['eur'] }, phrasings: ['top 5 vendors q1 in EUR', '{c1} q1 vs q4 in euros'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['aws'] }, phrasings: ['compare {cl} and aws for q1'] },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: [
      'rank cost centres by spend per employee last month',
      'top sites by spend per square metre ytd',
      'compare q1 vs q4 spend adjusted for inflation',
      'top 5 vendors ytd, only the invoices we paid late',
      'rank the carriers by outage minutes this year',
    ],
  },

  // ================================================================ (d) the auditor
  {
    tool: 'get_spend',
    // debatable 6: the figure with its source.
    expect: { kind: 'spend', period: lastMonth, vendors: ['carrier1'] },
    phrasings: ['where does the {c1} april spend figure come from', 'how do you get to the {c1} number for april?'],
  },
  {
    tool: 'get_spend',
    // debatable 6: the main account's figure must be among the accounts shown.
    expect: { kind: 'spend', period: lastMonth, carrierAccounts: ['carrier1'] },
    phrasings: ['list the {c1} billing accounts with april spend for each'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q1, carrierAccounts: ['carrier1'] },
    phrasings: ['how much was billed on account {acct1} in q1'],
  },
  {
    tool: 'audit_invoices',
    expect: { kind: 'audit', finding: 'overbilling' },
    phrasings: ['show me the records behind the {c2} overbilling', 'which {c2} charges are above the contracted rate'],
  },
  {
    tool: 'audit_invoices',
    expect: { kind: 'audit', finding: 'notInInventory' },
    phrasings: ["show me the invoice lines for circuits that aren't in our inventory"],
  },
  {
    tool: 'audit_invoices',
    expect: { kind: 'audit', finding: 'all' },
    phrasings: ['list every finding from the invoice audit', 'which invoices have audit exceptions on them'],
  },
  {
    tool: 'find_billed_after_disconnect',
    expect: { kind: 'billed_after_disconnect' },
    phrasings: ['which services were still invoiced after their disconnect date, with the evidence'],
  },
  {
    tool: 'list_disputes',
    expect: { kind: 'disputes' },
    phrasings: [
      'list the invoices we are disputing',
      'all disputes with invoice numbers and amounts please',
      'has {c2} credited the overbilling dispute yet',
    ],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: lastMonth },
    phrasings: ["how much of april's spend can't be traced to a cost centre"],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: q1, domains: ['cloud'] },
    phrasings: ['which q1 cloud costs have no cost-centre tag, in total'],
  },
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['circuit'], vendors: ['carrier2'] },
    phrasings: ['list the {c2} circuits behind their bill'],
  },
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['mobile_line'], costCenters: ['ccStoreWest'] },
    phrasings: ['which mobile lines make up the {ccStoreWestCode} mobile spend'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier1', show: 'end' },
    phrasings: ['show me the contract record for {c1}'],
  },
  {
    tool: 'find_notice_deadlines',
    expect: { kind: 'notice_window', through: '2025-07-01' },
    phrasings: ['which contract records drive the notice dates this quarter'],
  },
  {
    tool: null,
    // debatable 7: no tool lists the invoices behind a spend figure.
    expect: { kind: 'refuse' },
    phrasings: ['which invoices make up the {c2} april spend', 'show me every invoice number behind the q1 mobile total'],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: [
      'how do you know?',
      'where does this number come from',
      'show me the records behind it',
      'who approved the {c1} march invoice',
      'send me the {c2} january invoice pdf',
      'which invoices were paid late this year',
    ],
  },

  // ================================================================ (e) relative dates in words
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: march, domains: ['cloud'] },
    phrasings: ['cloud spend the month after february'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: february, vendors: ['mobile1'] },
    phrasings: ['{m1} two months before april', 'what did {m1} cost three months after november'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: march, vendors: ['carrier2'] },
    phrasings: ['{c2} spend the month before last'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q4, vendors: ['carrier2'] },
    phrasings: ['{c2} the quarter before last'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q1Of2024, vendors: ['carrier1'] },
    phrasings: ['{c1} in Q1 of the year before'],
  },
  {
    tool: 'get_spend',
    // debatable 9.
    expect: { kind: 'spend', period: q2Of2024, domains: telecom },
    phrasings: ['telecom spend in the same quarter the year before'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: march2024, domains: ['saas'] },
    phrasings: ['saas spend the same month a year before march'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: febAndMarch, domains: ['mobility'] },
    phrasings: ['mobile spend for the two months after january'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: january, domains: telecom },
    phrasings: ['telecom spend in the month after the quarter before last'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: january, domains: ['mobility'] },
    phrasings: ['mobility two months before the month before last'],
  },
  {
    tool: 'get_spend',
    // debatable 10.
    expect: { kind: 'spend', period: q2SoFar, domains: ['saas'] },
    phrasings: ['saas spend in the quarter after q1'],
  },
  {
    tool: 'get_spend',
    // debatable 4: 1–7 March.
    expect: { kind: 'spend', period: firstWeekOfMarch, vendors: ['cloud'] },
    phrasings: ['{cl} spend in the first week of march'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastBusinessDayOfApril, domains: ['cloud'] },
    phrasings: ['cloud spend on the last business day of april'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: firstMondayOfMarch, vendors: ['cloud'] },
    phrasings: ['{cl} on the first monday of march'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: fifteenthOfMarch, domains: ['cloud'] },
    phrasings: ['cloud cost on the 15th of the month after february'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: secondHalfOfFebruary, vendors: ['cloud'] },
    phrasings: ['{cl} the second half of february'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastTenDaysOfApril, services: ['lakehouse'] },
    phrasings: ['lakehouse spend over the last 10 days of april'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: firstWeekOfOctober2024, domains: ['cloud'] },
    phrasings: ['cloud spend in the first week of the quarter before last'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: february, comparedTo: january, vendors: ['mobile1'] },
    phrasings: ['{m1}: the month after january vs january'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q1, comparedTo: q4, domains: ['cloud'] },
    phrasings: ['cloud last quarter vs the quarter before last'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q1, comparedTo: q1Of2024, vendors: ['carrier1'] },
    phrasings: ['{c1} q1 vs q1 of the year before'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', check: ['2024-10', '2024-12', '2025-03'], vendors: ['cloud'] },
    phrasings: ['{cl} month by month from the month after september to the month before last'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', period: march, comparedTo: february, dimension: 'vendor', direction: 'increase' },
    phrasings: ['which vendor grew most in the month after february, vs february'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccTreasury', month: '2025-03' },
    phrasings: ['{ccTreasury} budget for the month before last'],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: [
      '{c1} spend in the first week of march',
      'mobile spend on the last business day of april',
      '{c2} the second half of february',
      '{m1} from the 10th to the 20th of the month after february',
      'telecom spend the first week of the quarter before last',
    ],
  },
];

/** The values the placeholders stand for, from the generated company. */
export function twentiethPlaceholderValues(enterprise: UnseenEnterprise): Record<string, string> {
  const present = absentNamesPresent(enterprise, absentNames);
  if (present.length > 0) throw new Error(`the twentieth set types as absent names this company has: ${present.join(', ')}`);
  const { names, key } = enterprise;
  const { vendors, cities, costCenters } = names;
  const ghostCarrier = names.ghosts.carrierShort;
  if (absentNamesPresent(enterprise, [ghostCarrier]).length > 0) throw new Error(`the ghost carrier ${ghostCarrier} exists`);
  return {
    c1: vendors.carrier1.short,
    c2: vendors.carrier2.short,
    c3Connect: vendors.mobile2.name,
    m1: vendors.mobile1.short,
    s1: vendors.saas1.short,
    s2: vendors.saas2.short,
    cl: vendors.cloud.short,
    city1: cities.city1.toLowerCase(),
    city3: cities.city3.toLowerCase(),
    ccTreasury: costCenters.ccTreasury.name,
    ccStoreWest: costCenters.ccStoreWest.name,
    ccPackaging: costCenters.ccPackaging.name,
    ccStoreWestCode: costCenters.ccStoreWest.code.toLowerCase(),
    ccStoreEastCode: costCenters.ccStoreEast.code.toLowerCase(),
    ccPricingCode: costCenters.ccPricing.code,
    ccQualityCode: costCenters.ccQuality.code,
    subProdName: names.cloud.subAccounts.prod.name.toLowerCase(),
    acct1: key.accounts.carrier1,
    gCarrier: ghostCarrier,
  };
}
