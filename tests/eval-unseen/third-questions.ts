import { readFileSync } from 'node:fs';
import { typoOf } from '../eval-heldout/coin-heldout-names.js';
import type { UnseenEnterprise } from './generate-unseen-enterprise.js';
import { placeholderValues, type EvalCase, type Range } from './questions.js';

// The unseen split's third blind set, written without reading the planner, its tests or the
// earlier blind set. Weighted away from "vendor spend last month" towards what the first set
// touched lightly: inventory with two filters, contracts and notice windows, commitments,
// budgets by code and by name, usage and idle lines, forecasts and run-rates, unit costs,
// growth rankings, unallocated spend, the invoice audit and disputes. Typed as four kinds of
// people do: a CFO in whole formal sentences, an analyst in fragments ("idle lines 90d"), someone
// on a phone with typos and no punctuation, and someone pasting "@Ledgerline …" or "… thanks!".
// As-of is Tue 20 May 2025: "last month" is April 2025, "last quarter" Q1 2025, "this quarter"
// Q2 2025 (nothing is dated after 20 May), "next 30 days" runs to 19 June 2025.

const lastMonth: Range = ['2025-04-01', '2025-05-01'];
const march: Range = ['2025-03-01', '2025-04-01'];
const q1: Range = ['2025-01-01', '2025-04-01'];
const q2: Range = ['2025-04-01', '2025-07-01'];
const q4: Range = ['2024-10-01', '2025-01-01'];
const ytd: Range = ['2025-01-01', '2025-05-21'];
const mtd: Range = ['2025-05-01', '2025-05-21'];
const lastThreeMonths = ['2025-02', '2025-03', '2025-04'];

