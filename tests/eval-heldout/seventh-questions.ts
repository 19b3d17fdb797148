import type { HeldoutEnterprise } from './generate-heldout-enterprise.js';
import { placeholderValues, type Domain, type HeldoutCase, type Range } from './questions.js';

// The seventh blind set over the held-out company, written without reading the planner, its
// tests or the earlier blind sets' wordings. Five people, each typing the way they work:
//   (a) a procurement / vendor manager getting ready for renewal calls (MSA, notice, auto-renew,
//       commit, "for the renewal call tomorrow, …", trailing twelve months);
//   (b) a FinOps engineer in the weekly cost review (k8s, ec2, rds, mom, qtd, mtd, untagged,
//       "week of sept 16", sub-accounts, regions);
//   (c) a telecom expense analyst closing the month (disputes, the invoice audit, idle lines,
//       chargeback, budget vs actual, realized savings);
//   (d) a regional IT lead responsible for a few sites (site names, two sites at once, cost per
//       site, inventory at a site);
//   (e) an executive assistant asking on behalf of a VP, in polite Teams sentences.
// Plus questions that must be refused or clarified with no figure: negotiation advice, market
// benchmarks, contract clause text, per-head ratios, exclusions and thresholds, weeks of
// monthly invoice data, a fiscal period, "my sites", licence logins, handsets, SOWs, names the
// company does not have, and chores that are not questions about the data.
//
// As-of is Tue 15 Oct 2024: invoices run Aug 2023 – Sep 2024 (monthly, one period each), SaaS
// charges Aug 2023 – Oct 2024 (billed in advance on the 1st), the real FOCUS cloud sample is
// September 2024 only, by the hour. "Last month" is September, "this month" / "mtd" / "qtd"
// 1–15 October, "last quarter" Q3, "last 12 months" Oct 2023 – Sep 2024, "last 6 months"
// Apr – Sep 2024. Usage is imported through September 2024.
// Placeholders as in questions.ts ({carrier1.short}, {ccYard.code}, {loc2}, {city4}, …). Names
// that exist nowhere (starlink, megaport, equinix, christchurch, a legal department) are
// written as they are; seventhPlaceholderValues checks the company has none of them.

const september: Range = ['2024-09-01', '2024-10-01'];
const august: Range = ['2024-08-01', '2024-09-01'];
const july: Range = ['2024-07-01', '2024-08-01'];
const june: Range = ['2024-06-01', '2024-07-01'];
const monthToDate: Range = ['2024-10-01', '2024-10-16'];
const q2: Range = ['2024-04-01', '2024-07-01'];
const q3: Range = ['2024-07-01', '2024-10-01'];
const ytd: Range = ['2024-01-01', '2024-10-16'];
const lastThreeMonths: Range = ['2024-07-01', '2024-10-01'];
const lastSixMonths: Range = ['2024-04-01', '2024-10-01'];
const lastTwelveMonths: Range = ['2023-10-01', '2024-10-01'];
const september2023: Range = ['2023-09-01', '2023-10-01'];
const august2023: Range = ['2023-08-01', '2023-09-01'];
/** Monday 16 – Sunday 22 September 2024: the FOCUS sample is hourly, so a week of it is a real figure. */
const weekOfSeptember16: Range = ['2024-09-16', '2024-09-23'];
const telecom: Domain[] = ['telecom', 'mobility'];
const endOfYear = '2025-01-01';
/** 15 Oct 2024 + 60 days = 14 Dec 2024, that day included. */
const sixtyDaysOut = '2024-12-15';
/** Through 30 June 2025. */
const endOfJune2025 = '2025-07-01';

