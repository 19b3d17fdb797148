import type { PrismaClient } from '../../db/generated/client.js';
import { countryNames } from '../../domain/scope/countries.js';
import { listKnownAccounts } from '../../domain/scope/resolve-accounts.js';
import { nameKey } from '../../domain/shared/normalize.js';
import { abbreviationsOf } from './finops-abbreviations.js';
import { knownWords } from './known-words.js';
import type { PhraseEntry } from './tokens.js';

// The words of this enterprise, read from the database: the planner only recognizes what exists,
// and knows no name of its own (a test fails if planner code names anything of the demo).

export type EntityKind =
  'vendor' | 'cost center' | 'location' | 'service' | 'service category' | 'region' | 'contract' | 'person' | 'account';

/** A name whose words may be typed partly: "bluewater" for Bluewater Telecom, "field eng" for Field Engineering. */
export interface PartialName {
  kind: 'vendor' | 'cost center' | 'location' | 'service' | 'person';
  /** What the tools take: vendor name, cost-center code, location name, FOCUS service name, assignee. */
  value: string;
  /** How to show it: "Field Engineering (FIN-204)". */
  label: string;
  /** The name's distinctive words as keys, in order: no "services" or "group" unless that is the whole name. */
  words: string[];
  /** Every word of the name, in order: "gate svcs" is "Gate Services" typed short. */
  allWords: string[];
}

export interface Vocabulary {
  vendors: Array<PhraseEntry<string>>;
  vendorNames: string[];
  locations: Array<PhraseEntry<string>>;
  costCenters: Array<PhraseEntry<string>>;
  serviceNames: Array<PhraseEntry<string>>;
  /** Keys that stand for several services ("k8s": each provider's Kubernetes), with each service's vendor. */
  sharedServiceKeys: ReadonlyMap<string, Array<{ serviceName: string; vendor: string }>>;
  /** Vendors whose costs are recorded by the day (FOCUS exports); the others bill by the month. */
  dailyVendors: ReadonlySet<string>;
  serviceCategories: Array<PhraseEntry<string>>;
  regions: Array<PhraseEntry<string>>;
  contracts: Array<PhraseEntry<string>>;
  /** Contract names, matched after vendors so a contract named like its vendor stays the vendor. */
  contractNames: Array<PhraseEntry<string>>;
  assignees: Array<PhraseEntry<string>>;
  /** Billing accounts and sub-accounts by id (digits, read before phone numbers) and by name (read after vendors). */
  accountIds: Array<PhraseEntry<string>>;
  accountNames: Array<PhraseEntry<string>>;
  partialNames: PartialName[];
  /** Every name here with its kind, for "did you mean" suggestions. */
  allNames: Array<{ name: string; kind: EntityKind }>;
  /** Every word of every name (keys): a typo corrector must not turn a name into an ordinary word. */
  nameWords: ReadonlySet<string>;
  /** Whether the inventory holds devices: where it does not, "handsets" are the mobile lines. */
  recordsDevices: boolean;
}

const providerPrefix = /^(amazon|aws|azure|microsoft|google|gcp|oracle|oci|ibm|alibaba)\s+/i;
// Words in many company names that say nothing about which company: never enough alone.
const corporateWords = new Set([
  'inc',
  'llc',
  'ltd',
  'limited',
  'corp',
  'corporation',
  'co',
  'company',
  'group',
  'holdings',
  'plc',
  'gmbh',
  'sa',
  'ag',
  'bv',
  'the',
  'and',
  'of',
  'services',
  'solutions',
  'systems',
  'technologies',
  'communications',
  'global',
  'international',
  'business',
  'enterprise',
  'enterprises',
  'web',
  'center',
  'office',
]);

const short = (key: string) => key.length <= 2;
const wordsOf = (name: string) =>
  name
    .split(/[\s/&,.()-]+/)
    .map(nameKey)
    .filter((word) => word.length > 0);
// A one-word name that is also one of the planner's words ("Security", "Operations") counts only
// when typed with a capital, so "operations spend" reads the team but "data usage" stays usage.
const isCommonWord = (key: string) => knownWords.has(key);

