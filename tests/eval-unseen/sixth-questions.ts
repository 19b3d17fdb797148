import type { UnseenEnterprise } from './generate-unseen-enterprise.js';
import { fifthPlaceholderValues } from './fifth-questions.js';
import type { Domain, EvalCase, Range } from './questions.js';

// The unseen split's sixth blind set, written without reading the planner, its tests or how the
// earlier sets fared, and with none of their wordings. Four people typing: a telecom expense
// analyst (carriers, accounts, circuits, unit costs, the audit and its disputes), a FinOps
// practitioner (cloud sub-accounts and regions, untagged spend, commitments, run-rates and
// forecasts), an IT manager approving changes (inventory, contracts, notice dates, their cost
// centre's budget) and the CFO's office asking quickly (totals, comparisons, rankings). Typed as
// Slack and Teams messages are: lowercase fragments, typos, "u"/"pls", British and American
// spellings, numbers written out, and whole Teams sentences with a greeting.
// As-of is Tue 20 May 2025: "last month" is April 2025; "this past quarter", "the quarter just
// gone" and "q1" are Jan–Mar 2025; "since january" and "this year" run from 1 January to 20 May
// 2025; "the first four months of the year" is Jan–Apr 2025; "march and april" 1 March–30 April
// 2025; "calendar 2024" and "last year" all of 2024; "this quarter" and "once june is done" Q2
// 2025; "q1 last year" Jan–Mar 2024; "the past two months" (of usage) the March and April usage
// months; "before july" runs to 30 June 2025, "the end of november" to 30 November 2025, "by end
// of august" to 31 August 2025 and "by the end of june 2026" to 30 June 2026. "Over the summer"
// and "black friday week" are periods Ledgerline has no calendar for.

const lastMonth: Range = ['2025-04-01', '2025-05-01'];
const march: Range = ['2025-03-01', '2025-04-01'];
const february: Range = ['2025-02-01', '2025-03-01'];
const q1: Range = ['2025-01-01', '2025-04-01'];
const q4: Range = ['2024-10-01', '2025-01-01'];
const ytd: Range = ['2025-01-01', '2025-05-21'];
const mtd: Range = ['2025-05-01', '2025-05-21'];
const year2024: Range = ['2024-01-01', '2025-01-01'];
const april2024: Range = ['2024-04-01', '2024-05-01'];
const q1Of2024: Range = ['2024-01-01', '2024-04-01'];
const firstFourMonths: Range = ['2025-01-01', '2025-05-01'];
const marchAndApril: Range = ['2025-03-01', '2025-05-01'];
const lastThreeMonths = ['2025-02', '2025-03', '2025-04'];
/** The README's definition: telecom spend is everything invoiced, mobility carriers included. */
const telecom: Domain[] = ['telecom', 'mobility'];

