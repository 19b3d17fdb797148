import { readFileSync } from 'node:fs';
import type { HeldoutEnterprise } from './generate-heldout-enterprise.js';
import { placeholderValues, type Domain, type HeldoutCase, type Range } from './questions.js';

// The nineteenth blind set, written without reading the planner (src/assistant/), its tests or
// the other blind sets: only questions.ts (types and placeholders), the generator, the expected
// figures, the eval runner, src/domain/** (tools and their inputs), README.md and DOMAIN.md.
//
// Personas, about a fifth each:
//   (a) someone building a QBR deck who rambles: a sentence or two of context — colleagues' first
//       names that are NOT in the company's data (Priya, Tomasz, Aoife, Marcus, Deepa, Hamish,
//       Ingrid, Kwame, Fergus, Siobhan, Raj, Beatriz, Connor; checked against the generated people
//       below), deadlines, "for the deck", "sorry if this was asked before" — then the question,
//       sometimes first, sometimes last;
//   (b) a FinOps analyst: top/bottom N with the number in words or digits, shares and averages;
//   (c) a telecom expense analyst at line and invoice level: one line's charges, billing after a
//       disconnect, disconnect savings, invoice audit, disputes, zero-usage lines, unallocated
//       spend, unit costs per circuit / line / site;
//   (d) someone who says periods in unusual ways ("the summer", "Q3 to date", "in the 3 months to
//       August", "since the start of Q2", "the first nine months", "over the last 90 days", "H1",
//       "the back half of last year", "same month last year", "week 36", "fiscal year") and
//       compares such periods;
//   (e) an IT manager asking about things not in the data or scoped oddly (a site, city or vendor
//       the company does not have, cost per GB / user / seat, emissions, SLAs, exclusions,
//       thresholds, what-ifs), plus plain inventory counts and lists said briefly.
//
// As-of: 15 Oct 2024 (heldoutAsOf in generate-heldout-enterprise.ts). Telecom and mobility
// invoices cover Aug 2023 – Sep 2024 (counted on the 1st of the month billed), SaaS charges Aug
// 2023 – Oct 2024 (billed in advance on the 1st), the real FOCUS cloud sample Sep 2024 only, by day.
// How each relative period is read ([start, end), end exclusive):
//   last month = Sep 2024; last quarter / "the most recent complete quarter" = Q3 2024 (Jul–Sep);
//   "the quarter before last" = Q2 2024; this year / ytd / "so far this year" = 1 Jan – 15 Oct 2024
//   (end 2024-10-16); H1 / "the first half" = Jan–Jun 2024; "the back half of last year" = Jul–Dec
//   2023 (the data starts in Aug 2023, so it holds five months); "the first nine months" = Jan–Sep
//   2024; "in the 3 months to August" and "june through august" = Jun–Aug 2024; "the 3 months
//   before" that = Mar–May 2024; "since the start of Q2" = 1 Apr – 15 Oct 2024; "Q4 to date" /
//   "qtd" = 1 – 15 Oct 2024 (end 2024-10-16: only October's SaaS charges are in it); "the back half
//   of the year so far" = 1 Jul – 15 Oct 2024; "the 12 months to september" / "last 12 months" =
//   Oct 2023 – Sep 2024; "last month and the month before" / "last 2 full months" = Aug–Sep 2024;
//   "same month last year" (beside last month) = Sep 2023; "q3 last year" = Jul–Sep 2023; "week 36"
//   = ISO week 36 of 2024, Mon 2 – Sun 8 Sep (end 2024-09-09); "the first half of september" = 1 –
//   15 Sep (end 2024-09-16); "9/13" = 13 Sep 2024; "the first quarter" = Q1 2024; year end = 1 Jan
//   2025 (exclusive).
//
// Debatable readings, decided here:
//   - "Q3 to date", asked on 15 Oct: Q3 is over, so it is the whole of Q3 2024 (not Q4 to date).
//   - "the summer" is refused/asked back (mentions "summer"): every site is in Australia or New
//     Zealand, where summer is Dec–Feb, and a northern reader means Jun–Aug. "june through august"
//     said in months is answered.
//   - "over the last 90 days" for spend was written as a refusal: on monthly bills counted on the
//     1st, 90 days back from 15 Oct (17 Jul – 15 Oct) holds whole bills or none (the README's rule
//     for a week or part of a month). Changed after scoring (the only expectation changed): the
//     fresh and fourth blind sets, written the same way, expect "the past 90 days" answered with the
//     bills of the months that start in it, which is the product's documented rule for a window of
//     two months or more (part-of-a-monthly-bill.ts); it is scored so here (Aug + Sep 2024 bills).
//     For zero-usage lines "no usage in the last 90 days" is the TEM idiom for three months of
//     usage (DOMAIN.md lists it), so it is answered with months = 3.
//   - "week 36" is answered for AWS (the FOCUS rows are daily) and refused for telecom (monthly
//     bills). "fiscal year", "FY24", "next fiscal quarter": refused — no fiscal calendar is recorded.
//   - "what share / what % of spend is X": get_spend grouped by domain (or vendor) reports each
//     group's share, so it is answered; the expectation is the breakdown's figures (ranking of the
//     four domains, or the top vendor), which a bare total for X alone does not satisfy when the
//     breakdown needs several figures. "what percentage of spend is unallocated": the
//     unallocated-spend tool reports the share, so the expected figure is the unallocated amount.
//   - "average monthly spend with X over the last 3 months" is the trailing-3-months run rate (its
//     monthly figure is that average); "average monthly spend this year", a mean per vendor and a
//     median are computed by no tool and are refused rather than answered with a total.
//   - "average cost per line / circuit" is the unit-cost tool for one month (last month), as the
//     expected figure divides one period's billing by the services billed in it.
//   - Bottom-N / "cheapest" rankings: no expectation kind ranks upwards (ranking is largest first,
//     rank_services' expected figure is the top one), yet get_spend grouped by location or vendor and
//     rank_services with order asc answer them; those cases are { kind: 'refuse' } with the tool
//     named, which the runner scores on the planned tool only (questions.ts: a case with a tool and a
//     refuse expectation checks the tool and no figure). The same for a line's charges
//     (get_line_charges), billing after disconnect (find_billed_after_disconnect), disconnect savings
//     (summarize_disconnects), duplicate / above-contract audits (audit_invoices) and tax on an
//     invoice (get_spend with a charge-type filter): a tool answers, no expectation kind scores it.
//   - "roaming" is refused: usage charges are not split further (spend-filters.ts says so).
//   - "per seat" / "per user" / "per GB" are refused: the data has no seat, user or GB counts to
//     divide by (the SaaS service is called "… Seats", which must not be read as the answer).
//   - Exclusions ("excluding", "everything but", "without") and thresholds ("over 10k") are
//     refused: no tool filter expresses them.
//   - "circuits in <city>" (no "how many") is read as a list, as the README's "circuits in Denver".
//   - "the two biggest saas vendors" is a ranking of vendors within SaaS; "top five" asks for five
//     figures where questions.ts sometimes checks fewer — here the expectation shows as many as asked.

