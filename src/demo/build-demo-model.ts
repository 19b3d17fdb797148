import { addDays, addMonths, dateFromIso, monthEnd, monthStart, toIsoDate } from '../domain/periods/period.js';
import type { Cents } from './cents.js';
import { toCents } from './cents.js';
import type { CatalogLocation, DemoServiceType } from './demo-catalog.js';
import {
  catalogCostCenters,
  catalogLocations,
  catalogRates,
  catalogVendors,
  emailDomain,
  firstNames,
  lastNames,
  mobileLineCostCenters,
  mobilePlans,
} from './demo-catalog.js';
import type { CloudProvider } from './demo-cloud-catalog.js';
import type { DemoAccount, DemoContract, DemoModel, DemoPlantings, DemoService, DemoUser } from './demo-model.js';
import { PhoneNumberPool } from './phone-number-pool.js';
import { scaleCloudEstate } from './scale-cloud-estate.js';
import type { SeededRandom } from './seeded-random.js';
import { createSeededRandom } from './seeded-random.js';

const historyMonths = 24;

const usLevies: DemoAccount['levies'] = [
  { chargeType: 'surcharge', description: 'Federal Universal Service Fund', basisPoints: 340 },
  { chargeType: 'surcharge', description: 'Regulatory Cost Recovery Fee', basisPoints: 150 },
  { chargeType: 'tax', description: 'State and Local Taxes', basisPoints: 725 },
];

interface AccountSpec extends DemoAccount {
  locationCodes: string[];
}

const accountSpecs: AccountSpec[] = [
  {
    vendor: 'AT&T',
    number: '8310004471',
    invoicePrefix: 'ATT-4471',
    levies: usLevies,
    locationCodes: ['CHI1', 'CHI2', 'DEN1', 'DEN2', 'DAL1', 'LAX1', 'SEA1'],
  },
  { vendor: 'AT&T', number: '8310005520', invoicePrefix: 'ATT-5520', levies: usLevies, locationCodes: ['NYC1', 'EWR1', 'ATL1'] },
  {
    vendor: 'Lumen',
    number: 'LUMN-2207781',
    invoicePrefix: 'LMN-7781',
    levies: usLevies,
    locationCodes: ['CHI1', 'CHI2', 'DEN1', 'DEN2', 'NYC1', 'DAL1', 'LAX1', 'SEA1'],
  },
  {
    vendor: 'Lumen',
    number: 'LUMN-2207790',
    invoicePrefix: 'LMN-7790',
    levies: [{ chargeType: 'tax', description: 'GST/HST', basisPoints: 1300 }],
    locationCodes: ['YYZ1', 'YUL1'],
  },
  {
    vendor: 'BT',
    number: 'GB40012877',
    invoicePrefix: 'BT-2877',
    levies: [{ chargeType: 'tax', description: 'VAT 20%', basisPoints: 2000 }],
    locationCodes: ['LON1', 'MAN1'],
  },
  {
    vendor: 'Orange Business',
    number: 'OBS-DE-550931',
    invoicePrefix: 'OBS-0931',
    levies: [{ chargeType: 'tax', description: 'VAT 19%', basisPoints: 1900 }],
    locationCodes: ['FRA1', 'HAM1'],
  },
  {
    vendor: 'Orange Business',
    number: 'OBS-FR-550944',
    invoicePrefix: 'OBS-0944',
    levies: [{ chargeType: 'tax', description: 'TVA 20%', basisPoints: 2000 }],
    locationCodes: ['PAR1'],
  },
  {
    vendor: 'Verizon',
    number: '842093317-00001',
    invoicePrefix: 'VZW-00001',
    locationCodes: [],
    levies: [
      { chargeType: 'surcharge', description: 'Federal Universal Service Charge', basisPoints: 340 },
      { chargeType: 'surcharge', description: 'Administrative and Telco Recovery Charge', basisPoints: 195 },
      { chargeType: 'tax', description: 'State and Local Sales Tax', basisPoints: 725 },
    ],
  },
  {
    vendor: 'Verizon',
    number: '842093317-00002',
    invoicePrefix: 'VZW-00002',
    locationCodes: [],
    levies: [
      { chargeType: 'surcharge', description: 'Federal Universal Service Charge', basisPoints: 340 },
      { chargeType: 'surcharge', description: 'Administrative and Telco Recovery Charge', basisPoints: 195 },
      { chargeType: 'tax', description: 'State and Local Sales Tax', basisPoints: 725 },
    ],
  },
  {
    vendor: 'T-Mobile',
    number: '961448203',
    invoicePrefix: 'TMO-8203',
    locationCodes: [],
    levies: [
      { chargeType: 'surcharge', description: 'Federal Universal Service Fund', basisPoints: 340 },
      { chargeType: 'surcharge', description: 'Regulatory Programs and Telco Recovery Fee', basisPoints: 180 },
      { chargeType: 'tax', description: 'State and Local Taxes', basisPoints: 725 },
    ],
  },
];

