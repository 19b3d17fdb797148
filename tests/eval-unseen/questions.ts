import type { ToolName } from '../../src/domain/tools/registry.js';
import { typoOf } from '../eval-heldout/coin-heldout-names.js';
import type { CityRole, CostCenterRole, LocationRole, VendorRole } from './coin-unseen-names.js';
import type { UnseenEnterprise } from './generate-unseen-enterprise.js';

// The unseen split's questions, written as people type them in Slack or Teams to a bot they
// have just been given — terse, lowercase, abbreviated, misspelt — without looking at what the
// planner handles. Names are placeholders ({c1} is the first carrier's coined word), filled from
// the generated company. As-of is Tue 20 May 2025: "last month" is April 2025, "q1" and "last
// quarter" are Jan–Mar 2025, "this quarter" is Q2 2025, "ytd" runs from 1 January 2025.

/** [start, end) as ISO dates. */
export type Range = [string, string];
export type Domain = 'telecom' | 'mobility' | 'cloud' | 'saas';
export type CloudService = 'compute' | 'objectStorage' | 'postgres' | 'containers' | 'lakehouse' | 'cdn';
export type RankDimension =
  'vendor' | 'domain' | 'cost_center' | 'location' | 'service_name' | 'service_category' | 'sub_account' | 'region';
export type ServiceType = 'mobile_line' | 'circuit' | 'voice_trunk' | 'pots_line';

export interface SpendFilters {
  vendors?: VendorRole[];
  domains?: Domain[];
  costCenters?: CostCenterRole[];
  locations?: LocationRole[];
  cities?: CityRole[];
  services?: CloudService[];
  serviceCategories?: string[];
  regions?: Array<'eu' | 'ap'>;
  subAccounts?: Array<'prod' | 'data' | 'sandbox'>;
  /** Carrier account numbers, by role in the answer key. */
  carrierAccounts?: Array<'carrier1' | 'carrier2'>;
}

export interface InventoryFilters {
  types: ServiceType[];
  vendors?: VendorRole[];
  locations?: LocationRole[];
  cities?: CityRole[];
  costCenters?: CostCenterRole[];
  /** One inventory status; active when left out. */
  status?: 'active' | 'disconnected';
  /** Only the services of the person the answer key's ordinary line (`someLine`) is assigned to. */
  assignee?: 'someLineAssignee';
}

export type Expectation =
  | ({ kind: 'spend'; period: Range } & SpendFilters)
  | ({ kind: 'ranking'; period: Range; dimension: RankDimension; show?: number } & SpendFilters)
  | ({ kind: 'compare'; period: Range; comparedTo: Range } & SpendFilters)
  | ({ kind: 'trend'; check: string[] } & SpendFilters)
  | ({ kind: 'count' } & InventoryFilters)
  | ({ kind: 'list' } & InventoryFilters)
  | { kind: 'contract'; vendor: VendorRole; show: 'end' | 'notice' }
  | { kind: 'notice_window'; through: string }
  | { kind: 'ending_window'; through: string }
  | { kind: 'commitment'; vendor: VendorRole }
  | { kind: 'budget'; costCenter: CostCenterRole; month: string }
  | { kind: 'budget_over'; month: string }
  | { kind: 'line_usage'; line: 'someLine'; month: string }
  | { kind: 'zero_usage'; vendors?: VendorRole[]; months: string[] }
  | ({
      kind: 'spend_change';
      period: Range;
      comparedTo: Range;
      dimension: RankDimension;
      direction: 'increase' | 'decrease';
    } & SpendFilters)
  | ({ kind: 'run_rate'; basis: 'last_full_month' | 'trailing_3_months' } & SpendFilters)
  | ({ kind: 'forecast'; horizon: 'month' | 'quarter' | 'year' } & SpendFilters)
  | ({ kind: 'unallocated'; period: Range } & SpendFilters)
  | { kind: 'unit_cost'; serviceType: ServiceType; period: Range; vendors?: VendorRole[]; groupBy?: 'location' }
  | {
      kind: 'rank_services';
      types: ServiceType[];
      sortBy: 'invoiced_cost' | 'data_mb' | 'voice_minutes';
      period: Range;
      vendors?: VendorRole[];
      show: number;
    }
  | { kind: 'realized_savings'; period: Range }
  | { kind: 'audit'; finding: 'overbilling' | 'notInInventory' | 'all' }
  | { kind: 'billed_after_disconnect' }
  | { kind: 'disputes' }
  /** A refusal or a question back, with no figure; `mentions` must all be named in it. */
  | { kind: 'refuse'; mentions?: string[] };

