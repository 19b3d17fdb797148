import { catalogCostCenters, catalogLocations, catalogVendors, firstNames, lastNames } from '../../src/demo/demo-catalog.js';
import { cloudProviders } from '../../src/demo/demo-cloud-catalog.js';
import { coinNames as coinHeldoutNames, levenshtein, Random, typoOf } from '../eval-heldout/coin-heldout-names.js';

// The unseen company's names. A third naming style, on purpose unlike the demo's ("CC-210 Sales
// North America", AT&T) and the held-out split's ("OPS-214 Dock Logistics", "<Coined> Telecom"):
// numeric and "D-12" cost-center codes, multi-word carriers ("<Coined> Communications Group"),
// a carrier and a mobile brand that share their coined word, European/Asian-sounding cities, an
// invented cloud provider with its own FOCUS export. Coined words keep three edits away from
// every demo and held-out word, so a one-letter typo still points at one name only.

export type VendorRole = 'carrier1' | 'carrier2' | 'carrier3' | 'mobile1' | 'mobile2' | 'saas1' | 'saas2' | 'saas3' | 'cloud';
export type CostCenterRole =
  | 'ccProduction'
  | 'ccMaintenance'
  | 'ccQuality'
  | 'ccPackaging'
  | 'ccRetail'
  | 'ccStoreWest'
  | 'ccStoreEast'
  | 'ccFulfilment'
  | 'ccCorporate'
  | 'ccTreasury'
  | 'ccAudit'
  | 'ccMarketing'
  | 'ccDigital'
  | 'ccLoyalty'
  | 'ccPricing';
export type LocationRole = 'loc1a' | 'loc1b' | 'loc2' | 'loc3' | 'loc4';
export type CityRole = 'city1' | 'city2' | 'city3' | 'city4';

export interface UnseenVendor {
  name: string;
  domain: 'telecom' | 'mobility' | 'saas' | 'cloud';
  /** The coined word people type for it ("northgate"); shared by carrier3 and mobile2. */
  short: string;
  /** `short` with one letter dropped. */
  typo: string;
  aliases: string[];
}

export interface UnseenCostCenter {
  code: string;
  name: string;
  parent: CostCenterRole | null;
}

export interface UnseenLocation {
  name: string;
  city: CityRole;
  country: string;
}

export interface CloudNames {
  billingAccountId: string;
  billingAccountName: string;
  subAccounts: Record<'prod' | 'data' | 'sandbox', { id: string; name: string }>;
  services: Record<'compute' | 'objectStorage' | 'postgres' | 'containers' | 'lakehouse' | 'cdn', string>;
  regions: { eu: string; ap: string };
}

export interface UnseenNames {
  vendors: Record<VendorRole, UnseenVendor>;
  costCenters: Record<CostCenterRole, UnseenCostCenter>;
  locations: Record<LocationRole, UnseenLocation>;
  cities: Record<CityRole, string>;
  cloud: CloudNames;
  ghosts: { carrier: string; carrierShort: string; saas: string; city: string; costCenter: string; costCenterCode: string };
  people: string[];
}

/** Every word of the demo's and the held-out split's names (and the real FOCUS sample's sub-accounts). */
function wordsToAvoid(): Set<string> {
  const heldout = coinHeldoutNames(new Random(20_241_015));
  const names = [
    ...catalogVendors.flatMap((vendor) => [vendor.name, ...vendor.aliases]),
    ...catalogLocations.flatMap((location) => [location.name, location.city, location.country]),
    ...catalogCostCenters.map((costCenter) => costCenter.name),
    ...firstNames,
    ...lastNames,
    ...cloudProviders.flatMap((provider) => [
      provider.vendor,
      provider.billingAccountName,
      ...provider.subAccounts.map((subAccount) => subAccount.name),
    ]),
    ...Object.values(heldout.vendors).flatMap((vendor) => [vendor.name, ...vendor.aliases]),
    ...Object.values(heldout.costCenters).map((costCenter) => costCenter.name),
    ...Object.values(heldout.locations).map((location) => location.name),
    ...Object.values(heldout.cities),
    ...Object.values(heldout.ghosts),
    ...heldout.people,
    'Apollo Atlas Eclipse Horizon Nimbus Odyssey Orion Pioneer Voyager Zenith SunBird Oracle Microsoft',
  ];
  return new Set(names.flatMap((name) => name.toLowerCase().split(/[^a-z0-9]+/)).filter((word) => word.length >= 4));
}