/** Notice deadline in days from as-of, auto-renewal and notice period per vendor's contract. */
const contractTerms: {
  vendor: string;
  name: string;
  deadlineInDays: number;
  autoRenew: boolean;
  noticeDays: number;
  committedAnnual: string | null;
}[] = [
  {
    vendor: 'Zoom',
    name: 'Zoom Workplace Business subscription',
    deadlineInDays: 5,
    autoRenew: true,
    noticeDays: 30,
    committedAnnual: '84000.00',
  },
  {
    vendor: 'Lumen',
    name: 'Lumen Master Services Agreement (US and Canada)',
    deadlineInDays: 21,
    autoRenew: true,
    noticeDays: 90,
    committedAnnual: null,
  },
  {
    vendor: 'T-Mobile',
    name: 'T-Mobile for Business corporate agreement',
    deadlineInDays: 44,
    autoRenew: false,
    noticeDays: 30,
    committedAnnual: null,
  },
  {
    vendor: 'Atlassian',
    name: 'Atlassian Cloud Standard',
    deadlineInDays: 52,
    autoRenew: true,
    noticeDays: 60,
    committedAnnual: '60000.00',
  },
  {
    vendor: 'Orange Business',
    name: 'Orange Business Evolution Platform (EU sites)',
    deadlineInDays: 78,
    autoRenew: true,
    noticeDays: 60,
    committedAnnual: null,
  },
  {
    vendor: 'Salesforce',
    name: 'Salesforce Unlimited Edition order form',
    deadlineInDays: 124,
    autoRenew: true,
    noticeDays: 60,
    committedAnnual: '500000.00',
  },
  {
    vendor: 'Microsoft',
    name: 'Microsoft Azure Consumption Commitment',
    deadlineInDays: 151,
    autoRenew: true,
    noticeDays: 30,
    committedAnnual: '600000.00',
  },
  {
    vendor: 'AT&T',
    name: 'AT&T Business Network Services Agreement',
    deadlineInDays: 192,
    autoRenew: true,
    noticeDays: 90,
    committedAnnual: '480000.00',
  },
  {
    vendor: 'Verizon',
    name: 'Verizon Wireless Major Account Agreement',
    deadlineInDays: 263,
    autoRenew: false,
    noticeDays: 60,
    committedAnnual: null,
  },
  {
    vendor: 'AWS',
    name: 'AWS Enterprise Discount Program',
    deadlineInDays: 301,
    autoRenew: false,
    noticeDays: 90,
    committedAnnual: '1500000.00',
  },
  { vendor: 'BT', name: 'BT Global Services Agreement (UK)', deadlineInDays: 410, autoRenew: true, noticeDays: 90, committedAnnual: null },
  {
    vendor: 'Google Cloud',
    name: 'Google Cloud Commit Agreement',
    deadlineInDays: 522,
    autoRenew: false,
    noticeDays: 60,
    committedAnnual: '300000.00',
  },
];

const potsPurposes = [
  'Fire alarm panel',
  'Elevator 1 emergency phone',
  'Fax — shipping office',
  'Security alarm',
  'Gate intercom',
  'Elevator 2 emergency phone',
];

export function monthIndexOf(months: Date[], day: Date): number {
  const first = months[0] as Date;
  return (day.getUTCFullYear() - first.getUTCFullYear()) * 12 + day.getUTCMonth() - first.getUTCMonth();
}