export async function loadVocabulary(prisma: PrismaClient): Promise<Vocabulary> {
  const [vendors, locations, costCenters, services, contracts, assignees, accounts, device] = await Promise.all([
    prisma.vendor.findMany({ select: { name: true, key: true, aliases: { select: { key: true } } } }),
    prisma.location.findMany({ select: { name: true, key: true, city: true, country: true } }),
    prisma.costCenter.findMany({ select: { code: true, name: true } }),
    prisma.$queryRaw<Array<{ serviceName: string | null; serviceCategory: string | null; regionId: string | null; vendor: string }>>`
      SELECT DISTINCT c."serviceName", c."serviceCategory", c."regionId", v.name AS vendor
      FROM "CostMonthly" c JOIN "Vendor" v ON v.id = c."vendorId"`,
    prisma.contract.findMany({ select: { externalId: true, name: true } }),
    prisma.$queryRaw<Array<{ assignee: string }>>`SELECT DISTINCT assignee FROM "Service" WHERE assignee IS NOT NULL`,
    listKnownAccounts(prisma),
    prisma.service.findFirst({ where: { type: 'device' }, select: { id: true } }),
  ]);
  const serviceNames = [...new Set(services.map((row) => row.serviceName).filter((name): name is string => Boolean(name)))];
  const categories = [...new Set(services.map((row) => row.serviceCategory).filter((name): name is string => Boolean(name)))];
  const regions = [...new Set(services.map((row) => row.regionId).filter((region): region is string => Boolean(region)))];

  const vendorWords = new Set(vendors.flatMap((vendor) => [...wordsOf(vendor.name), ...vendor.aliases.map((alias) => alias.key)]));
  const partialNames: PartialName[] = [
    ...vendors.map((vendor) => ({ kind: 'vendor' as const, value: vendor.name, label: vendor.name, words: wordsOf(vendor.name) })),
    ...costCenters.map((costCenter) => ({
      kind: 'cost center' as const,
      value: costCenter.code,
      label: `${costCenter.name} (${costCenter.code})`,
      words: wordsOf(costCenter.name),
    })),
    ...locations.map((location) => ({
      kind: 'location' as const,
      value: location.name,
      label: location.name,
      words: wordsOf(location.name),
    })),
    // A person by first or last name: "what lines does fenvin have"; two people of that name are asked about.
    ...assignees.map((row) => ({ kind: 'person' as const, value: row.assignee, label: row.assignee, words: wordsOf(row.assignee) })),
    // "lakehouse" for "<Provider> Lakehouse": a service by its own words, the provider's left out.
    ...serviceNames.map((name) => ({
      kind: 'service' as const,
      value: name,
      label: name,
      words: wordsOf(name.replace(providerPrefix, '')).filter((word) => !vendorWords.has(word)),
    })),
  ].map((name) => ({
    ...name,
    words: name.words.filter((word) => !corporateWords.has(word) || name.words.length === 1),
    allWords: name.words,
  }));

  const allNames: Vocabulary['allNames'] = [
    ...vendors.map((vendor) => ({ name: vendor.name, kind: 'vendor' as const })),
    ...costCenters.flatMap((costCenter) => [
      { name: costCenter.name, kind: 'cost center' as const },
      { name: costCenter.code, kind: 'cost center' as const },
    ]),
    ...locations.map((location) => ({ name: location.name, kind: 'location' as const })),
    ...[...new Set(locations.map((location) => location.city).filter((city): city is string => Boolean(city)))].map((city) => ({
      name: city,
      kind: 'location' as const,
    })),
    ...[...new Set(locations.map((location) => location.country).filter((country): country is string => Boolean(country)))].map(
      (country) => ({ name: country, kind: 'location' as const }),
    ),
    ...serviceNames.map((name) => ({ name, kind: 'service' as const })),
    ...categories.map((name) => ({ name, kind: 'service category' as const })),
    ...accounts.map((account) => ({ name: account.label.replace(/\s*\([^)]*\)$/, ''), kind: 'account' as const })),
  ];
  const nameWords = new Set<string>([
    ...allNames.flatMap((entry) => wordsOf(entry.name)),
    ...vendors.flatMap((vendor) => vendor.aliases.map((alias) => alias.key)),
    ...assignees.flatMap((row) => wordsOf(row.assignee)),
    ...regions.map(nameKey),
  ]);

  const serviceEntries = serviceNames
    // A service named like a category ("COMPUTE" beside "Compute") is read as the category, the broader reading.
    .filter((name) => !categories.some((category) => nameKey(category) === nameKey(name)))
    .flatMap((name) => {
      const withoutProvider = nameKey(name.replace(providerPrefix, ''));
      return [
        // A service named with a planner word ("NETWORK") is that service only in capitals: "network spend" is telecom.
        { key: nameKey(name), value: name, needsCapitals: isCommonWord(nameKey(name)) },
        ...abbreviationsOf(name).map((key) => ({ key, value: name })),
        ...(providerPrefix.test(name) && withoutProvider.length >= 2
          ? [{ key: withoutProvider, value: name, needsCapitals: withoutProvider.length <= 3 || isCommonWord(withoutProvider) }]
          : []),
      ];
    });

  return {
    recordsDevices: device !== null,
    vendors: vendors.flatMap((vendor) => [
      { key: vendor.key, value: vendor.name, needsCapitals: short(vendor.key) || isCommonWord(vendor.key) },
      ...vendor.aliases.map((alias) => ({
        key: alias.key,
        value: vendor.name,
        needsCapitals: short(alias.key) || isCommonWord(alias.key),
      })),
    ]),
    vendorNames: vendors.map((vendor) => vendor.name),
    locations: locations.flatMap((location) => [
      { key: location.key, value: location.name, needsCapitals: isCommonWord(location.key) },
      { key: nameKey(location.name), value: location.name, needsCapitals: isCommonWord(nameKey(location.name)) },
      // A city stands for all its sites; the tool resolves the city to each of them.
      ...(location.city
        ? [{ key: nameKey(location.city), value: location.city, needsCapitals: isCommonWord(nameKey(location.city)) }]
        : []),
      // So does a country, by its code (in capitals: "in", "it"), English name or everyday name ("UK").
      ...(location.country
        ? countryNames(location.country).map((country) => ({
            key: nameKey(country.name),
            value: location.country as string,
            needsCapitals: country.isCode || isCommonWord(nameKey(country.name)),
          }))
        : []),
    ]),
    costCenters: costCenters.flatMap((costCenter) => [
      { key: nameKey(costCenter.code), value: costCenter.code },
      // A numeric code is typed with "cc" in front as often as without: "cc7300", "CC-7300".
      ...(/^\d+$/.test(costCenter.code) ? [{ key: `cc${costCenter.code}`, value: costCenter.code }] : []),
      {
        key: nameKey(costCenter.name),
        value: costCenter.code,
        needsCapitals: short(nameKey(costCenter.name)) || isCommonWord(nameKey(costCenter.name)),
      },
    ]),
    serviceNames: serviceEntries,
    sharedServiceKeys: sharedKeys(serviceEntries, services),
    dailyVendors: new Set(services.map((row) => row.vendor)),
    serviceCategories: categories.map((name) => ({
      key: nameKey(name),
      value: name,
      needsCapitals: isCommonWord(nameKey(name)) && nameKey(name).length <= 3,
    })),
    regions: regions.map((region) => ({ key: nameKey(region), value: region, needsCapitals: nameKey(region).length <= 3 })),
    contracts: contracts.map((contract) => ({ key: nameKey(contract.externalId), value: contract.externalId })),
    contractNames: contracts.map((contract) => ({ key: nameKey(contract.name), value: contract.externalId })),
    assignees: assignees.map((row) => ({ key: nameKey(row.assignee), value: row.assignee })),
    // An id the tools resolve back; one-word names that are ordinary words need capitals.
    accountIds: accounts.map((account) => ({ key: account.keys[0]!, value: account.keys[0]! })).filter((entry) => /\d{4,}/.test(entry.key)),
    accountNames: accounts.flatMap((account) =>
      account.keys
        .filter((key, index) => index > 0 || !/\d{4,}/.test(key))
        .map((key) => ({ key, value: account.keys[0]!, needsCapitals: short(key) || isCommonWord(key) })),
    ),
    partialNames,
    allNames,
    nameWords,
  };
}

function sharedKeys(
  entries: ReadonlyArray<PhraseEntry<string>>,
  services: ReadonlyArray<{ serviceName: string | null; vendor: string }>,
): Map<string, Array<{ serviceName: string; vendor: string }>> {
  const namesByKey = new Map<string, Set<string>>();
  for (const entry of entries) namesByKey.set(entry.key, (namesByKey.get(entry.key) ?? new Set()).add(entry.value));
  const shared = new Map<string, Array<{ serviceName: string; vendor: string }>>();
  for (const [key, names] of namesByKey) {
    if (names.size < 2) continue;
    const pairs = services.filter(
      (row): row is { serviceName: string; vendor: string } => row.serviceName !== null && names.has(row.serviceName),
    );
    shared.set(key, [
      ...new Map(pairs.map((row) => [`${row.serviceName}|${row.vendor}`, { serviceName: row.serviceName, vendor: row.vendor }])).values(),
    ]);
  }
  return shared;
}
