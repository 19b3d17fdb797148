import { absentNamesPresent, assigneeOfOrdinaryLine } from './company-names.js';
import type { UnseenEnterprise } from './generate-unseen-enterprise.js';
import { placeholderValues, type Domain, type EvalCase, type Range } from './questions.js';

// The unseen split's fourteenth blind set, written without reading the planner, its tests or the
// earlier sets' questions, and with none of their wordings or personas. Five people typing:
//   (a) a procurement / vendor manager on contracts: "evergreen", "auto-renewal clause", "notice
//       window", "termination date", "when can we get out of", "co-term", "what do we commit to
//       per year", "true-up", "which agreements lapse this year", "how long is left on";
//   (b) a FinOps engineer who types FOCUS column names and SQL-ish filters literally: BilledCost,
//       ServiceCategory, ServiceName, ProviderName, RegionId, SubAccountId/SubAccountName, Tags,
//       ChargePeriodStart, BillingPeriodStart, "group by", "sum(BilledCost)", "2025-03", "2025-Q1";
//   (c) writers whose first language is not English (Indian, German, Spanish, French word orders
//       and idioms): "how much is the costs of", "give me please", "the vendor with more spend",
//       "since january", "kindly tell", "how many costs has", "april month", "not used since
//       three months", "the evolution of", "in the whole 2024", "do the needful";
//   (d) relative periods said many ways: "the past two quarters", "last 2 months", "previous
//       quarter", "the quarter before last", "two months ago", "since 3 months ago", "the last
//       three full months", "over the past half year", "this time last year", "same month last
//       year", "prior month", "MoM", "QoQ", "yesterday", "trailing twelve months", spelled-out numbers;
//   (e) an IT manager approving changes and checking inventory in short Slack bursts: lowercase,
//       no punctuation, emoji, "pls", "thx", "mo", "@ledgerline".
// Over a fifth must be refused or asked back with no figure: what the data does not record
// (leavers, the approval queue of others, early-termination fees, account managers, price
// escalators, shortfall penalties, invoice PDFs, ListCost, ResourceId, bandwidth utilisation, wifi
// passwords), names the company does not have (kpn, singtel, viettel, snowflake, rotterdam, cost
// center 4450, "human resources" — checked absent below), advice (co-terming, renew or tender),
// what-ifs, thresholds ("> 5000", "more than 10%", "more than 50 a month"), exclusions ("except
// {c1}"), a filter no tool has (ChargeCategory), "{c3}" alone (the carrier {c3Telekom} and its
// mobile brand {c3Connect}) and "store ops" (Store Ops West D-12 and Store Ops East D-14).
//
// As-of is Tue 20 May 2025 (unseenAsOf, 2025-05-20T12:00Z). Carrier and mobile invoices run
// January 2024 to April 2025 (billed in arrears, period_start the 1st; April is the last invoiced
// month); SaaS is charged monthly on the 1st from January 2024 to May 2025; the cloud's daily FOCUS
// rows run 1 July 2024 to 19 May 2025 (there is no cloud spend before July 2024, so no cloud
// question here reaches back before it). On that calendar:
//   "last month", "prior month", "april month", "2025-04" and "last mo" are April 2025
//   [2025-04-01, 2025-05-01); "two months ago", "the month before last", "march" and "2025-03"
//   are March 2025; "the whole 2024" is calendar 2024;
//   "previous quarter", "last quarter", "the first quarter of this year", "Q1", "2025-Q1" are
//   Jan–Mar 2025; "the quarter before last" is Oct–Dec 2024; "the past two quarters" is the two
//   last complete quarters, Oct 2024–Mar 2025 [2024-10-01, 2025-04-01);
//   "last 2 months" is the two last complete months, Mar–Apr 2025 [2025-03-01, 2025-05-01);
//   "last three months", "last 3 full months", "the last three full months", "for the last three
//   months, one by one" are Feb–Apr 2025 [2025-02-01, 2025-05-01);
//   "over the past half year", "past six months" are Nov 2024–Apr 2025 [2024-11-01, 2025-05-01);
//   "trailing twelve months" is May 2024–Apr 2025 [2024-05-01, 2025-05-01);
//   "since 3 months ago" is from 1 February 2025 to today [2025-02-01, 2025-05-21);
//   "since january", "this year", "in this year", "since the beginning of the year", "YTD",
//   "ChargePeriodStart >= '2025-01-01'" are 1 January–20 May 2025 [2025-01-01, 2025-05-21);
//   "this month", "MTD", "BillingPeriodStart = 2025-05-01" are 1–20 May 2025 [2025-05-01, 2025-05-21)
//   (the cloud's rows stop on the 19th); "so far this quarter" is [2025-04-01, 2025-05-21);
//   "yesterday" is 19 May 2025 [2025-05-19, 2025-05-20) (cloud only: its last daily row);
//   "since september" / "since 2024-07" month by month are checked on Sep 2024, Dec 2024 and Apr
//   2025 / Jul 2024, Dec 2024 and Apr 2025; "past six months month by month" on Nov 2024, Jan
//   2025 and Apr 2025.
//   "MoM" is April vs March 2025; "QoQ" is Q1 2025 vs Q4 2024; "this time last year" and "same
//   month last year" after "last month"/"prior month" are April 2024; "same quarter a year
//   earlier" after "last quarter" is Jan–Mar 2024.
//   Usage months: "not used since three months", "nothing used in the last three months", "idle"
//   and "zero usage" (the tool's default) are Feb–Apr 2025 (the last three usage months); a
//   line's usage "last mo" is April and "two months ago" March 2025. A unit cost "per month in
//   average" with no period is April 2025's invoices.
//   Budgets: "this month" is May 2025, "for the month of april" April 2025, "the month before
//   last" March 2025. A run-rate "off the last three months" is the Feb–Apr 2025 average.
//   Contracts (notice deadline = end date − notice days when auto-renewing, else the end date):
//   "the next 30 days" of notice deadlines runs to 19 June 2025 (through 20 June; only the first
//   carrier's, 2 June, falls inside — the next is 30 September); "the next six months" of notice
//   deadlines to 20 November 2025 (through 21 November: 2 June, 30 September and 1 November inside,
//   30 December outside); "expire in the next 90 days" runs to 18 August 2025 (through 19 August:
//   30 June inside, 31 August outside); "lapse this year" is end dates through 31 December 2025.