export function buildDemoModel(input: { asOf: Date; seed: number; scale: number }): DemoModel {
  const asOf = dateFromIso(toIsoDate(input.asOf));
  const asOfMonth = monthStart(asOf);
  const months = Array.from({ length: historyMonths }, (_, index) => addMonths(asOfMonth, index - historyMonths));
  const historyStart = months[0] as Date;
  const random = createSeededRandom(input.seed);
  const names = createNameSource(random.fork('names'));

  const users = buildUsers(random.fork('users'), names);
  const ownerByCostCenter = new Map<string, string>();
  for (const user of users.filter((candidate) => candidate.role === 'approver')) {
    for (const code of user.costCenters) if (!ownerByCostCenter.has(code)) ownerByCostCenter.set(code, user.email);
  }
  const fallbackOwner = users.find((user) => user.role === 'admin')?.email ?? '';
  const costCenters = catalogCostCenters.map((costCenter) => ({
    ...costCenter,
    owner: ownerByCostCenter.get(costCenter.code) ?? ownerByCostCenter.get(costCenter.parent ?? '') ?? fallbackOwner,
  }));

  const contracts = buildContracts(asOf, historyStart);
  const rateOf = (vendor: string, description: string): Cents => {
    const rate = catalogRates.find((candidate) => candidate.vendor === vendor && candidate.description === description);
    if (!rate) throw new Error(`no contract rate for ${vendor} ${description}`);
    return toCents(rate.unitPrice);
  };

  const services: DemoService[] = [];
  const builder = new ServiceBuilder(services, months);
  for (const location of catalogLocations) {
    const locationRandom = random.fork(`location:${location.code}`);
    const numbers = new PhoneNumberPool(location, locationRandom);
    buildMobileLines({ location, random: locationRandom, numbers, names, builder, rateOf, scale: input.scale, historyStart, months, asOf });
    buildWireline({ location, random: locationRandom, numbers, builder, rateOf, historyStart, months });
  }
  const cloudEstate = scaleCloudEstate(input.scale);
  buildCloudInventory(builder, historyStart, cloudEstate);

  const plantings = plantFindings(services, months, input.scale, random.fork('plantings'));
  return {
    seed: input.seed,
    scale: input.scale,
    asOf,
    months,
    asOfMonth,
    monthToDateDays: asOf.getUTCDate() - 1,
    vendors: catalogVendors,
    locations: catalogLocations,
    costCenters,
    users,
    accounts: accountSpecs.map(({ locationCodes: _unused, ...account }) => account),
    services,
    cloudEstate,
    contracts,
    plantings,
  };
}

class ServiceBuilder {
  private sequence = 0;
  constructor(
    private readonly services: DemoService[],
    private readonly months: Date[],
  ) {}

  add(service: Omit<DemoService, 'serviceId' | 'firstBilled' | 'lastBilled'>): DemoService {
    this.sequence++;
    const first = Math.max(0, monthIndexOf(this.months, service.startDate));
    const last = service.endDate ? Math.min(historyMonths - 1, monthIndexOf(this.months, service.endDate)) : historyMonths - 1;
    const billable = service.status !== 'pending' && service.type !== 'cloud_account' && service.type !== 'saas_subscription';
    const created: DemoService = {
      ...service,
      serviceId: `SVC-${String(this.sequence).padStart(5, '0')}`,
      firstBilled: billable ? first : 1,
      lastBilled: billable ? last : 0,
    };
    this.services.push(created);
    return created;
  }
}

function accountFor(vendor: string, locationCode: string): string {
  const account = accountSpecs.find((spec) => spec.vendor === vendor && spec.locationCodes.includes(locationCode));
  if (!account) throw new Error(`no ${vendor} account for ${locationCode}`);
  return account.number;
}

function createNameSource(random: SeededRandom): () => string {
  const used = new Set<string>();
  return () => {
    for (;;) {
      const name = `${random.pick(firstNames)} ${random.pick(lastNames)}`;
      if (!used.has(name) || used.size > firstNames.length * lastNames.length * 0.8) {
        used.add(name);
        return name;
      }
    }
  };
}

function emailOf(name: string): string {
  return `${name.toLowerCase().replace(/'/g, '').replace(/\s+/g, '.')}@${emailDomain}`;
}