// ---------------------------------------------------------------- periods (as-of 15 Oct 2024)
const september: Range = ['2024-09-01', '2024-10-01'];
const august: Range = ['2024-08-01', '2024-09-01'];
const q3: Range = ['2024-07-01', '2024-10-01'];
const q2: Range = ['2024-04-01', '2024-07-01'];
const q1: Range = ['2024-01-01', '2024-04-01'];
const ytd: Range = ['2024-01-01', '2024-10-16'];
const h1: Range = ['2024-01-01', '2024-07-01'];
const backHalfOfLastYear: Range = ['2023-07-01', '2024-01-01'];
const firstNineMonths: Range = ['2024-01-01', '2024-10-01'];
const junToAug: Range = ['2024-06-01', '2024-09-01'];
const marToMay: Range = ['2024-03-01', '2024-06-01'];
const sinceStartOfQ2: Range = ['2024-04-01', '2024-10-16'];
const q4ToDate: Range = ['2024-10-01', '2024-10-16'];
const backHalfSoFar: Range = ['2024-07-01', '2024-10-16'];
const lastTwelveMonths: Range = ['2023-10-01', '2024-10-01'];
const lastTwoMonths: Range = ['2024-08-01', '2024-10-01'];
const september2023: Range = ['2023-09-01', '2023-10-01'];
const q3LastYear: Range = ['2023-07-01', '2023-10-01'];
const week36: Range = ['2024-09-02', '2024-09-09'];
const firstHalfOfSeptember: Range = ['2024-09-01', '2024-09-16'];
const september13: Range = ['2024-09-13', '2024-09-14'];
const telecom: Domain[] = ['telecom', 'mobility'];
const endOfYear = '2025-01-01';

