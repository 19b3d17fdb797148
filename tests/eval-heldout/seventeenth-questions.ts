import type { HeldoutEnterprise } from './generate-heldout-enterprise.js';
import { placeholderValues, type HeldoutCase, type Range } from './questions.js';

// The seventeenth blind set over the held-out company, written once without reading the planner,
// the earlier sets' questions or the other evaluations. Five people typing the way they work:
//
//   (a) a network / telecom operations engineer: circuits, SIP trunks, POTS lines by site and
//       city, MRC per site, cost per circuit, the priciest circuits; and what the inventory does
//       not record (latency, SLA uptime, switch ports, packet loss, bandwidth, WAN topology);
//   (b) a Microsoft Teams user whose messages arrive as Teams sends them: "<at>Ledgerline</at>"
//       in front, <p>…</p>, &amp; and &nbsp;, <br>, smart quotes, an en dash range ("Jul–Sep"),
//       "…", "??", unicode emoji, "Hi Ledgerline," greetings;
//   (c) an internal auditor: disputes and credits, billed identifiers missing from the inventory,
//       realized savings, invoice totals per carrier and month, unallocated spend; and what is
//       not recorded (invoice approver, payment status and date, PO numbers, segregation of
//       duties, GL accounts);
//   (d) a product / programme manager asking relative and comparative things in plain words
//       (how much more, up or down, changed most, trend, year-end landing, run rate); ratios,
//       per-employee / per-head figures and what-ifs refused;
//   (e) a head of IT who half-remembers names: partial cost-center names, the first word of one,
//       a city for a site, a vendor's distinctive word or its typo, two filters at once, and names
//       the company does not have (ghosts, "telstra") → asked back naming them.
// Plus thresholds, exclusions and bare follow-ups with nothing before them, all refused.
//
// As-of is 15 Oct 2024 (generate-heldout-enterprise.ts). Relative periods:
//   "last month" = September 2024; "this month" = October 2024 (MTD); "last quarter" = Q3 2024
//   (Jul–Sep); "this year" / "ytd" / "since january" = 1 Jan–15 Oct 2024; a named month without a
//   year is its latest one (march = March 2024); "the last 6 months" = Apr–Sep 2024, the complete
//   months (debatable: May–Oct is also a reading, so only May and September are checked);
//   "the end of the year" = 31 Dec 2024; "the next 60 days" runs to 14 Dec 2024.
//
// Debatable cases, scored as written:
//   - "{mobile1.short} & {mobile2.short} spend" and "how much more on X than Y" and "X vs Y, which
//     costs more" are scored as a ranking by vendor over the two (each vendor's figure shown),
//     not as one sum or as a difference;
//   - "which cost centre changed the most last month" is scored as the largest increase
//     (September vs August), the biggest move in the data;
//   - "is anything billed that we don't have in inventory or that was already disconnected" is
//     scored as the invoice audit (audit_invoices) showing the identifiers not in the inventory;
//   - "total bandwidth at <site>" is refused: the inventory has no speed field, though product
//     descriptions on invoices name speeds; "mpls mesh or sd-wan hub-and-spoke" likewise, though
//     some circuits are "SD-WAN Underlay" products;
//   - "the ratio of saas spend to cloud spend" is refused as a ratio, not answered as two totals;
//   - "which renewals need notice before 31 Dec…" is scored as the notice window to year end.

const september: Range = ['2024-09-01', '2024-10-01'];
const august: Range = ['2024-08-01', '2024-09-01'];
const june: Range = ['2024-06-01', '2024-07-01'];
const march: Range = ['2024-03-01', '2024-04-01'];
const q2: Range = ['2024-04-01', '2024-07-01'];
const q3: Range = ['2024-07-01', '2024-10-01'];
const ytd: Range = ['2024-01-01', '2024-10-16'];
const lastSixMonths: Range = ['2024-04-01', '2024-10-01'];
const endOfYear = '2025-01-01';
const next60Days = '2024-12-15';