function buildUsers(random: SeededRandom, names: () => string): DemoUser[] {
  const identity = () => ({
    slackUserId: `U0${Array.from({ length: 9 }, () => random.pick('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'.split(''))).join('')}`,
    teamsUserId: [8, 4, 4, 4, 12]
      .map((length) => Array.from({ length }, () => random.pick('0123456789abcdef'.split(''))).join(''))
      .join('-'),
  });
  const person = (role: DemoUser['role'], costCenters: string[]): DemoUser => {
    const name = names();
    return { email: emailOf(name), name, role, costCenters, ...identity() };
  };
  const users: DemoUser[] = [person('admin', ['*']), person('admin', ['*'])];
  // Leaf approvers first, so a leaf's owner is its own approver and the parent's approver covers the rest.
  for (const leaf of ['CC-410', 'CC-420', 'CC-610', 'CC-630']) users.push(person('approver', [leaf]));
  for (const parent of ['CC-100', 'CC-200', 'CC-300', 'CC-400', 'CC-500', 'CC-600']) {
    const family = catalogCostCenters
      .filter((costCenter) => costCenter.code === parent || costCenter.parent === parent)
      .map((costCenter) => costCenter.code);
    users.push(person('approver', parent === 'CC-100' ? ['CC-100'] : family));
  }
  const leaves = catalogCostCenters.filter((costCenter) => !catalogCostCenters.some((other) => other.parent === costCenter.code));
  for (let index = 0; index < 12; index++) users.push(person('requester', [(leaves[index % leaves.length] as { code: string }).code]));
  for (let index = 0; index < 8; index++) {
    users.push(person('viewer', index < 2 ? ['*'] : [(leaves[(index * 3) % leaves.length] as { code: string }).code]));
  }
  return users;
}

function weightedCostCenter(random: SeededRandom): string {
  let draw = random.next();
  for (const entry of mobileLineCostCenters) {
    draw -= entry.weight;
    if (draw < 0) return entry.code;
  }
  return (mobileLineCostCenters[mobileLineCostCenters.length - 1] as { code: string }).code;
}

const verizonLocations = new Set(['CHI1', 'CHI2', 'NYC1', 'EWR1', 'ATL1', 'YYZ1']);

function buildMobileLines(input: {
  location: CatalogLocation;
  random: SeededRandom;
  numbers: PhoneNumberPool;
  names: () => string;
  builder: ServiceBuilder;
  rateOf: (vendor: string, description: string) => Cents;
  scale: number;
  historyStart: Date;
  months: Date[];
  asOf: Date;
}): void {
  const { location, random, numbers, names, builder, rateOf, historyStart, months } = input;
  if (location.mobileLines === 0) return;
  const activeCount = Math.max(4, Math.round(location.mobileLines * input.scale));
  const disconnectedCount = Math.max(1, Math.round(activeCount * 0.08));
  const primary = verizonLocations.has(location.code) ? 'Verizon' : 'T-Mobile';
  const secondary = primary === 'Verizon' ? 'T-Mobile' : 'Verizon';
  const makeLine = (status: 'active' | 'disconnected' | 'pending') => {
    const vendor = random.chance(0.85) ? primary : secondary;
    const plans = mobilePlans[vendor];
    const planDraw = random.next();
    const planKind = planDraw < 0.82 ? 'smartphone' : planDraw < 0.92 ? 'dataDevice' : 'basic';
    const description = plans[planKind];
    const costCenter = weightedCostCenter(random);
    const account =
      vendor === 'T-Mobile' ? '961448203' : costCenter === 'CC-410' || costCenter === 'CC-420' ? '842093317-00002' : '842093317-00001';
    const assignee =
      planKind === 'dataDevice'
        ? costCenter === 'CC-420'
          ? `Fleet tablet — Truck ${random.integer(100, 999)}`
          : `Hotspot — ${location.name}`
        : names();
    const usageProfile =
      planKind === 'dataDevice'
        ? { dataMb: random.integer(3000, 25000), voiceMinutes: 0, messages: 0 }
        : planKind === 'basic'
          ? { dataMb: random.integer(400, 4000), voiceMinutes: random.integer(40, 600), messages: random.integer(20, 900) }
          : { dataMb: random.integer(1500, 14000), voiceMinutes: random.integer(60, 900), messages: random.integer(40, 1200) };
    let startDate: Date;
    let endDate: Date | null = null;
    if (status === 'pending') {
      startDate = addDays(input.asOf, random.integer(7, 20));
    } else if (status === 'disconnected') {
      const startsBefore = random.chance(0.7);
      const startIndex = startsBefore ? 0 : random.integer(1, 10);
      startDate = startsBefore ? addDays(historyStart, -random.integer(30, 1500)) : (months[startIndex] as Date);
      endDate = monthEnd(months[random.integer(startIndex + 1, historyMonths - 2)] as Date);
    } else {
      startDate = random.chance(0.88)
        ? addDays(historyStart, -random.integer(30, 1500))
        : (months[random.integer(1, historyMonths - 1)] as Date);
    }
    builder.add({
      type: 'mobile_line',
      identifier: numbers.take(),
      vendor,
      account,
      location,
      costCenter,
      assignee,
      status,
      description,
      quantity: 1,
      unitPrice: rateOf(vendor, description),
      startDate,
      endDate,
      usageProfile,
    });
  };
  for (let index = 0; index < activeCount; index++) makeLine('active');
  for (let index = 0; index < disconnectedCount; index++) makeLine('disconnected');
  if (['CHI1', 'NYC1', 'DAL1'].includes(location.code)) makeLine('pending');
}

