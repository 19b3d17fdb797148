import type { UnseenEnterprise } from './generate-unseen-enterprise.js';
import type { Domain, EvalCase, Range } from './questions.js';
import { sixthPlaceholderValues } from './sixth-questions.js';

// The unseen split's eighth blind set, written without reading the planner, its tests or how the
// earlier sets fared, and with none of their wordings. Five people typing:
//   (a) someone new to the company who does not know the jargon and asks in plain words ("the
//       phones", "software subscriptions", "which department", "the company we pay the most");
//   (b) colleagues writing in their second language, with small grammar slips ("how much we
//       spend for", "is finish", "until when is running");
//   (c) voice-dictated questions: no punctuation, numbers said as words ("march twenty twenty
//       five", "cost center forty four ten", "the top three sites");
//   (d) a telecom analyst closing the month and reconciling invoices (invoice totals, accounts,
//       billed periods, unallocated account-level charges, the audit, disputes);
//   (e) a cloud FinOps lead (services, sub-accounts, regions, categories, the commitment, spikes).
// About a sixth must be refused or asked back with no figure: a depot, a department, a carrier
// and a cost centre this company does not have, what nobody recorded (handset models, the age of
// phones, contract clause text, headcount, support tickets, invoice approvals), exclusions,
// thresholds, a price increase and a bill beyond any forecast, a what-if, and "the internet
// company" when two carriers sell internet.
// As-of is Tue 20 May 2025: "last month" and a bare "april" are April 2025, "last quarter" and
// "the first quarter" Jan–Mar 2025, "this year", "since january first" and "so far this year"
// 1 January–20 May 2025, "may until now" 1–20 May 2025, "january to april" Jan–Apr 2025 and
// "january to april last year" Jan–Apr 2024, "february and march" 1 February–31 March 2025,
// "the past twelve months" May 2024–April 2025 (checked on months every reading holds), "from
// october to march" October 2024–March 2025; "the next two weeks" runs to 3 June 2025, "the
// next ninety days" to 17 August 2025, "before october" to 30 September 2025 and "before the new
// year" to 31 December 2025; "by the end of december" is the full-year forecast and "the whole of
// may" the month's. Poland is the second city's country and Vietnam the fourth's.

const lastMonth: Range = ['2025-04-01', '2025-05-01'];
const march: Range = ['2025-03-01', '2025-04-01'];
const february: Range = ['2025-02-01', '2025-03-01'];
const q1: Range = ['2025-01-01', '2025-04-01'];
const q4: Range = ['2024-10-01', '2025-01-01'];
const ytd: Range = ['2025-01-01', '2025-05-21'];
const mtd: Range = ['2025-05-01', '2025-05-21'];
const april2024: Range = ['2024-04-01', '2024-05-01'];
const q1Of2024: Range = ['2024-01-01', '2024-04-01'];
const firstFourMonths: Range = ['2025-01-01', '2025-05-01'];
const firstFourMonths2024: Range = ['2024-01-01', '2024-05-01'];
const februaryAndMarch: Range = ['2025-02-01', '2025-04-01'];
const lastThreeMonths = ['2025-02', '2025-03', '2025-04'];
/** The README's definition: telecom spend is everything invoiced, mobility carriers included. */
const telecom: Domain[] = ['telecom', 'mobility'];

