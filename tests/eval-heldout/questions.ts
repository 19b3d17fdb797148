import type { CityRole, CostCenterRole, HeldoutNames, LocationRole, VendorRole } from './coin-heldout-names.js';

// The held-out questions, typed the way people write in Slack: lower case, "q3", "sept", "ytd",
// "mtd", "vs", "w/", a typo in a long word, "@Ledgerline " in front, half a name. They are
// templates over the generated company's names ({carrier1.short} → "bluewater"), so no name of
// it is written here; the real FOCUS sample's values (AWS, EC2, us-east-1, its sub-accounts)
// are typed as they are, because that is the data a FinOps person reads.
//
// Placeholders: {<vendor role>} full name, .short its distinctive word, .typo that word with one
// letter dropped; {<cost-center role>} name, .code, .compact (code without the dash), .partial
// ("field eng"), .first (first word); {<location role>}, {<city role>}; {shared} (the first word
// two cost centers share); {ghostCarrier}, {ghostCarrier.short}, {ghostSaas}, {ghostCity},
// {ghostSite}, {ghostCostCenter}: names that exist nowhere in the data.

export type Range = [start: string, end: string];
export type VendorRef = VendorRole | 'AWS' | 'Microsoft' | 'Oracle';
export type Domain = 'telecom' | 'mobility' | 'cloud' | 'saas';
export type ServiceType = 'mobile_line' | 'circuit' | 'voice_trunk' | 'pots_line';
export type RankDimension = 'vendor' | 'domain' | 'cost_center' | 'location' | 'service_name' | 'service_category' | 'account' | 'region';

export interface SpendFilters {
  vendors?: VendorRef[];
  domains?: Domain[];
  /** With their children, as a parent cost center's spend includes them. */
  costCenters?: CostCenterRole[];
  locations?: LocationRole[];
  cities?: CityRole[];
  serviceNames?: string[];
  serviceCategories?: string[];
  regions?: string[];
  /** FOCUS sub-accounts by id or by name. */
  subAccounts?: string[];
}

export interface InventoryFilters {
  types: ServiceType[];
  vendors?: VendorRole[];
  cities?: CityRole[];
  locations?: LocationRole[];
  costCenters?: CostCenterRole[];
}

export type Expectation =
  | ({ kind: 'spend'; period: Range } & SpendFilters)
  | ({ kind: 'ranking'; period: Range; dimension: RankDimension; show: number } & SpendFilters)
  | ({ kind: 'compare'; period: Range; comparedTo: Range } & SpendFilters)
  | ({ kind: 'trend'; period: Range; check: string[] } & SpendFilters)
  | ({ kind: 'count' } & InventoryFilters)
  | ({ kind: 'list' } & InventoryFilters)
  | { kind: 'contract'; vendor: VendorRole; show: 'end' | 'notice' }
  | { kind: 'notice_window'; through: string }
  | { kind: 'ending_window'; through: string }
  | { kind: 'commitment'; vendor: VendorRole }
  | { kind: 'budget'; month: string; costCenter: CostCenterRole }
  | ({
      kind: 'spend_change';
      dimension: RankDimension;
      period: Range;
      comparedTo: Range;
      direction: 'increase' | 'decrease';
    } & SpendFilters)
  | ({ kind: 'run_rate'; basis: 'last_full_month' | 'trailing_3_months' } & SpendFilters)
  | ({ kind: 'forecast'; horizon: 'month' | 'quarter' | 'year' } & SpendFilters)
  | ({ kind: 'unallocated'; period: Range } & SpendFilters)
  | { kind: 'unit_cost'; serviceType: ServiceType; period: Range; vendors?: VendorRole[]; groupBy?: 'location' }
  | {
      kind: 'rank_services';
      sortBy: 'invoiced_cost' | 'data_mb' | 'voice_minutes';
      types: ServiceType[];
      period: Range;
      vendors?: VendorRole[];
    }
  | { kind: 'realized_savings'; period: Range }
  /** The carrier dispute the generator planted (its overbilled invoice and the amount credited back). */
  | { kind: 'disputes' }
  /** Identifiers billed on the vendors' invoices that no inventory service has. */
  | { kind: 'audit_not_in_inventory'; vendors?: VendorRole[] }
  /** Active mobile lines with no data, minutes or messages in each of the last `months` months of usage. */
  | { kind: 'zero_usage'; months: number; vendors?: VendorRole[] }
  /** Every cost center whose own spend in the month was above its budget. */
  | { kind: 'budget_over'; month: string }
  /** Must be refused or clarified with no figure; `mentions` is a word the reply must name. */
  | { kind: 'refuse'; mentions?: string };