const migratingSites = new Set(['CHI2', 'DAL1']);

const circuitCodes: Record<string, Record<string, string>> = {
  'AT&T': { MPLS: 'IPEC', Dedicated: 'DHEC', Business: 'BBEC', Ethernet: 'KREC' },
  Lumen: { MPLS: 'IPVPN', Dedicated: 'DIA', Business: 'BB', Ethernet: 'ELINE' },
  BT: { MPLS: 'EVPN', Dedicated: 'BTNET', Business: 'BBX', Ethernet: 'EPL' },
  'Orange Business': { MPLS: 'VPNG', Dedicated: 'BIA', Business: 'BBI', Ethernet: 'EVPL' },
};

function circuitIdentifier(vendor: string, description: string, location: CatalogLocation, random: SeededRandom): string {
  const family = description.split(' ')[0] as string;
  const code = circuitCodes[vendor]?.[family] ?? 'CKT';
  const digits = String(random.integer(100000, 999999));
  switch (vendor) {
    case 'AT&T':
      return `${code}.${digits}..ATI`;
    case 'Lumen':
      return `CO/${code}/${digits}/LUMN`;
    case 'BT':
      return `BT-${code}-${digits}${random.integer(10, 99)}`;
    default:
      return `OBS-${location.country === 'France' ? 'FR' : 'DE'}-${code}-${digits}`;
  }
}

