import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImportKind } from '../../src/domain/ingest/ingest-types.js';
import {
  coinNames,
  demoNamesIn,
  Random,
  type CostCenterRole,
  type HeldoutNames,
  type LocationRole,
  type VendorRole,
} from './coin-heldout-names.js';

// A second company for the held-out evaluation, written as the import CSVs a customer would
// bring. Its vendor, city, site, cost-center and people names are coined from syllables by a
// seeded generator, so no planner source can know them; its cloud spend is the real FOCUS
// sample, imported beside it. Everything is in whole cents: the generator never adds floats.
//
// One company, one clock: as-of is 15 Oct 2024, so the FOCUS sample's September 2024 is the
// last complete month for telecom invoices, SaaS charges and the real cloud export alike, and a
// question such as "spend by domain last month" spans all of them as it would for a real tenant.

export const heldoutAsOf = new Date('2024-10-15T12:00:00Z');

/** Months with invoices: August 2023 to September 2024 (billed in arrears, dated the 5th after). */
const firstMonth = { year: 2023, month: 7 };
const invoiceMonths = 14;
/** SaaS charges are billed in advance on the 1st, so October 2024 is already charged. */
const saasMonths = 15;

export interface HeldoutAnswerKey {
  /** Services disconnected through a completed MACD request, completed on that day. */
  macdDisconnects: Array<{ externalId: string; identifier: string; completedOn: string; monthlyCost: string }>;
  /** The carrier's credit for a planted overbilling, on a later invoice (a positive amount). */
  disputeCredit: { vendor: string; identifier: string; overbilledInvoice: string; creditMonth: string; amount: string };
  /** Who asked for the MACD disconnects, and the admin who approved and completed them. */
  requesterEmail: string;
  adminEmail: string;
}

export interface HeldoutEnterprise {
  asOf: Date;
  /** In import order: reference data before the rows that name it. */
  files: Array<{ kind: ImportKind; path: string }>;
  names: HeldoutNames;
  key: HeldoutAnswerKey;
}

// ---------------------------------------------------------------- calendar and money helpers

interface Month {
  year: number;
  /** 0-based */
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
const compareMonths = (left: string, right: string) => (left < right ? -1 : left > right ? 1 : 0);

/** Cents as the decimal text the importers read: 123456 → "1234.56", -3000 → "-30.00". */
export const centsText = (cents: number): string => {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  return `${sign}${Math.floor(absolute / 100)}.${pad(absolute % 100)}`;
};
/** A percentage of an amount, rounded half-up to the cent. */
const percentOf = (cents: number, basisPoints: number) => Math.round((cents * basisPoints) / 10_000);

// ---------------------------------------------------------------- the company

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
  /** First and last month billed, YYYY-MM. */
  billedFrom: string;
  billedThrough: string;
}