export interface HeldoutCase {
  /** The tool the first planned call must use; null for a clarification or refusal. */
  tool: string | null;
  phrasings: string[];
  expect: Expectation;
}

// As-of is 15 Oct 2024 (see generate-heldout-enterprise.ts).
const september: Range = ['2024-09-01', '2024-10-01'];
const august: Range = ['2024-08-01', '2024-09-01'];
const october: Range = ['2024-10-01', '2024-11-01'];
const q3: Range = ['2024-07-01', '2024-10-01'];
const q2: Range = ['2024-04-01', '2024-07-01'];
const ytd: Range = ['2024-01-01', '2024-10-16'];
const lastThreeMonths: Range = ['2024-07-01', '2024-10-01'];
const october2023: Range = ['2023-10-01', '2023-11-01'];
const september2023: Range = ['2023-09-01', '2023-10-01'];
const sinceMarch: Range = ['2024-03-01', '2024-10-16'];
const lastTwelveMonths: Range = ['2023-10-01', '2024-10-01'];
const telecom: Domain[] = ['telecom', 'mobility'];
const endOfYear = '2025-01-01';

export const heldoutCases: HeldoutCase[] = [
  // ---------------------------------------------------------------- spend by vendor and period
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, vendors: ['carrier1'] },
    phrasings: [
      '@Ledgerline how much did we spend w/ {carrier1.short} in sept',
      '{carrier1.short} spend last month',
      'what did {carrier1.typo} cost us in september',
    ],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q2, vendors: ['mobile1'] },
    phrasings: ['{mobile1.short} q2 spend', 'how much did we pay {mobile1} in q2', '@Ledgerline {mobile1.short} costs q2 2024'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, vendors: ['carrier2'] },
    phrasings: ['{carrier2.short} ytd', 'ytd spend w/ {carrier2.short}', 'how much have we paid {carrier2} this year'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastThreeMonths, vendors: ['saas1'] },
    phrasings: ['{saas1.short} spend last 3 months', 'how much did {saas1.short} cost over the past three months'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september },
    phrasings: ['total spend last month', 'what did we spend in sept', '@Ledgerline total spend sep 2024'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q3, domains: telecom },
    phrasings: ['telecom spend q3', 'telco costs q3 2024', 'how much on telecom last quarter'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: october2023, domains: ['mobility'] },
    phrasings: ['mobility spend oct 2023', 'wireless costs in october 2023'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, domains: ['saas'] },
    phrasings: ['saas spend ytd', 'how much have we spent on saas this year'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, domains: ['cloud'] },
    phrasings: ['cloud spend sep', 'how much was cloud in september'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: sinceMarch, vendors: ['carrier3'] },
    phrasings: ['{carrier3.short} spend since march', 'what have we paid {carrier3.short} since mar'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: october, vendors: ['saas2'] },
    phrasings: ['{saas2.short} mtd', '{saas2.short} spend this month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: august, vendors: ['mobile2'] },
    phrasings: ['{mobile2.short} aug spend', 'how much was the {mobile2.typo} bill in august'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september2023, vendors: ['carrier1'] },
    phrasings: ['{carrier1.short} spend sep 2023', 'what did we pay {carrier1} in september last year'],
  },

  // ---------------------------------------------------------------- the real FOCUS export
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, vendors: ['Microsoft'] },
    phrasings: ['azure spend sep', 'how much did microsoft cost us last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, vendors: ['AWS'] },
    phrasings: ['aws spend sept', 'amazon web services costs last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, vendors: ['Oracle'] },
    phrasings: ['oracle cloud spend in sep', 'oci costs sept'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, serviceNames: ['Amazon Elastic Compute Cloud'] },
    phrasings: ['ec2 spend sep', 'how much did ec2 cost last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, serviceCategories: ['Compute'] },
    phrasings: ['compute category spend sep', 'how much on compute in sept'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, serviceCategories: ['Databases'] },
    phrasings: ['databases category spend last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, regions: ['us-east-1'] },
    phrasings: ['us-east-1 spend last month', 'how much did we spend in us-east-1 in sep'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, subAccounts: ['Orion Zenith'] },
    phrasings: ['orion zenith spend sep', 'how much did sub-account orion zenith cost last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, subAccounts: ['11353890204'] },
    phrasings: ['spend for account 11353890204 in sep'],
  },

  // ---------------------------------------------------------------- spend by cost center and location
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, costCenters: ['ccFieldEng'] },
    phrasings: ['{ccFieldEng.partial} spend sept', 'how much did {ccFieldEng.code} spend last month', '{ccFieldEng.compact} spend sep'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: august, costCenters: ['ccDock'], domains: telecom },
    phrasings: ['{ccDock.partial} telecom spend aug', 'telecom costs for {ccDock} in august'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q3, costCenters: ['ccRevOps'] },
    phrasings: ['{ccRevOps.partial} spend q3', '{ccRevOps.code} q3 spend', 'spend for {ccRevOps} in q3 2024'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, costCenters: ['ccSupply'] },
    phrasings: ['{ccSupply} spend last month', 'how much did {ccSupply.code} spend in sep'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, costCenters: ['ccTagged'] },
    phrasings: ['{ccTagged} cloud spend sep', 'cost center 1234 spend last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, costCenters: ['ccTreasury'] },
    phrasings: ['{ccTreasury.compact} spend ytd', 'ytd spend for {ccTreasury.code}'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, cities: ['city1'] },
    phrasings: ['spend in {city1} last month', '{city1} costs sept'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q2, locations: ['loc3'] },
    phrasings: ['{loc3} spend q2', 'how much did {loc3} cost in q2'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, vendors: ['carrier1'], locations: ['loc2'] },
    phrasings: ['{carrier1.short} spend at {loc2} in sep'],
  },

  // ---------------------------------------------------------------- rankings
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'vendor', show: 3 },
    phrasings: [
      'which three vendors did we spend the most with in september',
      'top 3 vendors sep',
      '@Ledgerline top three vendors last month',
    ],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'cost_center', show: 3 },
    phrasings: ['top 5 cost centers ytd', 'which five cost centers spent the most this year'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q3, dimension: 'location', show: 2 },
    phrasings: ['spend by location q3', 'q3 spend split by site'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'domain', show: 3 },
    phrasings: ['spend by domain ytd', 'ytd costs by domain'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'vendor', show: 1 },
    phrasings: ['biggest vendor ytd', "who's our largest supplier this year"],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'vendor', show: 3, domains: ['cloud'] },
    phrasings: ['cloud spend by provider sep', 'break down sept cloud costs by provider'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'service_name', show: 2, vendors: ['AWS'] },
    phrasings: ['aws spend by service last month', 'top aws services sep'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'service_category', show: 2, domains: ['cloud'] },
    phrasings: ['cloud spend by service category sep', 'sept cloud costs by category'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'account', show: 1, domains: ['cloud'] },
    phrasings: ['cloud spend by sub-account sep', 'which sub-accounts cost the most last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: september, dimension: 'region', show: 2, domains: ['cloud'] },
    phrasings: ['cloud spend by region sep', 'top regions by cloud cost last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q3, dimension: 'vendor', show: 3, domains: telecom },
    phrasings: ['top telecom carriers q3', 'rank telecom vendors by spend q3'],
  },

  // ---------------------------------------------------------------- comparisons and trends
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: september, comparedTo: august, vendors: ['carrier2'] },
    phrasings: ['{carrier2.short} sep vs aug', 'why did {carrier2.short} go up in sept', 'compare {carrier2.short} spend sep w/ aug'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: q3, comparedTo: q2 },
    phrasings: ['q3 vs q2 spend', 'compare q2 and q3 2024 total spend'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: september, comparedTo: september2023, vendors: ['mobile1'] },
    phrasings: ['{mobile1.short} sep 2024 vs sep 2023'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', period: ytd, check: ['2024-02', '2024-08'], vendors: ['mobile2'] },
    phrasings: ['{mobile2.short} spend by month this year', 'monthly {mobile2.short} spend ytd'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', period: lastTwelveMonths, check: ['2023-10', '2024-09'], domains: telecom },
    phrasings: ['monthly telecom spend trend', 'telecom spend by month over the last 12 months'],
  },

  // ---------------------------------------------------------------- inventory counts and lists
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['circuit'], vendors: ['carrier1'] },
    phrasings: ['how many circuits w/ {carrier1.short}', '# of {carrier1.short} circuits', 'count {carrier1.typo} circuits'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'] },
    phrasings: ['how many active mobile lines', 'how many cell phones do we have'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['circuit'], cities: ['city2'] },
    phrasings: ['how many circuits in {city2}', 'circuit count {city2}'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], costCenters: ['ccDock'] },
    phrasings: ['how many lines does {ccDock.partial} have', '# mobile lines in {ccDock.code}'],
  },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['mobile_line'], vendors: ['mobile2'] },
    phrasings: ['how many {mobile2.short} lines', 'number of phones on {mobile2}'],
  },
  { tool: 'count_services', expect: { kind: 'count', types: ['pots_line'] }, phrasings: ['how many pots lines do we have'] },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['circuit'], vendors: ['carrier1'] },
    phrasings: ['list {carrier1.short} circuits', 'show me the {carrier1.short} circuits'],
  },
  {
    tool: 'list_services',
    expect: { kind: 'list', types: ['circuit'], vendors: ['carrier2'], cities: ['city1'] },
    phrasings: ['{carrier2.short} circuits in {city1}', 'list circuits w/ {carrier2.short} at {city1}'],
  },
  { tool: 'list_services', expect: { kind: 'list', types: ['voice_trunk'] }, phrasings: ['list voice trunks', 'show sip trunks'] },

  // ---------------------------------------------------------------- contracts
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier2', show: 'end' },
    phrasings: [
      '{carrier2.short} contract end date?',
      'when does the {carrier2} contract end',
      '@Ledgerline {carrier2.typo} contract expiry',
    ],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier1', show: 'notice' },
    phrasings: [
      '{carrier1.short} notice deadline?',
      'when do we have to give notice to {carrier1.short}',
      '{carrier1.short} contract notice date',
    ],
  },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'saas2', show: 'notice' },
    phrasings: ['does the {saas2.short} contract auto renew?', '{saas2.short} renewal terms'],
  },
  { tool: 'get_contract', expect: { kind: 'contract', vendor: 'mobile2', show: 'end' }, phrasings: ['{mobile2.short} contract details'] },
  {
    tool: 'find_notice_deadlines',
    expect: { kind: 'notice_window', through: endOfYear },
    phrasings: [
      'renewal decisions due this year?',
      'which contracts need a renewal decision before year end',
      'notice deadlines this year',
    ],
  },
  {
    tool: 'list_contracts',
    expect: { kind: 'ending_window', through: endOfYear },
    phrasings: ['contracts ending this year', 'which contracts expire in 2024'],
  },
  {
    tool: 'get_commitment_status',
    expect: { kind: 'commitment', vendor: 'mobile1' },
    phrasings: ['are we on track for the {mobile1.short} commitment?', '{mobile1.short} committed vs actual'],
  },

  // ---------------------------------------------------------------- budgets
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', month: '2024-09', costCenter: 'ccFieldEng' },
    phrasings: ['is {ccFieldEng.partial} over budget in sept', '{ccFieldEng.code} budget vs actual sep'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', month: '2024-08', costCenter: 'ccDock' },
    phrasings: ['{ccDock.partial} budget aug', 'was {ccDock.compact} over budget in august'],
  },

  // ---------------------------------------------------------------- growth rankings
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', dimension: 'cost_center', period: september, comparedTo: august, direction: 'increase' },
    phrasings: ['which cost center grew the most last month', 'biggest cost center increase sep vs aug'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', dimension: 'vendor', period: q3, comparedTo: q2, direction: 'decrease' },
    phrasings: ['vendors that shrank most q3 vs q2', 'which vendor dropped the most in q3 compared to q2'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', dimension: 'vendor', period: september, comparedTo: august, direction: 'increase' },
    phrasings: ['which vendor grew the most in sept', 'top vendor increases last month'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', dimension: 'location', period: september, comparedTo: august, direction: 'increase' },
    phrasings: ['which site grew the most last month'],
  },

  // ---------------------------------------------------------------- run-rate and forecast
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month', vendors: ['carrier1'] },
    phrasings: ['annual run-rate for {carrier1.short}', '{carrier1.short} run rate'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month', vendors: ['saas1'] },
    phrasings: ['{saas1.short} annual run rate', "what's our yearly run-rate w/ {saas1.short}"],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'trailing_3_months', vendors: ['mobile1'] },
    phrasings: ['{mobile1.short} run-rate based on the last 3 months', 'annualized {mobile1.short} spend using a 3 month average'],
  },
  { tool: 'get_run_rate', expect: { kind: 'run_rate', basis: 'last_full_month' }, phrasings: ["what's our total annual run rate"] },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'quarter', vendors: ['carrier1'] },
    phrasings: ['forecast {carrier1.short} for q4', 'projected {carrier1.short} spend this quarter'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'year', domains: telecom },
    phrasings: ['projected telecom spend to year end', 'forecast telecom costs for 2024', 'Forecast telecom spend to year end'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'month', vendors: ['mobile2'] },
    phrasings: [
      'forecast {mobile2.short} for october',
      '{mobile2.short} spend forecast this month',
      'Predicted {mobile2.short} spend for October',
      'what do we expect to spend with {mobile2.short} in october?',
    ],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'month', vendors: ['AWS'] },
    phrasings: ['forecast aws for oct', 'aws forecast end of month'],
  },

  // ---------------------------------------------------------------- unallocated spend
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: september, domains: ['cloud'] },
    phrasings: ['how much cloud spend is unallocated', 'unallocated cloud costs sep'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: september },
    phrasings: ['unallocated spend last month', 'how much spend has no cost center in sept'],
  },
  { tool: 'get_unallocated_spend', expect: { kind: 'unallocated', period: ytd }, phrasings: ['unallocated spend ytd'] },

  // ---------------------------------------------------------------- unit costs and sorted inventory
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'mobile_line', period: september, vendors: ['mobile1'] },
    phrasings: ['avg cost per line for {mobile1.short}', 'average cost per mobile line w/ {mobile1.short} last month'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'circuit', period: september, vendors: ['carrier2'] },
    phrasings: ['average cost per circuit w/ {carrier2.short}', '{carrier2.short} cost per circuit sep'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'circuit', period: september, groupBy: 'location' },
    phrasings: ['cost per circuit by location', 'avg circuit cost per site last month'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'mobile_line', period: september },
    phrasings: ['average cost per mobile line last month', 'what do we pay per phone on average'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', sortBy: 'invoiced_cost', types: ['mobile_line'], period: september },
    phrasings: ['10 most expensive mobile lines', 'top ten priciest phones last month'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', sortBy: 'data_mb', types: ['mobile_line'], period: september },
    phrasings: ['lines using the most data in sept', 'which phones used the most data last month'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', sortBy: 'invoiced_cost', types: ['circuit'], period: september, vendors: ['carrier2'] },
    phrasings: ['top 5 most expensive {carrier2.short} circuits', '5 priciest circuits w/ {carrier2.short} last month'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', sortBy: 'voice_minutes', types: ['mobile_line'], period: september },
    phrasings: ['lines with the most voice minutes in sep'],
  },

  // ---------------------------------------------------------------- realized savings
  {
    tool: 'get_realized_savings',
    expect: { kind: 'realized_savings', period: ytd },
    phrasings: ['how much have we saved this year', 'realized savings ytd', '@Ledgerline savings realized so far in 2024'],
  },

  // ---------------------------------------------------------------- a typo (one edit) in a long ordinary word
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: september, vendors: ['carrier2'] },
    phrasings: ['how much did we spend w/ {carrier2.short} in septmber'],
  },
  { tool: 'get_spend', expect: { kind: 'spend', period: august, domains: ['mobility'] }, phrasings: ['mobilty spend aug'] },
  {
    tool: 'count_services',
    expect: { kind: 'count', types: ['circuit'], vendors: ['carrier3'] },
    phrasings: ['how many circuts w/ {carrier3.short}'],
  },
  { tool: 'get_contract', expect: { kind: 'contract', vendor: 'carrier3', show: 'end' }, phrasings: ['{carrier3.short} contrct end date'] },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month', vendors: ['carrier2'] },
    phrasings: ['whats the anual run rate for {carrier2.short}'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', month: '2024-09', costCenter: 'ccRevOps' },
    phrasings: ['budgt vs actual for {ccRevOps.code} sept'],
  },

  // ---------------------------------------------------------------- must be refused or clarified, with no figure
  // Vendors this company does not have (the demo enterprise has them; this one does not).
  { tool: null, expect: { kind: 'refuse', mentions: 'gcp' }, phrasings: ['gcp spend last month'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'google' }, phrasings: ['how much did we spend on google cloud in sept'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'verizon' }, phrasings: ['how much did we pay verizon'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'at&t' }, phrasings: ['at&t spend sep'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'salesforce' }, phrasings: ['salesforce costs q3'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'comcast' }, phrasings: ['comcast bill last month'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'lumen' }, phrasings: ['how many lumen circuits do we have'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'zoom' }, phrasings: ['zoom spend ytd'] },
  // Names that exist nowhere, coined like the real ones.
  {
    tool: null,
    expect: { kind: 'refuse', mentions: '{ghostCarrier.short}' },
    phrasings: ['{ghostCarrier} spend sep', 'how many circuits w/ {ghostCarrier.short}'],
  },
  { tool: null, expect: { kind: 'refuse', mentions: '{ghostSaas}' }, phrasings: ['{ghostSaas} costs ytd'] },
  {
    tool: null,
    expect: { kind: 'refuse', mentions: '{ghostCity}' },
    phrasings: ['spend in {ghostCity} last month', '{ghostSite} circuits'],
  },
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['{ghostCostCenter} budget sep', '{ghostCostCenter} spend q3'] },
  // Out of scope, even where a word matches something real (amazon = AWS, the city exists).
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: [
      "amazon's stock price",
      "what's the weather in {city1}",
      'who won the game last night',
      'tell me a joke',
      'book a meeting room for 3pm tomorrow',
      "what's the capital of france",
      'write a poem about invoices',
      "what's bitcoin trading at",
    ],
  },
  // A word that changes the meaning and matches nothing.
  { tool: null, expect: { kind: 'refuse', mentions: 'cranes' }, phrasings: ['spend on {ccDock.first} cranes'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'catering' }, phrasings: ['how much did we spend on catering in sept'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'forklift' }, phrasings: ['forklift spend q3'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'coffee' }, phrasings: ['coffee machine costs last month'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'satellite' }, phrasings: ['{carrier1.short} satellite spend sep'] },
  { tool: null, expect: { kind: 'refuse', mentions: 'parking' }, phrasings: ['spend on {city1} parking ytd'] },
  // Bare or ambiguous.
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['how much?', 'spend?', 'costs', 'total?', '@Ledgerline ?', 'numbers pls'] },
  // A partial name two cost centers share.
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['{shared} spend oct', '{shared} budget last month', 'how many lines does {shared} have'],
  },
];

