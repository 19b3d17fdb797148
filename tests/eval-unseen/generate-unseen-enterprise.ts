import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImportKind } from '../../src/domain/ingest/ingest-types.js';
import { Random } from '../eval-heldout/coin-heldout-names.js';
import { centsText } from '../eval-heldout/generate-heldout-enterprise.js';
import {
  borrowedNamesIn,
  coinUnseenNames,
  type CostCenterRole,
  type LocationRole,
  type UnseenNames,
  type VendorRole,
} from './coin-unseen-names.js';

// The third company: a food manufacturer with shops, written as the import CSVs a customer would
// bring. Its cloud is a provider of our own invention with its own FOCUS export (daily rows, three
// sub-accounts, six services, two regions), so nothing about it — not even "ec2" — is something
// the planner could have been taught. Whole cents only: the generator never adds floats.
//
// As-of is 20 May 2025: April 2025 is the last invoiced month, cloud rows run to 19 May, SaaS is
// charged monthly in advance on the 1st (May already charged).

export const unseenAsOf = new Date('2025-05-20T12:00:00Z');

/** January 2024 to April 2025, billed in arrears and dated the 7th after. */
const firstMonth = { year: 2024, month: 0 };
const invoiceMonths = 16;
const saasMonths = 17;
const cloudFirstDay = '2024-07-01';
/** Exclusive: the last cloud row is charged on the 19th. */
const cloudEndDay = '2025-05-20';

export interface UnseenAnswerKey {
  macdDisconnects: Array<{ externalId: string; identifier: string; completedOn: string; monthlyCost: string }>;
  overbilling: {
    vendor: string;
    identifier: string;
    invoiceNumber: string;
    creditInvoiceNumber: string;
    creditMonth: string;
    amount: string;
  };
  /** A circuit the inventory says ended, still on two later invoices. */
  billedAfterDisconnect: { vendor: string; identifier: string; endDate: string };
  /** A circuit a carrier bills that the inventory does not know. */
  notInInventory: { vendor: string; identifier: string };
  /** The line with the most data in the last invoiced month, and one ordinary active line. */
  topDataLine: string;
  someLine: string;
  requesterEmail: string;
  adminEmail: string;
  accounts: Record<'carrier1' | 'carrier1Voice' | 'carrier2' | 'carrier3' | 'mobile1' | 'mobile2', string>;
  contractIds: Record<'carrier1' | 'carrier2' | 'carrier3' | 'mobile1' | 'mobile2' | 'saas1' | 'saas2' | 'cloud', string>;
}

export interface UnseenEnterprise {
  asOf: Date;
  files: Array<{ kind: ImportKind; path: string }>;
  names: UnseenNames;
  key: UnseenAnswerKey;
}

