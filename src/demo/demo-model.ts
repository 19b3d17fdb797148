import type { Cents } from './cents.js';
import type { CatalogLocation, DemoDomain, DemoServiceType } from './demo-catalog.js';
import type { CloudProvider } from './demo-cloud-catalog.js';

/** The generated enterprise before it is written: small reference data plus the plan of plantings. */
export interface DemoModel {
  seed: number;
  scale: number;
  asOf: Date;
  /** The 24 billed months (first days), oldest first. */
  months: Date[];
  asOfMonth: Date;
  /** Days of FOCUS data in the as-of month (as-of day − 1). */
  monthToDateDays: number;
  vendors: { name: string; domain: DemoDomain; aliases: string[] }[];
  locations: CatalogLocation[];
  costCenters: { code: string; name: string; parent: string | null; owner: string }[];
  users: DemoUser[];
  accounts: DemoAccount[];
  services: DemoService[];
  /** Cloud and SaaS billing accounts at this scale (the catalog's first; see scale-cloud-estate.ts). */
  cloudEstate: CloudProvider[];
  contracts: DemoContract[];
  plantings: DemoPlantings;
}

export interface DemoUser {
  email: string;
  name: string;
  slackUserId: string;
  teamsUserId: string;
  role: 'viewer' | 'requester' | 'approver' | 'admin';
  costCenters: string[];
}

export interface DemoAccount {
  vendor: string;
  number: string;
  /** Prefix of its invoice numbers. */
  invoicePrefix: string;
  /** Tax and surcharge lines: [charge type, description, basis points of the subtotal]. */
  levies: { chargeType: 'tax' | 'surcharge'; description: string; basisPoints: number }[];
}

export interface DemoService {
  serviceId: string;
  type: DemoServiceType;
  identifier: string;
  vendor: string;
  account: string;
  location: CatalogLocation | null;
  costCenter: string;
  assignee: string;
  status: 'active' | 'disconnected' | 'pending';
  /** The contract rate's description (the invoice line's description). */
  description: string;
  quantity: number;
  unitPrice: Cents;
  startDate: Date;
  endDate: Date | null;
  /** Month indexes billed, inclusive; firstBilled > lastBilled means never billed. */
  firstBilled: number;
  lastBilled: number;
  /** Per-line usage profile (mobile lines): typical data MB, minutes, messages. */
  usageProfile?: { dataMb: number; voiceMinutes: number; messages: number };
}

export interface DemoContract {
  contractId: string;
  vendor: string;
  name: string;
  startDate: Date;
  endDate: Date;
  autoRenew: boolean;
  noticeDays: number;
  committedAnnual: Cents | null;
  rates: { serviceType: DemoServiceType; description: string; unitPrice: Cents; unit: string }[];
}

export interface DemoPlantings {
  /** serviceId → billed unit price from a month index on. */
  overbilling: Map<string, { fromMonth: number; billedUnitPrice: Cents }>;
  /** serviceId → month index billed twice. */
  duplicates: Map<string, number>;
  /** serviceIds billed after their end date, through the last month. */
  disconnectedStillBilled: Set<string>;
  /** serviceId → first month index with zero usage (through the last month). */
  zeroUsage: Map<string, number>;
  /** Account-level credits. */
  credits: { account: string; month: number; description: string; amount: Cents }[];
}
