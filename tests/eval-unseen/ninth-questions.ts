import { typoOf } from '../eval-heldout/coin-heldout-names.js';
import { eighthPlaceholderValues } from './eighth-questions.js';
import type { UnseenEnterprise } from './generate-unseen-enterprise.js';
import type { Domain, EvalCase, Range } from './questions.js';

// The unseen split's ninth blind set, written without reading the planner, its tests or how the
// earlier sets fared, and with none of their wordings. Five people typing:
//   (a) a finance controller at month end: budget vs actual and the variance, cost centres over
//       budget, the May accrual ("what will we be billed for may"), year over year, the run-rate,
//       the full-year outturn and "what's driving the increase";
//   (b) an IT service-desk agent looking up one thing: a line's usage, what a person has, the
//       circuits or trunks at a site, how many lines a team has, the idle SIMs;
//   (c) a procurement / vendor manager: contract end and notice dates, auto-renewal, what expires
//       or needs notice soon, which vendors we have contracts with, commitments, spend per vendor;
//   (d) a FinOps practitioner using FOCUS words: effective and billed cost, service category,
//       charge period, sub-account, region, untagged spend, run-rate and month-end forecast;
//   (e) people who write badly: all lowercase, no question mark, two clauses run together,
//       misspelt vendors, cities and months ("aprl", "febuary", "forcast"), "thx", "pls", and a
//       leading "@Ledgerline".
// About a sixth must be refused or asked back with no figure: what the data does not record
// (headcount, handset models, whether an invoice is paid, who signed it off, its due date, SLA
// credits and uptime, reserved-instance coverage), a carrier, a site, a cost centre and a cloud
// the company does not have, advice, a what-if, an exclusion no tool makes (a plan type out of a
// unit cost), spend for part of a month on monthly invoices, and "{c3}" alone, which names both
// the carrier and its mobile brand.
// As-of is Tue 20 May 2025: "april", "aprl", "last month" and "the april close" are April 2025;
// "march"/"mar" March 2025 and "febuary" February 2025; "q1" and "jan to mar" Jan–Mar 2025, "q4"
// Oct–Dec 2024 and "q1 last year" Jan–Mar 2024; "april yoy" and "april last year" compare April
// 2025 with April 2024; "jan through apr" is Jan–Apr 2025; "jul-dec 2024" 1 July–31 December
// 2024 and "2024" the calendar year 2024; "ytd" and "this year" run from 1 January to 20 May 2025;
// "this month", "mtd", "so far" and "in may so far" 1–20 May 2025 (the cloud's last charge day
// is the 19th, SaaS is charged for May on 1 May), and a budget "in may" or "so far" is May
// 2025's budget against its actual to 20 May; "charge period 1-7 april" is 1–7 April 2025 on the
// daily cloud rows; "billed for may", "may accrual" and "eom" are the forecast of May 2025, "q2"
// the forecast of Apr–Jun 2025 and "full year outturn" / "for the year" of 2025; a "monthly run
// rate" is April 2025's, and "the trailing 3 months" Feb–Apr 2025; idle SIMs are lines with no
// usage in the last three usage months, Feb–Apr 2025. "The next 30 days" of notice deadlines
// runs to 19 June 2025 (through 20 June, exclusive), "the next 6 months" to 20 November 2025 and
// "between now and end of november" to 30 November 2025 (no contract date falls near any of these
// edges); "all our active contracts" are those not ended by 20 May 2025; "this contract year" is
// the commitment's current year ({cl} from 1 July 2024, {m1} from 1 June 2024). "The first week
// of april" and "between 10 and 20 april" have no exact answer on a carrier's monthly invoice.

const lastMonth: Range = ['2025-04-01', '2025-05-01'];
const march: Range = ['2025-03-01', '2025-04-01'];
const february: Range = ['2025-02-01', '2025-03-01'];
const q1: Range = ['2025-01-01', '2025-04-01'];
const q4: Range = ['2024-10-01', '2025-01-01'];
const ytd: Range = ['2025-01-01', '2025-05-21'];
const mtd: Range = ['2025-05-01', '2025-05-21'];
const year2024: Range = ['2024-01-01', '2025-01-01'];
const secondHalf2024: Range = ['2024-07-01', '2025-01-01'];
const april2024: Range = ['2024-04-01', '2024-05-01'];
const q1Of2024: Range = ['2024-01-01', '2024-04-01'];
const firstFourMonths: Range = ['2025-01-01', '2025-05-01'];
const firstWeekOfApril: Range = ['2025-04-01', '2025-04-08'];
const lastThreeMonths = ['2025-02', '2025-03', '2025-04'];
/** The README's definition: telecom spend is everything invoiced, mobility carriers included. */
const telecom: Domain[] = ['telecom', 'mobility'];

