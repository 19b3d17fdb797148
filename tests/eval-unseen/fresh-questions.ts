import { typoOf } from '../eval-heldout/coin-heldout-names.js';
import type { UnseenEnterprise } from './generate-unseen-enterprise.js';
import { placeholderValues, type Domain, type EvalCase, type Range } from './questions.js';

// A second blind set over the unseen company, written later and apart from questions.ts: no
// question of it is reused or lightly rephrased here, and nobody has tuned the planner on these.
// Same format, same expectations, same placeholders (plus a few more, below). As-of is Tue 20 May
// 2025: "last month" is April 2025, "q4" is Oct–Dec 2024, "q3" Jul–Sep 2024, "h2 last year"
// Jul–Dec 2024, "dec" December 2024, "ytd" 1 January to 20 May 2025, "this month" May 2025.

const lastMonth: Range = ['2025-04-01', '2025-05-01'];
const march: Range = ['2025-03-01', '2025-04-01'];
const february: Range = ['2025-02-01', '2025-03-01'];
const january: Range = ['2025-01-01', '2025-02-01'];
const q1: Range = ['2025-01-01', '2025-04-01'];
const q4: Range = ['2024-10-01', '2025-01-01'];
const ytd: Range = ['2025-01-01', '2025-05-21'];
const december2024: Range = ['2024-12-01', '2025-01-01'];
const secondHalf2024: Range = ['2024-07-01', '2025-01-01'];
/** Year to date a year ago: 1 January to 20 May 2024. */
const ytdLastYear: Range = ['2024-01-01', '2024-05-21'];
/** The README's definition: telecom spend is everything invoiced, mobility carriers included. */
const telecom: Domain[] = ['telecom', 'mobility'];

