import { absentNamesPresent, assigneeOfOrdinaryLine, inventoryRows } from './company-names.js';
import type { UnseenEnterprise } from './generate-unseen-enterprise.js';
import { placeholderValues, type Domain, type EvalCase, type Expectation, type Range } from './questions.js';

// The eighteenth blind set over the unseen company, written without reading the planner, its
// tests or the other sets' questions, and scored once as written. Five people, each typing the
// way they work:
//   (a) a Slack power user who formats: *bold* and _italic_ around a name or a period, bullets and
//       numbered lines, a short first line and the question on the second ("quick one\n…"), a
//       trailing "(thanks!)", a question inside ``` fences, emoji (📈 💸 🙏), "?!" and ellipses;
//   (b) a chief of staff comparing periods: year over year for a vendor or a domain, this half
//       against the last, "how much did X grow", the delta between two months, a domain's trend
//       over the last N months, which cost centre or vendor grew the most;
//   (c) a people-operations partner: the lines a named person holds, lines per cost centre and
//       per site, idle lines that may belong to leavers — and what is not recorded (headcount,
//       cost per employee, leave, salaries, start dates, a person who is not in the data);
//   (d) a legal / compliance / sustainability lead: contract end and notice dates, auto-renewal,
//       commitments — and what is not recorded (emissions, data residency, DPAs and GDPR, liability
//       caps, clause text, signatories, termination fees, a vendor we have no contract with);
//   (e) a support engineer quoting identifiers: one mobile number in eight formats, a POTS number,
//       circuit ids (also in lower case), carrier account numbers and contract ids — and a number
//       that is in no inventory (asked back), or no identifier at all.
//
// As-of is Tue 20 May 2025 (the generator's unseenAsOf). April 2025 is the last invoiced month,
// cloud rows run to 19 May, SaaS is charged on the 1st (May charged). So: "last month" and
// "april" are April 2025; "march" March 2025; "q1" Jan–Mar 2025 and "q1 last year" Jan–Mar 2024;
// "q4" Oct–Dec 2024; "this year"/"ytd" 1 Jan–20 May 2025; "this month"/"mtd" 1–20 May 2025;
// "last year" (as a period) calendar 2024; "april last year" April 2024; "this half" is H1 2025 so
// far (1 Jan–20 May, debatable: a part half against a whole one; no row falls after 19 May, so the
// whole half sums the same) and "last half" is H2 2024; "the same point last year" is 1 Jan–20 May
// 2024 (debatable). "Telecom" is everything invoiced, mobility carriers included (the README's
// definition); "mobility" is the two mobile carriers only.
//
// Debatable, and written down so:
// - Trends over "the last N months" check only the months both readings hold (N full months to
//   April, or N months counting May): 6 months → Dec 2024–Apr 2025; 3 months → Mar–Apr; 5 months
//   of the QMS subscription → Feb–Mar (its price steps up in March).
// - "Which cost centre grew the most last month" is April against March.
// - Idle lines "in the last 3 months" are Feb–Apr; "since january" and "this year" Jan–Apr.
// - A person's lines are their active mobile lines; one phrasing names the person by first name
//   only (the first name is unique in this company; the placeholder function checks it).
// - The first SaaS vendor's notice date (16 May 2025, 45 days before 30 June) has just passed:
//   "last day to cancel before it renews" must still give it (the expectation is that date).
// - "Notice deadlines in the next 90 days / three months" runs to 19 Aug 2025 (no deadline falls
//   between 18 and 20 Aug, so the edge does not matter).
// - "What's on account X" is read as the account's latest bill (April), not its services.
// - The line in national form ("06-…") and with the trunk prefix ("+31 (0)6 …") is the same line.
// - "Which leavers still have an active line" is refused: the data records no leavers. Offering
//   idle lines as candidates is asked for explicitly in another case, with the usage words.
// - "Early termination fee" is refused: contracts record dates, notice and commitments, no fees.
// - "Who has <number>" and "what does <circuit> cost" have no expectation kind that scores one
//   service's owner or charges: those cases (toolOnly) check the tool alone.