export interface EvalCase {
  /** The tool a right answer calls first (any of a list); null when it must refuse or ask. */
  tool: ToolName | ToolName[] | null;
  expect: Expectation;
  phrasings: string[];
}

const lastMonth: Range = ['2025-04-01', '2025-05-01'];
const march: Range = ['2025-03-01', '2025-04-01'];
const february: Range = ['2025-02-01', '2025-03-01'];
const january: Range = ['2025-01-01', '2025-02-01'];
const q1: Range = ['2025-01-01', '2025-04-01'];
const q4: Range = ['2024-10-01', '2025-01-01'];
const ytd: Range = ['2025-01-01', '2025-05-21'];
const mtd: Range = ['2025-05-01', '2025-05-21'];
const year2024: Range = ['2024-01-01', '2025-01-01'];
const april2024: Range = ['2024-04-01', '2024-05-01'];
/** The README's definition: telecom spend is everything invoiced, mobility carriers included. */
const telecom: Domain[] = ['telecom', 'mobility'];

export const unseenCases: EvalCase[] = [
  // ---------------------------------------------------------------- spend by vendor
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, vendors: ['carrier1'] },
    phrasings: ['how much did we spend w/ {c1} last month', '@Ledgerline {c1} comms spend last mth'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q1, vendors: ['carrier1'] },
    phrasings: ['{c1} spend q1', '{c1Typo} q1 spend pls'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, vendors: ['carrier2'] },
    phrasings: ['{c2} datacom ytd', 'how much have we paid {c2} so far this year'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: march, vendors: ['mobile1'] },
    phrasings: ['what did {m1} cost us in march', '{m1} cellular bill mar'],
  },
  { tool: 'get_spend', expect: { kind: 'spend', period: lastMonth, vendors: ['mobile1'] }, phrasings: ['{m1Typo} spend last month?'] },
  { tool: 'get_spend', expect: { kind: 'spend', period: ytd, vendors: ['saas1'] }, phrasings: ['{s1} spend this yr'] },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, vendors: ['cloud'] },
    phrasings: ['total {cl} cloud spend in april pls', '{cl} april'],
  },
  { tool: 'get_spend', expect: { kind: 'spend', period: mtd, vendors: ['cloud'] }, phrasings: ['{clTypo} spend mtd'] },
  { tool: 'get_spend', expect: { kind: 'spend', period: february, vendors: ['carrier3'] }, phrasings: ['spend with {c3} telekom in feb'] },
  { tool: 'get_spend', expect: { kind: 'spend', period: january, vendors: ['mobile2'] }, phrasings: ['{c3} connect spend jan'] },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: year2024, vendors: ['carrier1'] },
    phrasings: ['{c1} communications group spend 2024'],
  },
  { tool: 'get_spend', expect: { kind: 'spend', period: ytd, vendors: ['saas3'] }, phrasings: ['how much have we paid {s3} ytd'] },
  { tool: 'get_spend', expect: { kind: 'spend', period: q1, vendors: ['carrier2'] }, phrasings: ['{c2} last qtr'] },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, vendors: ['saas2'] },
    phrasings: ['{s2} spend last month', '{s2Typo} last month'],
  },

  // ---------------------------------------------------------------- spend by cost center
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, costCenters: ['ccStoreWest'] },
    phrasings: ['d-12 spend last month', 'store ops west spend last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q1, costCenters: ['ccStoreWest'] },
    phrasings: ['how much did store ops west spend in q1'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, costCenters: ['ccMaintenance'] },
    phrasings: ['plant maint spend april'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, costCenters: ['ccMaintenance'] },
    phrasings: ['4410 spend ytd', 'cc 4410 ytd'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, costCenters: ['ccTreasury'], domains: telecom },
    phrasings: ['treasury telecom spend last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: q1, costCenters: ['ccAudit'] },
    phrasings: ['internal audit spend q1', 'what did internal audit spend in q1'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, costCenters: ['ccLoyalty'], domains: ['cloud'] },
    phrasings: ['cc 8810 cloud spend last month'],
  },
  { tool: 'get_spend', expect: { kind: 'spend', period: mtd, costCenters: ['ccLoyalty'] }, phrasings: ['loyalty app spend mtd'] },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, costCenters: ['ccProduction'] },
    phrasings: ['production spend last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: march, costCenters: ['ccRetail'] },
    phrasings: ['retail stores spend in march', 'd-10 march'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, costCenters: ['ccStoreEast'], domains: ['mobility'] },
    phrasings: ['d14 mobile spend ytd'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, costCenters: ['ccPricing'] },
    phrasings: ['pricing engine spend last month'],
  },

  // ---------------------------------------------------------------- spend by location
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, locations: ['loc2'] },
    phrasings: ['spend at {city2} bakery last month'],
  },
  { tool: 'get_spend', expect: { kind: 'spend', period: q1, cities: ['city1'] }, phrasings: ['{city1} spend q1'] },
  { tool: 'get_spend', expect: { kind: 'spend', period: lastMonth, cities: ['city3'] }, phrasings: ['how much do we spend in {city3}'] },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, locations: ['loc4'], domains: telecom },
    phrasings: ['telecom spend {city4} freight yard april'],
  },
  { tool: 'get_spend', expect: { kind: 'spend', period: lastMonth, cities: ['city2'] }, phrasings: ['{city2Typo} spend last month'] },
  { tool: 'get_spend', expect: { kind: 'spend', period: ytd, locations: ['loc1a'] }, phrasings: ['{city1} mill ytd'] },

  // ---------------------------------------------------------------- domain, service, category, region, account
  { tool: 'get_spend', expect: { kind: 'spend', period: lastMonth, domains: ['cloud'] }, phrasings: ['cloud spend last month'] },
  { tool: 'get_spend', expect: { kind: 'spend', period: q1, domains: ['saas'] }, phrasings: ['saas spend q1'] },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, domains: ['mobility'] },
    phrasings: ['mobility spend ytd', 'mobile spend ytd'],
  },
  { tool: 'get_spend', expect: { kind: 'spend', period: lastMonth, domains: telecom }, phrasings: ['telecom spend april'] },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, services: ['objectStorage'] },
    phrasings: ['how much on object storage last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, services: ['postgres'] },
    phrasings: ['{cl} managed postgres spend in april'],
  },
  { tool: 'get_spend', expect: { kind: 'spend', period: q1, services: ['lakehouse'] }, phrasings: ['lakehouse spend q1'] },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: ytd, serviceCategories: ['Databases'] },
    phrasings: ['databases category spend ytd'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, serviceCategories: ['Compute'] },
    phrasings: ['compute category spend last month'],
  },
  { tool: 'get_spend', expect: { kind: 'spend', period: lastMonth, regions: ['ap'] }, phrasings: ['spend in ap-southeast-5 last month'] },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, subAccounts: ['prod'] },
    phrasings: ['webshop production sub account spend april'],
  },
  { tool: 'get_spend', expect: { kind: 'spend', period: mtd, subAccounts: ['data'] }, phrasings: ['{subData} spend mtd'] },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth, carrierAccounts: ['carrier1'] },
    phrasings: ['spend on acct {acct1} last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'spend', period: lastMonth },
    phrasings: ['total spend last month', 'what did we spend in total last month'],
  },
  { tool: 'get_spend', expect: { kind: 'spend', period: ytd }, phrasings: ['total spend ytd'] },

  // ---------------------------------------------------------------- rankings and breakdowns
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: lastMonth, dimension: 'vendor', show: 3 },
    phrasings: ['top 3 vendors last month', 'who were our top three vendors in april'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: q1, dimension: 'vendor', show: 5 },
    phrasings: ['which five vendors did we spend the most with in q1'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'cost_center', show: 10 },
    phrasings: ['top ten cost centers by spend ytd'],
  },
  { tool: 'get_spend', expect: { kind: 'ranking', period: lastMonth, dimension: 'location' }, phrasings: ['spend by location last month'] },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'domain' },
    phrasings: ['breakdown by domain ytd', 'ytd spend split by domain'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: lastMonth, dimension: 'service_name', vendors: ['cloud'] },
    phrasings: ['{cl} spend by service last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: lastMonth, dimension: 'service_name', domains: ['cloud'], show: 2 },
    phrasings: ['top 2 cloud services april'],
  },
  { tool: 'get_spend', expect: { kind: 'ranking', period: q1, dimension: 'service_category' }, phrasings: ['spend by category q1'] },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: lastMonth, dimension: 'region' },
    phrasings: ['rank regions by spend last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: lastMonth, dimension: 'sub_account', domains: ['cloud'] },
    phrasings: ['cloud spend by sub account last month'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: lastMonth, dimension: 'vendor', show: 1 },
    phrasings: ['biggest vendor last month?'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: march, dimension: 'cost_center', show: 1 },
    phrasings: ['which cost center spent the most in march'],
  },
  {
    tool: 'get_spend',
    expect: { kind: 'ranking', period: ytd, dimension: 'location', show: 4, domains: telecom },
    phrasings: ['top 4 locations by telecom spend ytd'],
  },
  {
    tool: ['get_spend', 'compare_spend'],
    expect: { kind: 'ranking', period: lastMonth, dimension: 'cost_center', costCenters: ['ccStoreWest', 'ccStoreEast'] },
    phrasings: ['compare d-12 and d-14 last month', 'store ops west vs store ops east april'],
  },

  // ---------------------------------------------------------------- comparisons
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: lastMonth, comparedTo: march },
    phrasings: ['april vs march spend', 'how does last month compare to march'],
  },
  { tool: 'compare_spend', expect: { kind: 'compare', period: q1, comparedTo: q4, vendors: ['carrier1'] }, phrasings: ['{c1} q1 vs q4'] },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: march, comparedTo: february, domains: ['mobility'] },
    phrasings: ['how did mobility spend change from feb to march'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: lastMonth, comparedTo: april2024, domains: ['saas'] },
    phrasings: ['saas spend last month vs same month last year'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: february, comparedTo: january, vendors: ['mobile1'] },
    phrasings: ['{m1} jan vs feb'],
  },
  {
    tool: 'compare_spend',
    expect: { kind: 'compare', period: march, comparedTo: february, domains: ['cloud'] },
    phrasings: ['cloud mar vs feb'],
  },

  // ---------------------------------------------------------------- trends
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', check: ['2024-11', '2025-02', '2025-04'], vendors: ['carrier2'] },
    phrasings: ['monthly trend for {c2} last 6 months'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', check: ['2025-01', '2025-02', '2025-03', '2025-04'], domains: ['cloud'] },
    phrasings: ['cloud spend trend ytd'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', check: ['2024-01', '2024-12'], costCenters: ['ccTreasury'] },
    phrasings: ['show me treasury spend by month in 2024'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', check: ['2025-01', '2025-05'], vendors: ['saas1'] },
    phrasings: ['how has {s1} trended this year'],
  },
  {
    tool: 'get_spend_trend',
    expect: { kind: 'trend', check: ['2024-06', '2025-04'], cities: ['city2'] },
    phrasings: ['spend over time for {city2}'],
  },

  // ---------------------------------------------------------------- inventory counts and lists
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['mobile_line'], vendors: ['mobile1'] },
    phrasings: ['how many lines do we have w/ {m1}', '# of {m1} lines'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['circuit'], locations: ['loc1a'] },
    phrasings: ['# of circuits at {city1} mill'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['circuit'], cities: ['city3'] },
    phrasings: ['how many circuits in {city3}'],
  },
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['circuit'], vendors: ['carrier2'] },
    phrasings: ['list {c2} circuits', '{c2} circuits pls'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['mobile_line'], costCenters: ['ccStoreWest'] },
    phrasings: ['how many active mobile lines in d-12'],
  },
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['voice_trunk'] },
    phrasings: ['list sip trunks', 'show me our voice trunks'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['pots_line'] },
    phrasings: ['how many pots lines do we have'],
  },
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['mobile_line'], locations: ['loc3'] },
    phrasings: ['mobile lines at {city3} regional office'],
  },
  {
    tool: ['count_services', 'list_services'],
    expect: { kind: 'count', types: ['mobile_line'], vendors: ['mobile2'] },
    phrasings: ['how many {c3} connect lines'],
  },
  {
    tool: ['list_services', 'count_services'],
    expect: { kind: 'list', types: ['circuit'], vendors: ['carrier3'], cities: ['city4'] },
    phrasings: ['{c3} telekom circuits in {city4}'],
  },

  // ---------------------------------------------------------------- one contract
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'carrier1', show: 'end' },
    phrasings: ['{c1} contract end date?', 'when does our {c1} contract expire'],
  },
  { tool: 'get_contract', expect: { kind: 'contract', vendor: 'carrier2', show: 'end' }, phrasings: ['{c2} contract expiry'] },
  {
    tool: 'get_contract',
    expect: { kind: 'contract', vendor: 'mobile1', show: 'notice' },
    phrasings: ['{m1} notice deadline', 'when do we need to give {m1} notice'],
  },
  { tool: 'get_contract', expect: { kind: 'contract', vendor: 'saas1', show: 'notice' }, phrasings: ['does {s1} auto renew'] },
  { tool: 'get_contract', expect: { kind: 'contract', vendor: 'carrier3', show: 'end' }, phrasings: ['{c3} telekom contract details'] },
  { tool: 'get_contract', expect: { kind: 'contract', vendor: 'saas2', show: 'end' }, phrasings: ["when's the {s2} renewal"] },
  { tool: 'get_contract', expect: { kind: 'contract', vendor: 'cloud', show: 'end' }, phrasings: ['{cl} agreement end date'] },

  // ---------------------------------------------------------------- renewals and notice windows
  {
    tool: 'find_notice_deadlines',
    expect: { kind: 'notice_window', through: '2025-07-01' },
    phrasings: ['renewal decisions due this quarter', 'which contracts need a notice decision this qtr'],
  },
  {
    tool: 'find_notice_deadlines',
    expect: { kind: 'notice_window', through: '2026-01-01' },
    phrasings: ['notice deadlines before year end', 'renewal decisions due this year?'],
  },
  {
    tool: 'find_notice_deadlines',
    expect: { kind: 'notice_window', through: '2025-07-19' },
    phrasings: ['notice deadlines in the next 60 days'],
  },
  {
    tool: 'list_contracts',
    expect: { kind: 'ending_window', through: '2026-01-01' },
    phrasings: ['contracts expiring this year', 'which contracts end in 2025'],
  },
  { tool: 'list_contracts', expect: { kind: 'ending_window', through: '2025-07-01' }, phrasings: ['what contracts end this qtr'] },

  // ---------------------------------------------------------------- commitments and budgets
  {
    tool: 'get_commitment_status',
    expect: { kind: 'commitment', vendor: 'mobile1' },
    phrasings: ['are we on track for the {m1} commitment'],
  },
  { tool: 'get_commitment_status', expect: { kind: 'commitment', vendor: 'cloud' }, phrasings: ['{cl} commit vs actual'] },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccPackaging', month: '2025-04' },
    phrasings: ['are we over budget in packaging in april', 'packaging line budget april'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccStoreWest', month: '2025-04' },
    phrasings: ['d-12 budget last month'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccQuality', month: '2025-05' },
    phrasings: ['budget status for quality lab this month'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget', costCenter: 'ccTreasury', month: '2025-03' },
    phrasings: ['treasury budget vs actual march'],
  },
  {
    tool: 'get_budget_status',
    expect: { kind: 'budget_over', month: '2025-04' },
    phrasings: ['which cost centers were over budget last month'],
  },

  // ---------------------------------------------------------------- usage
  {
    tool: 'get_line_usage',
    expect: { kind: 'line_usage', line: 'someLine', month: '2025-04' },
    phrasings: ['usage for {line1}', 'how much data did {line1} use last month'],
  },
  {
    tool: 'find_zero_usage_lines',
    expect: { kind: 'zero_usage', months: ['2025-02', '2025-03', '2025-04'] },
    phrasings: ['lines with no usage last 3 months', 'any unused mobile lines?'],
  },
  {
    tool: 'find_zero_usage_lines',
    expect: { kind: 'zero_usage', vendors: ['mobile1'], months: ['2025-02', '2025-03', '2025-04'] },
    phrasings: ['{m1} lines with zero usage'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', types: ['mobile_line'], sortBy: 'data_mb', period: lastMonth, show: 1 },
    phrasings: ['who used the most data last month', 'heaviest data users in april'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', types: ['mobile_line'], sortBy: 'voice_minutes', period: lastMonth, show: 1 },
    phrasings: ['which lines had the most voice minutes last month'],
  },

  // ---------------------------------------------------------------- growth, run-rate, forecast
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', period: lastMonth, comparedTo: march, dimension: 'vendor', direction: 'increase' },
    phrasings: ['which vendor grew the most last month'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', period: lastMonth, comparedTo: march, dimension: 'cost_center', direction: 'increase' },
    phrasings: ['which cost center grew most in april'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', period: lastMonth, comparedTo: march, dimension: 'vendor', direction: 'decrease' },
    phrasings: ['what vendor shrank the most last month'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', period: q1, comparedTo: q4, dimension: 'location', direction: 'increase' },
    phrasings: ['location with the biggest increase q1 vs q4'],
  },
  {
    tool: 'rank_spend_changes',
    expect: {
      kind: 'spend_change',
      period: lastMonth,
      comparedTo: march,
      dimension: 'service_name',
      direction: 'increase',
      domains: ['cloud'],
    },
    phrasings: ['which cloud service grew most last month'],
  },
  {
    tool: 'rank_spend_changes',
    expect: { kind: 'spend_change', period: lastMonth, comparedTo: march, dimension: 'cost_center', direction: 'decrease' },
    phrasings: ['biggest drop by cost center last month'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month', vendors: ['saas1'] },
    phrasings: ['annual run rate for {s1}'],
  },
  { tool: 'get_run_rate', expect: { kind: 'run_rate', basis: 'last_full_month', vendors: ['cloud'] }, phrasings: ['{cl} run-rate'] },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'trailing_3_months', domains: telecom },
    phrasings: ['telecom run rate based on the last 3 months'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month', costCenters: ['ccFulfilment'] },
    phrasings: ['run rate for d-20'],
  },
  {
    tool: 'get_run_rate',
    expect: { kind: 'run_rate', basis: 'last_full_month', vendors: ['carrier2'] },
    phrasings: ['annualized spend for {c2}'],
  },
  { tool: 'forecast_spend', expect: { kind: 'forecast', horizon: 'month', vendors: ['cloud'] }, phrasings: ['forecast {cl} to month end'] },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'quarter', domains: ['cloud'] },
    phrasings: ['projected cloud spend by end of quarter'],
  },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'year' },
    phrasings: ['forecast total spend for the year', 'where will we land this year'],
  },
  { tool: 'forecast_spend', expect: { kind: 'forecast', horizon: 'year', vendors: ['carrier1'] }, phrasings: ['{c1} forecast eoy'] },
  { tool: 'forecast_spend', expect: { kind: 'forecast', horizon: 'month', domains: ['saas'] }, phrasings: ['saas forecast this month'] },
  {
    tool: 'forecast_spend',
    expect: { kind: 'forecast', horizon: 'quarter', vendors: ['mobile1'] },
    phrasings: ['expected {m1} spend by end of q2'],
  },

  // ---------------------------------------------------------------- unit costs and the costliest lines
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'mobile_line', period: lastMonth, vendors: ['mobile1'] },
    phrasings: ['avg cost per line for {m1}'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'circuit', period: lastMonth },
    phrasings: ['average cost per circuit last month'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'mobile_line', period: lastMonth, groupBy: 'location' },
    phrasings: ['avg cost per line by location'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'circuit', period: lastMonth, vendors: ['carrier2'] },
    phrasings: ['what do we pay per circuit w/ {c2} on average'],
  },
  {
    tool: 'get_unit_costs',
    expect: { kind: 'unit_cost', serviceType: 'mobile_line', period: q1 },
    phrasings: ['avg cost per mobile line q1'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', types: ['mobile_line'], sortBy: 'invoiced_cost', period: lastMonth, show: 3 },
    phrasings: ['10 most expensive mobile lines', 'priciest lines last month'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', types: ['circuit'], sortBy: 'invoiced_cost', period: lastMonth, show: 3 },
    phrasings: ['top 3 most expensive circuits last month'],
  },
  {
    tool: 'rank_services',
    expect: { kind: 'rank_services', types: ['mobile_line'], sortBy: 'invoiced_cost', period: lastMonth, vendors: ['mobile2'], show: 1 },
    phrasings: ['most expensive {c3} connect lines'],
  },

  // ---------------------------------------------------------------- unallocated and realized savings
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: lastMonth },
    phrasings: ['how much spend is unallocated last month', 'unallocated spend april'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: q1, domains: ['cloud'] },
    phrasings: ['unallocated cloud spend q1'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: ytd },
    phrasings: ['how much of our spend has no cost center ytd'],
  },
  {
    tool: 'get_unallocated_spend',
    expect: { kind: 'unallocated', period: lastMonth, vendors: ['cloud'] },
    phrasings: ['untagged {cl} costs in april'],
  },
  {
    tool: 'get_realized_savings',
    expect: { kind: 'realized_savings', period: ytd },
    phrasings: ['how much have we saved this year', 'savings realized ytd'],
  },
  { tool: 'get_realized_savings', expect: { kind: 'realized_savings', period: q1 }, phrasings: ['realized savings in q1'] },

  // ---------------------------------------------------------------- audit and disputes
  {
    tool: 'audit_invoices',
    expect: { kind: 'audit', finding: 'overbilling' },
    phrasings: ['has {c2} overbilled us', 'did {c2} overcharge us?'],
  },
  {
    tool: 'audit_invoices',
    expect: { kind: 'audit', finding: 'notInInventory' },
    phrasings: ["anything {c3} telekom bills that's not in our inventory"],
  },
  { tool: 'audit_invoices', expect: { kind: 'audit', finding: 'all' }, phrasings: ['any billing errors?'] },
  {
    tool: 'find_billed_after_disconnect',
    expect: { kind: 'billed_after_disconnect' },
    phrasings: ['are we still paying for disconnected circuits', 'anything billed after disconnect?'],
  },
  { tool: 'list_disputes', expect: { kind: 'disputes' }, phrasings: ['open disputes', 'list disputes w/ {c2}'] },

  // ---------------------------------------------------------------- refuse: names the company does not have
  { tool: null, expect: { kind: 'refuse', mentions: ['aws'] }, phrasings: ['how much did we spend on aws last month'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['azure'] }, phrasings: ['azure spend q1'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['gcp'] }, phrasings: ['gcp bill last month'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['vodafone'] }, phrasings: ['vodafone spend ytd'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['{gCarrier}'] }, phrasings: ['{gCarrier} spend last month'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['{gSaas}'] }, phrasings: ['how much do we pay {gSaas}'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['salesforce'] }, phrasings: ['salesforce licences cost this year'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['verizon'] }, phrasings: ['how many verizon lines'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['zoom'] }, phrasings: ['zoom spend last month'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['{gCity}'] }, phrasings: ['spend in {gCity} last month', '{gCity} circuits'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['vending'] }, phrasings: ['vending services spend q1'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['4490'] }, phrasings: ['cc 4490 spend last month'] },
  { tool: null, expect: { kind: 'refuse', mentions: ['d-99'] }, phrasings: ['d-99 budget'] },

  // ---------------------------------------------------------------- refuse: not what Ledgerline knows
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: ['whats the weather in {city3}', "what's our revenue in q1", 'headcount in treasury', 'payroll cost for store ops west'],
  },
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: [
      'electricity bill for the {city2} bakery last month',
      'write a poem about invoices',
      'who won the game last night',
      '{cl} stock price',
      'book a meeting room for tomorrow',
    ],
  },

  // ---------------------------------------------------------------- clarify: a word that names two things
  {
    tool: null,
    expect: { kind: 'refuse', mentions: ['{c3Telekom}', '{c3Connect}'] },
    phrasings: ['how much did we spend with {c3} last month', '{c3} spend ytd'],
  },
  {
    tool: null,
    expect: { kind: 'refuse', mentions: ['Store Ops West', 'Store Ops East'] },
    phrasings: ['store ops spend last month', 'store ops budget'],
  },

  // ---------------------------------------------------------------- clarify: nothing to answer yet
  { tool: null, expect: { kind: 'refuse' }, phrasings: ['how much?', 'spend?', '@Ledgerline ?', 'and?', 'numbers pls', 'total?'] },

  // ---------------------------------------------------------------- refuse: a word that changes the question, unknown to the tools
  {
    tool: null,
    expect: { kind: 'refuse' },
    phrasings: [
      'median cost per line for {m1}',
      'spend in euros last month',
      'spend per employee in treasury',
      'cost per gb on {m1}',
      'carbon footprint of {cl}',
      'spend last month excluding {c1}',
      '{c1} spend last month not including taxes',
      'which vendors cost us more than 10k last month',
      '{c1} invoices over $5,000',
      'how much roaming did we pay last month',
      '{m1} international roaming charges in q3',
      'long distance charges last quarter',
      'how many mpls circuits do we have',
      'spend on data plans last month',
    ],
  },
];

