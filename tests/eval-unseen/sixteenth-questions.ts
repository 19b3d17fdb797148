import { absentNamesPresent, assigneeOfOrdinaryLine, companyWords } from './company-names.js';
import type { UnseenEnterprise } from './generate-unseen-enterprise.js';
import { placeholderValues, type Domain, type EvalCase, type Range } from './questions.js';

// The unseen split's sixteenth blind set, written without reading the planner, its tests or the
// earlier sets' questions, and with none of their wordings or personas. Five people typing:
//   (a) an executive assistant preparing a board pack, who wants headline figures: "roughly",
//       "ballpark", "in round numbers", "in thousands", "give me the headline number", "what's the
//       big picture on spend this year", "top 3 things we spend on", "how does this quarter compare
//       with last", "for the deck". Rounding words are scored on the exact figure: the product's
//       answers carry the exact amount, and a rounded-only answer ("about 1.2m") is a miss here;
//   (b) a mobile fleet administrator: lines with the most data or voice minutes, unused SIMs,
//       lines per cost centre or site, a named person's lines, and what the data does not record
//       (international roaming as a charge or a setting, upgrade eligibility, device age, handset
//       model, IMEI) — refused. "How many SIMs are suspended" is not here: the inventory filter
//       has a suspended status (so it is no refusal), but an expectation can only count active or
//       disconnected services, so no case here could check the answer (none are suspended);
//   (c) two questions in one message ("what did we spend with X in march and how many lines do we
//       have with them"). A right answer answers both or asks which; showing one part only is a
//       miss. An expectation checks one thing, so each such message is written as two cases with
//       the same wording, one per part, each accepting either part's tool as the first call: an
//       answer with both parts passes both, an answer with one part fails the other. Asking
//       which part is wanted fails both — stricter than the rule above, so read those two misses
//       with that in mind;
//   (d) a first message that only makes sense as a follow-up ("and last month?", "what about
//       {c2}?", "same for cloud", "break that down by site"): with no earlier question there is
//       nothing to go on, so each must be asked back with no figure;
//   (e) vendor names typed the way people type them: the generator's short words and aliases
//       ("{c1} comms", "{m1} cell"), the full names with dropped spaces ("{c2}datacom"), the coined
//       word split in two the way "at and t" splits AT&T ("copper cross"), doubled and transposed
//       letters, misspelt suffixes ("datacomm", "celluar", "communcations"), missing apostrophes
//       and British spellings (centre, licence, realised, utilisation). The initials of the first
//       carrier's three-word name ("ccg") are expected to be understood — debatable, but a rule can
//       derive them from the name; a stock ticker for an invented vendor ("$MRX") is something no
//       rule could know and must be asked back, naming it.
// Over a fifth must be refused or asked back with no figure: the follow-ups of (d), what the data
// does not record (roaming, upgrade eligibility, device age, handset model, IMEI, bandwidth
// utilisation, who signed a contract), names the company does not have (telenor, orange, ovh,
// workday, utrecht, a legal department, facilities, cost centres 4460 and D-16, a "sanne de
// vries" — checked absent below — and the generator's ghost city), tickers, advice (switching
// carriers, renewing), what-ifs, thresholds ("more than 10 gb", "over 25k", "over 5k a month"),
// exclusions ("excluding {cl}", "not in d-12"), "{c3}" alone (the carrier {c3Telekom} and its
// mobile brand {c3Connect}) and "store ops" (Store Ops West D-12 and Store Ops East D-14).
//
// As-of is Tue 20 May 2025 (unseenAsOf, 2025-05-20T12:00Z). Carrier and mobile invoices run
// January 2024 to April 2025 (billed in arrears, period_start the 1st; April is the last invoiced
// month, so there is no May invoice spend); SaaS is charged monthly on the 1st from January 2024 to
// May 2025; the cloud's daily FOCUS rows run 1 July 2024 to 19 May 2025 (no cloud spend before
// July 2024: "last year" and "q1 last year" totals hold no or half a year of cloud, as the data
// has it). Usage rows are monthly, January 2024 to April 2025. On that calendar:
//   "last month", "april", "the headline number for last month" are April 2025 [2025-04-01, 2025-05-01);
//   "march", "feb"/"february"/"febuary" are March / February 2025;
//   "q1", "last quarter" are Jan–Mar 2025 [2025-01-01, 2025-04-01); "the last quarter of last
//   year" is Oct–Dec 2024; "q1 last year" is Jan–Mar 2024; "april last year" is April 2024;
//   "this quarter" is the quarter to date, 1 April–20 May 2025 [2025-04-01, 2025-05-21), and
//   "how does this quarter compare with last" compares it with the whole of Q1 2025 — debatable
//   (a like-for-like reading would compare 1 Jan–20 Feb), see the case;
//   "this year", "so far this year", "ytd", "this yr", "the big picture on spend this year" are
//   1 January–20 May 2025 [2025-01-01, 2025-05-21); "last year" and "2024" are calendar 2024;
//   "this month", "mtd" are 1–20 May 2025 [2025-05-01, 2025-05-21) (SaaS charged on the 1st and
//   the cloud's rows to the 19th; no invoices);
//   "the last 12 months" month by month is May 2024–April 2025, checked on May 2024, December
//   2024 and April 2025;
//   "by year end", "to year end" is the forecast to 31 December 2025; "this month" forecast is May 2025;
//   a run-rate "a month" / "annualised" is the last full month, April 2025, × 12;
//   budgets "last month" are April 2025.
//   Usage: "last month" is the April 2025 usage month, "in march" March, "feb" February; "unused",
//   "nobody uses", "idle" with no span are the tool's default, the last three usage months
//   Feb–Apr 2025; "zero usage since january" is Jan–Apr 2025 (four months).
//   Contracts (notice deadline = end date − notice days when auto-renewing, else the end date): "up
//   for renewal before the end of the year" is read as end dates from today through 31 December
//   2025 (through 2026-01-01) — debatable, see the case.