export const ninthCases: EvalCase[] = [
  // ---------------------------------------------------------------- (a) controller: budget vs actual
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccStoreEast', month: '2025-04' },
    phrasings: ['where did d-14 land vs budget in april', 'store ops east budget variance for the april close'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccMaintenance', month: '2025-04' },
    phrasings: ['plant maintenance actual vs budget april, need the variance'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccQuality', month: '2025-05' },
    phrasings: ['how much headroom does quality lab have left in may'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget_over', month: '2025-03' },
    phrasings: ['which cost centres blew their march budget'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget_over', month: '2025-04' },
    phrasings: ['april close: list the cost centers that came in over budget'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccStoreWest', month: '2025-05' },
    phrasings: ['is d-12 tracking ok against its may budget so far'],
  },

  // ---------------------------------------------------------------- (a) controller: accruals, outturn, run-rate
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'month' },
    phrasings: ['what will we be billed for may in total, need it for the accrual', 'may accrual estimate across all vendors'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'month', vendors: ['mobile1'] },
    phrasings: ['how much should i accrue for {m1} in may?'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'quarter', domains: ['saas'] },
    phrasings: ['where will saas land for q2'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'year', domains: telecom },
    phrasings: ['full year outturn for telecom incl mobile'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month' },
    phrasings: ['current monthly run rate, all spend'],
  },

  // ---------------------------------------------------------------- (a) controller: year over year and what drives it
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: lastMonth, comparedTo: april2024 },
    phrasings: ['april spend yoy', 'how does april compare with april last year overall'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q1, comparedTo: q1Of2024, costCenters: ['ccMaintenance'] },
    phrasings: ['plant maintenance q1 this year vs q1 last year'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q1, comparedTo: q1Of2024, domains: ['mobility'] },
    phrasings: ['mobile spend q1 year over year'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: lastMonth, comparedTo: march },
    phrasings: ["what's driving the increase in april vs march", 'why did total spend go up last month'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: lastMonth, comparedTo: march, domains: ['cloud'] },
    phrasings: ["cloud jumped in april - what's behind it"],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: lastMonth, comparedTo: march, domains: ['saas'] },
    phrasings: ['saas mom change for april'],
  },
  {
    tool: ['rank_spend_changes', 'compare_spend'],
    expect: { kind: 'spend_change', period: lastMonth, comparedTo: march, dimension: 'cost_center', direction: 'increase' },
    phrasings: ['which cost centre drove most of the april increase'],
  },

  // ---------------------------------------------------------------- (a) controller: actuals
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: lastMonth, dimension: 'cost_center', show: 5 },
    phrasings: ['top 5 cost centres by april actuals'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: lastMonth, dimension: 'cost_center' },
    phrasings: ['april actuals by cost centre for the close pack'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q1, costCenters: ['ccCorporate'] },
    phrasings: ['corporate services q1 actuals incl its sub cost centres'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: secondHalf2024 },
    phrasings: ['total spend jul-dec 2024'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: firstFourMonths, costCenters: ['ccStoreWest'] },
    phrasings: ['d-12 actuals jan through apr'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', check: ['2025-01', '2025-02', '2025-03', '2025-04'], vendors: ['carrier2'] },
    phrasings: ['{c2} month by month since january'],
  },

  // ---------------------------------------------------------------- (b) service desk: one line, one person
  {
    tool: 'get_line_usage',
    expect: { kind: 'line_usage', line: 'someLine', month: '2025-04' },
    phrasings: ['data usage on {line1} for april pls', 'ticket from the user on {line1Compact}: how much data did they burn last month'],
  },
  {
    tool: 'get_line_usage',
    expect: { kind: 'line_usage', line: 'someLine', month: '2025-03' },
    phrasings: ['{line1} usage in march'],
  },
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['mobile_line'], assignee: 'someLineAssignee' },
    phrasings: ['what lines does {person} have', '{personLower} - any company mobiles assigned?'],
  },
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['mobile_line'], costCenters: ['ccLoyalty'] },
    phrasings: ['list the phones charged to the loyalty app cost centre'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['mobile_line'], costCenters: ['ccStoreEast'] },
    phrasings: ['how many mobiles are assigned to store ops east'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['mobile_line'], vendors: ['mobile1'], cities: ['city4'] },
    phrasings: ['how many {m1} lines in {city4}'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['mobile_line'], status: 'disconnected' },
    phrasings: ['how many mobile lines are marked disconnected in inventory'],
  },

  // ---------------------------------------------------------------- (b) service desk: sites
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['circuit'], locations: ['loc4'] },
    phrasings: ['circuits at the {city4} freight yard'],
  },
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['circuit'], cities: ['city2'] },
    phrasings: ['what circuits have we got in {city2}'],
  },
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['circuit'], vendors: ['carrier3'], locations: ['loc1b'] },
    phrasings: ['{c3Telekom} circuit ids at the {city1} flagship shop'],
  },
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['circuit'], vendors: ['carrier2'], cities: ['city3'] },
    phrasings: ['{c2} circuits in {city3}?'],
  },
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['voice_trunk'], locations: ['loc3'] },
    phrasings: ['is there a sip trunk at {city3} regional office'],
  },
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['pots_line'], locations: ['loc1a'] },
    phrasings: ['analogue lines at {city1} mill, need the numbers'],
  },

  // ---------------------------------------------------------------- (b) service desk: usage and the costliest
  {
    tool: 'find_zero_usage_lines',
    expect: { kind: 'zero_usage', months: lastThreeMonths },
    phrasings: ['any sims sitting idle we can cancel'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', types: ['mobile_line'], sortBy: 'data_mb', period: march, show: 1 },
    phrasings: ['biggest data user in march'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', types: ['circuit'], sortBy: 'invoiced_cost', period: lastMonth, vendors: ['carrier1'], show: 1 },
    phrasings: ['most expensive {c1} circuit on the april bill'],
  },

  // ---------------------------------------------------------------- (c) procurement: one contract
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier1', show: 'notice' },
    phrasings: ['last day to give {c1} notice on the msa', '{c1Full} msa - notice deadline?'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier3', show: 'notice' },
    phrasings: ['is the {c3Telekom} agreement auto renewing'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'saas2', show: 'end' },
    phrasings: ['{s2} term end date'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'saas1', show: 'notice' },
    phrasings: ['did we miss the {s1} cancellation window'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'mobile2', show: 'end' },
    phrasings: ['when does the {c3Connect} business plan expire'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'cloud', show: 'end' },
    phrasings: ['{cl} committed spend agreement - when does it end'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'mobile1', show: 'notice' },
    phrasings: ['if we want out of {m1} what date do we have to tell them by'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier2', show: 'end' },
    phrasings: ['pull up {k2}'],
  },

  // ---------------------------------------------------------------- (c) procurement: windows and the portfolio
  {
    tool: 'list_contracts',
    expect: { kind: 'ending_window', through: '2025-11-21' },
    phrasings: ['contracts expiring in the next 6 months', "what's up for renewal over the next six months"],
  },
  {
    tool: 'find_notice_deadlines',
    expect: { kind: 'notice_window', through: '2025-06-20' },
    phrasings: ['any notice deadlines in the next 30 days?'],
  },
  {
    tool: 'find_notice_deadlines',
    expect: { kind: 'notice_window', through: '2025-12-01' },
    phrasings: ['notice dates we have to hit between now and end of november'],
  },
  {
    tool: 'list_contracts',
    expect: { kind: 'ending_window', through: '2100-01-01' },
    phrasings: ['list all our active contracts', 'which vendors are we under contract with right now'],
  },
  {
    tool: 'get_commitment_status',
    expect: { kind: 'commitment', vendor: 'cloud' },
    phrasings: ['how are we tracking against the {cl} spend commitment'],
  },
  {
    tool: 'get_commitment_status',
    expect: { kind: 'commitment', vendor: 'mobile1' },
    phrasings: ['{m1} commit - spent vs committed this contract year'],
  },

  // ---------------------------------------------------------------- (c) procurement: spend per vendor
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: year2024, vendors: ['carrier2'] },
    phrasings: ['how much did we pay {c2Full} in 2024 total'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'vendor', show: 5 },
    phrasings: ['top 5 suppliers by spend ytd for the vendor review'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: lastMonth, dimension: 'vendor', domains: ['saas'] },
    phrasings: ['saas vendors ranked by spend last month'],
  },

  // ---------------------------------------------------------------- (d) FinOps: FOCUS words
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, vendors: ['cloud'] },
    phrasings: ['effective cost for {cl} in april', '{cl} billed vs effective cost april'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: lastMonth, dimension: 'service_category' },
    phrasings: ['billed cost by service category last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'region', vendors: ['cloud'] },
    phrasings: ['{cl} effective cost by region ytd'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: march, serviceCategories: ['Compute'] },
    phrasings: ['compute service category, charge period march'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q1, dimension: 'sub_account', vendors: ['cloud'] },
    phrasings: ['{cl} cost per sub account for q1'],
  },
  {
    tool: ['get_spend', 'compare_spend'],
    expect: { kind: 'ranking', period: lastMonth, dimension: 'region', regions: ['eu', 'ap'] },
    phrasings: ['ap-southeast-5 vs eu-central-2 in april'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: mtd, domains: ['cloud'] },
    phrasings: ['cloud charges with a charge period in may so far'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: firstWeekOfApril, vendors: ['cloud'] },
    phrasings: ['{cl} spend for charge period 1-7 april'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, serviceCategories: ['Storage'] },
    phrasings: ['storage category spend ytd'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, services: ['containers'] },
    phrasings: ['container service cost last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q1, dimension: 'service_name', domains: ['cloud'], show: 3 },
    phrasings: ['top 3 services by effective cost q1, cloud only'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, vendors: ['saas3'] },
    phrasings: ['billed cost for {s3} ytd'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, subAccounts: ['sandbox'] },
    phrasings: ['dev sandbox billed cost last month'],
  },

  // ---------------------------------------------------------------- (d) FinOps: untagged, movers, run-rate, forecast
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: mtd, domains: ['cloud'] },
    phrasings: ['untagged cloud spend mtd'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: ytd, vendors: ['cloud'] },
    phrasings: ['how much {cl} cost has no cost-center tag this year'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: lastMonth, comparedTo: march, services: ['lakehouse'] },
    phrasings: ['lakehouse effective cost april vs march'],
  },
  {
    tool: ['rank_spend_changes', 'compare_spend'],
    expect: {
      kind: 'spend_change',
      period: lastMonth,
      comparedTo: march,
      dimension: 'sub_account',
      direction: 'increase',
      domains: ['cloud'],
    },
    phrasings: ['which sub account drove the cloud increase in april'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'trailing_3_months', domains: ['cloud'] },
    phrasings: ['cloud run rate off the trailing 3 months'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'month', subAccounts: ['data'] },
    phrasings: ['eom forecast for the analytics warehouse sub account'],
  },

  // ---------------------------------------------------------------- (e) written badly
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, vendors: ['carrier1'] },
    phrasings: ['@Ledgerline {c1Typo} spend aprl thx'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: february, vendors: ['saas2'] },
    phrasings: ['how much did we pay {s2Typo} in febuary pls'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: march, vendors: ['carrier2'] },
    phrasings: ['doing the close and need the {c2} number for march can u pull it'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: mtd, domains: ['saas'] },
    phrasings: ['how much we spending on saas this month so far'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: year2024 },
    phrasings: ['@Ledgerline total spend 2024 pls'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q1, domains: ['mobility'] },
    phrasings: ['jan to mar mobility spend thx'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, carrierAccounts: ['carrier2'] },
    phrasings: ['bill for ban {acct2} in april'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, vendors: ['saas3'] },
    phrasings: ['{s3Typo} last month how much'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, costCenters: ['ccPricing'] },
    phrasings: ['pricing engine ytd spend pls thx'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: lastMonth, dimension: 'service_name', vendors: ['cloud'] },
    phrasings: ['{clTypo} spend by service april pls'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: march, dimension: 'vendor' },
    phrasings: ['spend by vendor for march pls'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: lastMonth, comparedTo: march, vendors: ['mobile1'] },
    phrasings: ['compare {m1Typo} march and aprl'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q1, comparedTo: q4, cities: ['city3'] },
    phrasings: ['what did {city3} cost us in q1 and was it more than q4'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccTreasury', month: '2025-04' },
    phrasings: ['treasury over budget in april or not'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccStoreWest', month: '2025-04' },
    phrasings: ['d-12 over budget again?? april'],
  },
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['circuit'], cities: ['city4'] },
    phrasings: ['list all circuits in {city4Typo} pls'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['mobile_line'], locations: ['loc2'] },
    phrasings: ['how many phones at {city2Typo} bakery'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier2', show: 'end' },
    phrasings: ['whens {c2Typo} contract up'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'saas1', show: 'end' },
    phrasings: ['{s1Typo} renewal date pls'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', types: ['mobile_line'], sortBy: 'data_mb', period: lastMonth, show: 1 },
    phrasings: ['who used the most data last month need it for a ticket thx'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'mobile_line', period: lastMonth, vendors: ['mobile2'] },
    phrasings: ['avg cost per {c3ConnectLower} line last month'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: lastMonth },
    phrasings: ['how much unallocated in aprl'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'year' },
    phrasings: ['forcast for the year total pls'],
  },

  // ---------------------------------------------------------------- refuse: names the company does not have
  { tool: null, expect: { kind: 'refuse', mentions: ['{gCarrier}'] }, phrasings: ['{gCarrier} contract end date'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['{gCity}'] }, phrasings: ['spend at the {gCity} depot in aprl'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['d-30'] }, phrasings: ['d-30 budget for april'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['oracle'] }, phrasings: ['oracle cloud spend last month'] },

  // ---------------------------------------------------------------- ask back: a word that names two vendors
  {
    tool: null,
    expect: { kind: 'refuse', mentions: ['{c3Telekom}', '{c3Connect}'] },
    phrasings: ['when does our {c3} contract end'],
  },

  // ---------------------------------------------------------------- refuse: what the data does not record
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: [
      'how many employees do we have',
      'cost per head for store ops west, need the headcount too',
      'what handset is {person} on',
      'has the april {c1} invoice been paid yet',
      'any unpaid {c2} invoices?',
      'which manager signed off the march {c2} invoice',
      'when is the {c2} april invoice due',
      'what sla credits is {c2} owing us for the outages',
      'sla uptime on the {city3} circuits last month',
      'reserved instance and savings plan coverage on {cl}',
    ],
  },

  // ---------------------------------------------------------------- refuse: advice, what-ifs, exclusions, part of a monthly invoice
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: [
      'should we switch carriers at the {city2} bakery',
      'is it worth renewing with {c2} or should we go to tender',
      'what would cloud cost if the lakehouse went back to march levels',
      'avg cost per {m1} line not counting the tablet plans',
      'what did {c1} charge us for the first week of april',
      '{m1} spend between 10 and 20 april',
    ],
  },
];

/** Names the refusals use as names this company does not have. */
const absentNames = ['oracle', 'd-30'];

/** The eighth set's placeholders and a few more; refuses a seed whose company has a name written here as absent. */
export function ninthPlaceholderValues(enterprise: UnseenEnterprise): Record<string, string> {
  const { names } = enterprise;
  const words = [
    ...Object.values(names.vendors).flatMap((vendor) => [vendor.name, ...vendor.aliases]),
    ...Object.values(names.costCenters).flatMap((costCenter) => [costCenter.name, costCenter.code]),
    ...Object.values(names.locations).map((location) => `${location.name} ${location.country}`),
    ...Object.values(names.cities),
  ].flatMap((name) => [name.toLowerCase(), ...name.toLowerCase().split(/[^a-z0-9]+/)]);
  const present = absentNames.filter((name) => words.includes(name));
  if (present.length > 0) throw new Error(`the ninth set's absent names exist in this company: ${present.join(', ')}`);
  return {
    ...eighthPlaceholderValues(enterprise),
    c3ConnectLower: names.vendors.mobile2.name.toLowerCase(),
    s3Typo: typoOf(names.vendors.saas3.short),
  };
}