/** The values the placeholders stand for, from the generated company. */
export function placeholderValues(enterprise: UnseenEnterprise): Record<string, string> {
  const { names, key } = enterprise;
  const { vendors, cities } = names;
  return {
    c1: vendors.carrier1.short,
    c1Typo: vendors.carrier1.typo,
    c2: vendors.carrier2.short,
    c3: vendors.carrier3.short,
    c3Telekom: vendors.carrier3.name,
    c3Connect: vendors.mobile2.name,
    m1: vendors.mobile1.short,
    m1Typo: vendors.mobile1.typo,
    s1: vendors.saas1.short,
    s2: vendors.saas2.short,
    s2Typo: vendors.saas2.typo,
    s3: vendors.saas3.short,
    cl: vendors.cloud.short,
    clTypo: vendors.cloud.typo,
    city1: cities.city1.toLowerCase(),
    city2: cities.city2.toLowerCase(),
    city2Typo: typoOf(cities.city2.toLowerCase()),
    city3: cities.city3.toLowerCase(),
    city4: cities.city4.toLowerCase(),
    subData: names.cloud.subAccounts.data.id,
    acct1: key.accounts.carrier1,
    line1: key.someLine,
    gCarrier: names.ghosts.carrierShort,
    gSaas: names.ghosts.saas.toLowerCase(),
    gCity: names.ghosts.city.toLowerCase(),
  };
}

export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}