const lastMonth: Range = ['2025-04-01', '2025-05-01'];
const march: Range = ['2025-03-01', '2025-04-01'];
const february: Range = ['2025-02-01', '2025-03-01'];
const q1: Range = ['2025-01-01', '2025-04-01'];
const q4: Range = ['2024-10-01', '2025-01-01'];
const q1Of2024: Range = ['2024-01-01', '2024-04-01'];
const april2024: Range = ['2024-04-01', '2024-05-01'];
const year2024: Range = ['2024-01-01', '2025-01-01'];
const ytd: Range = ['2025-01-01', '2025-05-21'];
const mtd: Range = ['2025-05-01', '2025-05-21'];
const quarterToDate: Range = ['2025-04-01', '2025-05-21'];
/** Telecom spend is everything invoiced, mobility carriers included (the README's definition). */
const telecom: Domain[] = ['telecom', 'mobility'];
const lastThreeUsageMonths = ['2025-02', '2025-03', '2025-04'];
const inventoryTools: EvalCase['tool'] = ['count_services', 'list_services'];

export const sixteenthCases: EvalCase[] = [
  // ================================================================ (a) the board pack
  { tool: 'get_spend', expect: { kind: 'spend', period: year2024 }, phrasings: ['roughly what did we spend in total last year?'] },
  { tool: 'get_spend', expect: { kind: 'spend', period: q1 }, phrasings: ['ballpark figure for total spend in q1 pls'] },
  { tool: 'get_spend', expect: { kind: 'spend', period: ytd }, phrasings: ['in round numbers, how much have we spent so far this year'] },
  { tool: 'get_spend', expect: { kind: 'spend', period: lastMonth }, phrasings: ['give me the headline number for last month'] },
  {
    // Read as the year-to-date total; a breakdown by domain that also states the total passes too.
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd },
    phrasings: ["what's the big picture on spend this year"],
  },
  {
    // "Things" read as vendors — debatable (domains or services are other readings).
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'vendor', show: 3 },
    phrasings: ['top 3 things we spend on this year'],
  },
  {
    // This quarter to date vs the whole of last quarter — debatable: a like-for-like reading would
    // compare the same number of days of Q1. Scored on both totals and their difference.
    tool: 'compare_spend',
    expect: { kind: 'compare', period: quarterToDate, comparedTo: q1 },
    phrasings: ['how does this quarter compare with last'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'domain' },
    phrasings: ['for the board pack: spend split by domain this year, in thousands'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, domains: ['cloud'] },
    phrasings: ['roughly how much have we put into cloud this year'],
  },
  {
    // "A month" is the last full month; a run-rate answer states it as its monthly figure.
    tool: ['get_run_rate', 'get_spend'],
    expect: { kind: 'spend', period: lastMonth, domains: telecom },
    phrasings: ['ballpark, what is our telecom bill a month'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q1, comparedTo: q1Of2024 },
    phrasings: ['q1 this year vs q1 last year, headline only'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: lastMonth, comparedTo: april2024 },
    phrasings: ['how did april compare with april last year'],
  },
  { tool: 'forecast_spend', expect: { kind: 'forecast', horizon: 'year' }, phrasings: ['what will we have spent by year end, roughly'] },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month' },
    phrasings: ['annualised run rate for the whole company'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'vendor', show: 5 },
    phrasings: ['our 5 biggest suppliers so far this year'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q1, dimension: 'cost_center', show: 1 },
    phrasings: ['biggest cost centre last quarter?'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', check: ['2024-05', '2024-12', '2025-04'] },
    phrasings: ['monthly spend for the last 12 months for the deck'],
  },
  {
    // "Teams" read as cost centres.
    tool: 'get_budget_status',
    expect: { kind: 'budget_over', month: '2025-04' },
    phrasings: ['which teams went over budget last month'],
  },
  {
    tool: 'get_commitment_status',
    expect: { kind: 'commitment', vendor: 'cloud' },
    phrasings: ['are we on course to hit the {cl} commitment'],
  },
  {
    // "Up for renewal" read as contracts ending this year — debatable: the notice-deadline reading
    // lists a different four (it has {s2} and not {s1}, whose deadline passed on 16 May).
    tool: 'list_contracts',
    expect: { kind: 'ending_window', through: '2026-01-01' },
    phrasings: ['which contracts are up for renewal before the end of the year'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q1, domains: ['cloud'] },
    phrasings: ['how much did cloud cost us in q1, ballpark'],
  },
  { tool: 'get_spend', expect: { kind: 'spend', period: mtd }, phrasings: ['mtd spend in round numbers'] },
  { tool: 'get_spend', expect: { kind: 'spend', period: q4 }, phrasings: ['how much did we spend in the last quarter of last year'] },
  { tool: 'get_spend', expect: { kind: 'spend', period: ytd, domains: ['saas'] }, phrasings: ['headline saas number this year'] },
  {
    tool: 'get_realized_savings',
    expect: { kind: 'realized_savings', period: ytd },
    phrasings: ['how much have we actually realised in savings this year'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: year2024, vendors: ['carrier1'] },
    phrasings: ['in thousands, what did we pay {c1} last year'],
  },

  // ================================================================ (b) the mobile fleet
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', types: ['mobile_line'], sortBy: 'data_mb', period: lastMonth, show: 5 },
    phrasings: ['which lines used the most data last month'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', types: ['mobile_line'], sortBy: 'data_mb', period: march, show: 3 },
    phrasings: ['top 3 data hogs in march'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', types: ['mobile_line'], sortBy: 'voice_minutes', period: lastMonth, show: 1 },
    phrasings: ['who racked up the most voice minutes in april'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', types: ['mobile_line'], sortBy: 'voice_minutes', period: february, show: 3 },
    phrasings: ['most call minutes by line in feb'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', types: ['mobile_line'], sortBy: 'data_mb', period: lastMonth, vendors: ['mobile1'], show: 3 },
    phrasings: ['{m1} lines burning the most data last month'],
  },
  {
    tool: 'find_zero_usage_lines',
    expect: { kind: 'zero_usage', months: lastThreeUsageMonths },
    phrasings: ["any sims we're paying for that nobody uses?"],
  },
  {
    // "Since january" read as the four usage months January–April 2025.
    tool: 'find_zero_usage_lines',
    expect: { kind: 'zero_usage', months: ['2025-01', '2025-02', '2025-03', '2025-04'] },
    phrasings: ['lines with zero usage since january'],
  },
  {
    tool: 'find_zero_usage_lines',
    expect: { kind: 'zero_usage', vendors: ['mobile1'], months: lastThreeUsageMonths },
    phrasings: ['idle {m1} sims'],
  },
  {
    // Grouped by cost centre; scored on the total the grouping adds up to (count and monthly cost).
    tool: inventoryTools,
    expect: { kind: 'count', types: ['mobile_line'] },
    phrasings: ['how many mobile lines per cost centre'],
  },
  {
    tool: inventoryTools,
    expect: { kind: 'count', types: ['mobile_line'], costCenters: ['ccStoreEast'] },
    phrasings: ['how many mobile lines does store ops east have'],
  },
  {
    // D-10 with the cost centres under it (D-12, D-14, D-20).
    tool: inventoryTools,
    expect: { kind: 'count', types: ['mobile_line'], costCenters: ['ccRetail'] },
    phrasings: ['no. of phones in retail stores incl the sub cost centres'],
  },
  {
    tool: inventoryTools,
    expect: { kind: 'count', types: ['mobile_line'], locations: ['loc2'] },
    phrasings: ['how many mobiles at the {city2} bakery'],
  },
  {
    // Vietnam is the country of one site only, the {city4} freight yard.
    tool: inventoryTools,
    expect: { kind: 'count', types: ['mobile_line'], locations: ['loc4'] },
    phrasings: ['how many mobiles do we have in vietnam'],
  },
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['mobile_line'], assignee: 'someLineAssignee' },
    phrasings: ['what lines does {person} have'],
  },
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['mobile_line'], assignee: 'someLineAssignee' },
    phrasings: ["{personLower}'s mobile number?"],
  },
  {
    tool: 'get_line_usage',
    expect: { kind: 'line_usage', line: 'someLine', month: '2025-03' },
    phrasings: ['how much data did {line1} get through in march'],
  },
  {
    tool: 'get_line_usage',
    expect: { kind: 'line_usage', line: 'someLine', month: '2025-04' },
    phrasings: ['{line1} data and minutes last month'],
  },
  {
    tool: inventoryTools,
    expect: { kind: 'count', types: ['mobile_line'], status: 'disconnected' },
    phrasings: ['how many sims have we disconnected'],
  },
  {
    tool: inventoryTools,
    expect: { kind: 'count', types: ['mobile_line'], vendors: ['mobile1'] },
    phrasings: ['how many active sims on {m1}'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'mobile_line', period: lastMonth, vendors: ['mobile2'] },
    phrasings: ['avg monthly cost per line on {c3} connect'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', types: ['mobile_line'], sortBy: 'invoiced_cost', period: march, show: 5 },
    phrasings: ['5 priciest mobile lines in march'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', types: ['circuit'], sortBy: 'invoiced_cost', period: lastMonth, show: 1 },
    phrasings: ['which circuit cost us the most last month'],
  },
  // Not recorded: roaming is billed as usage and cannot be split out; no setting, eligibility,
  // device age, handset model or IMEI is in the inventory.
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['international roaming charges last month'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['how much roaming did {m1} bill us in q1'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['which lines have intl roaming switched on'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['who is eligible for a handset upgrade'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['how old are the devices on {m1}'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['what phone model does {person} have'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['imei for {line1}'] },

  // ================================================================ (c) two questions in one
  // Each message twice, one case per part (see the header): both parts must show.
  {
    tool: ['get_spend', 'count_services', 'list_services'],
    expect: { kind: 'spend', period: march, vendors: ['mobile1'] },
    phrasings: ['what did we spend with {m1} in march and how many lines do we have with them'],
  },
  {
    tool: ['get_spend', 'count_services', 'list_services'],
    expect: { kind: 'count', types: ['mobile_line'], vendors: ['mobile1'] },
    phrasings: ['what did we spend with {m1} in march and how many lines do we have with them'],
  },
  {
    tool: ['get_spend', 'count_services', 'list_services'],
    expect: { kind: 'spend', period: q1, vendors: ['carrier2'] },
    phrasings: ['{c2} spend in q1 & how many circuits do we have with them?'],
  },
  {
    tool: ['get_spend', 'count_services', 'list_services'],
    expect: { kind: 'count', types: ['circuit'], vendors: ['carrier2'] },
    phrasings: ['{c2} spend in q1 & how many circuits do we have with them?'],
  },
  {
    // "Their mobile bill": D-14's mobility spend in April.
    tool: ['count_services', 'list_services', 'get_spend'],
    expect: { kind: 'count', types: ['mobile_line'], costCenters: ['ccStoreEast'] },
    phrasings: ['how many mobiles does d-14 have and what did their mobile bill come to last month'],
  },
  {
    tool: ['count_services', 'list_services', 'get_spend'],
    expect: { kind: 'spend', period: lastMonth, costCenters: ['ccStoreEast'], domains: ['mobility'] },
    phrasings: ['how many mobiles does d-14 have and what did their mobile bill come to last month'],
  },
  {
    tool: ['get_contract', 'list_contracts', 'get_spend'],
    expect: { kind: 'contract', vendor: 'carrier1', show: 'end' },
    phrasings: ['when does our {c1} contract end and how much did we pay them last month'],
  },
  {
    tool: ['get_contract', 'list_contracts', 'get_spend'],
    expect: { kind: 'spend', period: lastMonth, vendors: ['carrier1'] },
    phrasings: ['when does our {c1} contract end and how much did we pay them last month'],
  },
  {
    tool: ['get_spend', 'forecast_spend'],
    expect: { kind: 'spend', period: lastMonth, domains: ['cloud'] },
    phrasings: ['cloud spend last month + the forecast for this month pls'],
  },
  {
    tool: ['get_spend', 'forecast_spend'],
    expect: { kind: 'forecast', horizon: 'month', domains: ['cloud'] },
    phrasings: ['cloud spend last month + the forecast for this month pls'],
  },

  // ================================================================ (d) follow-ups with nothing before them
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['and last month?'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['what about {c2}?'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['same for cloud'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['break that down by site'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['ok and by cost centre?'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['same again for {city3}'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['and the year before?'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['now split it by vendor pls'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['how about q1 then'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['can you put that in a chart'] },

  // ================================================================ (e) vendor names as typed
  { tool: 'get_spend', expect: { kind: 'spend', period: lastMonth, vendors: ['carrier1'] }, phrasings: ['{c1Split} spend last month'] },
  { tool: 'get_spend', expect: { kind: 'spend', period: q1, vendors: ['mobile1'] }, phrasings: ['what did we pay {m1Split} in q1'] },
  { tool: 'get_spend', expect: { kind: 'spend', period: march, vendors: ['carrier2'] }, phrasings: ['{c2NoSpace} charges in march'] },
  { tool: 'get_spend', expect: { kind: 'spend', period: ytd, vendors: ['carrier3'] }, phrasings: ['{c3NoSpace} spend ytd'] },
  { tool: 'get_spend', expect: { kind: 'spend', period: lastMonth, vendors: ['mobile1'] }, phrasings: ['{m1NoSpace} bill last month'] },
  { tool: 'get_spend', expect: { kind: 'spend', period: q1, vendors: ['carrier1'] }, phrasings: ['{c1Double} invoices q1 total'] },
  { tool: 'get_spend', expect: { kind: 'spend', period: mtd, vendors: ['cloud'] }, phrasings: ['{clDouble} spend this month'] },
  { tool: 'get_spend', expect: { kind: 'spend', period: ytd, vendors: ['saas1'] }, phrasings: ['{s1Swap} licence cost ytd'] },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier2', show: 'end' },
    phrasings: ['whats the end date on the {c2Swap} contract'],
  },
  { tool: 'get_spend', expect: { kind: 'spend', period: february, vendors: ['carrier1'] }, phrasings: ['{c1} comms spend in february'] },
  {
    tool: inventoryTools,
    expect: { kind: 'count', types: ['mobile_line'], vendors: ['mobile1'] },
    phrasings: ['how many {m1} cell lines'],
  },
  {
    // The initials of "{c1Name}": debatable (see the header).
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, vendors: ['carrier1'] },
    phrasings: ['{c1Initials} spend last month'],
  },
  {
    tool: inventoryTools,
    expect: { kind: 'count', types: ['mobile_line'], vendors: ['mobile2'] },
    phrasings: ['{c3} connect sims how many'],
  },
  {
    tool: inventoryTools,
    expect: { kind: 'count', types: ['circuit'], vendors: ['carrier3'], locations: ['loc2'] },
    phrasings: ['how many circuits does {c3} telekom have at the {city2} bakery'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', check: ['2025-01', '2025-03', '2025-05'], vendors: ['saas2'] },
    phrasings: ['hows {s2} trending this yr'],
  },
  { tool: 'get_spend', expect: { kind: 'spend', period: lastMonth, vendors: ['saas3'] }, phrasings: ['{s3Typo} spend last month'] },
  { tool: 'get_spend', expect: { kind: 'spend', period: lastMonth, vendors: ['cloud'] }, phrasings: ['{clNoSpace} bill april'] },
  { tool: 'get_spend', expect: { kind: 'spend', period: ytd, vendors: ['carrier2'] }, phrasings: ['{c2} datacomm spend ytd'] },
  { tool: 'get_spend', expect: { kind: 'spend', period: q4, vendors: ['carrier1'] }, phrasings: ['{c1} communcations group spend q4'] },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'year', vendors: ['mobile1'] },
    phrasings: ['{m1} celluar forecast to year end'],
  },
  {
    // "Telecom" for "Telekom": the carrier, not its mobile brand — debatable, "telecom" is also a domain.
    tool: 'get_spend',
    expect: { kind: 'spend', period: march, vendors: ['carrier3'] },
    phrasings: ['{c3} telecom spend march'],
  },
  { tool: 'get_contract', expect: { kind: 'contract', vendor: 'mobile1', show: 'notice' }, phrasings: ["{m1}'s notice deadline?"] },
  { tool: 'get_contract', expect: { kind: 'contract', vendor: 'saas2', show: 'end' }, phrasings: ['{s2Double} renewal date'] },
  { tool: 'get_spend', expect: { kind: 'spend', period: q1, vendors: ['cloud'] }, phrasings: ['total spend w/ the {cl} cloud guys in q1'] },
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['circuit'], vendors: ['carrier2'], cities: ['city1'] },
    phrasings: ['{c2}-datacom circuits in {city1}'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: february, vendors: ['carrier2'] },
    phrasings: ['how much did we spnd with {c2} in febuary'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'mobile_line', period: lastMonth, vendors: ['mobile1'] },
    phrasings: ['{m1Typo} avrage cost per line in april'],
  },
  { tool: 'get_spend', expect: { kind: 'spend', period: ytd, vendors: ['saas1'] }, phrasings: ['ytd spnd on {s1}'] },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccStoreWest', month: '2025-04' },
    phrasings: ['store ops west budget vs actual for april, whats the damage'],
  },
  // A ticker for an invented vendor: nothing could know it.
  { tool: null, expect: { kind: 'refuse', mentions: ['{m1Ticker}'] }, phrasings: ['${m1Ticker} spend last month'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['{clTicker}'] }, phrasings: ['how much have we paid {clTicker} this year'] },

  // ================================================================ refuse: names the company does not have
  { tool: null, expect: { kind: 'refuse', mentions: ['telenor'] }, phrasings: ['how much do we pay telenor'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['orange'] }, phrasings: ['orange business spend q1'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['ovh'] }, phrasings: ['ovh cloud bill last month'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['workday'] }, phrasings: ['workday licence cost this year'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['utrecht'] }, phrasings: ['how many lines in utrecht'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['legal'] }, phrasings: ['legal dept spend last month'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['facilities'] }, phrasings: ['facilities cost centre budget'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['4460'] }, phrasings: ['cc 4460 spend q1'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['d-16'] }, phrasings: ['d-16 mobile lines'] },
  {
    // A person the inventory does not have: "no lines" with a USD 0.00 total would show a figure.
    tool: null,
    expect: { kind: 'refuse', mentions: ['sanne de vries'] },
    phrasings: ['what lines does sanne de vries have'],
  },
  { tool: null, expect: { kind: 'refuse', mentions: ['{gCity}'] }, phrasings: ['mobiles at the {gCity} depot'] },

  // ================================================================ refuse: not recorded, advice, what-ifs
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['bandwidth utilisation on the {city1} mill circuits'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['who signed the {c2} contract'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['should we move our mobiles from {m1} to {c3} connect'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['should we renew {s1} or go out to tender'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['what if we dropped 20 mobile lines, how much would we save a year'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['if {cl} puts prices up 10% what does that do to the full year'] },

  // ================================================================ refuse: thresholds and exclusions no tool filters
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['lines that used more than 10 gb last month'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['suppliers we paid over 25k this year'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['cost centres spending over 5k a month'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['total spend ytd excluding {cl}'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['how many mobile lines are not in d-12'] },

  // ================================================================ ask back: a name that fits two
  {
    tool: null,
    expect: { kind: 'refuse', mentions: ['{c3Telekom}', '{c3Connect}'] },
    phrasings: ['how much was {c3} in march'],
  },
  {
    tool: null,
    expect: { kind: 'refuse', mentions: ['Store Ops West', 'Store Ops East'] },
    phrasings: ['store ops mobiles count'],
  },
];

/** Names the refusals use as names this company does not have. */
const absentNames = ['telenor', 'orange', 'ovh', 'workday', 'utrecht', 'legal', 'facilities', 'sanne de vries', 'vries', 'sanne'];
/** Cost-center codes the refusals use as ones this company does not have. */
const absentCodes = ['4460', 'D-16'];
/** The tails the generator coins carrier words from: where "{c1}" splits in two ("copper cross"). */
const carrierTails = ['gate', 'ridge', 'field', 'brook', 'cross', 'wick', 'fold', 'mark', 'well', 'hollow'];

/** "coppercross" → "copper cross", at the coined word's tail. */
function splitWord(word: string): string {
  const tail = carrierTails.find((candidate) => word.endsWith(candidate) && word.length > candidate.length);
  if (!tail) throw new Error(`no tail to split "${word}" at`);
  return `${word.slice(0, -tail.length)} ${tail}`;
}

/** The first consonant from the middle of the word typed twice: "otterwell" → "otterrwell". */
function doubled(word: string): string {
  for (let index = Math.floor(word.length / 2); index < word.length; index += 1) {
    if (/[bcdfghjklmnpqrstvwxz]/.test(word[index]!)) return word.slice(0, index + 1) + word.slice(index);
  }
  throw new Error(`no consonant to double in "${word}"`);
}

/** Two different letters swapped from the middle on: "otterwell" → "ottrewell". */
function swapped(word: string): string {
  for (let index = Math.floor(word.length / 2) - 1; index + 1 < word.length; index += 1) {
    if (word[index] !== word[index + 1]) return word.slice(0, index) + word[index + 1]! + word[index]! + word.slice(index + 2);
  }
  throw new Error(`no two different letters to swap in "${word}"`);
}

/**
 * The unseen split's placeholders and this set's own: names as people type them (split, without
 * spaces, doubled or swapped letters, initials, tickers) and the ordinary line's assignee as the
 * inventory file has it. Refuses a seed whose company has a name or code written here as absent,
 * or a ticker or initials that are already a word of its names.
 */
export function sixteenthPlaceholderValues(enterprise: UnseenEnterprise): Record<string, string> {
  const { names } = enterprise;
  const { vendors } = names;
  const words = companyWords(enterprise);
  const present = absentNamesPresent(enterprise, absentNames);
  const codes = Object.values(names.costCenters).map((costCenter) => costCenter.code.toLowerCase());
  present.push(...absentCodes.filter((code) => codes.includes(code.toLowerCase())));
  if (present.length > 0) throw new Error(`the sixteenth set's absent names exist in this company: ${present.join(', ')}`);

  // Initials of the first carrier's three-word name; tickers for the mobile carrier and the cloud
  // (head and tail initials and an X; the cloud's first, third and fifth letters).
  const initials = vendors.carrier1.name
    .split(' ')
    .map((word) => word[0]!.toLowerCase())
    .join('');
  const m1Short = vendors.mobile1.short;
  const m1Split = splitWord(m1Short);
  const m1Ticker = `${m1Split[0]!}${m1Split.split(' ')[1]![0]!}x`.toUpperCase();
  const clShort = vendors.cloud.short;
  const clTicker = `${clShort[0]!}${clShort[2]!}${clShort[4]!}`.toUpperCase();
  for (const coined of [initials, m1Ticker.toLowerCase(), clTicker.toLowerCase()]) {
    if (words.some((word) => word.startsWith(coined))) throw new Error(`"${coined}" begins a name of this company`);
  }

  const person = assigneeOfOrdinaryLine(enterprise);

  const noSpace = (name: string) => name.toLowerCase().replace(/\s+/g, '');
  return {
    ...placeholderValues(enterprise),
    c1Name: vendors.carrier1.name,
    c1Split: splitWord(vendors.carrier1.short),
    c1Double: doubled(vendors.carrier1.short),
    c1Initials: initials,
    c2NoSpace: noSpace(vendors.carrier2.name),
    c2Swap: swapped(vendors.carrier2.short),
    c3NoSpace: noSpace(vendors.carrier3.name),
    m1Split,
    m1NoSpace: noSpace(vendors.mobile1.name),
    m1Ticker,
    s1Swap: swapped(vendors.saas1.short),
    s2Double: doubled(vendors.saas2.short),
    s3Typo: vendors.saas3.typo,
    clDouble: doubled(clShort),
    clNoSpace: noSpace(vendors.cloud.name),
    clTicker,
    person,
    personLower: person.toLowerCase(),
  };
}