export const freshCases: EvalCase[] = [
  // ---------------------------------------------------------------- spend by vendor
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, vendors: ['carrier1'] },
    phrasings: ['hey can you pull {c1Alias} spend for april', 'what did {c1Alias} bill us last mo'],
  },
  { tool: 'get_spend', expect: { kind: 'spend', period: march, vendors: ['carrier2'] }, phrasings: ['{c2Typo} march spend?'] },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q4, vendors: ['carrier3'] },
    phrasings: ['how much did {c3} telekom cost us in q4'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: secondHalf2024, vendors: ['mobile1'] },
    phrasings: ['{m1Alias} spend h2 last year'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, vendors: ['mobile2'] },
    phrasings: ['whats the {c3} connect bill for last month', 'total $ to {c3} connect in april'],
  },
  { tool: 'get_spend', expect: { kind: 'spend', period: q1, vendors: ['saas1'] }, phrasings: ['{s1Typo} cost q1'] },
  { tool: 'get_spend', expect: { kind: 'spend', period: march, vendors: ['saas3'] }, phrasings: ['{s3} $ in march'] },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q1, vendors: ['cloud'] },
    phrasings: ['hey how much did we spend on {cl} in q1', '{cl} cloud bill for jan-mar'],
  },
  { tool: 'get_spend', expect: { kind: 'spend', period: december2024, vendors: ['saas2'] }, phrasings: ['{s2} dec spend'] },

  // ---------------------------------------------------------------- spend by cost center
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q1, costCenters: ['ccMarketing'] },
    phrasings: ['brand marketing spend last quarter', 'cc7300 q1 $'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, costCenters: ['ccFulfilment'] },
    phrasings: ['online fulfilment spend april', 'd20 last month spend'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, costCenters: ['ccCorporate'] },
    phrasings: ['how much has corporate services spent this year'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, costCenters: ['ccPackaging'], domains: telecom },
    phrasings: ['packaging line telecom spend in april'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: march, costCenters: ['ccQuality'], domains: ['mobility'] },
    phrasings: ['quality lab mobile spend march'],
  },

  // ---------------------------------------------------------------- spend by location
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q1, locations: ['loc1b'] },
    phrasings: ['{city1} flagship shop spend q1'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, cities: ['city4'] },
    phrasings: ['{city4} spend last month', 'how much did we spend in {city4Typo} in april'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, locations: ['loc3'], domains: ['mobility'] },
    phrasings: ['mobile spend at the {city3} regional office ytd'],
  },

  // ---------------------------------------------------------------- domain, service, sub-account, account
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q1, domains: ['telecom'] },
    phrasings: ['wireline spend q1'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, services: ['cdn'] },
    phrasings: ['{cl} cdn spend last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, serviceCategories: ['Storage'] },
    phrasings: ['what are we paying for storage ytd'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q1, subAccounts: ['data'] },
    phrasings: ['analytics warehouse spend q1'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q1, carrierAccounts: ['carrier2'] },
    phrasings: ['spend on ban {acct2} in q1'],
  },

  // ---------------------------------------------------------------- rankings
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: lastMonth, dimension: 'cost_center', show: 5 },
    phrasings: ['top 5 ccs by spend last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q4, dimension: 'vendor', show: 3 },
    phrasings: ['who were our 3 biggest suppliers in q4'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: lastMonth, dimension: 'cost_center', costCenters: ['ccRetail'] },
    phrasings: ['break down retail stores spend by cost center for april'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'vendor', domains: ['saas'] },
    phrasings: ['rank our saas vendors by spend ytd'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q1, dimension: 'location', domains: ['mobility'] },
    phrasings: ['mobile spend by site q1'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'sub_account', vendors: ['cloud'], show: 1 },
    phrasings: ['which {cl} sub account costs us the most ytd'],
  },

  // ---------------------------------------------------------------- comparisons and trends
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: lastMonth, comparedTo: march, vendors: ['carrier2'] },
    phrasings: ['how did {c2} change apr vs mar', '{c2} april compared w/ march'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: ytd, comparedTo: ytdLastYear },
    phrasings: ['total spend ytd vs same period last year'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: february, comparedTo: january, costCenters: ['ccStoreEast'] },
    phrasings: ['d-14 feb vs jan'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', check: ['2024-06', '2024-11', '2025-04'], vendors: ['mobile1'] },
    phrasings: ['{m1} month by month for the last 12 months'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', check: ['2025-01', '2025-02', '2025-03'], domains: ['mobility'] },
    phrasings: ['mobility spend per month in q1'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', check: ['2025-02', '2025-03', '2025-04'], services: ['lakehouse'] },
    phrasings: ['{cl} lakehouse monthly trend'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', check: ['2024-10', '2025-01', '2025-04'], costCenters: ['ccFulfilment'] },
    phrasings: ['online fulfilment spend by month since october'],
  },

  // ---------------------------------------------------------------- inventory counts and lists
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['mobile_line'], cities: ['city1'] },
    phrasings: ['how many cell phones do we have in {city1}'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['circuit'], locations: ['loc4'] },
    phrasings: ['# circuits at the {city4} freight yard'],
  },
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['pots_line'] },
    phrasings: ['list our pots lines pls', 'show me every pots line we pay for'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['mobile_line'], costCenters: ['ccFulfilment'] },
    phrasings: ['how many mobile lines does online fulfilment have'],
  },
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['circuit'], locations: ['loc1b'] },
    phrasings: ['circuits at {city1} flagship shop?'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['voice_trunk'], vendors: ['carrier1'] },
    phrasings: ['how many sip trunks do we have with {c1}'],
  },

  // ---------------------------------------------------------------- contracts, notice dates, commitments
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'mobile2', show: 'end' },
    phrasings: ['{c3} connect contract - when does it end'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier1', show: 'notice' },
    phrasings: ['last day to give {c1} notice?', 'hey whats the cancel-by date on the {c1} msa'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier2', show: 'notice' },
    phrasings: ['notice deadline on {ctrC2}'],
  },
  {
    tool: 'find_notice_deadlines',
    expect: { kind: 'notice_window', through: '2025-06-19' },
    phrasings: ['any notice deadlines in the next 30 days?', 'contracts i need to give notice on within 30 days'],
  },
  {
    tool: 'find_notice_deadlines',
    expect: { kind: 'notice_window', through: '2025-10-01' },
    phrasings: ['renewal notices due by end of q3'],
  },
  {
    tool: 'list_contracts',
    expect: { kind: 'ending_window', through: '2025-11-20' },
    phrasings: ['contracts expiring in the next 6 months'],
  },
  {
    tool: 'get_commitment_status',
    expect: { kind: 'commitment', vendor: 'cloud' },
    phrasings: ['how much of our {cl} committed spend have we used so far'],
  },
  {
    tool: 'get_commitment_status',
    expect: { kind: 'commitment', vendor: 'mobile1' },
    phrasings: ['are we gonna hit the {m1} minimum annual commit'],
  },

  // ---------------------------------------------------------------- budgets
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccLoyalty', month: '2025-04' },
    phrasings: ['loyalty app budget vs actual april'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccFulfilment', month: '2025-03' },
    phrasings: ['was online fulfilment within budget in march'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccAudit', month: '2025-05' },
    phrasings: ['7200 budget mtd'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget_over', month: '2025-03' },
    phrasings: ['any cost centers over budget in march?'],
  },

  // ---------------------------------------------------------------- usage
  {
    tool: 'get_line_usage',
    expect: { kind: 'line_usage', line: 'someLine', month: '2025-03' },
    phrasings: ['data usage on {line1Compact} in march'],
  },
  {
    tool: 'find_zero_usage_lines',
    expect: { kind: 'zero_usage', months: ['2025-01', '2025-02', '2025-03', '2025-04'] },
    phrasings: ['which mobile lines had zero usage in the last 4 months'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', types: ['mobile_line'], sortBy: 'data_mb', period: march, show: 5 },
    phrasings: ['top 5 data users in march'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', types: ['mobile_line'], sortBy: 'voice_minutes', period: lastMonth, vendors: ['mobile1'], show: 3 },
    phrasings: ['top 3 {m1} lines by call minutes last month'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', types: ['circuit'], sortBy: 'invoiced_cost', period: q1, vendors: ['carrier2'], show: 1 },
    phrasings: ['most expensive {c2} circuit in q1'],
  },

  // ---------------------------------------------------------------- growth, run-rate, forecast
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', period: lastMonth, comparedTo: march, dimension: 'vendor', direction: 'decrease', domains: ['saas'] },
    phrasings: ['which saas vendor dropped the most last month'],
  },
  {
    tool: 'rank_spend_changes',
    expect: {
      kind: 'spend_change',
      period: lastMonth,
      comparedTo: march,
      dimension: 'sub_account',
      direction: 'increase',
      vendors: ['cloud'],
    },
    phrasings: ['which {cl} sub account grew the most in april'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', period: q1, comparedTo: q4, dimension: 'cost_center', direction: 'increase' },
    phrasings: ['which cost center went up most q1 vs q4'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month', domains: ['mobility'] },
    phrasings: ['mobility annual run rate'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'trailing_3_months', vendors: ['saas3'] },
    phrasings: ['{s3} run rate off the last 3 months'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month' },
    phrasings: ['whats our annualized run rate overall'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'year', vendors: ['saas2'] },
    phrasings: ['projected {s2} spend for full year 2025'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'month', costCenters: ['ccLoyalty'] },
    phrasings: ['loyalty app forecast for end of may'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'quarter', domains: ['mobility'] },
    phrasings: ['where will mobility land this qtr'],
  },

  // ---------------------------------------------------------------- unit costs, unallocated, savings
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'circuit', period: lastMonth, vendors: ['carrier3'] },
    phrasings: ['avg monthly cost per {c3} telekom circuit'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'mobile_line', period: march, vendors: ['mobile2'] },
    phrasings: ['{c3} connect cost per line in march'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'voice_trunk', period: lastMonth },
    phrasings: ['average cost per sip trunk last month'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: ytd, domains: ['saas'] },
    phrasings: ['how much saas spend isnt allocated to a cost center ytd'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: march, domains: telecom },
    phrasings: ['unallocated telecom in march'],
  },
  {
    tool: 'get_realized_savings',
    expect: { kind: 'realized_savings', period: lastMonth },
    phrasings: ['what did our disconnects save us in april'],
  },

  // ---------------------------------------------------------------- audit and disputes
  {
    tool: 'audit_invoices',
    expect: { kind: 'audit', finding: 'overbilling' },
    phrasings: ['check {c2} invoices against contracted rates'],
  },
  {
    tool: 'audit_invoices',
    expect: { kind: 'audit', finding: 'notInInventory' },
    phrasings: ['are we billed for any services that arent in our inventory'],
  },
  {
    tool: ['find_billed_after_disconnect', 'audit_invoices'],
    expect: { kind: 'billed_after_disconnect' },
    phrasings: ['is {c1} still charging us for circuits we cancelled'],
  },
  {
    tool: 'list_disputes',
    expect: { kind: 'disputes' },
    phrasings: ['whats the status of our billing disputes', 'did {c2} ever credit the overcharge dispute'],
  },

  // ---------------------------------------------------------------- refuse: names the company does not have
  { tool: null, expect: { kind: 'refuse', mentions: ['t-mobile'] }, phrasings: ['t-mobile spend last quarter'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['slack'] }, phrasings: ['how much are we paying for slack licenses ytd'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['4450'] }, phrasings: ['cc 4450 spend q1'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['amsterdam'] }, phrasings: ['list circuits in amsterdam'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['gpu'] }, phrasings: ['{cl} gpu spend last month'] },

  // ---------------------------------------------------------------- clarify: a word that names two things
  {
    tool: null,
    expect: { kind: 'refuse', mentions: ['{c3Telekom}', '{c3Connect}'] },
    phrasings: ['{c3} contract end date'],
  },

  // ---------------------------------------------------------------- clarify: nothing to answer yet
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['same again but for the other one', 'thoughts?'] },

  // ---------------------------------------------------------------- refuse: what the data does not record
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['which circuits had outages last month'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['how many iphones vs androids do we have'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['who signed the {c2} contract'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['avg latency on our sd-wan circuits'] },

  // ---------------------------------------------------------------- refuse: a threshold or negation the tools do not take
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['circuits that cost more than $1,000 a month'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['all mobile lines except the {m1} ones'] },
];

/** The unseen placeholders and the few more this set uses. */
export function freshPlaceholderValues(enterprise: UnseenEnterprise): Record<string, string> {
  const { names, key } = enterprise;
  const { vendors, cities } = names;
  return {
    ...placeholderValues(enterprise),
    c1Alias: vendors.carrier1.aliases[0]!.toLowerCase(),
    c2Typo: vendors.carrier2.typo,
    m1Alias: vendors.mobile1.aliases[0]!.toLowerCase(),
    s1Typo: vendors.saas1.typo,
    city4Typo: typoOf(cities.city4.toLowerCase()),
    acct2: key.accounts.carrier2,
    ctrC2: key.contractIds.carrier2.toLowerCase(),
    line1Compact: key.someLine.replace(/\s/g, ''),
  };
}