/** The value of every placeholder, from the generated names. */
export function placeholderValues(names: HeldoutNames): Record<string, string> {
  const values: Record<string, string> = { shared: names.sharedWord };
  for (const [role, vendor] of Object.entries(names.vendors)) {
    values[role] = vendor.name.toLowerCase();
    values[`${role}.short`] = vendor.short;
    values[`${role}.typo`] = vendor.typo;
  }
  for (const [role, costCenter] of Object.entries(names.costCenters)) {
    values[role] = costCenter.name.toLowerCase();
    values[`${role}.code`] = costCenter.code.toLowerCase();
    values[`${role}.compact`] = costCenter.code.toLowerCase().replace('-', '');
    values[`${role}.partial`] = costCenter.partial;
    values[`${role}.first`] = costCenter.name.toLowerCase().split(' ')[0]!;
  }
  for (const [role, location] of Object.entries(names.locations)) values[role] = location.name.toLowerCase();
  for (const [role, city] of Object.entries(names.cities)) values[role] = city.toLowerCase();
  values.ghostCarrier = names.ghosts.carrier.toLowerCase();
  values['ghostCarrier.short'] = names.ghosts.carrierShort;
  values.ghostSaas = names.ghosts.saas.toLowerCase();
  values.ghostCity = names.ghosts.city.toLowerCase();
  values.ghostSite = names.ghosts.site.toLowerCase();
  values.ghostCostCenter = names.ghosts.costCenter.toLowerCase();
  return values;
}

/** Fills a template; an unknown placeholder is a bug in this file, not a question. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{([\w.]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`unknown placeholder {${name}} in "${template}"`);
    return value;
  });
}