export const seventhCases: HeldoutCase[] = [
  // ================================================================ (a) procurement / vendor manager, renewals
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastTwelveMonths, vendors: ['carrier2'] },
    phrasings: [
      'for the renewal call tomorrow, what have we paid {carrier2.short} in total over the last 12 months?',
      '{carrier2.typo} trailing twelve month spend pls',
    ],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, vendors: ['saas2'] },
    phrasings: ['need our ytd {saas2.short} number before the QBR with their account team'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q3, vendors: ['saas1'] },
    phrasings: ['{saas1.short} q3 total for the renewal file'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: september, comparedTo: september2023, vendors: ['carrier2'] },
    phrasings: ['has {carrier2.short} gotten more expensive since this time last year? sept vs sept'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q3, comparedTo: q2, vendors: ['mobile2'] },
    phrasings: ['{mobile2.short} spend q3 vs q2 — are we growing with them?'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier2', show: 'notice' },
    phrasings: [
      "what's the last date we can tell {carrier2.short} we're not renewing",
      '{carrier2.short} opt-out deadline before it auto-rolls?',
    ],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'saas1', show: 'end' },
    phrasings: ['going into the {saas1.short} negotiation: when does our current term with them end?'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'mobile2', show: 'notice' },
    phrasings: ['is the {mobile2.short} agreement auto-renewing, and by when do they need our notice'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier1', show: 'end' },
    phrasings: ['{carrier1.short} msa expiry'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier1', show: 'notice' },
    phrasings: ['{carrier1.short} msa — notice date if we want out at the end of the term'],
  },
  {
    tool: 'get_commitment_status',
    expect: { kind: 'commitment', vendor: 'mobile1' },
    phrasings: [
      'how much more do we need to spend with {mobile1.short} to hit the annual minimum',
      '{mobile1.short} comitment — how far along are we',
    ],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month', vendors: ['saas2'] },
    phrasings: ['what are we worth to {saas2.short} per year at the current monthly rate'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'vendor', show: 3, domains: ['saas'] },
    phrasings: ["rank the saas vendors by this year's spend, highest first"],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'cost_center', show: 2, vendors: ['saas1'] },
    phrasings: ['which cost centres is the {saas1.short} spend charged to this year, biggest first'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: lastTwelveMonths, dimension: 'vendor', show: 3, domains: telecom },
    phrasings: ['carrier spend over the last 12 months, ranked'],
  },
  {
    tool: 'find_notice_deadlines',
    expect: { kind: 'notice_window', through: sixtyDaysOut },
    phrasings: ['any auto-renewals I need to get ahead of in the next 60 days?'],
  },
  {
    tool: 'list_contracts',
    expect: { kind: 'ending_window', through: endOfJune2025 },
    phrasings: ['which agreements expire between now and the end of june 2025'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'circuit', period: september, vendors: ['carrier1'] },
    phrasings: ['what are we paying {carrier1.short} per circuit on average right now'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', dimension: 'vendor', period: q3, comparedTo: q2, direction: 'increase' },
    phrasings: ["which supplier's bill grew the most from q2 to q3"],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', period: lastSixMonths, check: ['2024-04', '2024-09'], vendors: ['carrier1'] },
    phrasings: ['{carrier1.short} month by month for the last six months, I want to show the trend in the deck'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'year', vendors: ['carrier2'] },
    phrasings: ['where does {carrier2.short} land for full-year 2024 at the current pace'],
  },

  // ================================================================ (b) FinOps engineer, weekly cost review
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: weekOfSeptember16, vendors: ['AWS'] },
    phrasings: ['aws spend for the week of sept 16', 'aws billed cost 9/16 - 9/22'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'region', show: 2, serviceNames: ['Amazon Elastic Compute Cloud'] },
    phrasings: ['ec2 by region, sept'],
  },
  {
    tool: 'get_spend',
    expect: {
      kind: 'spend',
      period: september,
      serviceNames: ['Amazon Elastic Container Service for Kubernetes', 'Azure Kubernetes Service'],
    },
    phrasings: ['total k8s spend last month, eks + aks'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'service_name', show: 5, vendors: ['AWS'] },
    phrasings: ['what were the five biggest aws services by cost last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'vendor', show: 3, domains: ['cloud'] },
    phrasings: ['aws vs azure vs oci, sept'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'account', show: 3, domains: ['cloud'] },
    phrasings: ['top 3 cloud subaccounts by spend for sep'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, serviceCategories: ['Networking'] },
    phrasings: ['networking costs across every cloud provider, september'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, regions: ['eu-central-1'] },
    phrasings: ['eu-central-1 billed cost in sept?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, vendors: ['AWS'], regions: ['us-west-2'] },
    phrasings: ['us-west-2 aws charges, sep'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, vendors: ['Microsoft'], serviceCategories: ['Compute'] },
    phrasings: ['sept compute charges on azure'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, serviceNames: ['Amazon Relational Database Service'] },
    phrasings: ['how much did rds run us in september'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, subAccounts: ['Atlas Orion'] },
    phrasings: ['atlas orion subaccount cost sept'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: monthToDate, domains: ['saas'] },
    phrasings: ['saas qtd'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: september, domains: ['cloud'] },
    phrasings: ['what share of sept cloud spend had no cost center tag'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: monthToDate },
    phrasings: ['unallocated mtd'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: july, comparedTo: june, vendors: ['saas3'] },
    phrasings: ['{saas3.short} mom for july — did the seat reduction show up?'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', period: ytd, check: ['2024-01', '2024-07'], domains: ['saas'] },
    phrasings: ['saas by month, jan to date'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'quarter', vendors: ['AWS'] },
    phrasings: ['aws q4 forecast'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'month', domains: ['saas'] },
    phrasings: ['projected saas bill for october'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month', vendors: ['Microsoft'] },
    phrasings: ['azure annualized run rate'],
  },

  // ================================================================ (c) telecom expense analyst, month-end close
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, domains: telecom },
    phrasings: ['sept close — total telco + wireless invoiced'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, vendors: ['carrier3'] },
    phrasings: ['{carrier3.short} sept invoice total, all charges in'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, vendors: ['mobile1'], costCenters: ['ccDock'] },
    phrasings: ['sept {mobile1.short} charges for {ccDock.code}'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: august, dimension: 'cost_center', show: 3, domains: telecom },
    phrasings: ['split august telco spend across cost centres'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: september, domains: telecom },
    phrasings: ['sept telecom charges with no cost centre to bill back to — total?'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: september, comparedTo: august, vendors: ['carrier1'] },
    phrasings: ['{carrier1.short} invoice aug -> sept, what moved'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: august, comparedTo: august2023, domains: ['mobility'] },
    phrasings: ['mobility yoy for aug'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', period: lastTwelveMonths, check: ['2023-10', '2024-09'], domains: ['mobility'] },
    phrasings: ['wireless spend per month, trailing 12 mo'],
  },
  {
    tool: 'list_disputes',
    expect: { kind: 'disputes' },
    phrasings: [
      'has the {carrier2.short} overbilling dispute been credited on a later invoice yet',
      'where do our carrier billing disputes stand',
    ],
  },
  {
    tool: 'audit_invoices',
    expect: { kind: 'audit_not_in_inventory', vendors: ['carrier3'] },
    phrasings: [
      "is {carrier3.short} billing us for anything that isn't in our inventory?",
      "audit the {carrier3.short} invoices for circuit ids we don't recognise",
    ],
  },
  {
    tool: 'find_zero_usage_lines',
    expect: { kind: 'zero_usage', months: 3 },
    phrasings: ['zero-usage lines, 3 straight months', 'which phones have sat unused since july'],
  },
  {
    tool: 'find_zero_usage_lines',
    expect: { kind: 'zero_usage', months: 6, vendors: ['mobile1'] },
    phrasings: ['{mobile1.short} lines with no calls, texts or data for six months'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], vendors: ['mobile2'] },
    phrasings: ['active line count on {mobile2.short} for the close'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['circuit'] },
    phrasings: ['how many active circuits are we being billed for across all carriers'],
  },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['voice_trunk'], vendors: ['carrier1'] },
    phrasings: ['{carrier1.short} sip trunk inventory w/ monthly cost'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', sortBy: 'invoiced_cost', types: ['mobile_line'], period: august },
    phrasings: ['which wireless number had the biggest charges in aug'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', sortBy: 'data_mb', types: ['mobile_line'], period: september, vendors: ['mobile1'] },
    phrasings: ['biggest data consumer on {mobile1.short} last month'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'circuit', period: august, groupBy: 'location' },
    phrasings: ['for the aug close: average circuit cost at each location'],
  },
  {
    tool: 'get_realized_savings',
    expect: { kind: 'realized_savings', period: q3 },
    phrasings: ['q3 realized savings #', 'q3 savings from the lines and circuits we cut'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget_over', month: '2024-09' },
    phrasings: ['sept budget overruns by cost center'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', month: '2024-09', costCenter: 'ccYard' },
    phrasings: ['was {ccYard.code} within budget last month'],
  },

  // ================================================================ (d) regional IT lead for a few sites
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q3, cities: ['city4'] },
    phrasings: ['q3 spend for the {city4} site'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastThreeMonths, locations: ['loc1b'] },
    phrasings: ['{loc1b} spend over the last 3 months'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, cities: ['city3'] },
    phrasings: ['what has {city3} cost us so far in 2024, all vendors'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, domains: ['mobility'], cities: ['city4'] },
    phrasings: ['ytd wireless spend at {city4}'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q3, dimension: 'location', show: 1 },
    phrasings: ['which site cost us the most in q3'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'location', show: 3, vendors: ['carrier1'] },
    phrasings: ['site-by-site {carrier1.short} charges for sept'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'cost_center', show: 2, cities: ['city2'] },
    phrasings: ['break {city2} sept costs down by cost centre'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: september, comparedTo: august, locations: ['loc2'] },
    phrasings: ['{loc2}: sept up or down on aug?'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', period: lastSixMonths, check: ['2024-04', '2024-09'], cities: ['city1'] },
    phrasings: ['{city1} spend by month, last 6 months'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', dimension: 'location', period: q3, comparedTo: q2, direction: 'decrease' },
    phrasings: ['biggest site-level drop in spend, q2 → q3'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'year', cities: ['city3'] },
    phrasings: ['where will {city3} end up for the year'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['circuit'], locations: ['loc2', 'loc3'] },
    phrasings: ['how many circuits at {loc2} and {loc3} combined'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['voice_trunk'], locations: ['loc1a'] },
    phrasings: ['# sip trunks at {loc1a}'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], locations: ['loc3'] },
    phrasings: ['how many mobile phones are out at {loc3}'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['circuit'], vendors: ['carrier2'], cities: ['city1'] },
    phrasings: ['{city1}: how many circuits is {carrier2.short} providing'],
  },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['circuit'], vendors: ['carrier3'], locations: ['loc4'] },
    phrasings: ['{carrier3.short} circuits at {loc4} + what each one costs a month'],
  },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['pots_line'], locations: ['loc4'] },
    phrasings: ['pull up every pots line we have at {loc4}'],
  },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['circuit'], locations: ['loc1b'] },
    phrasings: ['what circuits are at {loc1b}'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'mobile_line', period: august, groupBy: 'location' },
    phrasings: ['average monthly cost of a phone at each site in august'],
  },

  // ================================================================ (e) executive assistant asking for a VP
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q3 },
    phrasings: ['Hi! My VP asked how much we spent on technology in total last quarter - could you pull that for me?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'cost_center', show: 5 },
    phrasings: ['On behalf of my VP: could you list the top five cost centres by spend year to date?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q3, dimension: 'vendor', show: 1 },
    phrasings: ['Quick one for my VP — who was our single biggest supplier by spend in Q3?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q3, domains: telecom, cities: ['city4'] },
    phrasings: ['The VP is asking how much of our Q3 telecom spend was in {city4}.'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, costCenters: ['ccCommercial'] },
    phrasings: ['How much has {ccCommercial} spent this year? My VP owns that area.'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q3, comparedTo: q2 },
    phrasings: ['Could I get Q3 against Q2 for total spend? The VP wants to see whether we are trending up.'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', period: ytd, check: ['2024-02', '2024-09'] },
    phrasings: ["She'd like to see our total spend month by month for this year, please."],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'quarter' },
    phrasings: ['Roughly where will Q4 total spend come in, based on what we know so far?'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month', domains: ['mobility'] },
    phrasings: ['The VP would like a single number: what is our annual run rate on mobility?'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'mobile1', show: 'end' },
    phrasings: ['Could you tell me when our contract with {mobile1} expires? My VP is meeting them next week.'],
  },
  {
    tool: 'find_notice_deadlines',
    expect: { kind: 'notice_window', through: endOfYear },
    phrasings: ['Does my VP have any contract notice dates to act on before 31 December?'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget_over', month: '2024-09' },
    phrasings: ['My boss would like to know whether any department went over its budget last month.'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'] },
    phrasings: ["For the VP's staff meeting: how many mobile lines are we paying for in total?"],
  },
  {
    tool: 'get_realized_savings',
    expect: { kind: 'realized_savings', period: ytd },
    phrasings: ['My VP asked what our cost-reduction work has actually saved in 2024 so far.'],
  },

  // ================================================================ must be refused or clarified, with no figure
  // Negotiation advice and market comparisons: no tool has them.
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['how much leverage do we have with {carrier2.short} going into the renewal'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['what discount should we push {saas1.short} for at renewal'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['are we paying {carrier1.short} above market for our 1 gig internet circuits'] },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['My VP wants our telecom spend benchmarked against similar-sized companies, can you do that?'],
  },
  // Contract text, SLA credits, SOWs, licence logins and handsets are not in the data.
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['what does the price escalator clause in the {carrier2.short} agreement say'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['uptime credits {carrier3.short} owes us for the sept outage'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['is there a sow on file for the {carrier2.short} dark fiber build'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['how many people actually logged into {saas2.short} last month'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['which {mobile2.short} lines are on old handsets due for an upgrade'] },
  // Per-head ratios: no headcount in the data.
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['cloud spend per head in {ccFieldEng.partial}', 'mobile lines per employee at {loc2}'],
  },
  // Exclusions and thresholds.
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['outside of {city1}, how many phones have we got?'] },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['list saas subscriptions above 2k/month', 'cost centres that spent under 1k in sept'],
  },
  // Weeks of monthly invoice data, a fiscal period, and "my sites" (no one's sites are recorded).
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['telecom spend last week', 'what did {mobile1.short} charge us in the past 7 days'],
  },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['fy24 q4 carrier spend'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['spend across my sites last month'] },
  // Names this company does not have.
  { tool: null, expect: { kind: 'refuse', mentions: 'starlink' }, phrasings: ['how much are we paying starlink'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'megaport' }, phrasings: ['megaport spend q3'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'equinix' }, phrasings: ['equinix cross-connect charges last month'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'legal' }, phrasings: ['legal dept telecom spend this year'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'christchurch' }, phrasings: ['christchurch branch mobile spend q3'] },
  // Chores, not questions about the data.
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: [
      'draft an email to {carrier2.short} asking for a better price',
      'add the {carrier1.short} renewal to my outlook calendar for next friday',
    ],
  },
];

/** The values of the placeholders: the held-out ones, checked against the names this set treats as absent. */
export function seventhPlaceholderValues(enterprise: HeldoutEnterprise): Record<string, string> {
  const values = placeholderValues(enterprise.names);
  for (const [name, value] of Object.entries(values))
    if (/starlink|megaport|equinix|christchurch|legal/.test(value))
      throw new Error(`{${name}} = "${value}" is a name the seventh questions treat as absent`);
  return values;
}