/** Colleagues the QBR persona names: ordinary first names, none of them the company's people. */
const colleagues = [
  'Priya',
  'Tomasz',
  'Aoife',
  'Marcus',
  'Deepa',
  'Hamish',
  'Ingrid',
  'Kwame',
  'Fergus',
  'Siobhan',
  'Raj',
  'Beatriz',
  'Connor',
];

export const nineteenthCases: HeldoutCase[] = [
  // ================================================================ (a) the QBR deck, rambling
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q3 },
    phrasings: [
      'morning! pulling the QBR deck together with Priya for thursday and she wants the headline number up front — sorry if this was asked before — what was our total spend in Q3?',
      'Deck is due to Tomasz by EOD tomorrow and I still have a blank first slide. What did we spend in total last quarter?',
    ],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q3, vendors: ['carrier1'] },
    phrasings: ["what was {carrier1.short}'s q3 spend? it's for the QBR deck, Deepa needs it by 3pm"],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q3, vendors: ['carrier2'] },
    phrasings: [
      "how much did we spend with {carrier2.short} in q3? sorry if you've had this one already, Siobhan is dropping it into the deck",
    ],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q3, dimension: 'vendor', show: 5 },
    phrasings: [
      "top 5 vendors for q3 please — it's for the vendor slide in the QBR deck (Aoife's template has five rows)",
      "Aoife's template for the QBR has a vendor table with five rows, deadline is friday. Can you give me our five biggest vendors by spend last quarter?",
    ],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q3, comparedTo: q2 },
    phrasings: ['sorry to be a pain, Marcus asked for this for the deck: q3 vs q2 total spend, and the difference between them'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q3, comparedTo: q2, vendors: ['mobile1'] },
    phrasings: [
      'need the mobility slide for the QBR and Deepa thinks it went up a lot. how did {mobile1.short} do in Q3 compared with Q2?',
    ],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q3, dimension: 'cost_center', show: 5 },
    phrasings: ['QBR prep (deck goes out friday, Hamish is reviewing it first): spend by cost centre for Q3, the top five is plenty'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q3, dimension: 'vendor', show: 3, domains: telecom },
    phrasings: ['bit of context: Fergus owns the telecom slide in the QBR pack and he wants telecom spend for q3 split by carrier'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q3, dimension: 'domain', show: 4 },
    phrasings: ["Deck question from Aoife — what's the breakdown of Q3 spend by domain (telecom, mobility, saas, cloud)?"],
  },
  {
    tool: 'list_contracts',
    expect: { kind: 'ending_window', through: endOfYear },
    phrasings: ['for the deck — which contracts expire before the end of the year? Ingrid wants a renewals slide'],
  },
  {
    tool: 'find_notice_deadlines',
    expect: { kind: 'notice_window', through: endOfYear },
    phrasings: [
      'Kwame is writing the risks section of the QBR and asked which renewal notice deadlines we have before year end. can you list them?',
    ],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', period: lastTwelveMonths, check: ['2023-10', '2024-09'], domains: telecom },
    phrasings: ['the QBR deck needs a trend line. Raj is building the chart — monthly telecom spend over the last 12 months please'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'year' },
    phrasings: ['Beatriz wants a forecast slide at the end of the deck: where will our total spend land for the full year?'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month' },
    phrasings: ["last one for the deck, I promise. what's our annual run rate across everything? Connor asked"],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget_over', month: '2024-09' },
    phrasings: ['for the QBR (Priya again, sorry!): which cost centres went over budget in september?'],
  },
  {
    tool: 'get_realized_savings',
    expect: { kind: 'realized_savings', period: ytd },
    phrasings: ["Hey — I'm doing the savings slide for the QBR with Tomasz. How much have we actually saved so far this year?"],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: q3 },
    phrasings: ['Marcus reckons a lot of q3 spend had no cost centre and wants it called out in the deck. how much was unallocated in q3?'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', dimension: 'vendor', period: q3, comparedTo: q2, direction: 'increase' },
    phrasings: ["Deepa wants a 'biggest mover' callout on the vendor slide: which vendor grew the most in Q3 vs Q2?"],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'] },
    phrasings: ['prepping the deck with Priya, quick one: how many active mobile lines do we have right now?'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['circuit'], cities: ['city1'] },
    phrasings: ['Tomasz wants a sites slide for the deck — how many circuits have we got in {city1}?'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', sortBy: 'invoiced_cost', types: ['mobile_line'], period: september },
    phrasings: ['for the QBR appendix Aoife wants the 10 most expensive mobile lines last month with who has them'],
  },
  {
    tool: 'get_commitment_status',
    expect: { kind: 'commitment', vendor: 'mobile1' },
    phrasings: ['Putting the deck to bed tonight. Last ask from Marcus: are we on track for the {mobile1.short} commitment?'],
  },
  // (a) refusals and questions back
  {
    tool: null,
    expect: { kind: 'refuse', mentions: 'emissions' },
    phrasings: ['Hamish wants a sustainability slide in the QBR — can you give me our telecom carbon emissions for Q3?'],
  },
  {
    tool: null,
    expect: { kind: 'refuse', mentions: 'nps' },
    phrasings: ['for the deck, Ingrid asked for the NPS from the service desk survey last quarter. do you have it?'],
  },
  {
    tool: null,
    expect: { kind: 'refuse', mentions: 'headcount' },
    phrasings: ['QBR deck is due thursday. Kwame wants headcount by cost centre so we can show spend per employee — can you pull that?'],
  },
  {
    tool: null,
    expect: { kind: 'refuse', mentions: 'fiscal' },
    phrasings: ['sorry if this was asked before — Fergus needs fiscal year to date spend for the QBR, what is it?'],
  },
  {
    tool: null,
    expect: { kind: 'refuse', mentions: '{ghostCity}' },
    phrasings: ["Siobhan's slide needs the Q3 spend for {ghostSite} — she says it's one of our sites"],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['Raj asked if the deck could show Q3 without the cloud costs — total spend excluding cloud please'],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: [
      "for thursday's QBR: can you build the slides for me? Beatriz wants them in our template",
      'Connor wants a what-if for the deck: what would Q4 look like if we cut 20 {mobile1.short} lines?',
      'Priya asked for the same again but for last year, for the comparison slide. can you do that?',
    ],
  },

  // ================================================================ (b) FinOps analyst: top/bottom N, shares, averages
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'vendor', show: 7 },
    phrasings: ['top seven vendors ytd', 'our 7 largest suppliers by spend this year'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'cost_center', show: 5 },
    phrasings: ['5 biggest cost centres this year', 'five highest-spending cost centers ytd'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q3, dimension: 'location', show: 3 },
    phrasings: ['top 3 sites by spend in q3', 'three most expensive locations last quarter'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'vendor', show: 2, domains: ['saas'] },
    phrasings: ['two biggest saas vendors last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'service_name', show: 5, vendors: ['AWS'] },
    phrasings: ['top five aws services by cost in sept'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'region', show: 4, domains: ['cloud'] },
    phrasings: ['top 4 cloud regions last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'account', show: 2, domains: ['cloud'] },
    phrasings: ['2 most expensive cloud sub-accounts in september'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'service_category', show: 3, domains: ['cloud'] },
    phrasings: ['top three service categories in cloud, sept'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'domain', show: 4 },
    phrasings: ['what share of spend is cloud? sept', 'cloud as a % of total spend last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'domain', show: 4 },
    phrasings: ['spend by domain ytd as percentages'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'vendor', show: 1, domains: telecom },
    phrasings: ['what % of our telecom spend goes to {carrier1.short} this year'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: ytd },
    phrasings: ['what percentage of total spend is unallocated ytd'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'trailing_3_months', vendors: ['mobile1'] },
    phrasings: ['avg monthly {mobile1.short} spend over the last 3 months'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month', domains: ['saas'] },
    phrasings: ["what's the saas run rate"],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'mobile_line', period: september, vendors: ['mobile2'] },
    phrasings: ['average cost per line at {mobile2.short} last month'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', dimension: 'vendor', period: q3, comparedTo: q2, direction: 'decrease' },
    phrasings: ['which 3 vendors shrank the most q3 vs q2'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', dimension: 'cost_center', period: september, comparedTo: august, direction: 'increase' },
    phrasings: ['biggest cost centre increase sept over aug'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', sortBy: 'data_mb', types: ['mobile_line'], period: september },
    phrasings: ['top 3 mobile lines by data used last month'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', sortBy: 'invoiced_cost', types: ['circuit'], period: q3, vendors: ['carrier2'] },
    phrasings: ['5 priciest {carrier2.short} circuits in q3'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: september, comparedTo: september2023, domains: telecom },
    phrasings: ['yoy change in telecom spend, sept'],
  },
  // Bottom N: a tool answers (grouping lists every group; rank_services sorts upwards), no kind scores it.
  {
    tool: 'get_spend',
    expect: { kind: 'refuse' },
    phrasings: ['bottom 3 vendors by spend this year', 'the two cheapest sites last quarter'],
  },
  { tool: 'rank_services', expect: { kind: 'refuse' }, phrasings: ['3 cheapest circuits last month'] },
  // (b) refusals: averages, medians and thresholds no tool computes
  {
    tool: null,
    expect: { kind: 'refuse', mentions: 'average' },
    phrasings: ['average monthly spend with {saas1.short} this year'],
  },
  { tool: null, expect: { kind: 'refuse', mentions: 'median' }, phrasings: ['median cost of a circuit last month'] },
  {
    tool: null,
    expect: { kind: 'refuse', mentions: 'benchmark' },
    phrasings: ['how does our cloud share of spend compare to the industry benchmark'],
  },
  { tool: null, expect: { kind: 'refuse', mentions: 'cagr' }, phrasings: ['cagr of telecom spend since 2023'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['mean spend per vendor in q3', 'which vendors were above $10k in sept'] },

  // ================================================================ (c) telecom expense analyst: lines and invoices
  // One line's charges: get_line_charges answers, no expectation kind scores it.
  {
    tool: 'get_line_charges',
    expect: { kind: 'refuse' },
    phrasings: [
      'charges on {disputeCircuit} in march',
      'what was {activeLine} billed last month',
      'breakdown of charges for circuit {disputeCircuit} in q2',
      'anything still being charged on {macdLine} since april?',
    ],
  },
  {
    tool: 'find_billed_after_disconnect',
    expect: { kind: 'refuse' },
    phrasings: ['are we still being billed for any disconnected lines?', 'lines billed after disconnect at {mobile2.short}'],
  },
  {
    tool: 'summarize_disconnects',
    expect: { kind: 'refuse' },
    phrasings: ["what's the monthly saving from the disconnects we completed in H1?"],
  },
  {
    tool: 'get_realized_savings',
    expect: { kind: 'realized_savings', period: sinceStartOfQ2 },
    phrasings: ['realized savings from disconnects and credits since the start of q2'],
  },
  {
    tool: 'audit_invoices',
    expect: { kind: 'audit_not_in_inventory', vendors: ['carrier3'] },
    phrasings: ["audit the {carrier3.short} invoices — anything billed that isn't in our inventory?"],
  },
  {
    tool: 'audit_invoices',
    expect: { kind: 'audit_not_in_inventory' },
    phrasings: ['which identifiers are on carrier bills but missing from inventory'],
  },
  {
    tool: 'audit_invoices',
    expect: { kind: 'refuse' },
    phrasings: [
      'any duplicate charges on the {carrier1.short} invoices?',
      'were we billed above the contract rate by {carrier2.short} in march',
    ],
  },
  {
    tool: 'list_disputes',
    expect: { kind: 'disputes' },
    phrasings: ['has {carrier2.short} credited the overbilling dispute yet?', 'was invoice {overbilledInvoice} disputed?'],
  },
  {
    tool: 'find_zero_usage_lines',
    expect: { kind: 'zero_usage', months: 3 },
    phrasings: ['zero usage lines last 3 months', "lines nobody's used in the last 90 days"],
  },
  {
    tool: 'find_zero_usage_lines',
    expect: { kind: 'zero_usage', months: 6, vendors: ['mobile1'] },
    phrasings: ['{mobile1.short} lines with zero usage for the last six months'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: september, domains: telecom },
    phrasings: ['unallocated telecom spend last month'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: q3, vendors: ['carrier1'] },
    phrasings: ["how much of the {carrier1.short} bill isn't allocated to a cost centre, q3"],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'circuit', period: september, groupBy: 'location' },
    phrasings: ['cost per circuit at each site last month'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'circuit', period: september, vendors: ['carrier3'] },
    phrasings: ['avg cost per {carrier3.short} circuit last month'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'mobile_line', period: september, groupBy: 'location' },
    phrasings: ['unit cost per mobile line by site, sept'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'pots_line', period: september },
    phrasings: ['what does a pots line cost us per month on average'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'voice_trunk', period: september },
    phrasings: ['cost per voice trunk sept'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', sortBy: 'invoiced_cost', types: ['circuit'], period: august },
    phrasings: ['the 5 most expensive circuits in august'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', sortBy: 'voice_minutes', types: ['mobile_line'], period: august },
    phrasings: ['which lines racked up the most voice minutes in august'],
  },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['pots_line'] },
    phrasings: ['list our pots lines'],
  },
  // Tax on a carrier's invoices: get_spend with a charge-type filter answers, no kind scores it.
  { tool: 'get_spend', expect: { kind: 'refuse' }, phrasings: ['how much tax was on the {carrier2.short} invoices in q3'] },
  // (c) refusals
  { tool: null, expect: { kind: 'refuse', mentions: 'roaming' }, phrasings: ['roaming charges on {mobile1.short} last month'] },
  {
    tool: null,
    expect: { kind: 'refuse', mentions: '{ghostCarrier.short}' },
    phrasings: ['pull up the {ghostCarrier.short} invoice for august'],
  },
  { tool: null, expect: { kind: 'refuse', mentions: 'telstra' }, phrasings: ['any open disputes with telstra?'] },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: [
      'which invoices are past due?',
      'was invoice {overbilledInvoice} paid on time?',
      'cost per minute on {mobile1.short} calls',
    ],
  },

  // ================================================================ (d) periods said unusual ways
  { tool: 'get_spend', expect: { kind: 'spend', period: junToAug }, phrasings: ['total spend june through august'] },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: junToAug, vendors: ['carrier2'] },
    phrasings: ['{carrier2.short} in the 3 months to august'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: junToAug, locations: ['loc3'] },
    phrasings: ['spend at {loc3} in the three months to august'],
  },
  { tool: 'get_spend', expect: { kind: 'spend', period: q3, domains: ['mobility'] }, phrasings: ['Q3 to date spend on mobility'] },
  { tool: 'get_spend', expect: { kind: 'spend', period: sinceStartOfQ2 }, phrasings: ['spend since the start of Q2'] },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: firstNineMonths, domains: ['saas'] },
    phrasings: ['saas spend for the first nine months of the year'],
  },
  { tool: 'get_spend', expect: { kind: 'spend', period: h1, vendors: ['carrier3'] }, phrasings: ['H1 spend with {carrier3.short}'] },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: backHalfOfLastYear },
    phrasings: ['the back half of last year, total spend', 'total for h2 last year'],
  },
  { tool: 'get_spend', expect: { kind: 'spend', period: q1 }, phrasings: ['what did we spend in the first quarter'] },
  { tool: 'get_spend', expect: { kind: 'spend', period: q2 }, phrasings: ['spend in the quarter before last'] },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q4ToDate, vendors: ['saas1'] },
    phrasings: ["how's Q4 to date looking for {saas1.short}", '{saas1.short} qtd'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: backHalfSoFar, vendors: ['saas2'] },
    phrasings: ['{saas2.short} spend for the back half of the year so far'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastTwelveMonths, vendors: ['carrier2'] },
    phrasings: ['what did {carrier2.short} cost us in the 12 months to september'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastTwoMonths, vendors: ['mobile2'] },
    phrasings: ['last month and the month before combined for {mobile2.short}'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastTwoMonths, domains: telecom },
    phrasings: ['telecom for the last 2 full months'],
  },
  { tool: 'get_spend', expect: { kind: 'spend', period: week36, vendors: ['AWS'] }, phrasings: ['aws spend in week 36'] },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: firstHalfOfSeptember, vendors: ['Microsoft'] },
    phrasings: ['azure in the first half of september'],
  },
  { tool: 'get_spend', expect: { kind: 'spend', period: september13, vendors: ['AWS'] }, phrasings: ['aws on 9/13'] },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: september, comparedTo: september2023, vendors: ['mobile2'] },
    phrasings: ['{mobile2.short} last month vs the same month last year'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: h1, comparedTo: backHalfOfLastYear },
    phrasings: ['H1 vs the back half of last year, total spend'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q3, comparedTo: q3LastYear, vendors: ['carrier1'] },
    phrasings: ['q3 this year against q3 last year for {carrier1.short}'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: junToAug, comparedTo: marToMay, domains: ['saas'] },
    phrasings: ['saas: june-august vs the 3 months before'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', period: ytd, check: ['2024-01', '2024-09'], domains: ['mobility'] },
    phrasings: ['monthly mobility spend since the start of the year'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', period: backHalfOfLastYear, check: ['2023-08', '2023-12'] },
    phrasings: ['spend by month for the back half of last year'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: h1, dimension: 'vendor', show: 3 },
    phrasings: ['the first half — which 3 vendors were biggest?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q3, dimension: 'cost_center', show: 3 },
    phrasings: ['spend by cost centre for the most recent complete quarter'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', dimension: 'cost_center', period: h1, comparedTo: backHalfOfLastYear, direction: 'increase' },
    phrasings: ['which cost centre grew most in H1 compared with the back half of last year'],
  },
  // (d) refusals: periods the data cannot know, or cannot split
  {
    tool: null,
    expect: { kind: 'refuse', mentions: 'summer' },
    phrasings: ['{carrier1.short} spend over the summer', 'how much did we spend on mobility this summer'],
  },
  {
    tool: null,
    expect: { kind: 'refuse', mentions: 'fiscal' },
    phrasings: ['fiscal year spend with {carrier1.short}', 'forecast for next fiscal quarter'],
  },
  { tool: null, expect: { kind: 'refuse', mentions: 'easter' }, phrasings: ['telecom spend over easter'] },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ['2024-07-18', '2024-10-16'], domains: telecom },
    phrasings: ['telecom spend over the last 90 days'],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['FY24 total spend', 'telecom spend in week 36', '{mobile2.short} over the last 6 weeks'],
  },

  // ================================================================ (e) IT manager: odd scopes, and plain inventory
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], locations: ['loc2'] },
    phrasings: ['how many lines at {loc2}'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['circuit'], vendors: ['carrier3'] },
    phrasings: ['{carrier3.short} circuit count'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], costCenters: ['ccFieldSales'] },
    phrasings: ['how many mobile lines does {ccFieldSales.code} have'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], vendors: ['mobile2'], costCenters: ['ccDock'] },
    phrasings: ['# of {mobile2.short} lines in {ccDock.partial}'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['pots_line'], locations: ['loc4'] },
    phrasings: ['how many pots lines at {loc4}'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], cities: ['city4'] },
    phrasings: ['how many phones in {city4}'],
  },
  { tool: 'count_services', expect: { kind: 'count', types: ['circuit'] }, phrasings: ['total circuits?'] },
  { tool: 'list_services', expect: { kind: 'list', types: ['circuit'], cities: ['city4'] }, phrasings: ['circuits in {city4}'] },
  { tool: 'list_services', expect: { kind: 'list', types: ['circuit'], locations: ['loc3'] }, phrasings: ['list the circuits at {loc3}'] },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['circuit'], vendors: ['carrier2'], cities: ['city3'] },
    phrasings: ['{carrier2.short} circuits in {city3}'],
  },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['voice_trunk'], cities: ['city1'] },
    phrasings: ['show me the sip trunks in {city1}'],
  },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['circuit'], costCenters: ['ccFieldEng'] },
    phrasings: ['circuits for {ccFieldEng.code}'],
  },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['circuit'], vendors: ['carrier1'], locations: ['loc1a'] },
    phrasings: ['{carrier1.short} circuits at {loc1a}'],
  },
  // (e) refusals: not in the data
  {
    tool: null,
    expect: { kind: 'refuse', mentions: '{ghostCity}' },
    phrasings: ['spend at {ghostSite} last month', 'how many lines in {ghostCity}'],
  },
  { tool: null, expect: { kind: 'refuse', mentions: 'auckland' }, phrasings: ['circuits in auckland'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'telstra' }, phrasings: ['do we use telstra'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'optus' }, phrasings: ['how many optus lines have we got'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'spark' }, phrasings: ['spark nz spend last month'] },
  {
    tool: null,
    expect: { kind: 'refuse', mentions: '{ghostCarrier.short}' },
    phrasings: ['{ghostCarrier.short} circuit count'],
  },
  { tool: null, expect: { kind: 'refuse', mentions: 'gb' }, phrasings: ['cost per gb on {mobile1.short} last month'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'user' }, phrasings: ['cost per user for {saas1.short}'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'seat' }, phrasings: ['what are we paying per seat for {saas2.short}'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'emissions' }, phrasings: ['telecom co2 emissions ytd'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'sla' }, phrasings: ["what's the SLA on the {carrier2.short} circuits"] },
  { tool: null, expect: { kind: 'refuse', mentions: 'uptime' }, phrasings: ['uptime for {carrier1.short} circuits last month'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'wifi' }, phrasings: ['how many wifi access points at {loc1a}'] },
  // (e) refusals: scoped in a way no filter expresses, or asked back
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: [
      'total spend excluding {carrier1.short} last month',
      'everything but saas, q3',
      'vendors over 10k last month',
      'cost centres spending more than 5k a month',
      'what if we cut 20 lines',
      'if we moved all {mobile2.short} lines to {mobile1.short} what would we save',
      '{shared} spend q3',
      'lines in {shared}?',
    ],
  },
];