const products = {
  carrier1: {
    internet1g: { description: 'Ethernet Dedicated Internet 1 Gbps', cents: 189_000, unit: 'circuit/month', code: 'EDI' },
    internet500: { description: 'Ethernet Dedicated Internet 500 Mbps', cents: 124_000, unit: 'circuit/month', code: 'EDH' },
    fiber300: { description: 'Business Fiber 300 Mbps', cents: 26_000, unit: 'circuit/month', code: 'BFB' },
    wave10g: { description: 'Wavelength 10 Gbps', cents: 345_000, unit: 'circuit/month', code: 'WAV' },
    trunk: { description: 'SIP Trunk 23 Channels', cents: 52_000, unit: 'trunk/month', code: 'SIP' },
    pots: { description: 'Analog Business Line', cents: 5_800, unit: 'line/month', code: 'POT' },
  },
  carrier2: {
    metro1g: { description: 'Metro Ethernet 1 Gbps', cents: 115_000, unit: 'circuit/month', code: 'MET' },
    metro200: { description: 'Metro Ethernet 200 Mbps', cents: 64_000, unit: 'circuit/month', code: 'MES' },
    darkFiber: { description: 'Dark Fiber Pair', cents: 230_000, unit: 'pair/month', code: 'DFP' },
  },
  carrier3: {
    sdwan: { description: 'SD-WAN Underlay 100 Mbps', cents: 41_000, unit: 'circuit/month', code: 'SDW' },
    broadband: { description: 'Managed Broadband 500 Mbps', cents: 29_500, unit: 'circuit/month', code: 'MBB' },
    alarm: { description: 'Alarm Line', cents: 4_600, unit: 'line/month', code: 'ALM' },
  },
  mobile1: {
    unlimited: { description: 'Unlimited Pro Smartphone', cents: 4_800, unit: 'line/month', code: 'UNL' },
    shared: { description: 'Shared 10 GB Smartphone', cents: 3_200, unit: 'line/month', code: 'SHR' },
    tablet: { description: 'Tablet Data 20 GB', cents: 2_200, unit: 'line/month', code: 'TAB' },
  },
  mobile2: {
    plus: { description: 'Business Plus Unlimited', cents: 4_400, unit: 'line/month', code: 'BPU' },
    device: { description: 'Connected Device 5 GB', cents: 1_900, unit: 'line/month', code: 'CD5' },
  },
} satisfies Record<string, Record<string, Product>>;

const installFee = 250_000;
const overbilledCents = 145_000;

