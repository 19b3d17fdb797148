import type { PrismaClient } from '../../db/generated/client.js';
import { nameKey } from '../../domain/shared/normalize.js';
import type { PhraseEntry } from './tokens.js';

// The words of this enterprise, read from the database: the planner only recognizes what exists.

export interface Vocabulary {
  vendors: Array<PhraseEntry<string>>;
  vendorNames: string[];
  locations: Array<PhraseEntry<string>>;
  costCenters: Array<PhraseEntry<string>>;
  serviceNames: Array<PhraseEntry<string>>;
  serviceCategories: Array<PhraseEntry<string>>;
  regions: Array<PhraseEntry<string>>;
  contracts: Array<PhraseEntry<string>>;
}

// Cost-center names that are also everyday words count only when capitalized.
const everydayWords = new Set(['people', 'security', 'technology', 'legal', 'facilities']);
// What people call the big services, when the FOCUS name is long.
const serviceShortNames: Record<string, string[]> = {
  'Amazon Elastic Compute Cloud': ['ec2'],
  'Amazon Simple Storage Service': ['s3'],
  'Amazon Relational Database Service': ['rds'],
  'Amazon Virtual Private Cloud': ['vpc'],
  'Virtual Machines': ['vms', 'azurevms', 'azurevirtualmachines'],
  'Compute Engine': ['gce'],
};
const providerPrefix = /^(amazon|aws|azure|microsoft|google|gcp|cloud)\s+/i;

export async function loadVocabulary(prisma: PrismaClient): Promise<Vocabulary> {
  const [vendors, locations, costCenters, services, contracts] = await Promise.all([
    prisma.vendor.findMany({ select: { name: true, key: true, aliases: { select: { key: true } } } }),
    prisma.location.findMany({ select: { name: true, key: true, city: true } }),
    prisma.costCenter.findMany({ select: { code: true, name: true } }),
    prisma.$queryRaw<Array<{ serviceName: string | null; serviceCategory: string | null; regionId: string | null }>>`
      SELECT DISTINCT "serviceName", "serviceCategory", "regionId" FROM "CostMonthly"`,
    prisma.contract.findMany({ select: { externalId: true } }),
  ]);
  const short = (key: string) => key.length <= 2;
  const serviceNames = [...new Set(services.map((row) => row.serviceName).filter((name): name is string => Boolean(name)))];
  const categories = [...new Set(services.map((row) => row.serviceCategory).filter((name): name is string => Boolean(name)))];
  return {
    vendors: vendors.flatMap((vendor) => [
      { key: vendor.key, value: vendor.name, needsCapitals: short(vendor.key) },
      ...vendor.aliases.map((alias) => ({ key: alias.key, value: vendor.name, needsCapitals: short(alias.key) })),
    ]),
    vendorNames: vendors.map((vendor) => vendor.name),
    locations: locations.flatMap((location) => [
      { key: location.key, value: location.name },
      { key: nameKey(location.name), value: location.name },
      // A city stands for all its sites; the tool resolves "Chicago" to each of them.
      ...(location.city ? [{ key: nameKey(location.city), value: location.city }] : []),
    ]),
    costCenters: costCenters.flatMap((costCenter) => [
      { key: nameKey(costCenter.code), value: costCenter.code },
      { key: nameKey(costCenter.name), value: costCenter.code, needsCapitals: short(nameKey(costCenter.name)) || everydayWords.has(nameKey(costCenter.name)) },
    ]),
    serviceNames: serviceNames.flatMap((name) => [
      { key: nameKey(name), value: name },
      ...(serviceShortNames[name] ?? []).map((key) => ({ key, value: name })),
      ...(providerPrefix.test(name) && nameKey(name.replace(providerPrefix, '')).length >= 2 ? [{ key: nameKey(name.replace(providerPrefix, '')), value: name, needsCapitals: nameKey(name.replace(providerPrefix, '')).length <= 3 }] : []),
    ]),
    serviceCategories: categories.map((name) => ({ key: nameKey(name), value: name })),
    regions: [...new Set(services.map((row) => row.regionId).filter((region): region is string => Boolean(region)))].map((region) => ({ key: nameKey(region), value: region, needsCapitals: nameKey(region).length <= 3 })),
    contracts: contracts.map((contract) => ({ key: nameKey(contract.externalId), value: contract.externalId })),
  };
}