const april: Range = ['2025-04-01', '2025-05-01'];
const march: Range = ['2025-03-01', '2025-04-01'];
const q1: Range = ['2025-01-01', '2025-04-01'];
const q1LastYear: Range = ['2024-01-01', '2024-04-01'];
const q4: Range = ['2024-10-01', '2025-01-01'];
const ytd: Range = ['2025-01-01', '2025-05-21'];
const ytdLastYear: Range = ['2024-01-01', '2024-05-21'];
const mtd: Range = ['2025-05-01', '2025-05-21'];
const april2024: Range = ['2024-04-01', '2024-05-01'];
const secondHalf2024: Range = ['2024-07-01', '2025-01-01'];
const year2024: Range = ['2024-01-01', '2025-01-01'];
/** The README's definition: telecom spend is everything invoiced, mobility carriers included. */
const telecom: Domain[] = ['telecom', 'mobility'];

/**
 * No expectation kind scores one service's owner or its charges: with a tool named, the refuse
 * kind adds no text to check, so these cases check the planned tool alone.
 */
const toolOnly: Expectation = { kind: 'refuse' };

/** Names that must not exist in the company (checked in eighteenthPlaceholderValues). */
const absentPeople = ['Tamsin Oyelaran'];
/** A mobile number in the inventory's format that no service has (a first group below 1000). */
const absentLineGroups = ['0458', '1190'];

