import { typoOf } from '../eval-heldout/coin-heldout-names.js';
import { assigneeOfOrdinaryLine, companyWords, inventoryRows } from './company-names.js';
import type { UnseenEnterprise } from './generate-unseen-enterprise.js';
import { placeholderValues, type Domain, type EvalCase, type Range } from './questions.js';

// The unseen split's thirteenth blind set, written without reading the planner, its tests or the
// earlier sets' questions, and with none of their wordings. Five people typing:
//   (a) a UK/Australian mobile fleet manager: "mobiles", "SIMs", "handsets" (a count of lines),
//       "fortnight", "this arvo", "cheers", "ta", "reckon", "whinge", "bill run", "what's the
//       damage for april", "how many mobiles have we got on <carrier>", "which SIMs haven't been used";
//   (b) a CIO asking short strategic questions the spend data answers: the split by domain, the
//       biggest vendor, year-on-year growth, what grew fastest, the run-rate, the year's forecast,
//       the unallocated share, who blew the budget, what is up for renewal;
//   (c) voice-to-text and autocorrect: "how much did we spent", "were is", "there spend", "for
//       cast", "run wait", "queue one", "q for", "cost center's", vendors misspelt by a dropped or a
//       swapped letter ({m1Typo}, {c1Swap}, {c2Typo}, {s1Typo}, {s2Typo}, {clTypo}) and months
//       misspelt ("marhc", "feburary", "janurary", "arpil", "apirl");
//   (d) a finance analyst writing dates every which way: "Apr-25", "04/2025", "2025-04", "April
//       '25", "Dec '24", "1Q25", "Q1-25 vs Q1-24", "Mar-25 vs Feb-25", "2H24", "1H24", "CY2024",
//       "CY24", "YTD Apr", "Jan–Mar", "01/01/2025–31/03/2025", "MTD", "2025-05 MTD", "last 90 days";
//   (e) a service-desk agent looking up one thing: a number's usage (spaced, compact and in the
//       national "06 …" form), the lines a named person has, a circuit id's monthly cost, a
//       circuit's invoice charges, the circuits at a site.
// Over a fifth must be refused or asked back with no figure: what the data does not record
// (handset models, iPhones, who signed a contract, whether an invoice is paid, headcount and spend
// per employee, SLA credits, network coverage, whose phone is the CEO's), names the company does
// not have (Telstra, Optus, {gCarrier}, {gSaas}, {gCity}), advice ("reckon we should move"), what-ifs,
// exclusions ("everything except {cl}", "without the cloud"), thresholds ("lines costing over
// 50"), part of a month on monthly carrier bills ("the last fortnight", "the first two weeks of
// april"), "FY2024"/"FY25" (the company records no fiscal calendar — the generator and the split's
// header say nothing of one, and a UK or Australian financial year is not the calendar year — so
// a fiscal year must be asked back), "{c3}" alone (the carrier {c3Telekom} and its mobile brand
// {c3Connect}) and a given name two assignees share ({dupGiven}).
// As-of is Tue 20 May 2025 (unseenAsOf, 2025-05-20T12:00Z): carrier invoices run January 2024 to
// April 2025 (April is the last bill run, issued 7 May), SaaS is charged monthly on the 1st to May
// 2025, the cloud's daily rows run 1 July 2024 to 19 May 2025. "April", "Apr-25", "04/2025",
// "2025-04", "April '25", "arpil", "apirl", "last month", "the april bill run" and "the last bill
// run" are April 2025; "march"/"marhc" and "Mar-25" March 2025; "feburary" and "Feb-25" February
// 2025; "janurary" January 2025; "q1", "1Q25", "queue one", "Jan–Mar" and "01/01/2025–31/03/2025"
// are Jan–Mar 2025 and "Q1-24"/"q1 last year" Jan–Mar 2024; "q for" (q4), "Q4 CY24" Oct–Dec 2024;
// "Dec '24" December 2024; "2H24" 1 July–31 December 2024 and "1H24" 1 January–30 June 2024;
// "CY2024"/"CY24"/"2024" the calendar year 2024; "april last year" and "04/2024" April 2024;
// "this year", "so far this year" and "ytd" 1 January–20 May 2025; "YTD Apr" 1 January–30 April
// 2025; "MTD" and "2025-05 MTD" 1–20 May 2025; "month by month this year" is checked on its
// January–April months. "Which SIMs haven't been used" (the tool's default), "for 3 months" and "in
// the last 90 days" are lines with no usage in the last three usage months, Feb–Apr 2025. A
// "run-rate" is April 2025's × 12 unless it says the three-month average (Feb–Apr 2025); "for
// the year"/"for 2025" is the forecast of calendar 2025 and "this quarter" of Apr–Jun 2025. "Grew
// fastest/the most last month" compares April with March 2025 (the second carrier's new circuits:
// the top mover is the same by money and by percent). "The next 6 months" of contract end dates
// runs to 20 November 2025 (through 21 November, exclusive) and "the next 90 days" of notice
// deadlines to 18 August 2025 (through 19 August); no contract date falls near either edge. A
// line's usage "last month" or "in 04/2025" is April 2025's; "average per month" for a carrier's
// lines is April's invoices. A circuit's cost or charges is checked by its identifier in the answer
// (the expectation kinds hold no single-service figure), with the tool that answers it.