function buildWireline(input: {
  location: CatalogLocation;
  random: SeededRandom;
  numbers: PhoneNumberPool;
  builder: ServiceBuilder;
  rateOf: (vendor: string, description: string) => Cents;
  historyStart: Date;
  months: Date[];
}): void {
  const { location, random, numbers, builder, rateOf, historyStart, months } = input;
  const carriers = location.wirelineCarriers;
  const firstCarrier = carriers[0] as string;
  const long = () => addDays(historyStart, -random.integer(200, 2500));
  // Two large sites moved one MPLS port to broadband (SD-WAN): a normal disconnect and add, on
  // accounts big enough that the change is not a month-over-month jump.
  const migrates = migratingSites.has(location.code);
  let migrated = false;
  location.circuits.forEach((description, index) => {
    const vendor = carriers[index % carriers.length] as string;
    const isMigratedPort = migrates && !migrated && description === 'MPLS Port 50 Mbps';
    if (isMigratedPort) migrated = true;
    builder.add({
      type: 'circuit',
      identifier: circuitIdentifier(vendor, description, location, random),
      vendor,
      account: accountFor(vendor, location.code),
      location,
      costCenter: 'CC-640',
      assignee: index === 0 ? 'Network Operations — primary WAN' : 'Network Operations',
      status: isMigratedPort ? 'disconnected' : 'active',
      description,
      quantity: 1,
      unitPrice: rateOf(vendor, description),
      startDate: long(),
      endDate: isMigratedPort ? monthEnd(months[9] as Date) : null,
    });
    if (isMigratedPort) {
      builder.add({
        type: 'circuit',
        identifier: circuitIdentifier(vendor, 'Business Broadband 300 Mbps', location, random),
        vendor,
        account: accountFor(vendor, location.code),
        location,
        costCenter: 'CC-640',
        assignee: 'Network Operations — SD-WAN underlay',
        status: 'active',
        description: 'Business Broadband 300 Mbps',
        quantity: 1,
        unitPrice: rateOf(vendor, 'Business Broadband 300 Mbps'),
        startDate: months[10] as Date,
        endDate: null,
      });
    }
  });
  const vendorCode: Record<string, string> = { 'AT&T': 'ATT', Lumen: 'LMN', BT: 'BT', 'Orange Business': 'OBS' };
  const channels = location.country === 'United States' || location.country === 'Canada' ? (location.trunks > 1 ? 46 : 23) : 30;
  for (let index = 1; index <= location.trunks; index++) {
    builder.add({
      type: 'voice_trunk',
      identifier: `${vendorCode[firstCarrier]}-SIP-${location.code}-${String(index).padStart(2, '0')}`,
      vendor: firstCarrier,
      account: accountFor(firstCarrier, location.code),
      location,
      costCenter: index === 1 && location.trunks > 1 ? 'CC-430' : 'CC-640',
      assignee: index === 1 && location.trunks > 1 ? 'Customer service contact center' : 'Site voice',
      status: 'active',
      description: 'SIP Trunk Channel',
      quantity: channels,
      unitPrice: rateOf(firstCarrier, 'SIP Trunk Channel'),
      startDate: long(),
      endDate: null,
    });
  }
  for (let index = 0; index < location.potsLines; index++) {
    builder.add({
      type: 'pots_line',
      identifier: numbers.take(),
      vendor: firstCarrier,
      account: accountFor(firstCarrier, location.code),
      location,
      costCenter: 'CC-440',
      assignee: potsPurposes[index % potsPurposes.length] as string,
      status: 'active',
      description: 'Business Line POTS',
      quantity: 1,
      unitPrice: rateOf(firstCarrier, 'Business Line POTS'),
      startDate: long(),
      endDate: null,
    });
  }
}

function buildCloudInventory(builder: ServiceBuilder, historyStart: Date, cloudEstate: CloudProvider[]): void {
  for (const provider of cloudEstate) {
    for (const subAccount of provider.subAccounts) {
      builder.add({
        type: provider.kind === 'cloud' ? 'cloud_account' : 'saas_subscription',
        identifier: subAccount.id,
        vendor: provider.vendor,
        account: provider.billingAccountId,
        location: null,
        costCenter: subAccount.costCenter ?? '',
        assignee: subAccount.name,
        status: 'active',
        description: subAccount.name,
        quantity: 1,
        unitPrice: 0,
        startDate: addDays(historyStart, -400),
        endDate: null,
      });
    }
  }
}

function addYears(date: Date, years: number): Date {
  return addMonths(date, 12 * years);
}

function buildContracts(asOf: Date, historyStart: Date): DemoContract[] {
  return contractTerms.map((terms) => {
    const deadline = addDays(asOf, terms.deadlineInDays);
    const endDate = terms.autoRenew ? addDays(deadline, terms.noticeDays) : deadline;
    let termYears = 3;
    while (addDays(addYears(endDate, -termYears), 1) > historyStart) termYears++;
    const slug = terms.vendor
      .replace(/[^A-Za-z]/g, '')
      .toUpperCase()
      .slice(0, 6);
    const startDate = addDays(addYears(endDate, -termYears), 1);
    return {
      contractId: `NW-${slug}-${startDate.getUTCFullYear()}-01`,
      vendor: terms.vendor,
      name: terms.name,
      startDate,
      endDate,
      autoRenew: terms.autoRenew,
      noticeDays: terms.noticeDays,
      committedAnnual: terms.committedAnnual === null ? null : toCents(terms.committedAnnual),
      rates: catalogRates
        .filter((rate) => rate.vendor === terms.vendor)
        .map((rate) => ({
          serviceType: rate.serviceType,
          description: rate.description,
          unitPrice: toCents(rate.unitPrice),
          unit: rate.unit,
        })),
    };
  });
}