export const eighteenthCases: EvalCase[] = [
  // ================================================================ (a) Slack power user
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: april, vendors: ['carrier1'] },
    phrasings: ['*{c1}* spend last month?', 'quick one\nwhat did we pay {c1} in april', '• {c1} — april total (thanks!)'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: mtd, vendors: ['cloud'] },
    phrasings: ['_{cl}_ spend so far this month?!', '`{cl}` mtd 💸'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, domains: ['saas'] },
    phrasings: ['```\nsaas spend ytd\n```', 'saas… how much so far this year?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q1, dimension: 'vendor', show: 5 },
    phrasings: ['1. top 5 vendors by spend in q1 🙏', '- top five suppliers for q1\n- ranked by total spend'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], cities: ['city2'] },
    phrasings: ['how many active mobile lines in *{city2}*?', 'quick one\nmobile line count for {city2} (thanks!)'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccStoreWest', month: '2025-04' },
    phrasings: ['*{ccWest}* vs budget for april?!', '• {ccWestCode} budget check — april'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget_over', month: '2025-04' },
    phrasings: ['- who went over budget in april? 😬', '```\nover budget cost centres, april\n```'],
  },
  {
    tool: 'list_disputes',
    expect: { kind: 'disputes' },
    phrasings: ['status of our open disputes? 🙏', 'any carrier disputes still open…'],
  },
  {
    tool: 'find_zero_usage_lines',
    expect: { kind: 'zero_usage', months: ['2025-02', '2025-03', '2025-04'] },
    phrasings: ['lines with *zero* usage in the last 3 months…', '📵 idle mobile lines, last 3 months'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'month', vendors: ['cloud'] },
    phrasings: ['where will _{cl}_ land this month? 📈', '{cl} end of month forecast pls 🙏'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month', domains: ['saas'] },
    phrasings: ['saas annual run rate based on april?'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: april, domains: ['cloud'] },
    phrasings: ['how much *untagged* cloud spend did we have in april?', '`unallocated` {cl} spend last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q1, dimension: 'cost_center', domains: ['cloud'] },
    phrasings: ['```\ncloud spend by cost center, q1\n```'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: april, dimension: 'service_name', vendors: ['cloud'], show: 3 },
    phrasings: ['top 3 {cl} services last month 📊'],
  },
  { tool: 'get_spend', expect: { kind: 'spend', period: march, vendors: ['mobile1'] }, phrasings: ['quick q\n{m1} bill for march?'] },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['circuit'], vendors: ['carrier2'] },
    phrasings: ['how many *{c2}* circuits are live? (thanks!)'],
  },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['pots_line'] },
    phrasings: ['- list the POTS lines\n- with what each one costs'],
  },
  { tool: 'get_spend', expect: { kind: 'spend', period: april, subAccounts: ['data'] }, phrasings: ['`{subData}` spend in april'] },
  { tool: 'get_spend', expect: { kind: 'spend', period: q1, regions: ['ap'] }, phrasings: ['*{apRegion}* spend in q1?!'] },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', types: ['mobile_line'], sortBy: 'data_mb', period: april, show: 5 },
    phrasings: ['📱 top 5 data users last month', '1) which 5 lines burned the most data in april'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'mobile_line', period: april },
    phrasings: ['avg cost per mobile line last month? 🤔'],
  },
  { tool: 'audit_invoices', expect: { kind: 'audit', finding: 'all' }, phrasings: ['run an invoice audit ✅'] },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q1, domains: telecom, cities: ['city4'] },
    phrasings: ['• telecom spend at _{city4}_ in q1'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: april, vendors: ['mobile1'], cities: ['city3'] },
    phrasings: ['*{m1}* at *{city3}*, april?'],
  },

  // ================================================================ (b) chief of staff
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q1, comparedTo: q1LastYear, vendors: ['carrier1'] },
    phrasings: ['how does {c1} q1 compare to q1 last year?', '{c1Name}: q1 this year vs q1 last year'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q1, comparedTo: q1LastYear },
    phrasings: ['how does q1 compare to q1 last year overall?'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: ytd, comparedTo: secondHalf2024, domains: ['cloud'] },
    phrasings: ['cloud spend this half vs last half', 'cloud: first half of this year so far against the second half of last year'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: april, comparedTo: march },
    phrasings: ["what's the delta between march and april", 'total spend in april compared with march'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: april, comparedTo: march, vendors: ['cloud'] },
    phrasings: ['how much did {cl} grow from march to april?'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: april, comparedTo: april2024, domains: ['mobility'] },
    phrasings: ['mobility spend april vs april last year', 'yoy mobility spend for april'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: ytd, comparedTo: ytdLastYear, domains: ['saas'] },
    phrasings: ['saas ytd vs the same point last year'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: april, comparedTo: april2024, vendors: ['carrier2'] },
    phrasings: ['how much did {c2} grow year over year in april?'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q1, comparedTo: q4, domains: telecom },
    phrasings: ['telecom q1 vs q4, with the difference'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q1, comparedTo: q1LastYear, domains: ['mobility'] },
    phrasings: ['how does mobility q1 compare with q1 2024?'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', check: ['2024-12', '2025-01', '2025-02', '2025-03', '2025-04'], domains: ['cloud'] },
    phrasings: ['show me the cloud trend over the last 6 months', '{cl} month by month, last six months'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', check: ['2025-01', '2025-02', '2025-03', '2025-04'], domains: telecom },
    phrasings: ['telecom spend month by month since january'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', check: ['2025-03', '2025-04'], domains: ['mobility'] },
    phrasings: ['mobility trend for the last 3 months'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', check: ['2025-02', '2025-03'], vendors: ['saas2'] },
    phrasings: ['{s2} over the last 5 months, monthly'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', period: april, comparedTo: march, dimension: 'cost_center', direction: 'increase' },
    phrasings: ['which cost centre grew the most last month?', 'biggest cost-centre increase, april vs march'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', period: q1, comparedTo: q4, dimension: 'vendor', direction: 'increase' },
    phrasings: ['which vendor grew the most in q1 compared to q4?'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', period: april, comparedTo: march, dimension: 'vendor', direction: 'decrease' },
    phrasings: ['where did spend drop the most between march and april, by vendor?'],
  },
  {
    tool: 'rank_spend_changes',
    expect: {
      kind: 'spend_change',
      period: april,
      comparedTo: march,
      dimension: 'service_name',
      direction: 'increase',
      vendors: ['cloud'],
    },
    phrasings: ['which {cl} service jumped the most in april vs march'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'cost_center', show: 3 },
    phrasings: ['top 3 cost centres by spend this year'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: year2024, domains: ['cloud'] },
    phrasings: ['what did cloud cost us in total last year'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q1, domains: ['cloud'], costCenters: ['ccLoyalty'] },
    phrasings: ['what did {ccLoyalty} spend on cloud in q1?'],
  },

  // ================================================================ (c) people operations
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['mobile_line'], assignee: 'someLineAssignee' },
    phrasings: ['what lines does {person} have?', 'list every phone assigned to {personLower}', "{personFirst}'s company mobiles?"],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], assignee: 'someLineAssignee' },
    phrasings: ['how many lines is {person} holding?'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], costCenters: ['ccStoreEast'] },
    phrasings: ['how many mobile lines sit under {ccEast}?', 'number of phones charged to cost centre {ccEastCode}'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], costCenters: ['ccMaintenance'] },
    phrasings: ['mobile lines in {ccMaint}?'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], locations: ['loc1b'] },
    phrasings: ['how many phones at the {city1} flagship shop'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], vendors: ['mobile1'], locations: ['loc3'] },
    phrasings: ['{m1} lines at the {city3} regional office — how many?'],
  },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['mobile_line'], costCenters: ['ccStoreWest'], locations: ['loc2'] },
    phrasings: ['which mobile lines does {ccWest} have at the {city2} bakery?'],
  },
  {
    tool: 'find_zero_usage_lines',
    expect: { kind: 'zero_usage', months: ['2025-01', '2025-02', '2025-03', '2025-04'] },
    phrasings: ['lines with no usage since january — probably leavers we never cut off', 'phones nobody has used at all this year'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], status: 'disconnected' },
    phrasings: ['how many mobile lines have been cut off (disconnected)?'],
  },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['mobile_line'], costCenters: ['ccLoyalty'] },
    phrasings: ['list the mobile lines charged to {ccLoyalty}'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], costCenters: ['ccRetail'] },
    phrasings: ['how many mobile lines across {ccRetail} and the teams under it'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], cities: ['city4'] },
    phrasings: ['how many mobile lines are active in {city4}?'],
  },

  // ================================================================ (d) legal / compliance
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier1', show: 'end' },
    phrasings: ['when does the {c1Name} master services agreement end?', 'expiry date of {c1Contract}?'],
  },
  {
    tool: ['get_contract', 'find_notice_deadlines'],
    expect: { kind: 'contract', vendor: 'carrier1', show: 'notice' },
    phrasings: ['last day to give notice on the {c1} MSA', 'by when must we serve notice on {c1Contract} to stop it auto-renewing?'],
  },
  {
    tool: ['get_contract', 'find_notice_deadlines'],
    expect: { kind: 'contract', vendor: 'carrier2', show: 'notice' },
    phrasings: ['notice deadline for the {c2Name} agreement'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'mobile2', show: 'end' },
    phrasings: ['when does the {c3Connect} business plan expire?'],
  },
  { tool: 'get_contract', expect: { kind: 'contract', vendor: 'saas2', show: 'end' }, phrasings: ['{s2} licence end date?'] },
  {
    tool: ['get_contract', 'find_notice_deadlines'],
    expect: { kind: 'contract', vendor: 'saas1', show: 'notice' },
    phrasings: ['last day to cancel {s1} before it renews?'],
  },
  {
    tool: 'find_notice_deadlines',
    expect: { kind: 'notice_window', through: '2025-08-19' },
    phrasings: ['which auto-renewals need notice in the next 90 days?', 'notice deadlines coming up in the next three months'],
  },
  {
    tool: 'find_notice_deadlines',
    expect: { kind: 'notice_window', through: '2026-01-01' },
    phrasings: ['every notice deadline between now and the end of the year'],
  },
  {
    tool: 'list_contracts',
    expect: { kind: 'ending_window', through: '2026-01-01' },
    phrasings: ['which contracts end this calendar year?', 'contracts expiring by 31 december'],
  },
  {
    tool: 'list_contracts',
    expect: { kind: 'ending_window', through: '2025-07-20' },
    phrasings: ['anything expiring in the next 60 days?'],
  },
  {
    tool: 'get_commitment_status',
    expect: { kind: 'commitment', vendor: 'mobile1' },
    phrasings: ['where are we against the {m1} minimum commitment?', 'have we met the annual commit on {m1Contract}?'],
  },
  {
    tool: 'get_commitment_status',
    expect: { kind: 'commitment', vendor: 'cloud' },
    phrasings: ['how much of the {cl} committed spend have we burned this contract year?'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier3', show: 'end' },
    phrasings: ['does the {c3Telekom} framework auto-renew, and when does it end'],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'cloud', show: 'end' },
    phrasings: ['end date of the {clName} committed spend agreement'],
  },

  // ================================================================ (e) support engineer
  {
    tool: 'get_line_usage',
    expect: { kind: 'line_usage', line: 'someLine', month: '2025-04' },
    phrasings: [
      'usage for line {lineE164}',
      '{lineDots} data usage last month',
      'how much data did {lineParen} use in april?',
      'usage on {lineNational} for april',
      'april usage {line0031}',
      '{lineTrunk} usage last month',
    ],
  },
  {
    tool: 'get_line_usage',
    expect: { kind: 'line_usage', line: 'someLine', month: '2025-03' },
    phrasings: ['data used by {lineDashes} in march'],
  },
  {
    tool: ['find_service', 'list_services'],
    expect: toolOnly,
    phrasings: ['who has {line1}?', 'who is {lineDashes} assigned to', 'whose number is {lineE164}'],
  },
  { tool: ['find_service', 'list_services'], expect: toolOnly, phrasings: ['what is {pots1} and who pays for it'] },
  {
    tool: ['get_line_charges', 'find_service'],
    expect: toolOnly,
    phrasings: ['what does circuit {circuit1} cost?', 'charges on {circuit1Lower} last month'],
  },
  { tool: 'get_line_charges', expect: toolOnly, phrasings: ['what was {circuitNew} billed in april, install included?'] },
  { tool: ['get_line_charges', 'find_service'], expect: toolOnly, phrasings: ['what are we paying for {line1}'] },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: april, carrierAccounts: ['carrier1'] },
    phrasings: ['what was billed on account {acct1} in april', 'acct #{acct1} — april total'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: april, carrierAccounts: ['carrier2'] },
    phrasings: ["what's on account {acct2}"],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q1, carrierAccounts: ['carrier2'] },
    phrasings: ['BAN {acct2Lower} total for q1'],
  },
  { tool: 'get_contract', expect: { kind: 'contract', vendor: 'mobile1', show: 'end' }, phrasings: ['end date for {m1Contract}'] },
  { tool: 'get_contract', expect: { kind: 'contract', vendor: 'mobile2', show: 'end' }, phrasings: ['{m2Contract} expiry?'] },

  // ================================================================ refused or asked back, no figure
  // (c) what people operations asks that the data does not record
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ["what's our mobile cost per employee?", 'telecom spend per head in {city2}'],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['how many employees work at the {city3} regional office', 'headcount for {ccWest}?'],
  },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ["who's on leave right now but still has a phone on us"] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ["what's {person}'s salary"] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['when did {person} join the company?'] },
  {
    tool: null,
    expect: { kind: 'refuse', mentions: ['{ghostPerson}'] },
    phrasings: ['what lines does {ghostPerson} have?', 'does {ghostPersonLower} still have a company phone'],
  },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['which leavers still have an active line'] },
  // (d) what legal, compliance and sustainability ask that the data does not record
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ["what's the carbon footprint of our {cl} usage", 'scope 3 emissions for telecom last year?'],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['is our {s2} data stored in the EU', 'data residency for {s1}?'],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['do we have a signed DPA with {s3}', 'is the {s1} contract gdpr compliant'],
  },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ["what's the liability cap in {c1Contract}"] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['paste the termination clause from the {c2Name} agreement'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['who signed the {m1} corporate account contract on our side'] },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['early termination fee if we exit {c3Telekom} before the end of the term?'],
  },
  { tool: null, expect: { kind: 'refuse', mentions: ['{gCarrier}'] }, phrasings: ['when does our {gCarrier} contract end?'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['{gSaas}'] }, phrasings: ['{gSaas} renewal date?'] },
  // (e) a number in no inventory, or no identifier at all
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['who has {absentLine}', 'usage for {absentLineDots} last month'],
  },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['what does this circuit cost', 'usage for the line?'] },
  // (a) formatted, but nothing to answer
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['*how much?* 🙏'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['{gSaas}'] }, phrasings: ['• {gSaas} spend ytd'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['{gCity}'] }, phrasings: ['_{gCity}_ lines?!'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['📈📈📈'] },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['quick one\nand the month before?'] },
  // (b) comparisons the data cannot make
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['how does our telecom spend compare to other retailers our size?'],
  },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ["what's telecom spend as a % of revenue"] },
  { tool: null, expect: { kind: 'refuse', mentions: ['{gCc}'] }, phrasings: ['{gCc} spend growth year over year'] },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['how much would we save if we moved everything off {c1} to a competitor?'],
  },
];