const april: Range = ['2025-04-01', '2025-05-01'];
const march: Range = ['2025-03-01', '2025-04-01'];
const q1: Range = ['2025-01-01', '2025-04-01'];
const q4: Range = ['2024-10-01', '2025-01-01'];
const q1Of2024: Range = ['2024-01-01', '2024-04-01'];
const april2024: Range = ['2024-04-01', '2024-05-01'];
const year2024: Range = ['2024-01-01', '2025-01-01'];
const pastTwoQuarters: Range = ['2024-10-01', '2025-04-01'];
const lastTwoMonths: Range = ['2025-03-01', '2025-05-01'];
const lastThreeMonths: Range = ['2025-02-01', '2025-05-01'];
const pastHalfYear: Range = ['2024-11-01', '2025-05-01'];
const trailingTwelveMonths: Range = ['2024-05-01', '2025-05-01'];
const sinceThreeMonthsAgo: Range = ['2025-02-01', '2025-05-21'];
const ytd: Range = ['2025-01-01', '2025-05-21'];
const mtd: Range = ['2025-05-01', '2025-05-21'];
const qtd: Range = ['2025-04-01', '2025-05-21'];
const yesterday: Range = ['2025-05-19', '2025-05-20'];
const lastThreeUsageMonths = ['2025-02', '2025-03', '2025-04'];
/** The README's definition: telecom spend is everything invoiced, mobility carriers included. */
const telecom: Domain[] = ['telecom', 'mobility'];