export async function generateHeldoutEnterprise(options: { seed: number; outDir: string }): Promise<HeldoutEnterprise> {
  const random = new Random(options.seed);
  const names = coinNames(random);
  const collisions = demoNamesIn(names);
  if (collisions.length > 0) throw new Error(`held-out names collide with the demo enterprise: ${collisions.join(', ')}`);

  const months = Array.from({ length: invoiceMonths }, (_, index) => addMonth(firstMonth, index));
  const lastInvoiceMonth = months[months.length - 1]!;
  const prefixOf = (role: VendorRole) => names.vendors[role].short.slice(0, 3).toUpperCase();
  const accounts: Record<VendorRole, string[]> = {
    carrier1: [`${prefixOf('carrier1')}-0041872`, `${prefixOf('carrier1')}-0041873`],
    carrier2: [`${prefixOf('carrier2')}-7730015`],
    carrier3: [`${prefixOf('carrier3')}-220914`],
    mobile1: [`${prefixOf('mobile1')}-88102554`],
    mobile2: [`${prefixOf('mobile2')}-5521907`],
    saas1: [],
    saas2: [],
    saas3: [],
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
  const beforeHistory = firstDay(addMonth(firstMonth, -random.integer(8, 30)));
  const addService = (row: Omit<ServiceRow, 'externalId' | 'billedFrom' | 'billedThrough' | 'startDate'> & { startDate?: string }) => {
    const startDate = row.startDate ?? beforeHistory;
    const billedFrom = compareMonths(startDate.slice(0, 7), monthKey(firstMonth)) < 0 ? monthKey(firstMonth) : startDate.slice(0, 7);
    const billedThrough = row.endDate ? row.endDate.slice(0, 7) : monthKey(lastInvoiceMonth);
    const service: ServiceRow = { ...row, startDate, externalId: `SVC-${pad(services.length + 1, 4)}`, billedFrom, billedThrough };
    services.push(service);
    return service;
  };
  const monthWithin = (from: number, to: number) => months[random.integer(from, to)]!;

  // Mobile lines: who carries them, where, on which plan.
  const lineCostCenters: Array<readonly [CostCenterRole | null, number]> = [
    ['ccDock', 0.24],
    ['ccYard', 0.14],
    ['ccFieldEng', 0.18],
    ['ccFieldSales', 0.16],
    ['ccRevOps', 0.1],
    ['ccTreasury', 0.06],
    ['ccTalent', 0.08],
    [null, 0.04],
  ];
  const lineLocations: Array<readonly [LocationRole, number]> = [
    ['loc1a', 0.3],
    ['loc1b', 0.2],
    ['loc2', 0.2],
    ['loc3', 0.15],
    ['loc4', 0.15],
  ];
  const mobileNumber = () => uniqueIdentifier(() => `04${random.integer(10, 99)}-${random.integer(100, 999)}-${random.integer(100, 999)}`);
  const addLines = (vendor: 'mobile1' | 'mobile2', count: number, disconnected: number, plans: Array<readonly [Product, number]>) => {
    for (let index = 0; index < count; index += 1) {
      const isDisconnected = index < disconnected;
      const isNew = !isDisconnected && random.chance(0.25);
      const costCenter = random.weighted(lineCostCenters);
      addService({
        type: 'mobile_line',
        identifier: mobileNumber(),
        vendor,
        account: accounts[vendor][0]!,
        location: random.weighted(lineLocations),
        costCenter,
        assignee: costCenter === null ? null : nextPerson(),
        status: isDisconnected ? 'disconnected' : 'active',
        product: random.weighted(plans),
        ...(isNew ? { startDate: firstDay(monthWithin(1, 12)) } : {}),
        endDate: isDisconnected ? lastDay(monthWithin(2, 9)) : null,
      });
    }
  };
  addLines('mobile1', 70, 3, [
    [products.mobile1.unlimited, 0.5],
    [products.mobile1.shared, 0.35],
    [products.mobile1.tablet, 0.15],
  ]);
  addLines('mobile2', 35, 2, [
    [products.mobile2.plus, 0.7],
    [products.mobile2.device, 0.3],
  ]);

  // Circuits, trunks and lines at the sites.
  const circuitId = (location: LocationRole, product: Product) =>
    uniqueIdentifier(() => `${cityCode(location)}-${product.code}-${random.integer(10_000, 99_999)}`);
  const siteCostCenters: Array<readonly [CostCenterRole | null, number]> = [
    ['ccFieldEng', 0.3],
    ['ccDock', 0.3],
    ['ccYard', 0.2],
    ['ccRevOps', 0.12],
    [null, 0.08],
  ];
  const addCircuits = (vendor: VendorRole, location: LocationRole, count: number, choices: Product[], extra: Partial<ServiceRow> = {}) => {
    const added: ServiceRow[] = [];
    for (let index = 0; index < count; index += 1) {
      const product = random.pick(choices);
      added.push(
        addService({
          type: 'circuit',
          identifier: circuitId(location, product),
          vendor,
          account: accounts[vendor][0]!,
          location,
          costCenter: random.weighted(siteCostCenters),
          assignee: null,
          status: 'active',
          product,
          endDate: null,
          ...extra,
        }),
      );
    }
    return added;
  };
  const c1 = products.carrier1;
  const c1Circuits = [c1.internet1g, c1.internet500, c1.fiber300, c1.fiber300, c1.wave10g];
  addCircuits('carrier1', 'loc1a', 5, c1Circuits);
  addCircuits('carrier1', 'loc1b', 3, c1Circuits);
  addCircuits('carrier1', 'loc2', 4, c1Circuits);
  addCircuits('carrier1', 'loc3', 2, c1Circuits);
  addCircuits('carrier1', 'loc4', 2, c1Circuits);
  addCircuits('carrier1', 'loc2', 2, [c1.fiber300], { status: 'disconnected', endDate: lastDay(months[5]!) });
  const c2 = products.carrier2;
  addCircuits('carrier2', 'loc1a', 4, [c2.metro1g, c2.metro200, c2.darkFiber]);
  const overbilled = addCircuits('carrier2', 'loc2', 3, [c2.metro1g])[0]!;
  addCircuits('carrier2', 'loc4', 3, [c2.metro1g, c2.metro200]);
  // Three new circuits for one cost center in the last month, with installation: it grows most.
  const newCircuits = [c2.darkFiber, c2.metro1g, c2.metro1g].flatMap((product) =>
    addCircuits('carrier2', 'loc3', 1, [product], { costCenter: 'ccFieldEng', startDate: firstDay(lastInvoiceMonth) }),
  );
  const c3 = products.carrier3;
  addCircuits('carrier3', 'loc3', 3, [c3.sdwan, c3.broadband]);
  addCircuits('carrier3', 'loc4', 2, [c3.sdwan, c3.broadband]);
  addCircuits('carrier3', 'loc1b', 2, [c3.sdwan, c3.broadband]);
  const macdCircuit = addCircuits('carrier3', 'loc3', 1, [c3.sdwan], { costCenter: 'ccDock' })[0]!;
  for (const [location, costCenter] of [
    ['loc1a', 'ccRevOps'],
    ['loc1a', 'ccTreasury'],
    ['loc2', 'ccRevOps'],
  ] as const) {
    addService({
      type: 'voice_trunk',
      identifier: uniqueIdentifier(() => `SIP-${cityCode(location)}-${random.integer(100, 999)}`),
      vendor: 'carrier1',
      account: accounts.carrier1[1]!,
      location,
      costCenter,
      assignee: null,
      status: 'active',
      product: c1.trunk,
      endDate: null,
    });
  }
  for (const [vendor, location, product] of [
    ['carrier1', 'loc1a', c1.pots],
    ['carrier1', 'loc1a', c1.pots],
    ['carrier1', 'loc2', c1.pots],
    ['carrier1', 'loc4', c1.pots],
    ['carrier3', 'loc3', c3.alarm],
    ['carrier3', 'loc4', c3.alarm],
  ] as const) {
    addService({
      type: 'pots_line',
      identifier: uniqueIdentifier(() => `0${random.integer(2, 8)} ${random.integer(5500, 5599)} ${random.integer(1000, 9999)}`),
      vendor,
      account: vendor === 'carrier1' ? accounts.carrier1[1]! : accounts[vendor][0]!,
      location,
      costCenter: 'ccYard',
      assignee: null,
      status: 'active',
      product,
      endDate: null,
    });
  }
  // Two services leave through a completed disconnect request; billing stops with the month.
  const macdLine = services.find(
    (service) =>
      service.vendor === 'mobile1' &&
      service.status === 'active' &&
      service.billedFrom === monthKey(firstMonth) &&
      service.costCenter !== null,
  )!;
  const macdDisconnects = [
    { service: macdLine, completedOn: '2024-03-12' },
    { service: macdCircuit, completedOn: '2024-06-20' },
  ];
  for (const { service, completedOn } of macdDisconnects) service.billedThrough = completedOn.slice(0, 7);

  // ---------------------------------------------------------------- invoices and usage
  const invoiceRows: string[][] = [];
  const usageRows: string[][] = [];
  const legacyIdentifier = `LGC-${random.integer(10_000, 99_999)}`;
  const topRoamingLine = services.find(
    (service) =>
      service.vendor === 'mobile1' && service.status === 'active' && service.billedFrom === monthKey(firstMonth) && service !== macdLine,
  )!;
  const topDataLine = services.filter(
    (service) => service.type === 'mobile_line' && service.status === 'active' && service !== macdLine && service !== topRoamingLine,
  )[7]!;
  const idleLines = new Set(services.filter((service) => service.type === 'mobile_line' && service.status === 'active').slice(20, 24));
  let overbilledInvoice = '';
  let creditMonth = '';
  for (const month of months) {
    const key = monthKey(month);
    const invoiceDate = `${monthKey(addMonth(month, 1))}-05`;
    for (const vendor of ['carrier1', 'carrier2', 'carrier3', 'mobile1', 'mobile2'] as const) {
      for (const account of accounts[vendor]) {
        const invoiceNumber = `${prefixOf(vendor)}${String(month.year).slice(2)}${pad(month.month + 1)}-${account.slice(-4)}`;
        const lines: Array<{
          identifier: string;
          chargeType: string;
          description: string;
          quantity: string;
          unitPrice: string;
          cents: number;
        }> = [];
        const billed = services.filter(
          (service) =>
            service.vendor === vendor && service.account === account && service.billedFrom <= key && key <= service.billedThrough,
        );
        for (const service of billed) {
          const isOverbilled = service === overbilled && key === '2024-03';
          const cents = isOverbilled ? overbilledCents : service.product.cents;
          if (isOverbilled) overbilledInvoice = invoiceNumber;
          lines.push({
            identifier: service.identifier,
            chargeType: 'recurring',
            description: service.product.description,
            quantity: '1',
            unitPrice: centsText(cents),
            cents,
          });
          if (newCircuits.includes(service) && key === service.billedFrom) {
            lines.push({
              identifier: service.identifier,
              chargeType: 'one_time',
              description: 'Installation and activation',
              quantity: '1',
              unitPrice: centsText(installFee),
              cents: installFee,
            });
          }
          if (service.type === 'mobile_line') {
            const roaming =
              service === topRoamingLine && key === monthKey(lastInvoiceMonth)
                ? 41_237
                : random.chance(0.12)
                  ? random.integer(400, 9_500)
                  : 0;
            if (roaming > 0)
              lines.push({
                identifier: service.identifier,
                chargeType: 'usage',
                description: 'International roaming',
                quantity: '1',
                unitPrice: centsText(roaming),
                cents: roaming,
              });
            const isIdle = idleLines.has(service) && compareMonths(key, '2024-04') >= 0;
            const dataMb =
              service === topDataLine && key === monthKey(lastInvoiceMonth)
                ? 48_213_552
                : isIdle
                  ? 0
                  : random.integer(150_000, service.product.code === 'TAB' || service.product.code === 'CD5' ? 19_000_000 : 11_000_000);
            const minutes = isIdle || service.product.code === 'TAB' || service.product.code === 'CD5' ? 0 : random.integer(20, 1_400);
            const messages = isIdle ? 0 : random.integer(0, 900);
            usageRows.push([
              service.identifier,
              key,
              `${Math.floor(dataMb / 1000)}.${pad(dataMb % 1000, 3)}`,
              String(minutes),
              String(messages),
            ]);
          }
        }
        if (vendor === 'carrier2' && key === '2024-05') {
          creditMonth = key;
          const cents = overbilled.product.cents - overbilledCents;
          lines.push({
            identifier: overbilled.identifier,
            chargeType: 'credit',
            description: `Credit for overbilling on invoice ${overbilledInvoice}`,
            quantity: '1',
            unitPrice: centsText(cents),
            cents,
          });
        }
        if (vendor === 'carrier3') {
          // A circuit the carrier bills but the inventory does not know.
          lines.push({
            identifier: legacyIdentifier,
            chargeType: 'recurring',
            description: 'Legacy Broadband 50 Mbps',
            quantity: '1',
            unitPrice: '180.00',
            cents: 18_000,
          });
        }
        if (vendor === 'carrier1' && account === accounts.carrier1[1] && key === '2024-01') {
          lines.push({
            identifier: '',
            chargeType: 'one_time',
            description: 'Late payment fee',
            quantity: '1',
            unitPrice: '75.00',
            cents: 7_500,
          });
        }
        const recurring = lines.filter((line) => line.chargeType === 'recurring').reduce((sum, line) => sum + line.cents, 0);
        const taxable = lines.filter((line) => line.chargeType !== 'credit').reduce((sum, line) => sum + line.cents, 0);
        const surcharge = percentOf(recurring, vendor.startsWith('mobile') ? 310 : 180);
        const tax = percentOf(taxable + surcharge, 650);
        lines.push({
          identifier: '',
          chargeType: 'surcharge',
          description: vendor.startsWith('mobile') ? 'Regulatory programs fee' : 'Regulatory cost recovery',
          quantity: '1',
          unitPrice: centsText(surcharge),
          cents: surcharge,
        });
        lines.push({
          identifier: '',
          chargeType: 'tax',
          description: 'Taxes and government fees',
          quantity: '1',
          unitPrice: centsText(tax),
          cents: tax,
        });
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
            line.quantity,
            line.unitPrice,
            centsText(line.cents),
            'USD',
          ]);
        }
      }
    }
  }

  // ---------------------------------------------------------------- SaaS as FOCUS rows
  const saasSubscriptions = [
    { vendor: 'saas1', service: 'Seats', costCenter: 'ccRevOps', cents: (key: string) => (key >= '2024-04' ? 451_440 : 418_000) },
    { vendor: 'saas1', service: 'Add-ons', costCenter: 'ccFieldSales', cents: () => 126_050 },
    { vendor: 'saas2', service: 'Seats', costCenter: 'ccTalent', cents: () => 294_000 },
    // Untagged, so unallocated; fewer seats from July.
    { vendor: 'saas3', service: 'Seats', costCenter: null, cents: (key: string) => (key >= '2024-07' ? 121_025 : 187_525) },
  ] as const;
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
  const focusRows: string[][] = [];
  for (let index = 0; index < saasMonths; index += 1) {
    const month = addMonth(firstMonth, index);
    const next = addMonth(month, 1);
    for (const subscription of saasSubscriptions) {
      const vendor = names.vendors[subscription.vendor];
      const cents = subscription.cents(monthKey(month));
      const tags = subscription.costCenter ? JSON.stringify({ 'cost-center': names.costCenters[subscription.costCenter].code }) : '';
      focusRows.push([
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
        tags,
      ]);
    }
  }

  // ---------------------------------------------------------------- reference data
  const people = names.people;
  const domain = `${names.vendors.carrier1.short}-freight.example`;
  const emailOf = (person: string) => `${person.toLowerCase().replace(' ', '.')}@${domain}`;
  const ownerOf = new Map<CostCenterRole, string>();
  const costCenterRoles = Object.keys(names.costCenters) as CostCenterRole[];
  costCenterRoles.forEach((role, index) => ownerOf.set(role, people[people.length - 1 - index]!));
  const admin = people[people.length - 20]!;
  const users: string[][] = [
    [emailOf(admin), admin, 'U0HELD001', '29:held-001', 'admin', '*'],
    ...costCenterRoles
      .slice(0, 6)
      .map((role, index) => [
        emailOf(ownerOf.get(role)!),
        ownerOf.get(role)!,
        `U0HELD1${pad(index)}`,
        `29:held-1${pad(index)}`,
        'approver',
        names.costCenters[role].code,
      ]),
    [emailOf(people[people.length - 21]!), people[people.length - 21]!, 'U0HELD201', '29:held-201', 'requester', '*'],
    [
      emailOf(people[people.length - 22]!),
      people[people.length - 22]!,
      'U0HELD301',
      '29:held-301',
      'viewer',
      `${names.costCenters.ccFieldEng.code};${names.costCenters.ccFieldSales.code}`,
    ],
  ];

  // Budgets from the generator's own August spend per cost center: one runs over in September
  // (the new circuits), one was already over in August.
  const august = monthKey(months[months.length - 2]!);
  const augustSpend = new Map<CostCenterRole, number>();
  for (const service of services) {
    if (service.costCenter === null || !(service.billedFrom <= august && august <= service.billedThrough)) continue;
    augustSpend.set(service.costCenter, (augustSpend.get(service.costCenter) ?? 0) + service.product.cents);
  }
  for (const subscription of saasSubscriptions) {
    if (subscription.costCenter)
      augustSpend.set(subscription.costCenter, (augustSpend.get(subscription.costCenter) ?? 0) + subscription.cents(august));
  }
  const budgetFactor: Partial<Record<CostCenterRole, number>> = { ccFieldEng: 1.05, ccDock: 0.92 };
  const budgets: string[][] = [];
  for (const [role, cents] of augustSpend) {
    const amount = Math.max(10_000, Math.round((cents * (budgetFactor[role] ?? 1.15)) / 10_000) * 10_000);
    for (let month = 0; month < 12; month += 1) budgets.push([names.costCenters[role].code, `2024-${pad(month + 1)}`, centsText(amount)]);
  }
  budgets.push([names.costCenters.ccTagged.code, '2024-09', '5.00']);

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
  const contractId = (vendor: VendorRole, kind: string, year: number) => `${prefixOf(vendor)}-${kind}-${year}`;
  const contracts = [
    contract(
      contractId('carrier1', 'MSA', 2019),
      'carrier1',
      `${names.vendors.carrier1.name} Master Services Agreement 2019`,
      '2019-02-01',
      '2022-01-31',
      false,
      30,
      '',
    ),
    contract(
      contractId('carrier1', 'MSA', 2022),
      'carrier1',
      `${names.vendors.carrier1.name} Master Services Agreement`,
      '2022-02-01',
      '2025-06-30',
      true,
      120,
      '',
    ),
    contract(
      contractId('carrier2', 'SA', 2021),
      'carrier2',
      `${names.vendors.carrier2.name} Service Agreement`,
      '2021-12-01',
      '2024-12-31',
      true,
      60,
      '',
    ),
    contract(
      contractId('carrier3', 'SA', 2023),
      'carrier3',
      `${names.vendors.carrier3.name} Managed Network Agreement`,
      '2023-04-01',
      '2026-03-31',
      false,
      30,
      '',
    ),
    contract(
      contractId('mobile1', 'CORP', 2023),
      'mobile1',
      `${names.vendors.mobile1.name} Corporate Agreement`,
      '2023-03-01',
      '2026-02-28',
      true,
      90,
      '60000.00',
    ),
    contract(
      contractId('mobile2', 'CORP', 2022),
      'mobile2',
      `${names.vendors.mobile2.name} Business Agreement`,
      '2022-03-01',
      '2027-02-28',
      true,
      60,
      '',
    ),
    contract(
      contractId('saas1', 'SUB', 2023),
      'saas1',
      `${names.vendors.saas1.name} Enterprise Subscription`,
      '2023-04-01',
      '2025-03-31',
      true,
      45,
      '',
    ),
    contract(
      contractId('saas2', 'SUB', 2022),
      'saas2',
      `${names.vendors.saas2.name} Subscription`,
      '2022-03-01',
      '2025-02-28',
      true,
      90,
      '',
    ),
  ];
  const rateRows: string[][] = [];
  const typeOf = (product: Product): ServiceType =>
    product.unit === 'trunk/month'
      ? 'voice_trunk'
      : product.code === 'POT' || product.code === 'ALM'
        ? 'pots_line'
        : product.unit === 'line/month'
          ? 'mobile_line'
          : 'circuit';
  for (const [vendor, id] of [
    ['carrier1', contractId('carrier1', 'MSA', 2022)],
    ['carrier2', contractId('carrier2', 'SA', 2021)],
    ['carrier3', contractId('carrier3', 'SA', 2023)],
    ['mobile1', contractId('mobile1', 'CORP', 2023)],
    ['mobile2', contractId('mobile2', 'CORP', 2022)],
  ] as const) {
    for (const product of Object.values(products[vendor]) as Product[])
      rateRows.push([id, typeOf(product), product.description, centsText(product.cents), product.unit]);
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
    await write('focus', 'saas-focus.csv', focusHeader, focusRows),
  ];

  return {
    asOf: heldoutAsOf,
    files,
    names,
    key: {
      macdDisconnects: macdDisconnects.map(({ service, completedOn }) => ({
        externalId: service.externalId,
        identifier: service.identifier,
        completedOn,
        monthlyCost: centsText(service.product.cents),
      })),
      disputeCredit: {
        vendor: names.vendors.carrier2.name,
        identifier: overbilled.identifier,
        overbilledInvoice,
        creditMonth,
        amount: centsText(overbilledCents - overbilled.product.cents),
      },
      requesterEmail: emailOf(people[people.length - 21]!),
      adminEmail: emailOf(admin),
    },
  };
}

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