export const eighthCases: EvalCase[] = [
  // ---------------------------------------------------------------- spend: one figure
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, domains: ['mobility'] },
    phrasings: ['how much did the company pay for mobile phones last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, domains: ['cloud'] },
    phrasings: ['how much we are spending for cloud in april?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: march, vendors: ['carrier1'] },
    phrasings: ['what did we spend with {c1} in march twenty twenty five'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, domains: ['telecom'] },
    phrasings: ['what did the internet connections and landlines cost us in april, not counting the mobiles'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, domains: ['saas'] },
    phrasings: ['what do we pay for software subscriptions this year'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: march, locations: ['loc2'] },
    phrasings: ['how much cost the {city2} bakery in march?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q1, costCenters: ['ccStoreEast'] },
    phrasings: ['how much store ops east spended in the first quarter'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, costCenters: ['ccMaintenance'] },
    phrasings: ['how much did cost center forty four ten spend in april'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: february },
    phrasings: ['what was our total spend for february twenty twenty five'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, vendors: ['carrier3'] },
    phrasings: ["reconciling the {c3Telekom} invoice for april - what's the billed total incl tax?"],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: february, carrierAccounts: ['carrier1'] },
    phrasings: ['total billed on account {acct1} for the february period'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: march, vendors: ['mobile2'] },
    phrasings: ['{c3Connect} charges, billing period march 2025'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, regions: ['ap'] },
    phrasings: ['{cl} spend in ap-southeast-5 since the start of the year'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, subAccounts: ['data'] },
    phrasings: ['analytics warehouse account - what did it burn through in april'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, services: ['compute'], regions: ['eu'] },
    phrasings: ['compute in eu-central-2, april, all sub accounts'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, cities: ['city3'], domains: ['mobility'] },
    phrasings: ['how much did the phones at the {city3} office cost in april'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, cities: ['city2'], domains: ['mobility'] },
    phrasings: ['how much we pay in poland for the mobiles last month?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q1, cities: ['city4'] },
    phrasings: ['how much did we spend in vietnam last quarter'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, vendors: ['saas1'] },
    phrasings: ['what is the company spending on the staff scheduling software {s1} in 2025'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: mtd, costCenters: ['ccLoyalty'], domains: ['cloud'] },
    phrasings: ['how much the loyalty app team is spending for cloud in may until now?'],
  },

  // ---------------------------------------------------------------- rankings and breakdowns
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'vendor', show: 5 },
    phrasings: ['which five companies do we pay the most money to this year'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: lastMonth, dimension: 'vendor', show: 1 },
    phrasings: ['which company sent us the biggest bill last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: march, dimension: 'location', show: 3 },
    phrasings: ['what were the top three sites by spend in march'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: lastMonth, dimension: 'region', domains: ['cloud'] },
    phrasings: ['april cloud bill by region please'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'service_name', vendors: ['cloud'], show: 3 },
    phrasings: ['three most expensive {cl} services so far this year'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: lastMonth, dimension: 'vendor', domains: telecom },
    phrasings: ['split the april telecom invoices by carrier'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q1, dimension: 'sub_account', domains: ['cloud'], show: 1 },
    phrasings: ['which of our cloud accounts cost the most in q1'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'cost_center', domains: ['mobility'], show: 1 },
    phrasings: ['which department spends the most on phones this year'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: march, dimension: 'cost_center', costCenters: ['ccDigital'] },
    phrasings: ['digital products in march, how is the spend divided between the teams?'],
  },

  // ---------------------------------------------------------------- comparisons
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: lastMonth, comparedTo: march, domains: ['mobility'] },
    phrasings: ['did we pay more for phones in april than in march'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: lastMonth, comparedTo: april2024, vendors: ['saas2'] },
    phrasings: ['{s2} this april compare to april of last year, how much is the difference?'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q1, comparedTo: q1Of2024 },
    phrasings: ['compare total spend first quarter twenty twenty five with first quarter twenty twenty four'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: lastMonth, comparedTo: march, vendors: ['carrier1'] },
    phrasings: ['{c1Full}: april invoice total against march, what is the difference'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: lastMonth, comparedTo: march, serviceCategories: ['Analytics'] },
    phrasings: ['analytics category spend april vs march'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: firstFourMonths, comparedTo: firstFourMonths2024, locations: ['loc1a'] },
    phrasings: ['is the {city1} mill costing more from january to april than it did january to april last year'],
  },

  // ---------------------------------------------------------------- trends
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', check: ['2025-01', '2025-02', '2025-03', '2025-04'], domains: ['mobility'] },
    phrasings: ['show me mobile spend month by month from january to april'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', check: ['2024-06', '2024-12', '2025-04'], domains: ['mobility'] },
    phrasings: ['how have our phone bills changed over the past twelve months'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', check: ['2024-12', '2025-02', '2025-04'], vendors: ['cloud'] },
    phrasings: ['daily is too noisy, give me {cl} by month for the last six months'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', check: ['2025-01', '2025-02', '2025-03', '2025-04'], costCenters: ['ccQuality'] },
    phrasings: ['how is going the spend of quality lab each month this year?'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', check: ['2024-10', '2024-11', '2025-01', '2025-03'], carrierAccounts: ['carrier2'] },
    phrasings: ['monthly totals for account {acct2} from october to march'],
  },

  // ---------------------------------------------------------------- who moved most
  {
    tool: 'rank_spend_changes',
    expect: {
      kind: 'spend_change',
      period: lastMonth,
      comparedTo: march,
      dimension: 'service_name',
      direction: 'increase',
      vendors: ['cloud'],
    },
    phrasings: ['did any {cl} service spike in april compared to march'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', period: lastMonth, comparedTo: march, dimension: 'vendor', direction: 'decrease' },
    phrasings: ['which of our suppliers got cheaper last month'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', period: q1, comparedTo: q4, dimension: 'cost_center', direction: 'decrease' },
    phrasings: ['which cost center reduce the spending most in the first quarter compared with the quarter before?'],
  },

  // ---------------------------------------------------------------- run-rates and forecasts
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month', domains: ['mobility'] },
    phrasings: ['roughly what do we spend on phones in a year at the current pace'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'trailing_3_months', vendors: ['mobile2'] },
    phrasings: ['yearly run rate for {c3} connect based on the last three months'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month', vendors: ['mobile1'] },
    phrasings: ['how much per year we will pay to {m1} if it continue like now?'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month', subAccounts: ['sandbox'] },
    phrasings: ['what is the dev sandbox costing us per year at the current rate'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'month', vendors: ['cloud'] },
    phrasings: ["what's {cl} going to come to for the whole of may"],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'year' },
    phrasings: ['how much money will we have spent by the end of december if things stay the same'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'quarter', costCenters: ['ccMarketing'] },
    phrasings: ['what is the forecast of brand marketing for this quarter?'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'quarter', domains: ['mobility'] },
    phrasings: ['what is the mobile spend forecast for the quarter ending june thirtieth'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'month', vendors: ['carrier3'] },
    phrasings: ['expected {c3Telekom} charges for may, for the accrual'],
  },

  // ---------------------------------------------------------------- budgets
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccPackaging', month: '2025-04' },
    phrasings: ['did the packaging team spend more than they were allowed in april'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccStoreWest', month: '2025-03' },
    phrasings: ['store ops west is over the budget again in march?'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccPricing', month: '2025-04' },
    phrasings: ['budget versus actual for cost center eighty eight twenty in april'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccLoyalty', month: '2025-05' },
    phrasings: ['how much budget does the loyalty app have left for may'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccStoreEast', month: '2025-02' },
    phrasings: ['did store ops east spend more than they were supposed to in february'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget_over', month: '2025-04' },
    phrasings: ['for the month-end pack: every cost centre that finished april above budget'],
  },

  // ---------------------------------------------------------------- contracts, notice dates, commitments
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'mobile1', show: 'end' },
    phrasings: ['when does our deal with the mobile phone company {m1} end'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier2', show: 'end' },
    phrasings: ['until when is running the contract with {c2}?'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'mobile2', show: 'notice' },
    phrasings: ["by what date do we have to cancel {c3Connect} if we don't want to keep it"],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier2', show: 'notice' },
    phrasings: ["does {k2} roll over automatically, and what's the notice cutoff"],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'saas2', show: 'notice' },
    phrasings: ['when do we need to tell {s2} if we want to stop using it'],
  },
  {
    tool: 'find_notice_deadlines',
    expect: { kind: 'notice_window', through: '2025-06-04' },
    phrasings: ['any contracts where we have to send notice in the next two weeks'],
  },
  {
    tool: 'find_notice_deadlines',
    expect: { kind: 'notice_window', through: '2025-10-01' },
    phrasings: ['which contracts we must cancel or renew before october?'],
  },
  {
    tool: 'list_contracts',
    expect: { kind: 'ending_window', through: '2026-01-01' },
    phrasings: ['which contract is finish before the new year'],
  },
  {
    tool: 'list_contracts',
    expect: { kind: 'ending_window', through: '2025-08-18' },
    phrasings: ['contracts that end in the next ninety days'],
  },
  {
    tool: 'get_commitment_status',
    expect: { kind: 'commitment', vendor: 'cloud' },
    phrasings: ['where are we against the {cl} committed spend this contract year'],
  },
  {
    tool: 'get_commitment_status',
    expect: { kind: 'commitment', vendor: 'mobile1' },
    phrasings: ['do we have to spend a minimum amount with {m1}, and are we reaching it?'],
  },

  // ---------------------------------------------------------------- inventory: counts and lists
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['mobile_line'] },
    phrasings: ['how many company phones do we have'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['mobile_line'], locations: ['loc2'] },
    phrasings: ['how many mobiles has the {city2} bakery?'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['circuit'], vendors: ['carrier3'], cities: ['city2'] },
    phrasings: ['how many data circuits does {c3} telekom have in {city2}'],
  },
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['circuit'], vendors: ['carrier1'] },
    phrasings: ['list every active {c1Full} circuit with its monthly cost'],
  },
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['mobile_line'], costCenters: ['ccTreasury'] },
    phrasings: ['who in treasury has a company phone? list them'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['pots_line'] },
    phrasings: ['the analog lines, how many we have in total?'],
  },
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['mobile_line'], assignee: 'someLineAssignee' },
    phrasings: ['does {person} have a work phone'],
  },

  // ---------------------------------------------------------------- usage
  {
    tool: 'get_line_usage',
    expect: { kind: 'line_usage', line: 'someLine', month: '2025-03' },
    phrasings: ['how much mobile data went through {line1} in march'],
  },
  {
    tool: 'find_zero_usage_lines',
    expect: { kind: 'zero_usage', months: lastThreeMonths },
    phrasings: [
      'which phones nobody is using since three months?',
      'show lines with no calls no data and no texts for the last three months',
    ],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', types: ['mobile_line'], sortBy: 'voice_minutes', period: lastMonth, show: 2 },
    phrasings: ['which two people were on the phone the longest in april'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', types: ['mobile_line'], sortBy: 'data_mb', period: february, show: 1 },
    phrasings: ['who is using the most mobile data in february'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', types: ['circuit'], sortBy: 'invoiced_cost', period: lastMonth, vendors: ['carrier2'], show: 1 },
    phrasings: ['which {c2} circuit had the biggest charge on the april invoice'],
  },

  // ---------------------------------------------------------------- unit costs
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'mobile_line', period: lastMonth },
    phrasings: ['on average how much does one mobile phone cost us per month'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'circuit', period: march, vendors: ['carrier2'] },
    phrasings: ['what is average price for one circuit of {c2} in march?'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'pots_line', period: lastMonth },
    phrasings: ['per-unit cost of the analogue lines on the april invoices'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'mobile_line', period: march, groupBy: 'location' },
    phrasings: ['average cost of a mobile line at each location for march'],
  },

  // ---------------------------------------------------------------- unallocated spend and realised savings
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: lastMonth },
    phrasings: ["how much of last month's spending isn't charged to any department"],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: march, domains: ['cloud'] },
    phrasings: ['tagging gap: unallocated cloud dollars for march'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: lastMonth, vendors: ['carrier1'] },
    phrasings: ["how much of the {c1} april invoice couldn't be matched to a cost centre"],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: q1, domains: ['saas'] },
    phrasings: ['unallocated software spend for the first quarter'],
  },
  {
    tool: 'get_realized_savings',
    expect: { kind: 'realized_savings', period: ytd },
    phrasings: ['how much money did we save by cancelling things this year'],
  },
  {
    tool: 'get_realized_savings',
    expect: { kind: 'realized_savings', period: februaryAndMarch },
    phrasings: ['realised savings from disconnects for february and march'],
  },

  // ---------------------------------------------------------------- invoice audit and disputes
  {
    tool: 'audit_invoices',
    expect: { kind: 'audit', finding: 'overbilling' },
    phrasings: ['month end check: did any carrier bill a circuit above the agreed rate'],
  },
  {
    tool: 'audit_invoices',
    expect: { kind: 'audit', finding: 'all' },
    phrasings: ['are there mistakes in our phone and internet bills'],
  },
  {
    tool: 'audit_invoices',
    expect: { kind: 'audit', finding: 'notInInventory' },
    phrasings: ["is there some circuit in the bills which we don't have in our list?"],
  },
  {
    tool: ['find_billed_after_disconnect', 'audit_invoices'],
    expect: { kind: 'billed_after_disconnect' },
    phrasings: [
      'are we paying for any circuit that was already shut down',
      'is anyone still charging us for lines we turned off last year',
    ],
  },
  {
    tool: 'list_disputes',
    expect: { kind: 'disputes' },
    phrasings: ['open dispute list with amounts for the month end pack', 'the money {c2} owe us for the wrong bill, did we get it back?'],
  },

  // ---------------------------------------------------------------- refuse: names the company does not have
  { tool: null, expect: { kind: 'refuse', mentions: ['hamburg'] }, phrasings: ['how much did the hamburg depot cost in april'] },
  {
    tool: null,
    expect: { kind: 'refuse', mentions: ['research and development'] },
    phrasings: ['what is the budget of research and development for may?'],
  },
  { tool: null, expect: { kind: 'refuse', mentions: ['orange'] }, phrasings: ['how much we pay to orange last month?'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['{gSaas}'] }, phrasings: ['is {gSaas} still billed to us every month'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['how much did cost center fifty five hundred spend in march'] },

  // ---------------------------------------------------------------- refuse or ask back: a word that names no one thing
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['what are we paying the internet company', 'how much did the finance department spend in april'],
  },

  // ---------------------------------------------------------------- refuse: what nobody recorded
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: [
      'which phone models do our staff have',
      'how old are the phones in store ops west',
      'show me the clause about price increases in the {c2Full} agreement',
      'how many employees work in online fulfilment',
      'how many support tickets did we open with {c2} this year',
      'who approved the last {c1} invoice',
    ],
  },

  // ---------------------------------------------------------------- refuse: exclusions, thresholds, what no forecast gives
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: [
      'cloud spend for april but leave out the sandbox',
      'count the phones at every site apart from the {city4} freight yard',
      'which mobile lines cost more than sixty dollars last month',
      'list the circuits cheaper than 500 a month',
      'how much will {c1} raise their prices next year',
      'what will our cloud bill be in 2027',
      'how much would we save if we moved all the phones to {c3Connect}',
    ],
  },
];

/** Names the refusals use as names this company does not have. */
const absentNames = ['hamburg', 'research', 'orange', 'finance'];

/** The sixth set's placeholders; refuses a seed whose company happens to have a name written here as absent. */
export function eighthPlaceholderValues(enterprise: UnseenEnterprise): Record<string, string> {
  const { names } = enterprise;
  const words = [
    ...Object.values(names.vendors).flatMap((vendor) => [vendor.name, ...vendor.aliases]),
    ...Object.values(names.costCenters).map((costCenter) => costCenter.name),
    ...Object.values(names.locations).map((location) => `${location.name} ${location.country}`),
    ...Object.values(names.cities),
  ].flatMap((name) => name.toLowerCase().split(/[^a-z0-9]+/));
  const present = absentNames.filter((name) => words.includes(name));
  if (present.length > 0) throw new Error(`the eighth set's absent names exist in this company: ${present.join(', ')}`);
  return sixthPlaceholderValues(enterprise);
}
