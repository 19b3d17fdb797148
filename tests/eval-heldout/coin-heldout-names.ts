import { catalogCostCenters, catalogLocations, catalogVendors, firstNames, lastNames } from '../../src/demo/demo-catalog.js';
import { cloudProviders } from '../../src/demo/demo-cloud-catalog.js';

// The held-out company's names, coined from syllables by a seeded generator so that no planner
// source can know them, and kept away from every demo-enterprise name. Roles ("carrier1",
// "ccFieldEng") are what questions and expectations refer to; the names are drawn per seed.

export type VendorRole = 'carrier1' | 'carrier2' | 'carrier3' | 'mobile1' | 'mobile2' | 'saas1' | 'saas2' | 'saas3';
export type CostCenterRole =
  | 'ccSupply'
  | 'ccDock'
  | 'ccYard'
  | 'ccCommercial'
  | 'ccRevOps'
  | 'ccFieldSales'
  | 'ccTech'
  | 'ccFieldEng'
  | 'ccTagged'
  | 'ccController'
  | 'ccTreasury'
  | 'ccTalent';
export type LocationRole = 'loc1a' | 'loc1b' | 'loc2' | 'loc3' | 'loc4';
export type CityRole = 'city1' | 'city2' | 'city3' | 'city4';

export interface HeldoutVendor {
  name: string;
  domain: 'telecom' | 'mobility' | 'saas';
  /** The distinctive word people type for it ("bluewater"). */
  short: string;
  /** `short` with one letter dropped: a typo one edit away. */
  typo: string;
  aliases: string[];
}

export interface HeldoutCostCenter {
  code: string;
  name: string;
  parent: CostCenterRole | null;
  /** First word and the start of the second, as typed in a hurry ("field eng"). */
  partial: string;
}

export interface HeldoutLocation {
  name: string;
  city: CityRole;
  country: string;
}

export interface HeldoutNames {
  vendors: Record<VendorRole, HeldoutVendor>;
  costCenters: Record<CostCenterRole, HeldoutCostCenter>;
  locations: Record<LocationRole, HeldoutLocation>;
  cities: Record<CityRole, string>;
  /** The first word two cost centers share ("Field" of "Field Engineering" and "Field Sales"). */
  sharedWord: string;
  /** Names that exist nowhere in the data, coined the same way. */
  ghosts: { carrier: string; carrierShort: string; saas: string; city: string; site: string; costCenter: string };
  /** Coined people (assignees and users), to check they collide with nothing. */
  people: string[];
}

/** What the generator knows that the data only implies: the evaluation's answer key. */

// ---------------------------------------------------------------- a tiny seeded PRNG (mulberry32)

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let value = this.state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  }

  integer(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.integer(0, items.length - 1)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [item, weight] of items) {
      roll -= weight;
      if (roll < 0) return item;
    }
    return items[items.length - 1]![0];
  }
}

// ---------------------------------------------------------------- coined names

export function levenshtein(left: string, right: string): number {
  const previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let i = 1; i <= left.length; i += 1) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= right.length; j += 1) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (left[i - 1] === right[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[right.length]!;
}

const capitalize = (word: string) => word[0]!.toUpperCase() + word.slice(1);

/** Every word of the demo enterprise's names, so coined words keep their distance from them. */
function demoWords(): Set<string> {
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
  ];
  return new Set(names.flatMap((name) => name.toLowerCase().split(/[^a-z0-9]+/)).filter((word) => word.length >= 4));
}

class NameMint {
  private readonly taken: string[] = [];
  private readonly usedParts = new Set<string>();
  private readonly demo = demoWords();

  constructor(private readonly random: Random) {}

  /** Reserves words that are not coined (cost-center words, suffixes) so coined ones keep away. */
  reserve(...words: string[]): void {
    for (const word of words) this.taken.push(word.toLowerCase());
  }