/** The value of every placeholder: questions.ts's, and a few identifiers read from the generated company. */
export function nineteenthPlaceholderValues(enterprise: HeldoutEnterprise): Record<string, string> {
  const values = placeholderValues(enterprise.names);
  const firstNames = new Set(enterprise.names.people.map((person) => person.split(' ')[0]!.toLowerCase()));
  const clash = colleagues.filter((name) => firstNames.has(name.toLowerCase()));
  if (clash.length > 0) throw new Error(`a colleague's name is one of the company's people: ${clash.join(', ')}`);

  const { macdDisconnects, disputeCredit } = enterprise.key;
  // The disconnected mobile line (a phone number; the other disconnect is a circuit id).
  const macdLine = macdDisconnects.find((disconnect) => /^\d/.test(disconnect.identifier));
  if (!macdLine) throw new Error('no mobile line among the disconnects');
  values.macdLine = macdLine.identifier;
  values.disputeCircuit = disputeCredit.identifier;
  values.overbilledInvoice = disputeCredit.overbilledInvoice;

  // An active mobile line that stays active (not one the disconnect requests end), from the inventory file.
  const inventory = enterprise.files.find((file) => file.kind === 'inventory');
  if (!inventory) throw new Error('the generated company has no inventory file');
  const [header, ...rows] = readFileSync(inventory.path, 'utf8').trim().split('\n');
  const columns = header!.split(',');
  const column = (name: string) => columns.indexOf(name);
  const disconnected = new Set(macdDisconnects.map((disconnect) => disconnect.identifier));
  const active = rows
    .map((row) => row.split(','))
    .find(
      (cells) =>
        cells[column('type')] === 'mobile_line' && cells[column('status')] === 'active' && !disconnected.has(cells[column('identifier')]!),
    );
  if (!active) throw new Error('no active mobile line in the generated inventory');
  values.activeLine = active[column('identifier')]!;
  return values;
}
