import type { DemoDomain, DemoServiceType } from './demo-catalog.js';

/**
 * What the demo enterprise contains, computed by the generator from its own data (never read
 * back from the database), so tests of spend answers, detectors and audits have an independent
 * expectation. Money is a decimal string in USD ("1234.56"); months are "YYYY-MM"; days "YYYY-MM-DD".
 */
export interface DemoAnswerKey {
  version: 1;
  company: string;
  seed: number;
  asOf: string;
  scale: number;
  currency: 'USD';
  /** The 24 full months of invoices, usage and FOCUS rows, oldest first. */
  months: string[];
  lastFullMonth: string;
  /** The as-of month: only FOCUS rows, from its first day through `monthToDateThrough`. */
  asOfMonth: string;
  /** Last day with FOCUS rows in the as-of month; null when as-of is the 1st (no month-to-date data). */
  monthToDateThrough: string | null;
  /** Files in import order, relative to the output directory. */
  files: { kind: string; file: string; rows: number }[];
  counts: DemoCounts;
  vendors: { name: string; domain: DemoDomain; aliases: string[] }[];
  locations: { name: string; city: string; country: string }[];
  costCenters: { code: string; name: string; parent: string | null; owner: string }[];
  spend: DemoSpend;
  inventory: DemoInventoryFigures;
  budgets: { asOfMonth: DemoBudgetMonth; lastFullMonth: DemoBudgetMonth };
  noticeDeadlines: DemoNoticeDeadline[];
  findings: DemoFindings;
}

export interface DemoCounts {
  wirelineCarriers: string[];
  mobilityCarriers: string[];
  cloudProviders: string[];
  saasVendors: string[];
  locations: number;
  countries: string[];
  costCenters: number;
  users: number;
  accounts: number;
  contracts: number;
  contractRates: number;
  /** Inventory rows by type, any status. */
  servicesByType: Partial<Record<DemoServiceType, number>>;
  /** Inventory rows by type with status active. */
  activeServicesByType: Partial<Record<DemoServiceType, number>>;
  mobileLinesByStatus: { active: number; disconnected: number; pending: number };
  invoices: number;
  invoiceLines: number;
  usageRows: number;
  focusRows: number;
  budgetRows: number;
}

export interface DemoSpend {
  /** Invoice lines by vendor and period_start month; FOCUS BilledCost by provider and ChargePeriodStart month. */
  byVendorMonth: { vendor: string; domain: DemoDomain; month: string; amount: string }[];
  byDomainMonth: { domain: DemoDomain; month: string; amount: string }[];
  /** Sum over the 24 full months (the as-of month's cloud rows excluded). */
  byVendorTotal: { vendor: string; domain: DemoDomain; amount: string }[];
  /** Invoice lines by charge type and month (telecom and mobility). */
  byChargeTypeMonth: { chargeType: string; month: string; amount: string }[];
  /**
   * Allocated spend by cost center and month: invoice lines through the identifier's service,
   * FOCUS rows through the `cost-center` tag. costCenter null = unallocated (account-level
   * lines and untagged FOCUS rows).
   */
  byCostCenterMonth: { costCenter: string | null; month: string; telecom: string; cloud: string; total: string }[];
  /** Invoice lines with an identifier, by the service's location and month. */
  telecomByLocationMonth: { location: string; month: string; amount: string }[];
  /** FOCUS BilledCost by provider, sub-account and service per month. */
  cloudByServiceMonth: {
    vendor: string;
    subAccountId: string;
    subAccountName: string;
    serviceName: string;
    month: string;
    amount: string;
  }[];
}

export interface DemoInventoryFigures {
  activeMobileLinesByLocation: { location: string; city: string; country: string; count: number }[];
  activeMobileLinesByCity: { city: string; count: number }[];
  activeMobileLinesByVendor: { vendor: string; count: number }[];
  activeServicesByLocationAndType: { location: string; type: DemoServiceType; count: number; monthlyCost: string }[];
  /** Sum of inventory monthly_cost of active services, by location. */
  monthlyRecurringCostByLocation: { location: string; city: string; amount: string }[];
  /** A few lines with their assignee, for "who has the line …?" questions. */
  sampleMobileLines: {
    identifier: string;
    assignee: string;
    vendor: string;
    location: string;
    costCenter: string;
    plan: string;
    status: string;
  }[];
}

export interface DemoBudgetMonth {
  month: string;
  /** Days of data in the month (the full month for a closed month). */
  daysWithData: number;
  daysInMonth: number;
  rows: {
    costCenter: string;
    name: string;
    budget: string;
    /** Direct spend of the cost center (not its children) in the month, to date. */
    actual: string;
    /** actual / daysWithData × daysInMonth, to the cent (the straight-line month-end projection). */
    projected: string;
    status: 'over' | 'projected-over' | 'within';
  }[];
}

export interface DemoNoticeDeadline {
  contractId: string;
  vendor: string;
  name: string;
  endDate: string;
  autoRenew: boolean;
  noticeDays: number;
  /** end_date − notice_days when auto-renewing, else end_date. */
  noticeDeadline: string;
  daysFromAsOf: number;
  /** The smallest of 7/30/60/90 days the deadline falls within, or null when further out. */
  window: 7 | 30 | 60 | 90 | null;
}

export interface DemoBilledMonth {
  month: string;
  invoiceNumber: string;
}

export interface DemoFindings {
  costSpikes: {
    day: string;
    vendor: string;
    providerName: string;
    billingAccountId: string;
    subAccountId: string;
    subAccountName: string;
    /** The sub-account's cost that day without the spike. */
    expected: string;
    actual: string;
    impact: string;
    topContributor: { serviceName: string; regionId: string; impact: string };
    contributors: { serviceName: string; regionId: string; impact: string }[];
  }[];
  stepChanges: {
    from: string;
    vendor: string;
    providerName: string;
    subAccountId: string;
    subAccountName: string;
    serviceName: string;
    regionId: string;
    /** Mean daily cost over the 28 days before and after the change. */
    dailyBefore: string;
    dailyAfter: string;
    factor: string;
  }[];
  overbilling: {
    vendor: string;
    account: string;
    identifier: string;
    serviceType: DemoServiceType;
    description: string;
    contractId: string;
    quantity: number;
    contractedUnitPrice: string;
    billedUnitPrice: string;
    excessPerMonth: string;
    months: DemoBilledMonth[];
    totalExcess: string;
  }[];
  duplicateCharges: {
    vendor: string;
    account: string;
    invoiceNumber: string;
    month: string;
    identifier: string;
    description: string;
    amount: string;
  }[];
  disconnectedStillBilled: {
    vendor: string;
    account: string;
    identifier: string;
    serviceType: DemoServiceType;
    endDate: string;
    monthlyAmount: string;
    months: DemoBilledMonth[];
    total: string;
  }[];
  /** Active mobile lines with zero data, voice and messages in each of their last `zeroMonths` months. */
  zeroUsageLines: {
    identifier: string;
    vendor: string;
    account: string;
    location: string;
    costCenter: string;
    assignee: string;
    plan: string;
    monthlyCost: string;
    zeroSince: string;
    zeroMonths: number;
  }[];
  budgetOverruns: {
    costCenter: string;
    month: string;
    budget: string;
    actual: string;
    projected: string;
    status: 'over' | 'projected-over';
  }[];
  /** Credits on invoices (account level): not findings, but they move the totals. */
  credits: { vendor: string; account: string; invoiceNumber: string; month: string; description: string; amount: string }[];
}