export const seventeenthCases: HeldoutCase[] = [
  // ================================================================ (a) network / telecom operations engineer
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['circuit'], locations: ['loc2'] },
    phrasings: ['how many circuits at {loc2}?', 'circuit count for {loc2}', 'no. of live circuits @ {loc2}'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['circuit'], cities: ['city1'] },
    phrasings: ['how many circuits do we have in {city1}', '{city1} circuits - how many'],
  },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['circuit'], locations: ['loc3'] },
    phrasings: [
      'what circuits are at {loc3} and what do they cost a month',
      'list the {loc3} circuits with their MRC',
      'circuits at {loc3} + monthly cost',
    ],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['voice_trunk'], vendors: ['carrier1'] },
    phrasings: [
      'how many sip trunks does {carrier1.short} have',
      '{carrier1.short} trunk count',
      'how many voice trunks are we running with {carrier1.short}?',
    ],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['pots_line'] },
    phrasings: ['how many pots lines do we still have', 'analog lines - how many left?'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['pots_line'], cities: ['city4'] },
    phrasings: ['how many pots lines in {city4}'],
  },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['pots_line'] },
    phrasings: ['list every pots line and what each costs per month', 'show me all the POTS lines w/ monthly cost'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'circuit', period: september },
    phrasings: ['avg cost per circuit last month', 'what did a circuit cost us on average in september?'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'circuit', period: september, groupBy: 'location' },
    phrasings: ['cost per circuit by site for sept', 'break the average circuit cost down by site, last month'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'circuit', period: september, vendors: ['carrier3'] },
    phrasings: ["what's a {carrier3.short} circuit costing us per month, going by september"],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'voice_trunk', period: september },
    phrasings: ['cost per sip trunk last month'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', sortBy: 'invoiced_cost', types: ['circuit'], period: september },
    phrasings: ['most expensive circuits last month', 'top 5 priciest circuits in sept', 'which circuit cost the most in september?'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', sortBy: 'invoiced_cost', types: ['circuit'], period: september, vendors: ['carrier2'] },
    phrasings: ["{carrier2.short}'s most expensive circuit last month"],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'location', show: 1 },
    phrasings: ['which site cost the most last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'location', show: 5 },
    phrasings: ['spend by site, sept'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q3, vendors: ['carrier3'], cities: ['city3'] },
    phrasings: ['what did {carrier3.short} bill for {city3} in q3'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['circuit'], vendors: ['carrier3'] },
    phrasings: ['how many circuits does {carrier3.short} have'],
  },
  // What the inventory does not record.
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: [
      'whats the latency on the {loc4} circuits',
      'sla uptime for {carrier2.short} last quarter?',
      'how many switch ports are in use at {loc1a}',
      'total bandwidth at {loc2}?',
      'packet loss on the {carrier1.short} links yesterday',
      'are the {city1} sites on an mpls mesh or sd-wan hub-and-spoke?',
      'circuits costing more than 2k a month',
    ],
  },

  // ================================================================ (b) Microsoft Teams, as Teams sends it
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q3, vendors: ['carrier1'] },
    phrasings: [
      '<at>Ledgerline</at> how much did we spend with {carrier1.short} in Jul–Sep?',
      '<p>Hi Ledgerline, what’s the {carrier1.short} total for Jul–Sep 2024?</p>',
    ],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september },
    phrasings: [
      '<p>Hi Ledgerline,</p><p>what’s our total spend for September?</p>',
      '<at>Ledgerline</at>&nbsp;total spend last month please 🙏',
    ],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'vendor', show: 2, vendors: ['mobile1', 'mobile2'] },
    phrasings: ['<at>Ledgerline</at> {mobile1.short} &amp; {mobile2.short} spend last month'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], costCenters: ['ccDock'] },
    phrasings: ['<p>How many mobile lines does “{ccDock}” have??</p>'],
  },
  {
    tool: 'find_notice_deadlines',
    expect: { kind: 'notice_window', through: endOfYear },
    phrasings: [
      '<at>Ledgerline</at><br>which contracts can we still cancel before the end of the year? 🙏',
      '<p>Which renewals need notice before 31 Dec…</p>',
    ],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier2', show: 'end' },
    phrasings: ['Hi Ledgerline,<br>when does the “{carrier2.short}” contract end?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'cost_center', show: 5 },
    phrasings: ['<at>Ledgerline</at> spend by cost centre for September please 👍'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget_over', month: '2024-09' },
    phrasings: ['<p>are we over budget anywhere in September??</p>', '<at>Ledgerline</at> which cost centres went over budget last month?'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q3, comparedTo: q2, vendors: ['carrier2'] },
    phrasings: ['<at>Ledgerline</at> {carrier2.short} Q3 vs Q2??'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', period: ytd, check: ['2024-06', '2024-07'], vendors: ['saas3'] },
    phrasings: ['<p>Hi Ledgerline, what’s the trend for {saas3.short} this year?</p>'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'year' },
    phrasings: ['<at>Ledgerline</at> forecast for the full year&nbsp;– where do we land?'],
  },
  {
    tool: 'get_realized_savings',
    expect: { kind: 'realized_savings', period: ytd },
    phrasings: ['<p>How much have we actually saved this year from disconnects &amp; disputes?</p>'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q3, vendors: ['saas2'] },
    phrasings: ['<p><at>Ledgerline</at>&nbsp;{saas2.short} spend Jul–Sep</p>'],
  },
  {
    tool: 'find_zero_usage_lines',
    expect: { kind: 'zero_usage', months: 3 },
    phrasings: ['<at>Ledgerline</at> lines with no usage in the last 3 months 👀'],
  },
  {
    tool: null,
    expect: { kind: 'refuse', mentions: '{ghostCarrier.short}' },
    phrasings: ['<at>Ledgerline</at> spend with {ghostCarrier.short} in Jul–Sep?'],
  },
  {
    tool: null,
    expect: { kind: 'refuse', mentions: '{ghostCostCenter}' },
    phrasings: ['<p>what’s the spend for “{ghostCostCenter}” this month?</p>'],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: [
      '<p>Hi Ledgerline, what about the month before?</p>',
      '<at>Ledgerline</at> should we move our mobiles from {mobile2.short} to {mobile1.short}? 🤔',
      '<at>Ledgerline</at> total spend last month excluding cloud &amp; saas',
      '<p>can you raise a PO for the {carrier2.short} renewal 🙏</p>',
    ],
  },

  // ================================================================ (c) internal auditor / controls reviewer
  {
    tool: 'list_disputes',
    expect: { kind: 'disputes' },
    phrasings: [
      'list the billing disputes and what was credited',
      'was the {carrier2.short} overbilling ever credited back?',
      'status of the dispute on invoice {disputeInvoice}',
      'any carrier disputes on file?',
    ],
  },
  {
    tool: 'audit_invoices',
    expect: { kind: 'audit_not_in_inventory' },
    phrasings: [
      "which billed identifiers aren't in our inventory",
      "is anything being billed that we don't have in inventory or that was already disconnected?",
      'invoice lines with no matching service in the inventory',
    ],
  },
  {
    tool: 'audit_invoices',
    expect: { kind: 'audit_not_in_inventory', vendors: ['carrier3'] },
    phrasings: ['is {carrier3.short} billing us for anything that isnt in the inventory'],
  },
  {
    tool: 'get_realized_savings',
    expect: { kind: 'realized_savings', period: ytd },
    phrasings: ['realized savings ytd', 'how much have disconnects and dispute credits actually saved us since january?'],
  },
  {
    tool: 'get_realized_savings',
    expect: { kind: 'realized_savings', period: q3 },
    phrasings: ['realised savings in q3'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, vendors: ['carrier1'] },
    phrasings: ['total of the {carrier1.short} invoices for september service', '{carrier1.short} invoice total, sep 2024'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: march, vendors: ['carrier2'] },
    phrasings: ['{carrier2.short} invoice total for march 2024'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: august, vendors: ['mobile1'] },
    phrasings: ['how much did {mobile1} bill us for august 2024?'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: q3 },
    phrasings: ['what was unallocated in q3', 'how much q3 spend never landed on a cost centre'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: september },
    phrasings: ['unallocated spend last month'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: september, vendors: ['carrier1'] },
    phrasings: ["how much of {carrier1.short}'s september bill couldn't be charged back to a cost centre"],
  },
  {
    tool: 'get_commitment_status',
    expect: { kind: 'commitment', vendor: 'mobile1' },
    phrasings: ['are we tracking to the {mobile1.short} minimum commitment?'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', sortBy: 'invoiced_cost', types: ['mobile_line'], period: september },
    phrasings: ['which mobile line had the biggest bill last month'],
  },
  // Controls the data does not record.
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: [
      'who approved the {carrier1.short} invoice for september?',
      'has the {carrier2.short} august invoice been paid, and on what date?',
      'PO number for the {saas1.short} subscription',
      'any segregation of duties conflicts between who requests and who approves invoices?',
      'which GL account do {mobile1.short} charges post to',
      'payment status of all september invoices',
    ],
  },

  // ================================================================ (d) product / programme manager
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q3, dimension: 'vendor', show: 2, vendors: ['carrier1', 'carrier2'] },
    phrasings: ['how much more did we spend on {carrier1.short} than {carrier2.short} last quarter'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'vendor', show: 2, vendors: ['saas1', 'saas2'] },
    phrasings: ['{saas1.short} vs {saas2.short} this year, which one costs us more?'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q3, comparedTo: q2, domains: ['mobility'] },
    phrasings: ['how much more did mobility cost in q3 than in q2?', 'mobility: q3 compared with q2'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: september, comparedTo: june, domains: ['saas'] },
    phrasings: ['did saas go up or down between june and september?'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: september, comparedTo: august, costCenters: ['ccFieldEng'] },
    phrasings: ['did {ccFieldEng} spend go up or down in september compared to august'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q3, comparedTo: q2 },
    phrasings: ['how did q3 compare with q2 overall?'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', dimension: 'cost_center', period: september, comparedTo: august, direction: 'increase' },
    phrasings: ['which cost centre changed the most last month?', 'which cost center grew most in september vs august'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', dimension: 'vendor', period: september, comparedTo: august, direction: 'increase' },
    phrasings: ['which vendor went up the most last month'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', dimension: 'vendor', period: q3, comparedTo: q2, direction: 'decrease' },
    phrasings: ['which vendor dropped the most in q3 compared with q2?'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', period: lastSixMonths, check: ['2024-05', '2024-09'], vendors: ['carrier2'] },
    phrasings: ['the trend for {carrier2.short} over the last 6 months', 'how has {carrier2.short} trended the past six months?'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', period: ytd, check: ['2024-01', '2024-09'], domains: ['mobility'] },
    phrasings: ['show me mobility month by month since january'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'year' },
    phrasings: ['what will we end the year at?', 'year-end landing for total spend'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'quarter' },
    phrasings: ["what's q4 going to come in at"],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'year', vendors: ['saas1'] },
    phrasings: ['where will {saas1.short} end up for the year'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month' },
    phrasings: ["what's our monthly run rate", 'run rate per month right now?'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'trailing_3_months', vendors: ['mobile1'] },
    phrasings: ['{mobile1.short} run rate based on the last three months'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month', vendors: ['saas1'] },
    phrasings: ['annualised {saas1.short} cost at the current rate'],
  },
  // Ratios, per-head figures and what-ifs: nothing in the data to divide by or to simulate.
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: [
      "what's our telecom spend per employee?",
      'cost per head for {ccFieldSales}',
      'what % of revenue goes on saas',
      "what's the ratio of saas spend to cloud spend",
      'what would we save if we cut the {mobile2.short} lines in half?',
      'if {carrier1.short} puts prices up 10% what does next year look like',
    ],
  },

  // ================================================================ (e) head of IT, half-remembered names
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, costCenters: ['ccFieldEng'] },
    phrasings: ['{ccFieldEng.partial} spend last month', 'what did {ccFieldEng.partial} cost in sept'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', month: '2024-09', costCenter: 'ccRevOps' },
    phrasings: ['{ccRevOps.partial} budget vs actual for september'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', month: '2024-10', costCenter: 'ccFieldEng' },
    phrasings: ['are {ccFieldEng.partial} on budget this month?'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], costCenters: ['ccDock'] },
    phrasings: ['how many phones does {ccDock.first} have'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q3, cities: ['city2'] },
    phrasings: ['{city2} spend q3'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], cities: ['city1'] },
    phrasings: ['how many mobiles in {city1}'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, vendors: ['carrier1'], cities: ['city1'] },
    phrasings: ['{carrier1.typo} spend at {city1} last month'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], vendors: ['mobile2'], costCenters: ['ccFieldSales'] },
    phrasings: ['how many {mobile2.typo} lines does {ccFieldSales} have'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['circuit'], vendors: ['carrier2'], cities: ['city4'] },
    phrasings: ['how many {carrier2.short} circuits in {city4}'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], vendors: ['mobile1'], locations: ['loc1b'] },
    phrasings: ['{mobile1.typo} lines at {loc1b}, how many'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['circuit'], locations: ['loc1a'], costCenters: ['ccDock'] },
    phrasings: ['how many circuits at {loc1a} belong to {ccDock.first}'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['pots_line'], costCenters: ['ccYard'] },
    phrasings: ['how many pots lines sit with {ccYard.partial}'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, vendors: ['saas2'] },
    phrasings: ['{saas2.typo} spend ytd'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q3, costCenters: ['ccSupply'] },
    phrasings: ['{ccSupply} spend last quarter'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier1', show: 'notice' },
    phrasings: ['notice deadline on the {carrier1.typo} contract?'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', sortBy: 'data_mb', types: ['mobile_line'], period: september },
    phrasings: ['who used the most data last month?'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'mobile_line', period: september, vendors: ['mobile2'] },
    phrasings: ['avg cost per {mobile2.short} line last month'],
  },
  {
    tool: 'list_contracts',
    expect: { kind: 'ending_window', through: endOfYear },
    phrasings: ['contracts ending this year'],
  },
  {
    tool: 'find_notice_deadlines',
    expect: { kind: 'notice_window', through: next60Days },
    phrasings: ['anything needing renewal notice in the next 60 days?'],
  },
  // Names the company does not have: asked back, naming them.
  {
    tool: null,
    expect: { kind: 'refuse', mentions: '{ghostCarrier.short}' },
    phrasings: ['{ghostCarrier.short} circuits at {loc1a}', 'how much are we paying {ghostCarrier} at {city2}'],
  },
  {
    tool: null,
    expect: { kind: 'refuse', mentions: '{ghostCity}' },
    phrasings: ['how many lines in {ghostCity}', '{ghostSite} spend last month'],
  },
  {
    tool: null,
    expect: { kind: 'refuse', mentions: '{ghostCostCenter}' },
    phrasings: ['{ghostCostCenter} budget this month'],
  },
  {
    tool: null,
    expect: { kind: 'refuse', mentions: '{ghostSaas}' },
    phrasings: ['when does the {ghostSaas} renewal come up'],
  },
  {
    tool: null,
    expect: { kind: 'refuse', mentions: 'telstra' },
    phrasings: ['telstra spend ytd'],
  },
  // "field" is the first word of two cost centers.
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['{shared} team spend last month'],
  },

  // ================================================================ thresholds, exclusions, bare follow-ups
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: [
      'which vendors did we spend over 5k with last month',
      'cost centres under budget by more than 10%',
      'everything except {carrier1.short} in q3',
      'same again for last year',
      'and broken down by site?',
    ],
  },
];

/** The shared placeholders plus the invoice the planted dispute is about. */
export function seventeenthPlaceholderValues(enterprise: HeldoutEnterprise): Record<string, string> {
  return { ...placeholderValues(enterprise.names), disputeInvoice: enterprise.key.disputeCredit.overbilledInvoice };
}