const april: Range = ['2025-04-01', '2025-05-01'];
const march: Range = ['2025-03-01', '2025-04-01'];
const february: Range = ['2025-02-01', '2025-03-01'];
const january: Range = ['2025-01-01', '2025-02-01'];
const q1: Range = ['2025-01-01', '2025-04-01'];
const q1Of2024: Range = ['2024-01-01', '2024-04-01'];
const q4: Range = ['2024-10-01', '2025-01-01'];
const december2024: Range = ['2024-12-01', '2025-01-01'];
const april2024: Range = ['2024-04-01', '2024-05-01'];
const year2024: Range = ['2024-01-01', '2025-01-01'];
const firstHalf2024: Range = ['2024-01-01', '2024-07-01'];
const secondHalf2024: Range = ['2024-07-01', '2025-01-01'];
const ytd: Range = ['2025-01-01', '2025-05-21'];
const ytdApril: Range = ['2025-01-01', '2025-05-01'];
const mtd: Range = ['2025-05-01', '2025-05-21'];
const lastThreeUsageMonths = ['2025-02', '2025-03', '2025-04'];
/** The README's definition: telecom spend is everything invoiced, mobility carriers included. */
const telecom: Domain[] = ['telecom', 'mobility'];

export const thirteenthCases: EvalCase[] = [
  // ---------------------------------------------------------------- (a) mobile fleet manager
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], vendors: ['mobile1'] },
    phrasings: [
      'how many mobiles have we got on {m1}',
      "g'day, how many SIMs are live on {m1} at the moment?",
      'number of handsets on the {m1} account, cheers',
    ],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], vendors: ['mobile2'] },
    phrasings: ['how many mobiles have we got on {c3ConnectLower}'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'] },
    phrasings: ['how many handsets have we got all up'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], locations: ['loc2'] },
    phrasings: ['how many mobiles are at the {city2} bakery'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], status: 'disconnected' },
    phrasings: ['how many SIMs have been disconnected'],
  },
  {
    tool: 'find_zero_usage_lines',
    expect: { kind: 'zero_usage', months: lastThreeUsageMonths },
    phrasings: [
      "which SIMs haven't been used",
      "any mobiles sitting in drawers with no usage? reckon there's a few",
      'sims with zero usage in the last 90 days',
    ],
  },
  {
    tool: 'find_zero_usage_lines',
    expect: { kind: 'zero_usage', vendors: ['mobile1'], months: lastThreeUsageMonths },
    phrasings: ["which {m1} sims haven't been touched for 3 months"],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: april, domains: ['mobility'] },
    phrasings: ["what's the damage for april on the mobiles", 'mobile bill total for april, ta'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: april, vendors: ['mobile1'] },
    phrasings: ['what came through on the last {m1} bill run', 'how much was the {m1} bill for april?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q1, domains: ['mobility'] },
    phrasings: ['finance are whingeing about the mobile bill again - what did mobiles cost us in q1', 'mobile spend Jan–Mar'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, vendors: ['mobile2'] },
    phrasings: ['what have we spent with {c3ConnectLower} so far this year'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', types: ['mobile_line'], sortBy: 'data_mb', period: april, show: 5 },
    phrasings: ['who are the top 5 data hogs on the mobiles last month'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', types: ['mobile_line'], sortBy: 'invoiced_cost', period: april, show: 3 },
    phrasings: ['3 most expensive mobiles on the april bill run'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'mobile_line', period: april, vendors: ['mobile1'] },
    phrasings: ['average cost per mobile on {m1} in april', "what's a {m1} handset costing us on average per month?"],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: april, comparedTo: march, domains: ['mobility'] },
    phrasings: ['did the mobile bill go up or down in april vs march', 'mobiles: apr vs mar, cheers'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', check: ['2025-01', '2025-02', '2025-03', '2025-04'], domains: ['mobility'] },
    phrasings: ['mobile spend month by month this year'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: april, dimension: 'cost_center', show: 5, domains: ['mobility'] },
    phrasings: ['need the top 5 cost centres on mobile spend for the april bill run by this arvo, ta'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'mobile1', show: 'end' },
    phrasings: ['when does our {m1} contract finish up?'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'mobile1', show: 'notice' },
    phrasings: ['by when do we have to give {m1} notice if we want out'],
  },
  {
    tool: 'get_commitment_status',
    expect: { kind: 'commitment', vendor: 'mobile1' },
    phrasings: ['how are we tracking against the {m1} commitment?'],
  },

  // ---------------------------------------------------------------- (b) CIO
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'domain' },
    phrasings: ['split of spend by domain this year', "what's the share of spend across telecom, mobility, cloud and saas ytd"],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'vendor', show: 1 },
    phrasings: ["who's our biggest vendor this year", 'largest supplier by spend ytd?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: year2024, dimension: 'vendor', show: 3 },
    phrasings: ['top 3 vendors in 2024', 'CY24 top three suppliers by spend'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q1, comparedTo: q1Of2024 },
    phrasings: ['how did Q1 spend compare year on year', 'Q1-25 vs Q1-24 total spend'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: april, comparedTo: april2024 },
    phrasings: ['april spend vs april last year', '04/2025 vs 04/2024 total'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', period: april, comparedTo: march, dimension: 'vendor', direction: 'increase' },
    phrasings: ['which vendor grew fastest last month', 'what vendor had the biggest increase in april vs march?'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', period: april, comparedTo: march, dimension: 'domain', direction: 'increase' },
    phrasings: ['which domain grew the most in april compared with march'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month' },
    phrasings: ["what's our annual run-rate", "what's our annual run wait"],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'trailing_3_months', domains: ['cloud'] },
    phrasings: ['cloud run-rate on a 3 month average', 'annualised cloud spend off the last three months average'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'year' },
    phrasings: ['what are we forecasting for the full year', 'for cast for the year'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: ytd },
    phrasings: ["how much of this year's spend isn't allocated to a cost centre", 'what portion of spend is unallocated ytd?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, domains: ['saas'] },
    phrasings: ['what are we spending on saas this year'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget_over', month: '2025-04' },
    phrasings: ['which cost centres blew their budget in april'],
  },
  {
    tool: 'list_contracts',
    expect: { kind: 'ending_window', through: '2025-11-21' },
    phrasings: ['what contracts are up in the next 6 months'],
  },
  {
    tool: 'find_notice_deadlines',
    expect: { kind: 'notice_window', through: '2025-08-19' },
    phrasings: ['any renewal decisions due in the next 90 days?'],
  },

  // ---------------------------------------------------------------- (c) voice-to-text and autocorrect
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: march, vendors: ['cloud'] },
    phrasings: ['how much did we spent on {cl} in marhc'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, vendors: ['carrier2'] },
    phrasings: ["{c2Typo} what's there total spend so far this year"],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: april, dimension: 'service_name', vendors: ['cloud'] },
    phrasings: ['were is our {cl} money going by service last month'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'quarter', vendors: ['cloud'] },
    phrasings: ["what's the for cast for {clTypo} this quarter"],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q1 },
    phrasings: ['total spend for queue one'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q4, domains: telecom },
    phrasings: ['how much did we spent on telecoms in q for last year'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: april, dimension: 'cost_center', show: 5 },
    phrasings: ["what are the top five cost center's for spend in arpil"],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccMaintenance', month: '2025-04' },
    phrasings: ["is cost center 4410's spend over budget in april"],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: february, vendors: ['carrier1'] },
    phrasings: ['how much did {c1Swap} bill us in feburary'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: january, vendors: ['mobile1'] },
    phrasings: ['{m1Typo} spend janurary'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: april, vendors: ['saas1'] },
    phrasings: ['{s1Typo} spend last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: april, vendors: ['carrier2'] },
    phrasings: ['what did {c2} charge us for apirl'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q1, vendors: ['saas2'] },
    phrasings: ['{s2Typo} spend in queue one', '{s2} 01/01/2025–31/03/2025'],
  },

  // ---------------------------------------------------------------- (d) finance analyst, dates every which way
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: april, dimension: 'vendor', show: 5 },
    phrasings: ['Apr-25 top 5 vendors', 'top 5 vendors by spend 2025-04'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: april },
    phrasings: ['04/2025 total spend'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: april, domains: ['cloud'] },
    phrasings: ['2025-04 cloud spend'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: april, domains: ['saas'] },
    phrasings: ["April '25 saas spend"],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: secondHalf2024, domains: telecom },
    phrasings: ['2H24 telecom spend'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: year2024 },
    phrasings: ['CY2024 total spend'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytdApril, vendors: ['cloud'] },
    phrasings: ['{cl} YTD Apr', 'cloud spend YTD Apr'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q1, domains: ['cloud'] },
    phrasings: ['cloud Jan–Mar 2025'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: mtd, domains: ['cloud'] },
    phrasings: ['MTD cloud spend'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: mtd },
    phrasings: ['2025-05 MTD total'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: march, comparedTo: february, vendors: ['mobile1'] },
    phrasings: ['Mar-25 vs Feb-25 {m1}'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', check: ['2025-01', '2025-02', '2025-03', '2025-04'], vendors: ['carrier2'] },
    phrasings: ['monthly trend Jan–Apr 2025 for {c2}'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q4, costCenters: ['ccMaintenance'] },
    phrasings: ['Q4 CY24 spend for cost centre 4410'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: firstHalf2024 },
    phrasings: ['unallocated spend 1H24'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q1, vendors: ['carrier3'] },
    phrasings: ['1Q25 {c3Telekom} spend'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'trailing_3_months' },
    phrasings: ['total run-rate on a 3M avg basis'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccStoreWest', month: '2025-04' },
    phrasings: ['D-12 budget vs actual Apr-25'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: december2024, dimension: 'domain' },
    phrasings: ["Dec '24 spend by domain"],
  },

  // ---------------------------------------------------------------- (e) service desk
  {
    tool: 'get_line_usage',
    expect: { kind: 'line_usage', line: 'someLine', month: '2025-04' },
    phrasings: [
      'data usage on {line1} for april',
      'how much data has {line1Compact} used last month',
      'usage for {line1National} in 04/2025 pls',
    ],
  },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['mobile_line'], assignee: 'someLineAssignee' },
    phrasings: ['what lines does {person} have', 'which mobiles are assigned to {personLower}?'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['mobile_line'], assignee: 'someLineAssignee' },
    phrasings: ['how many sims has {personLower} got'],
  },
  {
    tool: ['find_service', 'get_line_charges'],
    expect: { kind: 'audit', finding: 'overbilling' },
    phrasings: ["what's circuit {ovb} costing us a month", 'monthly cost of {ovbLower}?'],
  },
  {
    tool: 'get_line_charges',
    expect: { kind: 'billed_after_disconnect' },
    phrasings: ['show me the invoice charges for circuit {bad}', "what's been billed against {bad}"],
  },
  {
    tool: 'get_line_charges',
    expect: { kind: 'audit', finding: 'notInInventory' },
    phrasings: ['what is {legacy} on the {c3Telekom} invoice'],
  },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['circuit'], cities: ['city3'] },
    phrasings: ['what circuits have we got in {city3}'],
  },

  // ---------------------------------------------------------------- refuse or ask: not recorded
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['what handset models have we got out there', 'how many iphones are on the fleet'],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['who signed the {m1} contract on our side?'],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['has the april {c2} invoice been paid yet', 'are we behind on paying any of the carrier bills'],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ["what's our mobile spend per employee", 'how many staff have we got'],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['are we owed any SLA credits from {c1} for the outages'],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ["staff keep whingeing about coverage at {city4} - which carrier's got the best signal there?"],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ["what did the CEO's phone cost us in april"],
  },
  // ---------------------------------------------------------------- refuse or ask: names the company does not have
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: [
      'how many mobiles have we got on telstra',
      'what did we spend with optus in april',
      '{gCarrier} bill for march',
      'how much are we paying {gSaas} a month',
      'how many sims at the {gCity} depot',
    ],
  },
  // ---------------------------------------------------------------- refuse or ask: advice, what-ifs
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['reckon we should move everyone from {m1} over to {c3ConnectLower}?', 'is {m1} good value or should we go out to tender'],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: [
      'what would the mobile bill look like if we dropped all the essentials plans',
      'if we cut 20 sims how much would we save a month',
    ],
  },
  // ---------------------------------------------------------------- refuse or ask: exclusions, thresholds
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['total spend for april, everything except {cl}', "what's ytd spend without the cloud"],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['which lines cost us over 50 a month', 'list mobiles costing more than $60 on the april bill'],
  },
  // ---------------------------------------------------------------- refuse or ask: part of a month on monthly bills
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['what did the mobiles cost over the last fortnight', '{m1} charges for the first two weeks of april'],
  },
  // ---------------------------------------------------------------- refuse or ask: fiscal years not recorded
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['FY2024 total spend', "what's the FY25 forecast for mobiles"],
  },
  // ---------------------------------------------------------------- ask back: a name that names two things
  {
    tool: null,
    expect: { kind: 'refuse', mentions: ['{c3Telekom}', '{c3Connect}'] },
    phrasings: ['how much did we pay {c3} in april', '{c3} spend ytd'],
  },
  {
    tool: null,
    expect: { kind: 'refuse', mentions: ['{dupA}', '{dupB}'] },
    phrasings: ['what mobiles has {dupGiven} got'],
  },
];