/** The values the placeholders stand for, from the generated company. */
export function eighteenthPlaceholderValues(enterprise: UnseenEnterprise): Record<string, string> {
  const { names, key } = enterprise;
  const { vendors, costCenters } = names;
  const present = absentNamesPresent(enterprise, absentPeople);
  if (present.length > 0) throw new Error(`the eighteenth set's absent names exist in this company: ${present.join(', ')}`);

  const rows = inventoryRows(enterprise);
  const digitsOf = (identifier: string) => identifier.replace(/\D/g, '');

  // The ordinary line in the formats a support engineer pastes: "+31 6 1234 5678" as stored.
  const [countryCode, prefix, first, second] = key.someLine.split(' ');
  if (!countryCode || !prefix || !first || !second) throw new Error(`unexpected line format: ${key.someLine}`);
  const absentLine = `${countryCode} ${prefix} ${absentLineGroups.join(' ')}`;
  if (rows.some((cells) => digitsOf(cells[2] ?? '') === digitsOf(absentLine)))
    throw new Error(`the eighteenth set's absent line ${absentLine} exists in this company`);

  const person = assigneeOfOrdinaryLine(enterprise, rows);
  const personFirst = person.split(' ')[0]!;
  if (names.people.filter((name) => name.split(' ')[0] === personFirst).length !== 1)
    throw new Error(`the first name ${personFirst} is not unique in this company`);

  const circuit1 = rows.find((cells) => cells[1] === 'circuit' && cells[3] === vendors.carrier1.name && cells[8] === 'active')?.[2];
  const circuitNew = rows.find((cells) => cells[1] === 'circuit' && cells[3] === vendors.carrier2.name && cells[10] === '2025-04-01')?.[2];
  const pots1 = rows.find((cells) => cells[1] === 'pots_line' && cells[8] === 'active')?.[2];
  if (!circuit1 || !circuitNew || !pots1) throw new Error('the unseen inventory lacks a circuit or POTS line the eighteenth set quotes');

  return {
    ...placeholderValues(enterprise),
    c1Name: vendors.carrier1.name,
    c2Name: vendors.carrier2.name,
    clName: vendors.cloud.name,
    ccWest: costCenters.ccStoreWest.name,
    ccWestCode: costCenters.ccStoreWest.code,
    ccEast: costCenters.ccStoreEast.name,
    ccEastCode: costCenters.ccStoreEast.code,
    ccMaint: costCenters.ccMaintenance.name,
    ccLoyalty: costCenters.ccLoyalty.name,
    ccRetail: costCenters.ccRetail.name,
    apRegion: names.cloud.regions.ap,
    person,
    personLower: person.toLowerCase(),
    personFirst,
    ghostPerson: absentPeople[0]!,
    ghostPersonLower: absentPeople[0]!.toLowerCase(),
    gCc: names.ghosts.costCenter,
    c1Contract: key.contractIds.carrier1,
    m1Contract: key.contractIds.mobile1,
    m2Contract: key.contractIds.mobile2,
    acct2: key.accounts.carrier2,
    acct2Lower: key.accounts.carrier2.toLowerCase(),
    lineE164: `${countryCode}${prefix}${first}${second}`,
    lineDots: `${countryCode}.${prefix}.${first}.${second}`,
    lineDashes: `${countryCode}-${prefix}-${first}-${second}`,
    lineParen: `(${countryCode}) ${prefix} ${first} ${second}`,
    lineTrunk: `${countryCode} (0)${prefix} ${first} ${second}`,
    lineNational: `0${prefix}-${first}${second}`,
    line0031: `00${countryCode.slice(1)} ${prefix} ${first}${second}`,
    absentLine,
    absentLineDots: absentLine.replaceAll(' ', '.'),
    circuit1,
    circuit1Lower: circuit1.toLowerCase(),
    circuitNew,
    pots1,
  };
}