export const thirdCases: EvalCase[] = [
  // ---------------------------------------------------------------- inventory: two filters, a site, a cost center
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['mobile_line'], vendors: ['mobile1'], cities: ['city2'] },
    phrasings: ['Could you tell me how many active mobile lines we have with {m1Full} in {City2}?', '{m1} lines {city2}'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['circuit'], vendors: ['carrier1'], locations: ['loc1a'] },
    phrasings: ['how many {c1} circuits at the {city1} mill', '@Ledgerline how many circuits does {c1} have at {city1} mill?'],
  },
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['circuit'], vendors: ['carrier2'], cities: ['city2'] },
    phrasings: ['list the {c2} circuits in {city2}', '{c2} ckts {city2}'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['mobile_line'], costCenters: ['ccStoreEast'], cities: ['city4'] },
    phrasings: ['how many mobile lines does store ops east have in {city4}', 'mobile lines d-14 {city4}'],
  },
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['pots_line'], locations: ['loc2'] },
    phrasings: ['which pots lines are at the {city2} bakery'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['voice_trunk'] },
    phrasings: ['How many SIP trunks do we currently operate?'],
  },
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['circuit'], locations: ['loc3'] },
    phrasings: ['What circuits are installed at our {City3} Regional Office, and what do they cost?', 'ckts at {city3} regional office'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['mobile_line'], costCenters: ['ccMaintenance'] },
    phrasings: ['plant maintenance mobile line count', '# lines cc 4410'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['circuit'], costCenters: ['ccPackaging'] },
    phrasings: ['how many circuits does the packaging line have'],
  },
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['mobile_line'], vendors: ['mobile2'], locations: ['loc1b'] },
    phrasings: ['{c3} connect lines at the {city1} flagship shop'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['pots_line'], vendors: ['carrier3'] },
    phrasings: ['how many alarm lines do we have with {c3} telekom'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['mobile_line'], cities: ['city1'] },
    phrasings: ['active mobile lines in {city1} pls thanks!', 'hw many phones r in {city1}'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['circuit'] },
    phrasings: ['total circuit count', 'How many circuits do we have across the whole estate?'],
  },
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['voice_trunk'], locations: ['loc1a'] },
    phrasings: ['sip trunks at {city1} mill'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['mobile_line'], costCenters: ['ccRetail'] },
    phrasings: ['mobile lines under d-10', 'how many mobile lines does retail stores have incl. sub cost centers'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['circuit'], vendors: ['carrier3'], cities: ['city1'] },
    phrasings: ['how many {c3} telekom circuits in {city1}'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['mobile_line'], vendors: ['mobile1'], costCenters: ['ccTreasury'] },
    phrasings: ['@Ledgerline how many {m1} lines are in treasury?'],
  },
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['mobile_line'], costCenters: ['ccAudit'] },
    phrasings: ['list the mobile lines belonging to internal audit', 'cc 7200 mobile lines'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['circuit'], cities: ['city4'] },
    phrasings: ['circuits in {city4Typo}'],
  },

  // ---------------------------------------------------------------- one contract: end, notice, auto-renewal
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier1', show: 'notice' },
    phrasings: ['When is the notice deadline for the {c1Full} agreement?', '{c1} notice date', 'wats the notice deadline for {c1}'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'mobile2', show: 'end' },
    phrasings: ['when does the {c3} connect contract end', '{c3Connect} contract end date thanks!'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier2', show: 'notice' },
    phrasings: ['Will the {c2Full} agreement renew automatically, and by when must we give notice?'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier2', show: 'end' },
    phrasings: ['when does {k2} expire', 'end date of contract {k2}'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'saas2', show: 'notice' },
    phrasings: ['{s2} notice deadline'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'cloud', show: 'notice' },
    phrasings: ['last day to give notice on the {cl} agreement'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'mobile1', show: 'end' },
    phrasings: ['@Ledgerline when does the {m1Full} contract run out?', '{m1} contrct end'],
  },

  // ---------------------------------------------------------------- notice windows and contracts ending
  {
    tool: 'find_notice_deadlines',
    expect: { kind: 'notice_window', through: '2025-06-19' },
    phrasings: ['notice deadlines next 30d', 'Which contracts require a cancellation or renewal decision within the next thirty days?'],
  },
  {
    tool: 'find_notice_deadlines',
    expect: { kind: 'notice_window', through: '2025-11-20' },
    phrasings: ['notice deadlines in the next six months', 'any renewal decisions coming up in the next 6 months thanks!'],
  },
  {
    tool: 'list_contracts',
    expect: { kind: 'ending_window', through: '2025-10-01' },
    phrasings: ['which contracts expire before october', 'contracts ending by end of q3'],
  },
  {
    tool: 'list_contracts',
    expect: { kind: 'ending_window', through: '2026-05-20' },
    phrasings: ['contracts expiring next 12 months'],
  },

  // ---------------------------------------------------------------- commitments
  {
    tool: 'get_commitment_status',
    expect: { kind: 'commitment', vendor: 'mobile1' },
    phrasings: ['How much of the {m1Full} annual commitment have we consumed to date?', '{m1} marc status'],
  },
  {
    tool: 'get_commitment_status',
    expect: { kind: 'commitment', vendor: 'cloud' },
    phrasings: ['how far along are we on the {cl} commit thanks!', 'r we gonna meet our {cl} commitment'],
  },

  // ---------------------------------------------------------------- budgets, by code and by name
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccQuality', month: '2025-04' },
    phrasings: ['Did the Quality Lab stay within its budget in April?', 'cc 4420 budget apr'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccTreasury', month: '2025-05' },
    phrasings: ['cc 7100 budget mtd', 'treasury budget so far this month'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccFulfilment', month: '2025-03' },
    phrasings: ['online fulfilment budget vs actual march', 'd20 budget mar'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccLoyalty', month: '2025-04' },
    phrasings: ['loyalty app budget april', '8810 budget vs actual last month'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccStoreWest', month: '2025-05' },
    phrasings: ['hows store ops west tracking against budget this month'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccMaintenance', month: '2025-02' },
    phrasings: ['plant maintenance budget in february', '@Ledgerline was 4410 over budget in feb?'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget_over', month: '2025-03' },
    phrasings: ['Which cost centres exceeded their budgets in March?', 'over budget cost centers mar'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget_over', month: '2025-04' },
    phrasings: ['anyone over budget last month?', 'which budgets did we blow in april'],
  },

  // ---------------------------------------------------------------- usage and idle lines
  {
    tool: 'get_line_usage',
    expect: { kind: 'line_usage', line: 'someLine', month: '2025-04' },
    phrasings: ['data usage {line1Compact} apr', 'data and minutes for {line1} last month'],
  },
  {
    tool: 'get_line_usage',
    expect: { kind: 'line_usage', line: 'someLine', month: '2025-03' },
    phrasings: ['What was the usage on {line1} in March?', '{line1} march usage pls'],
  },
  {
    tool: 'find_zero_usage_lines',
    expect: { kind: 'zero_usage', months: lastThreeMonths },
    phrasings: [
      'idle lines 90d',
      'Please list all mobile lines that have recorded no usage over the last three months.',
      'r there any lines nobody is using',
    ],
  },
  {
    tool: 'find_zero_usage_lines',
    expect: { kind: 'zero_usage', vendors: ['mobile1'], months: lastThreeMonths },
    phrasings: ['{m1Full} lines with no usage'],
  },
  {
    tool: 'find_zero_usage_lines',
    expect: { kind: 'zero_usage', months: ['2025-01', '2025-02', '2025-03', '2025-04'] },
    phrasings: ['lines with zero usage since january'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', types: ['mobile_line'], sortBy: 'data_mb', period: march, show: 5 },
    phrasings: ['top 5 data users march'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', types: ['mobile_line'], sortBy: 'voice_minutes', period: lastMonth, vendors: ['mobile1'], show: 1 },
    phrasings: ['which {m1} lines had the most minutes last month'],
  },

  // ---------------------------------------------------------------- growth rankings
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', period: q1, comparedTo: q4, dimension: 'vendor', direction: 'increase' },
    phrasings: [
      "Which supplier's costs rose the most in the first quarter compared with the fourth quarter of last year?",
      'fastest growing vendor q1 vs q4',
    ],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', period: lastMonth, comparedTo: march, dimension: 'service_category', direction: 'increase' },
    phrasings: ['which category grew most last month'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', period: lastMonth, comparedTo: march, dimension: 'sub_account', direction: 'increase' },
    phrasings: ['fastest growing sub account in april'],
  },
  {
    tool: 'rank_spend_changes',
    expect: {
      kind: 'spend_change',
      period: lastMonth,
      comparedTo: march,
      dimension: 'vendor',
      direction: 'decrease',
      domains: ['saas'],
    },
    phrasings: ['which saas vendor dropped the most last month'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', period: q1, comparedTo: q4, dimension: 'cost_center', direction: 'decrease' },
    phrasings: ['cost center with the biggest decline q1 vs q4'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', period: lastMonth, comparedTo: march, dimension: 'region', direction: 'increase' },
    phrasings: ['which region grew most in april vs march'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', period: lastMonth, comparedTo: march, dimension: 'location', direction: 'increase' },
    phrasings: ['which site grew the most last month'],
  },

  // ---------------------------------------------------------------- comparisons and trends, analyst shorthand
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q2, comparedTo: q1, costCenters: ['ccProduction'] },
    phrasings: ['cc 4400 q2 vs q1'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: lastMonth, comparedTo: march, costCenters: ['ccPackaging'] },
    phrasings: ['packaging line apr vs mar'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', check: ['2025-01', '2025-02', '2025-03'], costCenters: ['ccLoyalty'] },
    phrasings: ['Please show the monthly spend of the Loyalty App cost center for the first quarter.'],
  },

  // ---------------------------------------------------------------- forecasts and run-rates
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'quarter', vendors: ['carrier2'] },
    phrasings: ['What do we expect to spend with {c2Full} this quarter?', '{c2} q2 forecast'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'year', domains: ['mobility'] },
    phrasings: ['mobility eoy projection', 'forecast mobile spend for the full year'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'month', costCenters: ['ccPricing'] },
    phrasings: ['projected pricing engine spend this month', 'cc 8820 month end forecast'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'year', domains: ['cloud'] },
    phrasings: ['cloud forecast for 2025'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'month' },
    phrasings: ['@Ledgerline where will we end up this month?', 'What is our projected total spend for May?'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month', costCenters: ['ccStoreEast'] },
    phrasings: ['monthly run rate d-14', 'store ops east run rate'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month', domains: ['saas'] },
    phrasings: ['whats our saas run rate'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'trailing_3_months', costCenters: ['ccTreasury'] },
    phrasings: ['treasury run-rate on a trailing three month basis'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month', vendors: ['mobile1'] },
    phrasings: ['annualised {m1} spend thanks!', 'What is the annualised run-rate of our {m1Full} account?'],
  },

  // ---------------------------------------------------------------- unit costs and the costliest services
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'circuit', period: lastMonth, groupBy: 'location' },
    phrasings: ['What is the average monthly cost per circuit at each of our locations?', 'circuit unit cost by site'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'mobile_line', period: lastMonth, vendors: ['mobile2'] },
    phrasings: ['avg {c3} connect cost per line'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'pots_line', period: lastMonth },
    phrasings: ['average cost per pots line last month'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'voice_trunk', period: q1 },
    phrasings: ['avg cost per sip trunk q1'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'mobile_line', period: march, vendors: ['mobile1'] },
    phrasings: ['{m1} cost per line in march'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'circuit', period: lastMonth, vendors: ['carrier1'] },
    phrasings: ['whats the avg price of a {c1} circuit'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', types: ['circuit'], sortBy: 'invoiced_cost', period: q1, vendors: ['carrier2'], show: 3 },
    phrasings: ['top 3 most expensive {c2} circuits in q1'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', types: ['mobile_line'], sortBy: 'invoiced_cost', period: lastMonth, vendors: ['mobile1'], show: 5 },
    phrasings: ['5 priciest {m1} lines last month'],
  },

  // ---------------------------------------------------------------- unallocated spend
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: lastMonth, domains: ['telecom', 'mobility'] },
    phrasings: ['unallocated telecom spend last month'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: q1, vendors: ['carrier1'] },
    phrasings: ['how much {c1} spend had no cost center in q1'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: mtd },
    phrasings: ['untagged spend this month so far'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: ytd, domains: ['saas'] },
    phrasings: ['How much SaaS spend this year has not been allocated to any cost center?'],
  },

  // ---------------------------------------------------------------- audit, disputes, savings
  {
    tool: 'audit_invoices',
    expect: { kind: 'audit', finding: 'all' },
    phrasings: ['Please summarise the billing errors identified by the invoice audit.', 'audit findings'],
  },
  {
    tool: 'audit_invoices',
    expect: { kind: 'audit', finding: 'overbilling' },
    phrasings: ['is {c2Full} billing us above the contracted rate'],
  },
  {
    tool: 'audit_invoices',
    expect: { kind: 'audit', finding: 'notInInventory' },
    phrasings: ['services billed by {c3} telekom that arent in our inventory'],
  },
  {
    tool: 'find_billed_after_disconnect',
    expect: { kind: 'billed_after_disconnect' },
    phrasings: ['still being charged for anything we disconnected?', 'charges after disconnect thanks!'],
  },
  {
    tool: 'list_disputes',
    expect: { kind: 'disputes' },
    phrasings: ['has {c2} credited the dispute', 'dispute status pls'],
  },
  {
    tool: 'get_realized_savings',
    expect: { kind: 'realized_savings', period: ytd },
    phrasings: ['What savings have our disconnects delivered so far this year?'],
  },

  // ---------------------------------------------------------------- refuse: names the company does not have
  { tool: null, expect: { kind: 'refuse', mentions: ['{gCarrier}'] }, phrasings: ['{gCarrier} contract end date'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['t-mobile'] }, phrasings: ['how many t-mobile lines do we have'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['4450'] }, phrasings: ['budget for cc 4450 in april'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['d-30'] }, phrasings: ['d-30 mobile lines'] },

  // ---------------------------------------------------------------- clarify: one word, two names
  {
    tool: null,
    expect: { kind: 'refuse', mentions: ['{c3Telekom}', '{c3Connect}'] },
    phrasings: ['when does our {c3} contract end'],
  },
  {
    tool: null,
    expect: { kind: 'refuse', mentions: ['{dupA}', '{dupB}'] },
    phrasings: ['what lines does {dupGiven} have'],
  },

  // ---------------------------------------------------------------- refuse: not recorded, negations, thresholds
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: [
      'what phone model is on {line1}',
      'how many of our lines are esim',
      'circuits costing more than 1000 a month',
      "mobile lines that aren't {m1}",
      'cost centers more than 20% over budget in april',
      'lines that used over 5 gb last month',
    ],
  },

  // ---------------------------------------------------------------- refuse: another topic
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: [
      'will it rain in {city4} tomorrow',
      '{c2} share price today',
      'how many employees work at the {city3} regional office',
      'book me a flight to {city2} next week',
    ],
  },
];

/** The placeholders of the first set, and the third set's own: full names, a contract id, a compact number, a shared given name. */
export function thirdPlaceholderValues(enterprise: UnseenEnterprise): Record<string, string> {
  const { names, key } = enterprise;
  const { vendors, cities } = names;
  // Assignees as the inventory file has them, to find a given name that two of them share.
  const inventory = enterprise.files.find((file) => file.kind === 'inventory');
  const rows = inventory ? readFileSync(inventory.path, 'utf8').trim().split('\n').slice(1) : [];
  const assignees = [...new Set(rows.map((row) => row.split(',')[7] ?? '').filter((name) => name !== ''))];
  const byGiven = new Map<string, string[]>();
  for (const person of assignees) {
    const given = person.split(' ')[0]!;
    byGiven.set(given, [...(byGiven.get(given) ?? []), person]);
  }
  const shared = [...byGiven.values()].find((people) => people.length === 2) ?? ['(no shared given name)', '(none)'];
  return {
    ...placeholderValues(enterprise),
    c1Full: vendors.carrier1.name,
    c2Full: vendors.carrier2.name,
    m1Full: vendors.mobile1.name,
    City2: cities.city2,
    City3: cities.city3,
    city4Typo: typoOf(cities.city4.toLowerCase()),
    k2: key.contractIds.carrier2,
    line1Compact: key.someLine.replace(/\s/g, ''),
    dupGiven: shared[0]!.split(' ')[0]!.toLowerCase(),
    dupA: shared[0]!,
    dupB: shared[1]!,
  };
}