/** Names the refusals use as names this company does not have. */
const absentNames = ['telstra', 'optus'];

/** `word` with two letters in its middle swapped, as a hurried thumb types it. */
function swapOf(word: string): string {
  const at = Math.floor(word.length / 2);
  return word.slice(0, at) + word[at + 1]! + word[at]! + word.slice(at + 2);
}

/**
 * The unseen split's placeholders and this set's own: misspelt vendors, the ordinary line's number
 * written two more ways and its assignee, three circuit ids from the answer key, and a given name
 * two assignees share. Refuses a seed whose company has a name written here as absent.
 */
export function thirteenthPlaceholderValues(enterprise: UnseenEnterprise): Record<string, string> {
  const { names, key } = enterprise;
  const { vendors } = names;
  const words = companyWords(enterprise);
  const ghosts = [names.ghosts.carrierShort, names.ghosts.saas.toLowerCase(), names.ghosts.city.toLowerCase()];
  const present = [...absentNames, ...ghosts].filter((name) => words.includes(name));
  if (present.length > 0) throw new Error(`the thirteenth set's absent names exist in this company: ${present.join(', ')}`);

  // Assignees as the inventory file has them: the ordinary line's, and a given name two share.
  const rows = inventoryRows(enterprise);
  const person = assigneeOfOrdinaryLine(enterprise, rows);
  const assignees = [...new Set(rows.map((cells) => cells[7] ?? '').filter((name) => name !== ''))];
  const byGiven = new Map<string, string[]>();
  for (const assignee of assignees) {
    const given = assignee.split(' ')[0]!;
    byGiven.set(given, [...(byGiven.get(given) ?? []), assignee]);
  }
  const shared = [...byGiven.values()].find((people) => people.length === 2);
  if (!shared) throw new Error('no given name is shared by exactly two assignees');
  if (!key.someLine.startsWith('+31 ')) throw new Error(`the ordinary line ${key.someLine} is not a Dutch number`);

  return {
    ...placeholderValues(enterprise),
    c1Swap: swapOf(vendors.carrier1.short),
    c2Typo: typoOf(vendors.carrier2.short),
    s1Typo: typoOf(vendors.saas1.short),
    c3ConnectLower: vendors.mobile2.name.toLowerCase(),
    line1Compact: key.someLine.replace(/\s/g, ''),
    line1National: key.someLine.replace(/^\+31 /, '0'),
    person,
    personLower: person.toLowerCase(),
    ovb: key.overbilling.identifier,
    ovbLower: key.overbilling.identifier.toLowerCase(),
    bad: key.billedAfterDisconnect.identifier,
    legacy: key.notInInventory.identifier,
    dupGiven: shared[0]!.split(' ')[0]!.toLowerCase(),
    dupA: shared[0]!,
    dupB: shared[1]!,
  };
}