class NameMint {
  private readonly taken: string[] = [];
  private readonly usedParts = new Set<string>();
  private readonly avoid = wordsToAvoid();

  constructor(private readonly random: Random) {}

  reserve(...words: string[]): void {
    for (const word of words) this.taken.push(word.toLowerCase());
  }

  coin(heads: readonly string[], tails: readonly string[], minLength: number): string {
    for (let attempt = 0; attempt < 800; attempt += 1) {
      const head = this.random.pick(heads);
      const tail = this.random.pick(tails);
      if (this.usedParts.has(head) || this.usedParts.has(tail)) continue;
      const word = `${head}${tail}`.toLowerCase();
      if (word.length < minLength) continue;
      if (this.taken.some((taken) => levenshtein(word, taken) < 3)) continue;
      if ([...this.avoid].some((avoided) => levenshtein(word, avoided) < 3)) continue;
      this.taken.push(word);
      this.usedParts.add(head);
      this.usedParts.add(tail);
      return word[0]!.toUpperCase() + word.slice(1);
    }
    throw new Error(`no free word from ${heads.join('/')} × ${tails.join('/')}`);
  }
}

const carrierHeads = [
  'North',
  'Iron',
  'Silver',
  'Stone',
  'Amber',
  'Cedar',
  'Falcon',
  'Granite',
  'Raven',
  'Copper',
  'Heron',
  'Otter',
  'Linden',
  'Marsh',
];
const carrierTails = ['gate', 'ridge', 'field', 'brook', 'cross', 'wick', 'fold', 'mark', 'well', 'hollow'];
const saasHeads = ['Shift', 'Plano', 'Rota', 'Shelf', 'Menu', 'Crew', 'Till', 'Fresh', 'Batch', 'Recipe'];
const saasTails = ['ly', 'hub', 'wise', 'board', 'io', 'flow', 'kit', 'pilot'];
const cloudHeads = ['Nubi', 'Cirra', 'Strato', 'Alto', 'Vapo'];
const cloudTails = ['ra', 'nix', 'vo', 'lis', 'ent'];
const cityHeads = ['Vel', 'Kra', 'Obel', 'Sar', 'Lis', 'Tor', 'Nam', 'Kiri', 'Hoa', 'Suri', 'Drav', 'Mek', 'Zel', 'Bor'];
const cityTails = ['dorf', 'grad', 'ovo', 'heim', 'ava', 'yama', 'pura', 'shan', 'lyn', 'polje', 'stad'];
const givenHeads = ['Ai', 'Bo', 'Cen', 'Dag', 'Eli', 'Fen', 'Gro', 'Hal', 'Ines', 'Jo', 'Kai', 'Liv'];
const givenTails = ['ko', 'na', 'mir', 'run', 'sa', 'ta', 'vin', 'wen'];
const familyHeads = ['Van', 'Sor', 'Mik', 'Tan', 'Kow', 'Ber', 'Lin', 'Ost', 'Ruy', 'Pha'];
const familyTails = ['hoff', 'ska', 'ura', 'sen', 'kai', 'quist', 'berg', 'tran'];