function plantFindings(services: DemoService[], months: Date[], scale: number, random: SeededRandom): DemoPlantings {
  const last = historyMonths - 1;
  const planted = new Set<string>();
  const find = (predicate: (service: DemoService) => boolean, what: string): DemoService => {
    const service = services.find((candidate) => !planted.has(candidate.serviceId) && predicate(candidate));
    if (!service) throw new Error(`demo enterprise has no ${what} to plant a finding on`);
    planted.add(service.serviceId);
    return service;
  };
  const fullHistory = (service: DemoService) => service.status === 'active' && service.firstBilled === 0;
  const overbilling = new Map<string, { fromMonth: number; billedUnitPrice: Cents }>();
  const directInternet = find(
    (service) => fullHistory(service) && service.vendor === 'AT&T' && service.description === 'Dedicated Internet 1 Gbps',
    'AT&T DIA circuit',
  );
  overbilling.set(directInternet.serviceId, { fromMonth: last - 7, billedUnitPrice: toCents('2350.00') });
  const lumenPort = find(
    (service) => fullHistory(service) && service.vendor === 'Lumen' && service.description === 'MPLS Port 50 Mbps',
    'Lumen MPLS port',
  );
  overbilling.set(lumenPort.serviceId, { fromMonth: last - 9, billedUnitPrice: toCents('1150.00') });
  for (let index = 0; index < 4; index++) {
    const line = find(
      (service) => fullHistory(service) && service.vendor === 'Verizon' && service.description === 'Business Unlimited Smartphone',
      'Verizon smartphone line',
    );
    overbilling.set(line.serviceId, { fromMonth: last - 4, billedUnitPrice: toCents('47.00') });
  }

  const duplicates = new Map<string, number>();
  const mplsPort = find(
    (service) =>
      fullHistory(service) &&
      service.vendor === 'AT&T' &&
      service.description === 'MPLS Port 100 Mbps' &&
      service.location?.code === 'NYC1',
    'AT&T MPLS port in New York',
  );
  duplicates.set(mplsPort.serviceId, last - 2);

  const disconnectedStillBilled = new Set<string>();
  const disconnect = (service: DemoService, endMonth: number) => {
    service.status = 'disconnected';
    service.endDate = monthEnd(months[endMonth] as Date);
    service.lastBilled = last;
    disconnectedStillBilled.add(service.serviceId);
  };
  disconnect(
    find(
      (service) => fullHistory(service) && service.type === 'pots_line' && service.vendor === 'AT&T' && service.location?.code === 'ATL1',
      'AT&T POTS line in Atlanta',
    ),
    last - 10,
  );
  disconnect(
    find(
      (service) =>
        fullHistory(service) &&
        service.vendor === 'Lumen' &&
        service.description === 'Business Broadband 300 Mbps' &&
        service.location?.code === 'DEN1',
      'Lumen broadband in Denver',
    ),
    last - 3,
  );
  disconnect(
    find(
      (service) => fullHistory(service) && service.vendor === 'T-Mobile' && service.description === 'Business Advanced Unlimited',
      'T-Mobile smartphone line',
    ),
    last - 5,
  );

  const zeroUsage = new Map<string, number>();
  const zeroMonths = scale >= 0.5 ? [3, 3, 4, 5, 6, 8, 10, 12] : [3, 4, 6, 12];
  const candidates = random.shuffle(
    services.filter((service) => fullHistory(service) && service.type === 'mobile_line' && !planted.has(service.serviceId)),
  );
  zeroMonths.forEach((count, index) => {
    const line = candidates[index];
    if (!line) throw new Error('demo enterprise has too few mobile lines to plant zero-usage lines');
    planted.add(line.serviceId);
    zeroUsage.set(line.serviceId, last - count + 1);
  });

  const credits: DemoPlantings['credits'] = [
    {
      account: 'LUMN-2207781',
      month: last - 6,
      description: 'Service level credit — outage 14 hours (ticket 88231)',
      amount: -toCents('450.00'),
    },
    {
      account: '842093317-00001',
      month: last - 16,
      description: 'Promotional credit — device upgrade program',
      amount: -toCents('1200.00'),
    },
    { account: '8310004471', month: last - 2, description: 'Billing adjustment credit', amount: -toCents('310.25') },
  ];
  return { overbilling, duplicates, disconnectedStillBilled, zeroUsage, credits };
}

export type { DemoServiceType };