export const fourteenthCases: EvalCase[] = [
  // ---------------------------------------------------------------- (a) procurement / vendor manager
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier2', show: 'notice' },
    phrasings: ['is the {c2} agreement evergreen?'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'saas2', show: 'notice' },
    phrasings: ['{s2} auto-renewal clause - how many days notice do we have to give and by when'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'mobile1', show: 'notice' },
    phrasings: ['notice window on the {m1Name} corporate account'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier2', show: 'end' },
    phrasings: ['termination date for {c2Name}'],
  },
  {
    // Debatable: "get out of" an auto-renewing contract is read as the last day to give notice
    // (2 June 2025), not its end date (31 August 2025); a right answer shows the deadline.
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier1', show: 'notice' },
    phrasings: ['when can we get out of {c1}'],
  },
  {
    tool: 'get_commitment_status',
    expect: { kind: 'commitment', vendor: 'cloud' },
    phrasings: ['what do we commit to per year with {cl}'],
  },
  {
    tool: 'get_commitment_status',
    expect: { kind: 'commitment', vendor: 'mobile1' },
    phrasings: ['are we heading for a true-up on the {m1} commitment?'],
  },
  {
    // Debatable: "lapse" is read as "end date this year" (list_contracts), auto-renewing ones
    // included — whether they lapse depends on the notice the company gives.
    tool: 'list_contracts',
    expect: { kind: 'ending_window', through: '2026-01-01' },
    phrasings: ['which agreements lapse this year'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier3', show: 'end' },
    phrasings: ['how long is left on the {c3Telekom} framework'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'mobile2', show: 'end' },
    phrasings: ['how long is left on {c3Connect}?'],
  },
  {
    // The notice deadline (16 May 2025) passed four days before as-of: a right answer says so.
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'saas1', show: 'notice' },
    phrasings: ['can we still give {s1} notice or are we locked in for another year'],
  },
  {
    tool: 'find_notice_deadlines',
    expect: { kind: 'notice_window', through: '2025-06-20' },
    phrasings: ['notice windows closing in the next 30 days'],
  },
  {
    tool: 'find_notice_deadlines',
    expect: { kind: 'notice_window', through: '2025-11-21' },
    phrasings: ['what notice deadlines come up over the next six months'],
  },
  {
    tool: 'list_contracts',
    expect: { kind: 'ending_window', through: '2025-08-19' },
    phrasings: ['which contracts expire in the next 90 days'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'cloud', show: 'end' },
    phrasings: ['how long are we tied to {cl} for'],
  },
  {
    // Not auto-renewing: the notice deadline is the end date (31 January 2027).
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier3', show: 'notice' },
    phrasings: ['does the {c3Telekom} contract auto renew or does it just stop'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'saas2', show: 'end' },
    phrasings: ['when does the {s2} enterprise licence run out'],
  },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['should we co-term {s1} with the {s2} renewal?'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['early termination fee if we exit {c1} now?'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['who is our account manager at {c2}'] },
  {
    // The contract file records rates, not how they escalate.
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['is there a CPI price escalator in the {m1} contract'],
  },
  {
    // The committed annual amount is recorded; a penalty for missing it is not.
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ["what's the shortfall penalty if we undershoot the {cl} commit"],
  },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['renew {c2} or go out to tender, what do you recommend'] },

  // ---------------------------------------------------------------- (b) FinOps engineer, FOCUS columns
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: april, dimension: 'service_category' },
    phrasings: ['BilledCost by ServiceCategory last month'],
  },
  {
    // Written as a refusal, corrected by the lead engineer after scoring: get_spend reports FOCUS
    // EffectiveCost (costType "effective") and the planner shows billed and effective side by
    // side; in this company the two are equal on every row, so both lines show Q1's figure.
    tool: 'get_spend',
    expect: { kind: 'spend', period: q1, vendors: ['cloud'] },
    phrasings: ['EffectiveCost vs BilledCost for {clName} 2025-Q1'],
  },
  {
    // No tool filters by charge category; the carriers' roaming lines are usage charges too, so an
    // unfiltered total would be silently wrong.
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ["sum(BilledCost) where ChargeCategory = 'Usage' last month"],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: april, dimension: 'region', vendors: ['cloud'] },
    phrasings: ['{clName} BilledCost 2025-04 group by RegionId'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: lastThreeMonths, dimension: 'sub_account', vendors: ['cloud'] },
    phrasings: ['BilledCost by SubAccount for {cl}, last 3 full months'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: march, services: ['lakehouse'] },
    phrasings: ["sum(BilledCost) where ServiceName = '{svcLakehouse}' 2025-03"],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: march, vendors: ['cloud'] },
    phrasings: ["sum(BilledCost) 2025-03 where ProviderName = '{clName}'"],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, serviceCategories: ['Databases'] },
    phrasings: ["select sum(BilledCost) where ServiceCategory = 'Databases' and ChargePeriodStart >= '2025-01-01'"],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q1, dimension: 'service_name', vendors: ['cloud'] },
    phrasings: ['BilledCost by ServiceName, ProviderName = {clName}, 2025-Q1'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: mtd, subAccounts: ['sandbox'] },
    phrasings: ["SubAccountName = 'Dev Sandbox' BilledCost MTD"],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastThreeMonths, regions: ['ap'] },
    phrasings: ['RegionId = ap-southeast-5 sum(BilledCost) last three full months'],
  },
  {
    // The cost-center tag is on FOCUS rows only: the cloud rows tagged 8810 (no SaaS row is).
    tool: 'get_spend',
    expect: { kind: 'spend', period: april, costCenters: ['ccLoyalty'], domains: ['cloud'] },
    phrasings: ['{cl} BilledCost where Tags.cost-center = 8810, 2025-04'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'vendor', domains: ['cloud', 'saas'] },
    phrasings: ['BilledCost by ProviderName YTD, cloud and saas providers only'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: mtd, vendors: ['cloud'] },
    phrasings: ['BillingPeriodStart = 2025-05-01, ProviderName = {clName}, sum(BilledCost)'],
  },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ["ListCost vs BilledCost for {cl} last month, what's our discount"] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['top 10 ResourceId by BilledCost last month'] },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q1, dimension: 'vendor', serviceCategories: ['Business Applications'] },
    phrasings: ["ServiceCategory = 'Business Applications' BilledCost by ProviderName 2025-Q1"],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: april, subAccounts: ['data'], services: ['compute'] },
    phrasings: ["sum(BilledCost) where SubAccountId = '{subData}' and ServiceName = '{svcCompute}' 2025-04"],
  },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['ServiceName having sum(BilledCost) > 5000 last month'] },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: q1, vendors: ['cloud'] },
    phrasings: ['{cl} BilledCost with no cost-center tag, 2025-Q1'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: april, comparedTo: march, vendors: ['cloud'] },
    phrasings: ['{clName} BilledCost 2025-04 vs 2025-03'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', check: ['2024-07', '2024-12', '2025-04'], vendors: ['cloud'] },
    phrasings: ['{clName} sum(BilledCost) by month since 2024-07'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: april, dimension: 'sub_account', serviceCategories: ['Compute'] },
    phrasings: ['ServiceCategory = Compute, BilledCost group by SubAccountId, last month'],
  },
  { tool: null, expect: { kind: 'refuse', mentions: ['snowflake'] }, phrasings: ['snowflake BilledCost last month'] },

  // ---------------------------------------------------------------- (c) non-native English writers
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: april, vendors: ['mobile1'] },
    phrasings: ['how much is the costs of {m1} in the last month?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, vendors: ['saas2'] },
    phrasings: ['give me please the spend of {s2} for this year'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'vendor', show: 1 },
    phrasings: ['which is the vendor with more spend in this year?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, vendors: ['carrier2'] },
    phrasings: ['what is the amount we are paying to {c2} since january'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['mobile_line'], vendors: ['mobile1'] },
    phrasings: ['kindly tell the number of lines we are having with {m1}'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: march, vendors: ['cloud'] },
    phrasings: ['how many costs has {cl} in march?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: april, dimension: 'vendor' },
    phrasings: ['the spending of last month for each vendor please'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q1, domains: telecom },
    phrasings: ['please tell me the total of telecom for the first quarter of this year'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: april, cities: ['city3'] },
    phrasings: ['how much we have spent for {city3} in april month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q1, costCenters: ['ccMaintenance'] },
    phrasings: ['kindly share the spend for cost centre 4410 for last quarter'],
  },
  {
    // "Per month in average" with no period: the last invoiced month, the tool's usual reading.
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'circuit', period: april, vendors: ['carrier2'] },
    phrasings: ['what costs one circuit of {c2} in average per month'],
  },
  {
    // Debatable between the spend of the last month and the monthly run-rate: both show April's
    // figure (the run-rate's monthly basis is the last full month), so either tool is right.
    tool: ['get_spend', 'get_run_rate'],
    expect: { kind: 'spend', period: april, vendors: ['saas1'] },
    phrasings: ['how much costs us {s1} every month?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: april, dimension: 'cost_center', show: 1 },
    phrasings: ['which cost centre has spent the most money in the last month, please?'],
  },
  {
    // French "depuis trois mois": no usage in each of the last three usage months.
    tool: 'find_zero_usage_lines',
    expect: { kind: 'zero_usage', months: lastThreeUsageMonths },
    phrasings: ['the lines which are not used since three months, please'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['circuit'], cities: ['city1'] },
    phrasings: ['we are having how many circuits in {city1}?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, vendors: ['cloud'], costCenters: ['ccPricing'] },
    phrasings: ['is it possible to know the spend of {cl} for the pricing engine in this year?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q1, dimension: 'location', show: 1, domains: telecom },
    phrasings: ['in which location we are spending more for telecom in the Q1?'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', check: ['2024-09', '2024-12', '2025-04'], vendors: ['cloud'] },
    phrasings: ['tell me please the evolution of the {cl} spend month per month since september'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: year2024, vendors: ['mobile2'] },
    phrasings: ['what we paid to {c3Connect} in the whole 2024?'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', check: ['2025-02', '2025-03', '2025-04'], vendors: ['carrier1'] },
    phrasings: ['I need the amount of {c1} for the last three months, one by one'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: april, comparedTo: march, domains: ['mobility'] },
    phrasings: ['can you please to compare the mobile spend of april with the one of march'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'vendor', show: 5 },
    phrasings: ['give me please the 5 vendors with more spend since the beginning of the year'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccStoreWest', month: '2025-04' },
    phrasings: ['the budget of D-12 for the month of april, it is respected or no?'],
  },
  {
    tool: null,
    expect: { kind: 'refuse', mentions: ['{c3Telekom}', '{c3Connect}'] },
    phrasings: ['how much is the costs of {c3} in this year?'],
  },
  {
    // Invoice lines are recorded; the invoice document is not.
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['kindly do the needful and send me the {c2} invoice pdf of april'],
  },
  { tool: null, expect: { kind: 'refuse', mentions: ['kpn'] }, phrasings: ['how much we are paying to kpn since january?'] },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['please give me the spend of all the vendors except {c1} for last month'],
  },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['what will be the saving if we cancel the half of the {m1} lines?'] },

  // ---------------------------------------------------------------- (d) relative periods
  {
    // Debatable: "the past two quarters" read as the two last complete quarters (Q4 2024 and Q1
    // 2025), not Q1 plus the quarter to date.
    tool: 'get_spend',
    expect: { kind: 'spend', period: pastTwoQuarters, vendors: ['carrier2'] },
    phrasings: ['{c2} spend the past two quarters'],
  },
  {
    // Debatable: "last 2 months" read as the two last complete months (March and April), not the
    // last 60 days.
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastTwoMonths, vendors: ['mobile1'] },
    phrasings: ['{m1} last 2 months'],
  },
  { tool: 'get_spend', expect: { kind: 'spend', period: q1, domains: ['saas'] }, phrasings: ['saas spend previous quarter'] },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q4, costCenters: ['ccFulfilment'] },
    phrasings: ['d-20 spend the quarter before last'],
  },
  { tool: 'get_spend', expect: { kind: 'spend', period: march, vendors: ['cloud'] }, phrasings: ['what did {cl} cost two months ago'] },
  {
    // Debatable: "since 3 months ago" read from the start of that month (1 February 2025) to
    // today; a day-exact reading would start on 20 February and leave out February's invoice.
    tool: 'get_spend',
    expect: { kind: 'spend', period: sinceThreeMonthsAgo, vendors: ['carrier3'] },
    phrasings: ['{c3Telekom} since 3 months ago'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastThreeMonths, domains: telecom },
    phrasings: ['telecom spend over the last three full months'],
  },
  {
    // Debatable: "the past half year" read as the six last complete months, Nov 2024–Apr 2025.
    tool: 'get_spend',
    expect: { kind: 'ranking', period: pastHalfYear, dimension: 'vendor', show: 5 },
    phrasings: ['top five vendors over the past half year'],
  },
  {
    // Debatable: "this time last year" after "last month" read as April 2024.
    tool: 'compare_spend',
    expect: { kind: 'compare', period: april, comparedTo: april2024 },
    phrasings: ['how does last month compare to this time last year'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: april, comparedTo: april2024, vendors: ['saas3'] },
    phrasings: ['{s3} prior month vs same month last year'],
  },
  {
    // Debatable: "MoM" with no month read on the last complete month, April vs March 2025.
    tool: 'compare_spend',
    expect: { kind: 'compare', period: april, comparedTo: march, vendors: ['cloud'] },
    phrasings: ['{cl} MoM'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q1, comparedTo: q4, domains: telecom },
    phrasings: ['telecom QoQ'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', check: ['2024-11', '2025-01', '2025-04'], vendors: ['carrier1'] },
    phrasings: ['{c1} past six months month by month'],
  },
  { tool: 'get_spend', expect: { kind: 'spend', period: yesterday, vendors: ['cloud'] }, phrasings: ['{cl} spend yesterday'] },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: qtd, costCenters: ['ccQuality'] },
    phrasings: ['quality lab spend so far this quarter'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q1, comparedTo: q1Of2024, domains: telecom },
    phrasings: ['telecom last quarter vs the same quarter a year earlier'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', period: april, comparedTo: march, dimension: 'vendor', direction: 'increase' },
    phrasings: ['which vendor went up the most MoM'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', period: q1, comparedTo: q4, dimension: 'cost_center', direction: 'decrease' },
    phrasings: ['cost center with the biggest drop QoQ'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'trailing_3_months', vendors: ['saas2'] },
    phrasings: ['{s2} run rate off the last three months'],
  },
  {
    tool: 'get_line_usage',
    expect: { kind: 'line_usage', line: 'someLine', month: '2025-03' },
    phrasings: ['data used on {line1} two months ago'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', types: ['circuit'], sortBy: 'invoiced_cost', period: april, show: 5 },
    phrasings: ['five most expensive circuits prior month'],
  },
  { tool: 'get_realized_savings', expect: { kind: 'realized_savings', period: q1 }, phrasings: ['savings realized previous quarter'] },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget_over', month: '2025-03' },
    phrasings: ['who was over budget the month before last'],
  },
  {
    // Debatable: "trailing twelve months" read as the twelve last complete months, May 2024–Apr 2025.
    tool: 'get_spend',
    expect: { kind: 'spend', period: trailingTwelveMonths },
    phrasings: ['total spend trailing twelve months'],
  },
  {
    tool: 'find_zero_usage_lines',
    expect: { kind: 'zero_usage', vendors: ['mobile1'], months: lastThreeUsageMonths },
    phrasings: ['{m1} lines with nothing used in the last three months'],
  },
  { tool: null, expect: { kind: 'refuse', mentions: ['singtel'] }, phrasings: ['singtel spend the past two quarters'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['4450'] }, phrasings: ['cc 4450 spend last 3 months'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['which vendors grew more than 10% QoQ'] },
  {
    tool: null,
    expect: { kind: 'refuse', mentions: ['rotterdam'] },
    phrasings: ['spend at the rotterdam warehouse previous quarter'],
  },

  // ---------------------------------------------------------------- (e) IT manager, short Slack bursts
  {
    // Leavers are not recorded: the inventory has assignees, no employment status.
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['any lines still active for people who left?'],
  },
  {
    tool: 'find_billed_after_disconnect',
    expect: { kind: 'billed_after_disconnect' },
    phrasings: ['disconnected lines still billing?'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: april },
    phrasings: ['how much spend had no cost center last month'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['circuit'], locations: ['loc2'] },
    phrasings: ['how many circuits at {city2} bakery'],
  },
  {
    // Debatable: the tools list the asker's own MACD requests (list_my_requests) and one request
    // by number, not the requests waiting for someone's approval; a right answer says so.
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ["what's pending approval"],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['voice_trunk'] },
    phrasings: ['@ledgerline how many sip trunks we got thx'],
  },
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['pots_line'], locations: ['loc1a'] },
    phrasings: ['pots lines at {city1} mill pls'],
  },
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['circuit'], locations: ['loc2'], status: 'disconnected' },
    phrasings: ['disconnected circuits at {city2} bakery?'],
  },
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['mobile_line'], assignee: 'someLineAssignee' },
    phrasings: ['lines for {personLower}'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['mobile_line'], assignee: 'someLineAssignee' },
    phrasings: ['how many lines does {person} have 📱'],
  },
  {
    tool: 'get_line_usage',
    expect: { kind: 'line_usage', line: 'someLine', month: '2025-04' },
    phrasings: ['{line1} usage last mo'],
  },
  {
    tool: 'find_zero_usage_lines',
    expect: { kind: 'zero_usage', months: lastThreeUsageMonths },
    phrasings: ['idle lines 👀'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['mobile_line'], costCenters: ['ccStoreEast'] },
    phrasings: ['active mobiles in d-14?'],
  },
  {
    // The idle lines are all the first mobile carrier's: asked of the second, the right answer is
    // "none", which this expectation kind cannot check, so it asks of the first.
    tool: 'find_zero_usage_lines',
    expect: { kind: 'zero_usage', vendors: ['mobile1'], months: lastThreeUsageMonths },
    phrasings: ['@ledgerline zero usage lines on {m1Name} pls'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['circuit'], locations: ['loc4'] },
    phrasings: ['circuits at {city4} freight yard + what they cost a month'],
  },
  {
    tool: 'audit_invoices',
    expect: { kind: 'audit', finding: 'overbilling' },
    phrasings: ['anything wrong on the {c2} invoices'],
  },
  { tool: 'list_disputes', expect: { kind: 'disputes' }, phrasings: ['where are we w/ the {c2} dispute'] },
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['circuit'], vendors: ['carrier3'], locations: ['loc2'] },
    phrasings: ['{c3Telekom} circuits at the bakery'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['pots_line'] },
    phrasings: ['how many alarm / fax lines do we still have'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccPackaging', month: '2025-05' },
    phrasings: ['packaging over budget this month?'],
  },
  { tool: null, expect: { kind: 'refuse', mentions: ['viettel'] }, phrasings: ['viettel circuits at {city4} yard'] },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['which circuits are running over 80% bandwidth utilisation'],
  },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['lines costing more than 50 a month'] },
  {
    tool: null,
    expect: { kind: 'refuse', mentions: ['Store Ops West', 'Store Ops East'] },
    phrasings: ['how many lines in store ops'],
  },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ["what's the wifi password at {city1} mill"] },
  { tool: null, expect: { kind: 'refuse', mentions: ['human resources'] }, phrasings: ['human resources lines?'] },
];