  /**
   * A word from a head and a tail, at least three edits from every word taken so far and from
   * every demo word: a one-letter typo of it is then still nearer to it than to anything else.
   * A head or tail is used once, so no two names share a syllable people could type alone.
   */
  coin(heads: readonly string[], tails: readonly string[], minLength: number): string {
    for (let attempt = 0; attempt < 500; attempt += 1) {
      const head = this.random.pick(heads);
      const tail = this.random.pick(tails);
      if (this.usedParts.has(head) || this.usedParts.has(tail)) continue;
      const word = `${head}${tail}`.toLowerCase();
      if (word.length < minLength) continue;
      if (this.taken.some((taken) => levenshtein(word, taken) < 3)) continue;
      if ([...this.demo].some((demo) => levenshtein(word, demo) < 3)) continue;
      this.taken.push(word);
      this.usedParts.add(head);
      this.usedParts.add(tail);
      return capitalize(word);
    }
    throw new Error(`no free word from ${heads.join('/')} × ${tails.join('/')}`);
  }
}

/** Drops one letter past the middle: "bluewater" → "bluewatr" (one edit). */
export function typoOf(word: string): string {
  const index = Math.floor(word.length * 0.7);
  return word.slice(0, index) + word.slice(index + 1);
}

const vendorHeads = ['Blue', 'Kes', 'Or', 'Tam', 'Quar', 'Vel', 'Brin', 'Sol', 'Mar', 'Wren', 'Dal', 'Cor', 'Zan'];
const vendorTails = ['water', 'trel', 'bis', 'ora', 'lith', 'vane', 'mont', 'stead', 'reach', 'crest', 'tide'];
const saasHeads = ['Quill', 'Brisk', 'Tally', 'Nimba', 'Paxo', 'Lumo', 'Kite', 'Zeph', 'Voxa', 'Halo'];
const saasTails = ['stack', 'desk', 'loop', 'sync', 'base', 'forge', 'grid'];
const cityHeads = ['Pell', 'Rook', 'Thorn', 'Ash', 'Elm', 'Fern', 'Stan', 'Ivor', 'Bram', 'Cran', 'Gil', 'Hob'];
const cityTails = ['haven', 'mouth', 'bury', 'dale', 'port', 'mere', 'stow', 'holm'];
const firstHeads = ['Ka', 'Lo', 'Mi', 'Ta', 'Re', 'So', 'Vi', 'Da', 'No', 'Ju', 'Ar', 'El'];
const firstTails = ['rven', 'vik', 'lani', 'mira', 'dor', 'selle', 'tine', 'belle', 'nia', 'rik'];
const lastHeads = ['Hal', 'Brom', 'Ost', 'Wen', 'Grim', 'Lark', 'Pim', 'Tor', 'Quen', 'Dro'];
const lastTails = ['wick', 'dale', 'by', 'ford', 'ley', 'stead', 'grove', 'hurst'];