const costCenters: Record<CostCenterRole, UnseenCostCenter> = {
  ccProduction: { code: '4400', name: 'Production', parent: null },
  ccMaintenance: { code: '4410', name: 'Plant Maintenance', parent: 'ccProduction' },
  ccQuality: { code: '4420', name: 'Quality Lab', parent: 'ccProduction' },
  ccPackaging: { code: '4430', name: 'Packaging Line', parent: 'ccProduction' },
  ccRetail: { code: 'D-10', name: 'Retail Stores', parent: null },
  ccStoreWest: { code: 'D-12', name: 'Store Ops West', parent: 'ccRetail' },
  ccStoreEast: { code: 'D-14', name: 'Store Ops East', parent: 'ccRetail' },
  ccFulfilment: { code: 'D-20', name: 'Online Fulfilment', parent: 'ccRetail' },
  ccCorporate: { code: '7000', name: 'Corporate Services', parent: null },
  ccTreasury: { code: '7100', name: 'Treasury', parent: 'ccCorporate' },
  // "audit" is also what people ask the billing audit with: the name must win when it is the name.
  ccAudit: { code: '7200', name: 'Internal Audit', parent: 'ccCorporate' },
  ccMarketing: { code: '7300', name: 'Brand Marketing', parent: 'ccCorporate' },
  ccDigital: { code: '8800', name: 'Digital Products', parent: null },
  ccLoyalty: { code: '8810', name: 'Loyalty App', parent: 'ccDigital' },
  ccPricing: { code: '8820', name: 'Pricing Engine', parent: 'ccDigital' },
};

export function coinUnseenNames(random: Random): UnseenNames {
  const mint = new NameMint(random);
  mint.reserve(...Object.values(costCenters).flatMap((costCenter) => costCenter.name.split(' ')));
  mint.reserve(
    'Communications',
    'Group',
    'Datacom',
    'Telekom',
    'Cellular',
    'Connect',
    'Cloud',
    'Mill',
    'Flagship',
    'Shop',
    'Bakery',
    'Regional',
    'Office',
    'Freight',
    'Yard',
    'Vending',
  );

  const carrierWord = () => mint.coin(carrierHeads, carrierTails, 7);
  const vendor = (word: string, suffix: string, domain: UnseenVendor['domain'], aliases: string[]): UnseenVendor => ({
    name: suffix ? `${word} ${suffix}` : word,
    domain,
    short: word.toLowerCase(),
    typo: typoOf(word.toLowerCase()),
    aliases,
  });
  const carrier1 = carrierWord();
  const carrier2 = carrierWord();
  const carrier3 = carrierWord();
  const mobile1 = carrierWord();
  const saasWord = () => mint.coin(saasHeads, saasTails, 7);
  const cloudWord = mint.coin(cloudHeads, cloudTails, 6);
  const vendors: Record<VendorRole, UnseenVendor> = {
    carrier1: vendor(carrier1, 'Communications Group', 'telecom', [`${carrier1} Comms`]),
    carrier2: vendor(carrier2, 'Datacom', 'telecom', []),
    carrier3: vendor(carrier3, 'Telekom', 'telecom', []),
    mobile1: vendor(mobile1, 'Cellular', 'mobility', [`${mobile1} Cell`]),
    // The carrier's mobile brand: its coined word alone names two vendors.
    mobile2: vendor(carrier3, 'Connect', 'mobility', []),
    saas1: vendor(saasWord(), '', 'saas', []),
    saas2: vendor(saasWord(), '', 'saas', []),
    saas3: vendor(saasWord(), '', 'saas', []),
    cloud: vendor(cloudWord, 'Cloud', 'cloud', []),
  };
  const ghostCarrier = carrierWord();
  const ghostSaas = saasWord();

  const cityWord = () => mint.coin(cityHeads, cityTails, 6);
  const cities: Record<CityRole, string> = { city1: cityWord(), city2: cityWord(), city3: cityWord(), city4: cityWord() };
  const ghostCity = cityWord();
  const locations: Record<LocationRole, UnseenLocation> = {
    loc1a: { name: `${cities.city1} Mill`, city: 'city1', country: 'Netherlands' },
    loc1b: { name: `${cities.city1} Flagship Shop`, city: 'city1', country: 'Netherlands' },
    loc2: { name: `${cities.city2} Bakery`, city: 'city2', country: 'Poland' },
    loc3: { name: `${cities.city3} Regional Office`, city: 'city3', country: 'Singapore' },
    loc4: { name: `${cities.city4} Freight Yard`, city: 'city4', country: 'Vietnam' },
  };

  const prefix = cloudWord.slice(0, 2).toLowerCase();
  const cloud: CloudNames = {
    billingAccountId: `${prefix.toUpperCase()}-40917`,
    billingAccountName: 'Central Billing',
    subAccounts: {
      prod: { id: `${prefix}-prod-7712`, name: 'Webshop Production' },
      data: { id: `${prefix}-data-7713`, name: 'Analytics Warehouse' },
      sandbox: { id: `${prefix}-sbx-7714`, name: 'Dev Sandbox' },
    },
    services: {
      compute: `${cloudWord} Compute`,
      objectStorage: `${cloudWord} Object Storage`,
      postgres: `${cloudWord} Managed Postgres`,
      containers: `${cloudWord} Container Service`,
      lakehouse: `${cloudWord} Lakehouse`,
      cdn: `${cloudWord} CDN`,
    },
    regions: { eu: 'eu-central-2', ap: 'ap-southeast-5' },
  };

  const avoidPeople = new Set([...firstNames, ...lastNames].map((name) => name.toLowerCase()));
  const people: string[] = [];
  while (people.length < 40) {
    const given = `${random.pick(givenHeads)}${random.pick(givenTails)}`;
    const family = `${random.pick(familyHeads)}${random.pick(familyTails)}`;
    const person = `${given} ${family}`;
    if (people.includes(person) || avoidPeople.has(given.toLowerCase()) || avoidPeople.has(family.toLowerCase())) continue;
    people.push(person);
  }

  return {
    vendors,
    costCenters,
    locations,
    cities,
    cloud,
    ghosts: {
      carrier: `${ghostCarrier} Communications`,
      carrierShort: ghostCarrier.toLowerCase(),
      saas: ghostSaas,
      city: ghostCity,
      costCenter: 'Vending Services',
      costCenterCode: '4490',
    },
    people,
  };
}