/** Names the refusals use as names this company does not have. */
const absentNames = ['kpn', 'singtel', 'viettel', 'snowflake', 'rotterdam', 'human resources'];
/** A cost-center code the refusals use as one this company does not have. */
const absentCodes = ['4450'];

/**
 * The unseen split's placeholders and this set's own: full vendor names, the cloud's FOCUS
 * ProviderName and two of its ServiceNames, and the ordinary line's assignee as the inventory file
 * has it. Refuses a seed whose company has a name or code written here as absent.
 */
export function fourteenthPlaceholderValues(enterprise: UnseenEnterprise): Record<string, string> {
  const { names } = enterprise;
  const { vendors } = names;
  const present = absentNamesPresent(enterprise, absentNames);
  const codes = Object.values(names.costCenters).map((costCenter) => costCenter.code);
  present.push(...absentCodes.filter((code) => codes.includes(code)));
  if (present.length > 0) throw new Error(`the fourteenth set's absent names exist in this company: ${present.join(', ')}`);

  const person = assigneeOfOrdinaryLine(enterprise);

  return {
    ...placeholderValues(enterprise),
    c1Name: vendors.carrier1.name,
    c2Name: vendors.carrier2.name,
    m1Name: vendors.mobile1.name,
    clName: vendors.cloud.name,
    svcLakehouse: names.cloud.services.lakehouse,
    svcCompute: names.cloud.services.compute,
    person,
    personLower: person.toLowerCase(),
  };
}