export function coinNames(random: Random): HeldoutNames {
  const mint = new NameMint(random);
  // Cost centers: a different naming style from the demo's "CC-210 Sales North America": a
  // function prefix and multi-word names, two of which share their first word.
  const sharedWord = random.pick(['Field', 'Harbor', 'Coastal']);
  const dock = `${random.pick(['Dock', 'Quay', 'Pier'])} ${random.pick(['Logistics', 'Handling'])}`;
  const names = {
    ccSupply: random.pick(['Supply Chain', 'Distribution Network']),
    ccDock: dock,
    ccYard: random.pick(['Inbound Receiving', 'Gate Services']),
    ccCommercial: random.pick(['Commercial Group', 'Go To Market']),
    ccRevOps: random.pick(['Revenue Operations', 'Billing Operations']),
    ccFieldSales: `${sharedWord} Sales`,
    ccTech: random.pick(['Technical Services', 'Service Delivery']),
    ccFieldEng: `${sharedWord} Engineering`,
    ccTagged: random.pick(['Platform Research', 'Applied Research']),
    ccController: random.pick(['Controller Group', 'Financial Control']),
    ccTreasury: random.pick(['Treasury Desk', 'Payables Office']),
    ccTalent: random.pick(['Talent Acquisition', 'Learning Programs']),
  } satisfies Record<CostCenterRole, string>;
  const ghostCostCenter = random.pick(['Marine Analytics', 'Tooling Guild', 'Airframe Design']);
  mint.reserve(...Object.values(names).flatMap((name) => name.split(' ')), ...ghostCostCenter.split(' '));
  mint.reserve('Telecom', 'Fiber', 'Networks', 'Mobile', 'Wireless', 'Campus', 'Terminal', 'Works', 'Annex', 'Hangar');

  const code = (prefix: string, base: number) => `${prefix}-${base + random.integer(1, 9)}`;
  const costCenters: Record<CostCenterRole, HeldoutCostCenter> = {
    ccSupply: { code: 'OPS-200', name: names.ccSupply, parent: null, partial: '' },
    ccDock: { code: code('OPS', 210), name: names.ccDock, parent: 'ccSupply', partial: '' },
    ccYard: { code: code('OPS', 220), name: names.ccYard, parent: 'ccSupply', partial: '' },
    ccCommercial: { code: 'REV-400', name: names.ccCommercial, parent: null, partial: '' },
    ccRevOps: { code: code('REV', 410), name: names.ccRevOps, parent: 'ccCommercial', partial: '' },
    ccFieldSales: { code: code('REV', 420), name: names.ccFieldSales, parent: 'ccCommercial', partial: '' },
    ccTech: { code: 'ENG-300', name: names.ccTech, parent: null, partial: '' },
    ccFieldEng: { code: code('ENG', 310), name: names.ccFieldEng, parent: 'ccTech', partial: '' },
    // The real FOCUS sample tags some Azure rows "CostCenter": "1234": a legacy ERP code.
    ccTagged: { code: '1234', name: names.ccTagged, parent: 'ccTech', partial: '' },
    ccController: { code: 'FIN-200', name: names.ccController, parent: null, partial: '' },
    ccTreasury: { code: code('FIN', 200), name: names.ccTreasury, parent: 'ccController', partial: '' },
    ccTalent: { code: code('PPL', 150), name: names.ccTalent, parent: null, partial: '' },
  };
  // How people shorten the second word in chat: the usual abbreviation, else its first letters.
  const shortened: Record<string, string> = {
    operations: 'ops',
    engineering: 'eng',
    logistics: 'log',
    handling: 'hand',
    services: 'svcs',
    research: 'res',
  };
  for (const costCenter of Object.values(costCenters)) {
    const [first = '', second = ''] = costCenter.name.toLowerCase().split(' ');
    costCenter.partial = `${first} ${shortened[second] ?? second.slice(0, 4)}`;
  }

  const vendorWord = () => mint.coin(vendorHeads, vendorTails, 6);
  const saasWord = () => mint.coin(saasHeads, saasTails, 6);
  const vendor = (word: string, suffix: string, domain: HeldoutVendor['domain'], aliases: string[]): HeldoutVendor => ({
    name: suffix ? `${word} ${suffix}` : word,
    domain,
    short: word.toLowerCase(),
    typo: typoOf(word.toLowerCase()),
    aliases,
  });
  const carrier1 = vendorWord();
  const carrier2 = vendorWord();
  const carrier3 = vendorWord();
  const mobile1 = vendorWord();
  const mobile2 = vendorWord();
  const vendors: Record<VendorRole, HeldoutVendor> = {
    carrier1: vendor(carrier1, 'Telecom', 'telecom', [`${carrier1} Business Services`]),
    carrier2: vendor(carrier2, 'Fiber', 'telecom', [`${carrier2} Fibre`]),
    carrier3: vendor(carrier3, 'Networks', 'telecom', []),
    mobile1: vendor(mobile1, 'Mobile', 'mobility', [`${mobile1} Wireless Business`]),
    mobile2: vendor(mobile2, 'Wireless', 'mobility', []),
    saas1: vendor(saasWord(), '', 'saas', []),
    saas2: vendor(saasWord(), '', 'saas', []),
    saas3: vendor(saasWord(), '', 'saas', []),
  };
  const ghostCarrierWord = vendorWord();
  const ghostSaas = saasWord();

  const cityWord = () => mint.coin(cityHeads, cityTails, 6);
  const cities: Record<CityRole, string> = { city1: cityWord(), city2: cityWord(), city3: cityWord(), city4: cityWord() };
  const ghostCity = cityWord();
  const locations: Record<LocationRole, HeldoutLocation> = {
    loc1a: { name: `${cities.city1} Campus`, city: 'city1', country: 'Australia' },
    loc1b: { name: `${cities.city1} Terminal`, city: 'city1', country: 'Australia' },
    loc2: { name: `${cities.city2} Works`, city: 'city2', country: 'Australia' },
    loc3: { name: `${cities.city3} Annex`, city: 'city3', country: 'Australia' },
    loc4: { name: `${cities.city4} Hangar`, city: 'city4', country: 'New Zealand' },
  };

  const takenWords = new Set(
    [...Object.values(vendors), ...Object.values(cities)].flatMap((name) =>
      (typeof name === 'string' ? name : name.name).toLowerCase().split(' '),
    ),
  );
  const people: string[] = [];
  const firstDemo = new Set(firstNames.map((name) => name.toLowerCase()));
  const lastDemo = new Set(lastNames.map((name) => name.toLowerCase()));
  while (people.length < 48) {
    const first = `${random.pick(firstHeads)}${random.pick(firstTails)}`;
    const last = `${random.pick(lastHeads)}${random.pick(lastTails)}`;
    const person = `${first} ${last}`;
    if (people.includes(person) || firstDemo.has(first.toLowerCase()) || lastDemo.has(last.toLowerCase())) continue;
    if (takenWords.has(first.toLowerCase()) || takenWords.has(last.toLowerCase())) continue;
    people.push(person);
  }

  return {
    vendors,
    costCenters,
    locations,
    cities,
    sharedWord: sharedWord.toLowerCase(),
    ghosts: {
      carrier: `${ghostCarrierWord} Networks`,
      carrierShort: ghostCarrierWord.toLowerCase(),
      saas: ghostSaas,
      city: ghostCity,
      site: `${ghostCity} Campus`,
      costCenter: ghostCostCenter,
    },
    people,
  };
}

/** Fails when a coined or chosen name is one of the demo enterprise's names. */
export function demoNamesIn(names: HeldoutNames): string[] {
  const demo = new Set(
    [
      ...catalogVendors.flatMap((vendor) => [vendor.name, ...vendor.aliases]),
      ...catalogLocations.flatMap((location) => [location.name, location.city, location.code]),
      ...catalogCostCenters.flatMap((costCenter) => [costCenter.name, costCenter.code]),
      ...firstNames,
      ...lastNames,
      ...cloudProviders.flatMap((provider) => [provider.vendor, ...provider.subAccounts.map((subAccount) => subAccount.name)]),
    ].map((name) => name.toLowerCase()),
  );
  const ours = [
    ...Object.values(names.vendors).flatMap((vendor) => [vendor.name, vendor.short, ...vendor.aliases]),
    ...Object.values(names.costCenters).flatMap((costCenter) => [costCenter.name, costCenter.code]),
    ...Object.values(names.locations).map((location) => location.name),
    ...Object.values(names.cities),
    ...names.people.flatMap((person) => [person, ...person.split(' ')]),
    ...Object.values(names.ghosts),
  ];
  return ours.filter((name) => demo.has(name.toLowerCase()));
}