export const sixthCases: EvalCase[] = [
  // ---------------------------------------------------------------- spend: one figure, asked many ways
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, vendors: ['carrier2'] },
    phrasings: ['Hi Ledgerline, could you tell me what we paid {c2Full} for April?', 'wat was the {c2} bill in april'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q1, vendors: ['mobile2'] },
    phrasings: ['what did the {c3} connect account come to this past quarter'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, vendors: ['carrier3'] },
    phrasings: ['{c3} telekom since january?', 'how much has gone out to {c3Telekom} since jan 1'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: firstFourMonths, vendors: ['mobile1'] },
    phrasings: ['{m1} spend for the first four months of the year'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: marchAndApril, domains: ['cloud'] },
    phrasings: ['cloud costs across march and april combined'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: year2024, vendors: ['saas2'] },
    phrasings: ['what did {s2} cost us in calendar 2024'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, costCenters: ['ccMarketing'], domains: ['mobility'] },
    phrasings: ["brand marketing's mobile bill for april"],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q1, costCenters: ['ccDigital'] },
    phrasings: ['digital products spend this past quarter', 'Hi, what did cost centre 8800 spend in the quarter just gone?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, costCenters: ['ccCorporate'], domains: telecom },
    phrasings: ['how much telecom has corporate services racked up since january'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, cities: ['city1'], domains: telecom },
    phrasings: ['total telecoms spend across our {city1} sites in april'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: march, locations: ['loc3'] },
    phrasings: ['{City3} Regional Office costs for March, please.'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: mtd, services: ['compute'] },
    phrasings: ['{cl} compute so far this month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q1, regions: ['eu'] },
    phrasings: ['what did eu-central-2 cost us in q1'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, subAccounts: ['sandbox'] },
    phrasings: ['dev sandbox spend in april - is someone leaving stuff running?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: march, carrierAccounts: ['carrier2'] },
    phrasings: ['what was billed on account {acct2} in march'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd },
    phrasings: ["Good morning! What's our total spend for the year to date?"],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: year2024 },
    phrasings: ['how much did we spend all of last year'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, vendors: ['saas1'], costCenters: ['ccStoreEast'] },
    phrasings: ['{s1} cost for store ops east last month'],
  },

  // ---------------------------------------------------------------- rankings and breakdowns
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q1, dimension: 'vendor', show: 7 },
    phrasings: ['top seven suppliers by spend this past quarter'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: lastMonth, dimension: 'cost_center', domains: telecom, show: 3 },
    phrasings: ['top 3 cost centres for telecoms in april'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'location', domains: ['mobility'], show: 2 },
    phrasings: ['our two most expensive sites for mobile since january'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: lastMonth, dimension: 'service_category', domains: ['cloud'] },
    phrasings: ["break april's cloud bill down by category"],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: lastMonth, dimension: 'vendor', domains: ['saas'] },
    phrasings: ['which saas tools cost the most last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'sub_account', vendors: ['cloud'] },
    phrasings: ['how is the {cl} bill split across sub-accounts this year'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: march, dimension: 'cost_center', costCenters: ['ccProduction'] },
    phrasings: ['production broken down by sub cost centre for march'],
  },

  // ---------------------------------------------------------------- comparisons
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: lastMonth, comparedTo: march, vendors: ['mobile1'] },
    phrasings: ['{m1} april against march - up or down?'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q1, comparedTo: q4 },
    phrasings: ['need q1 vs the prior quarter, total, for the cfo deck'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: lastMonth, comparedTo: april2024, costCenters: ['ccStoreWest'] },
    phrasings: ['d-12 this april versus april last year'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q1, comparedTo: q1Of2024, domains: ['mobility'] },
    phrasings: ['mobility q1 this year vs q1 last year'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: march, comparedTo: february, vendors: ['saas2'] },
    phrasings: ['did {s2} get more expensive in march compared to feb?'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: lastMonth, comparedTo: march, locations: ['loc2'] },
    phrasings: ['{city2} bakery: april vs march'],
  },

  // ---------------------------------------------------------------- trends
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', check: ['2025-01', '2025-02', '2025-03', '2025-04'], vendors: ['mobile2'] },
    phrasings: ['{c3} connect by month since january'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', check: ['2024-06', '2024-12', '2025-04'], vendors: ['carrier3'] },
    phrasings: ['twelve month trend for {c3} telekom'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', check: ['2025-02', '2025-03', '2025-04'], costCenters: ['ccPackaging'] },
    phrasings: ['packaging line spend per month, feb through april'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', check: ['2025-03', '2025-04', '2025-05'], subAccounts: ['prod'] },
    phrasings: ['webshop production monthly costs from march onwards'],
  },

  // ---------------------------------------------------------------- who moved most
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', period: lastMonth, comparedTo: march, dimension: 'location', direction: 'increase' },
    phrasings: ['where did costs climb the most in april, by site?'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', period: lastMonth, comparedTo: march, dimension: 'cost_center', direction: 'decrease' },
    phrasings: ['which cost center cut its spending the most last month'],
  },
  {
    tool: 'rank_spend_changes',
    expect: {
      kind: 'spend_change',
      period: lastMonth,
      comparedTo: march,
      dimension: 'vendor',
      direction: 'increase',
      domains: telecom,
    },
    phrasings: ["which carrier's bill jumped the most in april"],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', period: q1, comparedTo: q4, dimension: 'sub_account', direction: 'increase', vendors: ['cloud'] },
    phrasings: ['biggest riser among {cl} sub accounts, q1 over q4'],
  },

  // ---------------------------------------------------------------- run-rates and forecasts
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month', vendors: ['carrier3'] },
    phrasings: ['{c3} telekom annualized'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'trailing_3_months', domains: ['cloud'] },
    phrasings: ['cloud run rate using a three-month average'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month', costCenters: ['ccProduction'] },
    phrasings: ["production's yearly run rate"],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month', vendors: ['mobile2'] },
    phrasings: ["what's {c3} connect running at per year"],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'month', vendors: ['carrier2'] },
    phrasings: ["where's {c2} going to land for may"],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'quarter' },
    phrasings: ["Hi Ledgerline, what's the outlook for total spend this quarter?"],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'year', costCenters: ['ccStoreWest'] },
    phrasings: ['d-12 full-year projection', 'forcast for store ops west to year end'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'quarter', vendors: ['cloud'] },
    phrasings: ['expected {cl} spend for this quarter once june is done'],
  },

  // ---------------------------------------------------------------- budgets
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccMaintenance', month: '2025-04' },
    phrasings: ['Hello, did Plant Maintenance come in under budget for April?'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccPricing', month: '2025-05' },
    phrasings: ['pricing engine - how much budget do we have left this month per ur numbers'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccMarketing', month: '2025-03' },
    phrasings: ['7300 actuals vs budjet mar'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccFulfilment', month: '2025-04' },
    phrasings: ['online fulfillment - budget position for april'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccAudit', month: '2025-04' },
    phrasings: ['internal audit budget for last month'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget_over', month: '2025-01' },
    phrasings: ['who went over budget in january', 'Hi Ledgerline, which departments overran their budgets in January?'],
  },

  // ---------------------------------------------------------------- contracts, notice dates, commitments
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'saas2', show: 'end' },
    phrasings: ['when is the {s2} licence up?'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'mobile1', show: 'notice' },
    phrasings: ["what's the latest date we can give {m1} notice without it rolling over"],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier2', show: 'end' },
    phrasings: ['Could you remind me when our {c2Full} agreement expires?', '{c2} contarct expiry date'],
  },
  {
    // The vendor's one active contract, listed, answers it as well as the contract itself.
    tool: ['get_contract', 'list_contracts'],
    expect: { kind: 'contract', vendor: 'carrier1', show: 'notice' },
    phrasings: ['if we want out of the {c1} msa when do we have to tell them by'],
  },
  {
    tool: 'find_notice_deadlines',
    expect: { kind: 'notice_window', through: '2025-07-01' },
    phrasings: ['any notice periods closing before july?'],
  },
  {
    tool: 'find_notice_deadlines',
    expect: { kind: 'notice_window', through: '2025-12-01' },
    phrasings: ['cancellation deadlines between now and the end of november'],
  },
  {
    tool: 'list_contracts',
    expect: { kind: 'ending_window', through: '2026-07-01' },
    phrasings: ['contracts that run out by the end of june 2026'],
  },
  {
    tool: 'list_contracts',
    expect: { kind: 'ending_window', through: '2025-09-01' },
    phrasings: ['whats ending by end of august', 'IT mgr here - which agreements finish before september?'],
  },
  {
    tool: 'get_commitment_status',
    expect: { kind: 'commitment', vendor: 'cloud' },
    phrasings: ['how much of the {cl} commit is still left to burn'],
  },
  {
    tool: 'get_commitment_status',
    expect: { kind: 'commitment', vendor: 'mobile1' },
    phrasings: ['{m1Full} minimum spend - are we going to make it?'],
  },

  // ---------------------------------------------------------------- inventory: counts and lists
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['mobile_line'], vendors: ['mobile2'], costCenters: ['ccFulfilment'] },
    phrasings: ['how many {c3} connect sims does d-20 have'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['circuit'], cities: ['city2'] },
    phrasings: ['How many data circuits do we run in {City2} at the moment?'],
  },
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['voice_trunk'], vendors: ['carrier1'] },
    phrasings: ['show the sip trunks we get from {c1}'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['mobile_line'], costCenters: ['ccLoyalty'] },
    phrasings: ['loyalty app team - how many phones?'],
  },
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['circuit'], costCenters: ['ccTreasury'] },
    phrasings: ['which circuts are charged to treasury'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['mobile_line'], vendors: ['mobile1'], status: 'disconnected' },
    phrasings: ['how many {m1} lines have been cancelled'],
  },
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['circuit'], status: 'disconnected' },
    phrasings: ["list the circuits we've disconnected"],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['pots_line'], cities: ['city4'] },
    phrasings: ['analogue lines in {city4}?'],
  },
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['mobile_line'], vendors: ['mobile1'], locations: ['loc2'] },
    phrasings: ['{m1} mobiles at the {city2} bakery'],
  },
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['mobile_line'], assignee: 'someLineAssignee' },
    phrasings: ['which numbers does {person} have'],
  },

  // ---------------------------------------------------------------- usage
  {
    tool: 'get_line_usage',
    expect: { kind: 'line_usage', line: 'someLine', month: '2025-04' },
    phrasings: ['how heavy was {line1} on data in april'],
  },
  {
    tool: 'find_zero_usage_lines',
    expect: { kind: 'zero_usage', months: ['2025-03', '2025-04'] },
    phrasings: ['lines nobody has touched in the past two months'],
  },
  {
    tool: 'find_zero_usage_lines',
    expect: { kind: 'zero_usage', vendors: ['mobile1'], months: lastThreeMonths },
    phrasings: ['dead {m1} sims - nothing used for 3 months'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', types: ['mobile_line'], sortBy: 'data_mb', period: lastMonth, show: 3 },
    phrasings: ['can u show the top three data consumers last month'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', types: ['mobile_line'], sortBy: 'voice_minutes', period: february, show: 5 },
    phrasings: ['5 chattiest lines in feb by call minutes'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', types: ['circuit'], sortBy: 'invoiced_cost', period: lastMonth, vendors: ['carrier1'], show: 2 },
    phrasings: ['two costliest {c1} circuits last month'],
  },

  // ---------------------------------------------------------------- unit costs
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'mobile_line', period: february },
    phrasings: ["what's a mobile line costing us on average in feb"],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'circuit', period: q1, vendors: ['carrier3'] },
    phrasings: ['per-circuit average for {c3} telekom this past quarter'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'voice_trunk', period: lastMonth, vendors: ['carrier1'] },
    phrasings: ['what does one sip trunk cost us with {c1}'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'mobile_line', period: lastMonth, vendors: ['mobile2'], groupBy: 'location' },
    phrasings: ['{c3} connect per-line cost, broken out by location'],
  },

  // ---------------------------------------------------------------- unallocated spend and realised savings
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: lastMonth, domains: telecom },
    phrasings: ["Hi, how much of April's telecoms spend couldn't be allocated to a cost centre?"],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: q1, vendors: ['cloud'] },
    phrasings: ['{cl} costs with no cost-center tag this past quarter'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: ytd, vendors: ['saas3'] },
    phrasings: ['{s3} unallocated since january'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: mtd, domains: ['cloud'] },
    phrasings: ['cloud spend missing a cost center so far in may'],
  },
  {
    tool: 'get_realized_savings',
    expect: { kind: 'realized_savings', period: marchAndApril },
    phrasings: ['how much did our disconnects actually save across march and april'],
  },
  {
    tool: 'get_realized_savings',
    expect: { kind: 'realized_savings', period: q1 },
    phrasings: ['what did we actually save this past quarter?'],
  },

  // ---------------------------------------------------------------- invoice audit and disputes
  {
    tool: 'audit_invoices',
    expect: { kind: 'audit', finding: 'overbilling' },
    phrasings: ['were we charged more than the contract price by {c2Full}?', 'rate check on {c2} - any charges above contract'],
  },
  {
    tool: 'audit_invoices',
    expect: { kind: 'audit', finding: 'notInInventory' },
    phrasings: ["anything on our invoices we can't match to inventory?"],
  },
  {
    tool: 'audit_invoices',
    expect: { kind: 'audit', finding: 'all' },
    phrasings: ['summary of billing exceptions pls'],
  },
  {
    tool: ['find_billed_after_disconnect', 'audit_invoices'],
    expect: { kind: 'billed_after_disconnect' },
    phrasings: ['any zombie circuits still on the bill after we cancelled them', 'charges continuing after a service was terminated?'],
  },
  {
    tool: 'list_disputes',
    expect: { kind: 'disputes' },
    phrasings: ['where are we with the {c2} overcharge claim', 'Could you list our open billing disputes, please?'],
  },

  // ---------------------------------------------------------------- refuse: names the company does not have
  { tool: null, expect: { kind: 'refuse', mentions: ['lumen'] }, phrasings: ['what are we paying lumen per month'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['snowflake'] }, phrasings: ['snowflake credits consumed in april'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['human resources'] }, phrasings: ['human resources mobile spend this past quarter'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['d-50'] }, phrasings: ['can u show me the budget for D-50'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['9100'] }, phrasings: ['how much did cost centre 9100 spend in march'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['berlin'] }, phrasings: ['mobile lines based in berlin'] },

  // ---------------------------------------------------------------- refuse: what no tool records
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: [
      'rank everyone in the company by their total IT cost',
      'when do the warranties expire on the routers at {city1} mill',
      'what were our scope 3 emissions from cloud in q1',
      'what exchange rate was applied to the april invoices',
      'eur to usd rate on the {c3} telekom bills',
      "what's the sla uptime on the {c2} circuits in {city3}",
      'have we paid the april {c1} invoice yet',
      'how much would it cost to terminate the {c2} contract early',
      'how many seats are we paying for on {s1}',
      "what's {cl}'s list price for compute per hour",
      "who's our account manager at {c2}",
    ],
  },

  // ---------------------------------------------------------------- refuse: a period with no calendar behind it
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['mobile spend over the summer', 'cloud costs during black friday week'] },

  // ---------------------------------------------------------------- refuse: exclusions and thresholds the tools do not take
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: [
      'total spend for everything apart from saas in april',
      'rank all cost centres except production for q1',
      'which suppliers have we paid more than fifty thousand dollars since january',
      'sites where telecom spend was below 2k in march',
    ],
  },
];

/** The fifth set's placeholders (the first, fresh and third sets' and the ordinary line's assignee): this set needs no more. */
export function sixthPlaceholderValues(enterprise: UnseenEnterprise): Record<string, string> {
  return fifthPlaceholderValues(enterprise);
}