/** Names of ours that are also a demo-enterprise or held-out name: must be none. */
export function borrowedNamesIn(names: UnseenNames): string[] {
  const heldout = coinHeldoutNames(new Random(20_241_015));
  const elsewhere = new Set(
    [
      ...catalogVendors.flatMap((vendor) => [vendor.name, ...vendor.aliases]),
      ...catalogLocations.flatMap((location) => [location.name, location.city, location.code]),
      ...catalogCostCenters.flatMap((costCenter) => [costCenter.name, costCenter.code]),
      ...firstNames,
      ...lastNames,
      ...cloudProviders.flatMap((provider) => [provider.vendor, ...provider.subAccounts.map((subAccount) => subAccount.name)]),
      ...Object.values(heldout.vendors).flatMap((vendor) => [vendor.name, vendor.short, ...vendor.aliases]),
      ...Object.values(heldout.costCenters).flatMap((costCenter) => [costCenter.name, costCenter.code]),
      ...Object.values(heldout.locations).map((location) => location.name),
      ...Object.values(heldout.cities),
      ...heldout.people,
    ].map((name) => name.toLowerCase()),
  );
  const ours = [
    ...Object.values(names.vendors).flatMap((vendor) => [vendor.name, vendor.short, ...vendor.aliases]),
    ...Object.values(names.costCenters).flatMap((costCenter) => [costCenter.name, costCenter.code]),
    ...Object.values(names.locations).map((location) => location.name),
    ...Object.values(names.cities),
    ...Object.values(names.cloud.services),
    ...Object.values(names.cloud.subAccounts).map((subAccount) => subAccount.name),
    ...names.people.flatMap((person) => [person, ...person.split(' ')]),
    names.ghosts.carrier,
    names.ghosts.saas,
    names.ghosts.city,
    names.ghosts.costCenter,
  ];
  return ours.filter((name) => elsewhere.has(name.toLowerCase()));
}