interface Month {
  year: number;
  month: number;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');
const addMonth = (month: Month, count: number): Month => {
  const index = month.year * 12 + month.month + count;
  return { year: Math.floor(index / 12), month: index % 12 };
};
const monthKey = (month: Month) => `${month.year}-${pad(month.month + 1)}`;
const firstDay = (month: Month) => `${monthKey(month)}-01`;
const lastDay = (month: Month) => `${monthKey(month)}-${pad(new Date(Date.UTC(month.year, month.month + 1, 0)).getUTCDate())}`;
const percentOf = (cents: number, basisPoints: number) => Math.round((cents * basisPoints) / 10_000);
const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

interface Product {
  description: string;
  cents: number;
  unit: string;
  code: string;
}

type ServiceType = 'mobile_line' | 'circuit' | 'voice_trunk' | 'pots_line';

interface ServiceRow {
  externalId: string;
  type: ServiceType;
  identifier: string;
  vendor: VendorRole;
  account: string;
  location: LocationRole;
  costCenter: CostCenterRole | null;
  assignee: string | null;
  status: 'active' | 'disconnected';
  product: Product;
  startDate: string;
  endDate: string | null;
  billedFrom: string;
  billedThrough: string;
}

const products = {
  carrier1: {
    dia2g: { description: 'Dedicated Internet Access 2 Gbps', cents: 245_000, unit: 'circuit/month', code: 'DIA' },
    dia500: { description: 'Dedicated Internet Access 500 Mbps', cents: 118_000, unit: 'circuit/month', code: 'DIB' },
    broadband: { description: 'Business Broadband 1 Gbps', cents: 34_000, unit: 'circuit/month', code: 'BBD' },
    mpls: { description: 'MPLS Port 100 Mbps', cents: 72_000, unit: 'circuit/month', code: 'MPL' },
    sip: { description: 'SIP Trunk 30 Channels', cents: 61_000, unit: 'trunk/month', code: 'SIP' },
    analog: { description: 'Analogue Line', cents: 5_200, unit: 'line/month', code: 'ANA' },
  },
  carrier2: {
    epl1g: { description: 'Ethernet Private Line 1 Gbps', cents: 132_000, unit: 'circuit/month', code: 'EPL' },
    epl10g: { description: 'Ethernet Private Line 10 Gbps', cents: 390_000, unit: 'circuit/month', code: 'EPX' },
    crossConnect: { description: 'Colocation Cross Connect', cents: 26_000, unit: 'circuit/month', code: 'XCN' },
  },
  carrier3: {
    sdwan: { description: 'SD-WAN Broadband 250 Mbps', cents: 39_000, unit: 'circuit/month', code: 'SDW' },
    lte: { description: 'LTE Backup Router', cents: 7_500, unit: 'circuit/month', code: 'LTE' },
    alarm: { description: 'Alarm Line', cents: 4_100, unit: 'line/month', code: 'ALM' },
  },
  mobile1: {
    unlimited: { description: 'Unlimited Business', cents: 5_200, unit: 'line/month', code: 'UNB' },
    essentials: { description: 'Essentials 8 GB', cents: 2_900, unit: 'line/month', code: 'ES8' },
    tablet: { description: 'Tablet Data 15 GB', cents: 1_950, unit: 'line/month', code: 'TAB' },
  },
  mobile2: {
    pro: { description: 'Pro Unlimited', cents: 4_700, unit: 'line/month', code: 'PRO' },
    sensor: { description: 'IoT Sensor 1 GB', cents: 650, unit: 'line/month', code: 'IOT' },
  },
} satisfies Record<string, Record<string, Product>>;

const installFee = 180_000;
const overbilledCents = 165_000;
const legacyCents = 21_500;

export async function generateUnseenEnterprise(options: { seed: number; outDir: string }): Promise<UnseenEnterprise> {
  const random = new Random(options.seed);
  const names = coinUnseenNames(random);
  const borrowed = borrowedNamesIn(names);
  if (borrowed.length > 0) throw new Error(`unseen names borrowed from the demo or held-out company: ${borrowed.join(', ')}`);

  const months = Array.from({ length: invoiceMonths }, (_, index) => addMonth(firstMonth, index));
  const lastInvoiceMonth = months[months.length - 1]!;
  const prefixOf = (role: VendorRole) => names.vendors[role].short.slice(0, 3).toUpperCase() + (role === 'mobile2' ? 'C' : '');
  const accounts = {
    carrier1: `${random.integer(100, 999)}-${random.integer(1_000_000, 9_999_999)}`,
    carrier1Voice: `${random.integer(100, 999)}-${random.integer(1_000_000, 9_999_999)}`,
    carrier2: `DC${random.integer(100_000, 999_999)}`,
    carrier3: `TK-${random.integer(10_000_000, 99_999_999)}`,
    mobile1: `${random.integer(40_000_000, 49_999_999)}`,
    mobile2: `TKC-${random.integer(100_000, 999_999)}`,
  };
  const accountOf = (vendor: VendorRole): string => {
    switch (vendor) {
      case 'carrier1':
      case 'carrier2':
      case 'carrier3':
      case 'mobile1':
      case 'mobile2':
        return accounts[vendor];
      case 'saas1':
      case 'saas2':
      case 'saas3':
      case 'cloud':
        throw new Error(`${vendor} is not invoiced`);
    }
  };
  const cityCode = (location: LocationRole) => names.cities[names.locations[location].city].slice(0, 3).toUpperCase();

  let personIndex = 0;
  const nextPerson = () => names.people[personIndex++ % names.people.length]!;
  const services: ServiceRow[] = [];
  const usedIdentifiers = new Set<string>();
  const uniqueIdentifier = (make: () => string) => {
    for (;;) {
      const identifier = make();
      if (!usedIdentifiers.has(identifier)) {
        usedIdentifiers.add(identifier);
        return identifier;
      }
    }
  };
  const beforeHistory = firstDay(addMonth(firstMonth, -random.integer(10, 30)));
  const addService = (
    row: Omit<ServiceRow, 'externalId' | 'billedFrom' | 'billedThrough' | 'startDate'> & { startDate?: string; billedThrough?: string },
  ) => {
    const startDate = row.startDate ?? beforeHistory;
    const billedFrom = startDate.slice(0, 7) < monthKey(firstMonth) ? monthKey(firstMonth) : startDate.slice(0, 7);
    const billedThrough = row.billedThrough ?? (row.endDate ? row.endDate.slice(0, 7) : monthKey(lastInvoiceMonth));
    const service: ServiceRow = { ...row, startDate, externalId: `AST-${pad(services.length + 101, 5)}`, billedFrom, billedThrough };
    services.push(service);
    return service;
  };
  const monthWithin = (from: number, to: number) => months[random.integer(from, to)]!;

  // ---------------------------------------------------------------- mobile lines
  const lineCostCenters: Array<readonly [CostCenterRole | null, number]> = [
    ['ccStoreWest', 0.2],
    ['ccStoreEast', 0.18],
    ['ccFulfilment', 0.14],
    ['ccMaintenance', 0.14],
    ['ccQuality', 0.06],
    ['ccTreasury', 0.05],
    ['ccAudit', 0.04],
    ['ccMarketing', 0.08],
    ['ccLoyalty', 0.04],
    ['ccPricing', 0.03],
    [null, 0.04],
  ];
  const lineLocations: Array<readonly [LocationRole, number]> = [
    ['loc1a', 0.25],
    ['loc1b', 0.15],
    ['loc2', 0.2],
    ['loc3', 0.2],
    ['loc4', 0.2],
  ];
  const mobileNumber = () => uniqueIdentifier(() => `+31 6 ${random.integer(1000, 9999)} ${random.integer(1000, 9999)}`);
  const addLines = (vendor: 'mobile1' | 'mobile2', count: number, disconnected: number, plans: Array<readonly [Product, number]>) => {
    for (let index = 0; index < count; index += 1) {
      const isDisconnected = index < disconnected;
      const isNew = !isDisconnected && random.chance(0.2);
      const costCenter = random.weighted(lineCostCenters);
      addService({
        type: 'mobile_line',
        identifier: mobileNumber(),
        vendor,
        account: accountOf(vendor),
        location: random.weighted(lineLocations),
        costCenter,
        assignee: costCenter === null ? null : nextPerson(),
        status: isDisconnected ? 'disconnected' : 'active',
        product: random.weighted(plans),
        ...(isNew ? { startDate: firstDay(monthWithin(1, 11)) } : {}),
        endDate: isDisconnected ? lastDay(monthWithin(3, 12)) : null,
      });
    }
  };
  addLines('mobile1', 84, 4, [
    [products.mobile1.unlimited, 0.45],
    [products.mobile1.essentials, 0.4],
    [products.mobile1.tablet, 0.15],
  ]);
  addLines('mobile2', 36, 2, [
    [products.mobile2.pro, 0.6],
    [products.mobile2.sensor, 0.4],
  ]);

  // ---------------------------------------------------------------- circuits, trunks, lines
  const circuitId = (vendor: VendorRole, location: LocationRole) =>
    uniqueIdentifier(() => `${prefixOf(vendor)}/${cityCode(location)}/${random.integer(10_000, 99_999)}`);
  const siteCostCenters: Array<readonly [CostCenterRole | null, number]> = [
    ['ccMaintenance', 0.25],
    ['ccFulfilment', 0.2],
    ['ccStoreWest', 0.12],
    ['ccStoreEast', 0.12],
    ['ccQuality', 0.1],
    ['ccPackaging', 0.08],
    ['ccTreasury', 0.05],
    [null, 0.08],
  ];
  const addCircuits = (vendor: VendorRole, location: LocationRole, count: number, choices: Product[], extra: Partial<ServiceRow> = {}) => {
    const added: ServiceRow[] = [];
    for (let index = 0; index < count; index += 1) {
      added.push(
        addService({
          type: 'circuit',
          identifier: circuitId(vendor, location),
          vendor,
          account: accountOf(vendor),
          location,
          costCenter: random.weighted(siteCostCenters),
          assignee: null,
          status: 'active',
          product: random.pick(choices),
          endDate: null,
          ...extra,
        }),
      );
    }
    return added;
  };
  const c1 = products.carrier1;
  const c1Circuits = [c1.dia2g, c1.dia500, c1.broadband, c1.broadband, c1.mpls];
  addCircuits('carrier1', 'loc1a', 4, c1Circuits);
  addCircuits('carrier1', 'loc1b', 2, c1Circuits);
  addCircuits('carrier1', 'loc2', 3, c1Circuits);
  addCircuits('carrier1', 'loc3', 3, c1Circuits);
  addCircuits('carrier1', 'loc4', 2, c1Circuits);
  addCircuits('carrier1', 'loc2', 2, [c1.broadband], { status: 'disconnected', endDate: '2024-06-30' });
  // The inventory says it ended in September; the carrier bills it two more months.
  const stillBilled = addCircuits('carrier1', 'loc3', 1, [c1.mpls], {
    status: 'disconnected',
    endDate: '2024-09-30',
    billedThrough: '2024-11',
  })[0]!;
  const c2 = products.carrier2;
  addCircuits('carrier2', 'loc1a', 3, [c2.epl1g, c2.epl10g, c2.crossConnect]);
  const overbilled = addCircuits('carrier2', 'loc3', 3, [c2.epl1g])[0]!;
  addCircuits('carrier2', 'loc4', 2, [c2.epl1g, c2.crossConnect]);
  // Three new circuits for the packaging line in the last invoiced month, with installation.
  const newCircuits = [c2.epl10g, c2.epl1g, c2.epl1g].flatMap((product) =>
    addCircuits('carrier2', 'loc2', 1, [product], { costCenter: 'ccPackaging', startDate: firstDay(lastInvoiceMonth) }),
  );
  const c3 = products.carrier3;
  addCircuits('carrier3', 'loc2', 3, [c3.sdwan, c3.lte]);
  addCircuits('carrier3', 'loc4', 3, [c3.sdwan, c3.lte]);
  addCircuits('carrier3', 'loc1b', 2, [c3.sdwan, c3.lte]);
  const macdCircuit = addCircuits('carrier3', 'loc4', 1, [c3.sdwan], { costCenter: 'ccFulfilment' })[0]!;
  for (const [location, costCenter] of [
    ['loc1a', 'ccTreasury'],
    ['loc3', 'ccMarketing'],
    ['loc2', 'ccMaintenance'],
  ] as const) {
    addService({
      type: 'voice_trunk',
      identifier: uniqueIdentifier(() => `SIP-${cityCode(location)}-${random.integer(1000, 9999)}`),
      vendor: 'carrier1',
      account: accounts.carrier1Voice,
      location,
      costCenter,
      assignee: null,
      status: 'active',
      product: c1.sip,
      endDate: null,
    });
  }
  for (const [vendor, location, product] of [
    ['carrier1', 'loc1a', c1.analog],
    ['carrier1', 'loc1a', c1.analog],
    ['carrier1', 'loc2', c1.analog],
    ['carrier1', 'loc4', c1.analog],
    ['carrier3', 'loc2', c3.alarm],
    ['carrier3', 'loc4', c3.alarm],
  ] as const) {
    addService({
      type: 'pots_line',
      identifier: uniqueIdentifier(() => `+31 ${random.integer(10, 79)} ${random.integer(100, 999)} ${random.integer(1000, 9999)}`),
      vendor,
      account: vendor === 'carrier1' ? accounts.carrier1Voice : accountOf(vendor),
      location,
      costCenter: 'ccMaintenance',
      assignee: null,
      status: 'active',
      product,
      endDate: null,
    });
  }
  const macdLine = services.find(
    (service) =>
      service.vendor === 'mobile1' &&
      service.status === 'active' &&
      service.billedFrom === monthKey(firstMonth) &&
      service.costCenter !== null,
  )!;
  const macdDisconnects = [
    { service: macdLine, completedOn: '2025-02-11' },
    { service: macdCircuit, completedOn: '2025-03-14' },
  ];
  for (const { service, completedOn } of macdDisconnects) service.billedThrough = completedOn.slice(0, 7);

  // ---------------------------------------------------------------- invoices and usage
  const invoiceRows: string[][] = [];
  const usageRows: string[][] = [];
  const legacyIdentifier = `${prefixOf('carrier3')}/OLD/${random.integer(10_000, 99_999)}`;
  const activeLines = services.filter((service) => service.type === 'mobile_line' && service.status === 'active' && service !== macdLine);
  const topDataLine = activeLines.filter((service) => service.billedFrom === monthKey(firstMonth))[5]!;
  const idleLines = new Set(activeLines.filter((service) => service !== topDataLine).slice(30, 35));
  const someLine = activeLines.find(
    (service) => !idleLines.has(service) && service !== topDataLine && service.assignee !== null && service.product.code === 'UNB',
  )!;
  const overbilledMonth = '2024-11';
  const creditMonth = '2025-01';
  let overbilledInvoice = '';
  let creditInvoice = '';
  const invoiced: Array<readonly [VendorRole, string]> = [
    ['carrier1', accounts.carrier1],
    ['carrier1', accounts.carrier1Voice],
    ['carrier2', accounts.carrier2],
    ['carrier3', accounts.carrier3],
    ['mobile1', accounts.mobile1],
    ['mobile2', accounts.mobile2],
  ];
  for (const month of months) {
    const key = monthKey(month);
    const invoiceDate = `${monthKey(addMonth(month, 1))}-07`;
    for (const [vendor, account] of invoiced) {
      const invoiceNumber = `${prefixOf(vendor)}-${String(month.year).slice(2)}${pad(month.month + 1)}-${account.replace(/\D/g, '').slice(-4)}`;
      const lines: Array<{ identifier: string; chargeType: string; description: string; cents: number }> = [];
      const billed = services.filter(
        (service) => service.vendor === vendor && service.account === account && service.billedFrom <= key && key <= service.billedThrough,
      );
      const isMobile = vendor === 'mobile1' || vendor === 'mobile2';
      for (const service of billed) {
        const isOverbilled = service === overbilled && key === overbilledMonth;
        const cents = isOverbilled ? overbilledCents : service.product.cents;
        if (isOverbilled) overbilledInvoice = invoiceNumber;
        lines.push({ identifier: service.identifier, chargeType: 'recurring', description: service.product.description, cents });
        if (newCircuits.includes(service) && key === service.billedFrom) {
          lines.push({
            identifier: service.identifier,
            chargeType: 'one_time',
            description: 'Installation and activation',
            cents: installFee,
          });
        }
        if (service.type === 'mobile_line') {
          const roaming = random.chance(0.1) ? random.integer(300, 8_800) : 0;
          if (roaming > 0)
            lines.push({ identifier: service.identifier, chargeType: 'usage', description: 'Roaming outside the EU', cents: roaming });
          const isIdle = idleLines.has(service) && key >= '2025-01';
          const isTablet = service.product.code === 'TAB' || service.product.code === 'IOT';
          const dataMb =
            service === topDataLine && key === monthKey(lastInvoiceMonth)
              ? 52_118_431
              : isIdle
                ? 0
                : random.integer(120_000, isTablet ? 14_000_000 : 9_500_000);
          const minutes = isIdle || isTablet ? 0 : random.integer(15, 1_600);
          const messages = isIdle ? 0 : random.integer(0, 700);
          usageRows.push([
            service.identifier,
            key,
            `${Math.floor(dataMb / 1000)}.${pad(dataMb % 1000, 3)}`,
            String(minutes),
            String(messages),
          ]);
        }
      }
      if (vendor === 'carrier2' && key === creditMonth) {
        creditInvoice = invoiceNumber;
        lines.push({
          identifier: overbilled.identifier,
          chargeType: 'credit',
          description: `Credit for overbilling on invoice ${overbilledInvoice}`,
          cents: overbilled.product.cents - overbilledCents,
        });
      }
      if (vendor === 'carrier3' && key >= '2025-01') {
        lines.push({ identifier: legacyIdentifier, chargeType: 'recurring', description: 'Legacy DSL 100 Mbps', cents: legacyCents });
      }
      if (vendor === 'carrier1' && account === accounts.carrier1Voice && key === '2024-03') {
        lines.push({ identifier: '', chargeType: 'one_time', description: 'Late payment fee', cents: 4_500 });
      }
      if (lines.length === 0) continue;
      const recurring = lines.filter((line) => line.chargeType === 'recurring').reduce((sum, line) => sum + line.cents, 0);
      const taxable = lines.filter((line) => line.chargeType !== 'credit').reduce((sum, line) => sum + line.cents, 0);
      const surcharge = percentOf(recurring, isMobile ? 275 : 240);
      const tax = percentOf(taxable + surcharge, 2_100);
      lines.push({
        identifier: '',
        chargeType: 'surcharge',
        description: isMobile ? 'Network access fee' : 'Infrastructure levy',
        cents: surcharge,
      });
      lines.push({ identifier: '', chargeType: 'tax', description: 'VAT 21%', cents: tax });
      for (const line of lines) {
        invoiceRows.push([
          invoiceNumber,
          names.vendors[vendor].name,
          account,
          invoiceDate,
          firstDay(month),
          lastDay(month),
          line.identifier,
          line.chargeType,
          line.description,
          '1',
          centsText(line.cents),
          centsText(line.cents),
          'USD',
        ]);
      }
    }
  }

  // ---------------------------------------------------------------- FOCUS: SaaS monthly, cloud daily
  const focusHeader = [
    'BilledCost',
    'BillingAccountId',
    'BillingAccountName',
    'BillingCurrency',
    'BillingPeriodStart',
    'BillingPeriodEnd',
    'ChargePeriodStart',
    'ChargePeriodEnd',
    'ChargeCategory',
    'ChargeDescription',
    'ChargeFrequency',
    'EffectiveCost',
    'InvoiceIssuerName',
    'ProviderName',
    'PublisherName',
    'RegionId',
    'ServiceCategory',
    'ServiceName',
    'SubAccountId',
    'SubAccountName',
    'Tags',
  ];
  const tagOf = (role: CostCenterRole | null) => (role ? JSON.stringify({ 'cost-center': names.costCenters[role].code }) : '');
  const saasRows: string[][] = [];
  const saasSubscriptions = [
    { vendor: 'saas1', service: 'Scheduling', costCenter: 'ccStoreWest', cents: () => 184_000 },
    { vendor: 'saas1', service: 'Scheduling', costCenter: 'ccStoreEast', cents: () => 161_000 },
    { vendor: 'saas2', service: 'QMS', costCenter: 'ccQuality', cents: (key: string) => (key >= '2025-03' ? 260_000 : 227_500) },
    // Untagged, so unallocated; fewer seats from April 2025.
    { vendor: 'saas3', service: 'Campaigns', costCenter: null, cents: (key: string) => (key >= '2025-04' ? 135_000 : 210_000) },
  ] as const;
  for (let index = 0; index < saasMonths; index += 1) {
    const month = addMonth(firstMonth, index);
    const next = addMonth(month, 1);
    for (const subscription of saasSubscriptions) {
      const vendor = names.vendors[subscription.vendor];
      const cents = subscription.cents(monthKey(month));
      saasRows.push([
        centsText(cents),
        `${vendor.short}-billing`,
        vendor.name,
        'USD',
        `${firstDay(month)} 00:00:00`,
        `${firstDay(next)} 00:00:00`,
        `${firstDay(month)} 00:00:00`,
        `${firstDay(next)} 00:00:00`,
        'Purchase',
        `${vendor.name} ${subscription.service}, ${monthKey(month)}`,
        'Recurring',
        centsText(cents),
        vendor.name,
        vendor.name,
        vendor.name,
        'global',
        'Business Applications',
        `${vendor.name} ${subscription.service}`,
        `${vendor.short}-tenant`,
        `${vendor.name} tenant`,
        tagOf(subscription.costCenter),
      ]);
    }
  }
  const cloud = names.cloud;
  const cloudSeries = [
    { sub: 'prod', service: 'compute', category: 'Compute', region: cloud.regions.eu, costCenter: 'ccLoyalty', cents: 21_000 },
    { sub: 'prod', service: 'objectStorage', category: 'Storage', region: cloud.regions.eu, costCenter: 'ccLoyalty', cents: 4_500 },
    { sub: 'prod', service: 'postgres', category: 'Databases', region: cloud.regions.eu, costCenter: 'ccLoyalty', cents: 8_800 },
    { sub: 'prod', service: 'cdn', category: 'Networking', region: cloud.regions.eu, costCenter: 'ccLoyalty', cents: 3_100 },
    { sub: 'prod', service: 'containers', category: 'Compute', region: cloud.regions.ap, costCenter: 'ccLoyalty', cents: 6_400 },
    { sub: 'data', service: 'lakehouse', category: 'Analytics', region: cloud.regions.eu, costCenter: 'ccPricing', cents: 12_000 },
    { sub: 'data', service: 'objectStorage', category: 'Storage', region: cloud.regions.ap, costCenter: 'ccPricing', cents: 3_000 },
    { sub: 'data', service: 'compute', category: 'Compute', region: cloud.regions.ap, costCenter: 'ccPricing', cents: 5_500 },
    { sub: 'sandbox', service: 'compute', category: 'Compute', region: cloud.regions.eu, costCenter: null, cents: 1_800 },
    { sub: 'sandbox', service: 'postgres', category: 'Databases', region: cloud.regions.eu, costCenter: null, cents: 900 },
  ] as const;
  const cloudRows: string[][] = [];
  const vendorName = names.vendors.cloud.name;
  for (let day = cloudFirstDay; day < cloudEndDay; day = nextDay(day)) {
    const month = { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)) - 1 };
    const monthsIn = (month.year - 2024) * 12 + month.month - 6;
    for (const series of cloudSeries) {
      // Slow growth, daily noise, and the lakehouse's jump from April 2025.
      const jump = series.service === 'lakehouse' && day >= '2025-04-01' ? 1.6 : 1;
      const cents = Math.round(series.cents * (1 + 0.015 * monthsIn) * jump * (0.92 + random.next() * 0.16));
      const subAccount = cloud.subAccounts[series.sub];
      const serviceName = cloud.services[series.service];
      cloudRows.push([
        centsText(cents),
        cloud.billingAccountId,
        cloud.billingAccountName,
        'USD',
        `${firstDay(month)} 00:00:00`,
        `${firstDay(addMonth(month, 1))} 00:00:00`,
        `${day} 00:00:00`,
        `${nextDay(day)} 00:00:00`,
        'Usage',
        `${serviceName} usage`,
        'Usage-Based',
        centsText(cents),
        vendorName,
        vendorName,
        vendorName,
        series.region,
        series.category,
        serviceName,
        subAccount.id,
        subAccount.name,
        tagOf(series.costCenter),
      ]);
    }
  }

  // ---------------------------------------------------------------- reference data
  const people = names.people;
  const domain = `${names.cities.city1.toLowerCase()}-foods.example`;
  const emailOf = (person: string) => `${person.toLowerCase().replace(' ', '.')}@${domain}`;
  const costCenterRoles = Object.keys(names.costCenters) as CostCenterRole[];
  const ownerOf = new Map<CostCenterRole, string>(costCenterRoles.map((role, index) => [role, people[people.length - 1 - index]!]));
  const admin = people[people.length - 18]!;
  const requester = people[people.length - 19]!;
  const users: string[][] = [
    [emailOf(admin), admin, 'U0UNSEEN01', '29:unseen-01', 'admin', '*'],
    ...costCenterRoles
      .slice(0, 5)
      .map((role, index) => [
        emailOf(ownerOf.get(role)!),
        ownerOf.get(role)!,
        `U0UNSEEN1${index}`,
        `29:unseen-1${index}`,
        'approver',
        names.costCenters[role].code,
      ]),
    [emailOf(requester), requester, 'U0UNSEEN20', '29:unseen-20', 'requester', '*'],
  ];

  // Monthly 2025 budgets for the cost centers that carry spend, from their March 2025 run: the
  // packaging line goes over in April (new circuits), Store Ops West runs over every month.
  const march = '2025-03';
  const marchSpend = new Map<CostCenterRole, number>();
  for (const service of services) {
    if (service.costCenter === null || !(service.billedFrom <= march && march <= service.billedThrough)) continue;
    marchSpend.set(service.costCenter, (marchSpend.get(service.costCenter) ?? 0) + service.product.cents);
  }
  for (const subscription of saasSubscriptions) {
    if (subscription.costCenter)
      marchSpend.set(subscription.costCenter, (marchSpend.get(subscription.costCenter) ?? 0) + subscription.cents(march));
  }
  const cloudMarch = (role: CostCenterRole) =>
    cloudSeries.filter((series) => series.costCenter === role).reduce((sum, series) => sum + series.cents * 1.13 * 31, 0);
  for (const role of ['ccLoyalty', 'ccPricing'] as const) marchSpend.set(role, (marchSpend.get(role) ?? 0) + cloudMarch(role));
  const budgetFactor: Partial<Record<CostCenterRole, number>> = { ccPackaging: 1.2, ccStoreWest: 0.9 };
  const budgets: string[][] = [];
  for (const [role, cents] of marchSpend) {
    const amount = Math.max(20_000, Math.round((cents * (budgetFactor[role] ?? 1.3)) / 10_000) * 10_000);
    for (let month = 0; month < 12; month += 1) budgets.push([names.costCenters[role].code, `2025-${pad(month + 1)}`, centsText(amount)]);
  }

  const contractIds = {
    carrier1: `${prefixOf('carrier1')}-MSA-22`,
    carrier2: `${prefixOf('carrier2')}-SA-23`,
    carrier3: `${prefixOf('carrier3')}-FW-24`,
    mobile1: `${prefixOf('mobile1')}-CA-23`,
    mobile2: `${prefixOf('mobile2')}-BA-22`,
    saas1: `${prefixOf('saas1')}-SUB-24`,
    saas2: `${prefixOf('saas2')}-SUB-23`,
    cloud: `${prefixOf('cloud')}-EDP-24`,
  };
  const contract = (
    id: string,
    vendor: VendorRole,
    name: string,
    start: string,
    end: string,
    autoRenew: boolean,
    noticeDays: number,
    committed: string,
  ) => [id, names.vendors[vendor].name, name, start, end, autoRenew ? 'yes' : 'no', String(noticeDays), committed, 'USD'];
  const contracts = [
    contract(
      `${prefixOf('carrier1')}-MSA-19`,
      'carrier1',
      `${names.vendors.carrier1.name} Framework Agreement 2019`,
      '2019-07-01',
      '2022-06-30',
      false,
      30,
      '',
    ),
    contract(
      contractIds.carrier1,
      'carrier1',
      `${names.vendors.carrier1.name} Master Services Agreement`,
      '2022-07-01',
      '2025-08-31',
      true,
      90,
      '',
    ),
    contract(
      contractIds.carrier2,
      'carrier2',
      `${names.vendors.carrier2.name} Wholesale Agreement`,
      '2023-01-01',
      '2025-12-31',
      true,
      60,
      '',
    ),
    contract(
      contractIds.carrier3,
      'carrier3',
      `${names.vendors.carrier3.name} SD-WAN Framework`,
      '2024-02-01',
      '2027-01-31',
      false,
      30,
      '',
    ),
    contract(
      contractIds.mobile1,
      'mobile1',
      `${names.vendors.mobile1.name} Corporate Account`,
      '2023-06-01',
      '2026-05-31',
      true,
      90,
      '50000.00',
    ),
    contract(contractIds.mobile2, 'mobile2', `${names.vendors.mobile2.name} Business Plan`, '2022-10-01', '2025-09-30', false, 60, ''),
    contract(contractIds.saas1, 'saas1', `${names.vendors.saas1.name} Subscription`, '2024-07-01', '2025-06-30', true, 45, ''),
    contract(contractIds.saas2, 'saas2', `${names.vendors.saas2.name} Enterprise Licence`, '2023-03-01', '2026-02-28', true, 60, ''),
    contract(
      contractIds.cloud,
      'cloud',
      `${names.vendors.cloud.name} Committed Spend Agreement`,
      '2024-07-01',
      '2027-06-30',
      false,
      90,
      '250000.00',
    ),
  ];
  const typeOf = (vendor: VendorRole, product: Product): ServiceType =>
    vendor === 'mobile1' || vendor === 'mobile2'
      ? 'mobile_line'
      : product.unit === 'trunk/month'
        ? 'voice_trunk'
        : product.unit === 'line/month'
          ? 'pots_line'
          : 'circuit';
  const rateRows: string[][] = [];
  for (const vendor of ['carrier1', 'carrier2', 'carrier3', 'mobile1', 'mobile2'] as const) {
    for (const product of Object.values(products[vendor]) as Product[])
      rateRows.push([contractIds[vendor], typeOf(vendor, product), product.description, centsText(product.cents), product.unit]);
  }

  const inventory = services.map((service) => [
    service.externalId,
    service.type,
    service.identifier,
    names.vendors[service.vendor].name,
    service.account,
    names.locations[service.location].name,
    service.costCenter ? names.costCenters[service.costCenter].code : '',
    service.assignee ?? '',
    service.status,
    centsText(service.product.cents),
    service.startDate,
    service.endDate ?? '',
  ]);

  await mkdir(options.outDir, { recursive: true });
  const write = async (kind: ImportKind, fileName: string, header: string[], rows: string[][]) => {
    const filePath = path.join(options.outDir, fileName);
    await writeFile(filePath, [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\n') + '\n');
    return { kind, path: filePath };
  };
  const files = [
    await write(
      'vendors',
      'vendors.csv',
      ['name', 'domain', 'aliases'],
      Object.values(names.vendors).map((vendor) => [vendor.name, vendor.domain, vendor.aliases.join(';')]),
    ),
    await write(
      'locations',
      'locations.csv',
      ['name', 'city', 'country'],
      Object.values(names.locations).map((location) => [location.name, names.cities[location.city], location.country]),
    ),
    await write(
      'cost-centers',
      'cost-centers.csv',
      ['code', 'name', 'parent', 'owner'],
      costCenterRoles.map((role) => {
        const costCenter = names.costCenters[role];
        return [
          costCenter.code,
          costCenter.name,
          costCenter.parent ? names.costCenters[costCenter.parent].code : '',
          emailOf(ownerOf.get(role)!),
        ];
      }),
    ),
    await write('users', 'users.csv', ['email', 'name', 'slack_user_id', 'teams_user_id', 'role', 'cost_centers'], users),
    await write(
      'inventory',
      'inventory.csv',
      [
        'service_id',
        'type',
        'identifier',
        'vendor',
        'account',
        'location',
        'cost_center',
        'assignee',
        'status',
        'monthly_cost',
        'start_date',
        'end_date',
      ],
      inventory,
    ),
    await write(
      'contracts',
      'contracts.csv',
      ['contract_id', 'vendor', 'name', 'start_date', 'end_date', 'auto_renew', 'notice_days', 'committed_annual', 'currency'],
      contracts,
    ),
    await write('contract-rates', 'contract-rates.csv', ['contract_id', 'service_type', 'description', 'unit_price', 'unit'], rateRows),
    await write(
      'invoices',
      'invoices.csv',
      [
        'invoice_number',
        'vendor',
        'account',
        'invoice_date',
        'period_start',
        'period_end',
        'identifier',
        'charge_type',
        'description',
        'quantity',
        'unit_price',
        'amount',
        'currency',
      ],
      invoiceRows,
    ),
    await write('usage', 'usage.csv', ['identifier', 'period', 'data_mb', 'voice_minutes', 'messages'], usageRows),
    await write('budgets', 'budgets.csv', ['cost_center', 'month', 'amount'], budgets),
    await write('focus', 'saas-focus.csv', focusHeader, saasRows),
    await write('focus', 'cloud-focus.csv', focusHeader, cloudRows),
  ];

  return {
    asOf: unseenAsOf,
    files,
    names,
    key: {
      macdDisconnects: macdDisconnects.map(({ service, completedOn }) => ({
        externalId: service.externalId,
        identifier: service.identifier,
        completedOn,
        monthlyCost: centsText(service.product.cents),
      })),
      overbilling: {
        vendor: names.vendors.carrier2.name,
        identifier: overbilled.identifier,
        invoiceNumber: overbilledInvoice,
        creditInvoiceNumber: creditInvoice,
        creditMonth,
        amount: centsText(overbilledCents - overbilled.product.cents),
      },
      billedAfterDisconnect: { vendor: names.vendors.carrier1.name, identifier: stillBilled.identifier, endDate: stillBilled.endDate! },
      notInInventory: { vendor: names.vendors.carrier3.name, identifier: legacyIdentifier },
      topDataLine: topDataLine.identifier,
      someLine: someLine.identifier,
      requesterEmail: emailOf(requester),
      adminEmail: emailOf(admin),
      accounts,
      contractIds,
    },
  };
}

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
