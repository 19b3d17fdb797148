import type { PrismaClient } from '../../db/generated/client.js';
import { LedgerlineError } from '../../errors.js';
import { nameKey } from '../shared/normalize.js';
import { closestNames } from './closest-names.js';
import { isSameCountry } from './countries.js';

// Tools take names as people (and models) write them; these turn them into ids, or say which
// names exist when one does not.

export interface NamedVendor {
  id: number;
  name: string;
}

export async function resolveVendors(names: readonly string[] | undefined, prisma: PrismaClient): Promise<NamedVendor[] | null> {
  if (!names || names.length === 0) return null;
  // One query with the aliases gathered (Prisma's nested select is two): most spend questions name a vendor.
  const vendors = await prisma.$queryRaw<Array<{ id: number; name: string; key: string; aliasKeys: string[] }>>`
    SELECT v.id, v.name, v.key, coalesce(array_agg(a.key) FILTER (WHERE a.key IS NOT NULL), '{}') AS "aliasKeys"
    FROM "Vendor" v LEFT JOIN "VendorAlias" a ON a."vendorId" = v.id
    GROUP BY v.id
    ORDER BY v.id`;
  return names.map((typed) => {
    const key = nameKey(typed);
    const match =
      vendors.find((vendor) => vendor.key === key || vendor.aliasKeys.includes(key)) ??
      (key.length >= 3 ? vendors.find((vendor) => vendor.key.startsWith(key) || key.startsWith(vendor.key)) : undefined);
    if (!match) {
      throw new LedgerlineError('NOT_FOUND', `No vendor named "${typed}".`, {
        choices: closestNames(
          typed,
          vendors.map((vendor) => vendor.name),
        ),
      });
    }
    return { id: match.id, name: match.name };
  });
}

export interface NamedCostCenter {
  id: number;
  code: string;
  name: string;
  /** Included because its parent was named: "Sales" means Sales and the teams under it. */
  isBelowNamed?: boolean;
}

/** Exactly the cost centers named (by code or name). */
export async function resolveCostCenters(
  typedNames: readonly string[] | undefined,
  prisma: PrismaClient,
): Promise<NamedCostCenter[] | null> {
  if (!typedNames || typedNames.length === 0) return null;
  const costCenters = await prisma.costCenter.findMany({ select: { id: true, code: true, name: true, parentId: true } });
  return namedCostCenters(typedNames, costCenters).map(({ id, code, name }) => ({ id, code, name }));
}

/** The cost centers named and every one below them: what a question about "Sales" means. */
export async function resolveCostCentersWithChildren(
  typedNames: readonly string[] | undefined,
  prisma: PrismaClient,
): Promise<NamedCostCenter[] | null> {
  if (!typedNames || typedNames.length === 0) return null;
  const costCenters = await prisma.costCenter.findMany({ select: { id: true, code: true, name: true, parentId: true } });
  const named = namedCostCenters(typedNames, costCenters);
  const result: NamedCostCenter[] = named.map(({ id, code, name }) => ({ id, code, name }));
  const seen = new Set(result.map((costCenter) => costCenter.id));
  for (let index = 0; index < result.length; index += 1) {
    for (const child of costCenters.filter((candidate) => candidate.parentId === result[index]!.id)) {
      if (seen.has(child.id)) continue;
      seen.add(child.id);
      result.push({ id: child.id, code: child.code, name: child.name, isBelowNamed: true });
    }
  }
  return result;
}

/** "CC-200 Sales (and the 3 cost centers under it)" for a result's filters. */
export function describeCostCenters(costCenters: readonly NamedCostCenter[]): string[] {
  const named = costCenters.filter((costCenter) => !costCenter.isBelowNamed);
  const below = costCenters.length - named.length;
  return named.map(
    (costCenter, index) =>
      `${costCenter.code} ${costCenter.name}${index === named.length - 1 && below > 0 ? ` (with ${below} cost ${below === 1 ? 'center' : 'centers'} under it)` : ''}`,
  );
}

function namedCostCenters(
  typedNames: readonly string[],
  costCenters: Array<{ id: number; code: string; name: string; parentId: number | null }>,
): Array<{ id: number; code: string; name: string }> {
  return typedNames.map((typed) => {
    const key = nameKey(typed);
    const match =
      costCenters.find((costCenter) => nameKey(costCenter.code) === key) ??
      costCenters.find((costCenter) => nameKey(costCenter.name) === key) ??
      (key.length >= 3 ? costCenters.find((costCenter) => nameKey(costCenter.name).startsWith(key)) : undefined);
    if (!match) {
      throw new LedgerlineError('NOT_FOUND', `No cost center "${typed}".`, {
        choices: closestNames(
          typed,
          costCenters.map((costCenter) => `${costCenter.code} ${costCenter.name}`),
        ),
      });
    }
    return match;
  });
}

export interface NamedLocation {
  id: number;
  name: string;
}

/** A location by its name, its city or its country: "Chicago" or "Germany" may be several sites. */
export async function resolveLocations(typedNames: readonly string[] | undefined, prisma: PrismaClient): Promise<NamedLocation[] | null> {
  if (!typedNames || typedNames.length === 0) return null;
  const locations = await prisma.location.findMany({ select: { id: true, name: true, key: true, city: true, country: true } });
  return typedNames.flatMap((typed) => {
    const key = nameKey(typed);
    const exact = locations.filter((location) => location.key === key || nameKey(location.name) === key);
    const byCity = locations.filter((location) => location.city !== null && nameKey(location.city) === key);
    // A country stands for every site in it, stored as a code ("DE") or a name ("Germany").
    const byCountry = locations.filter((location) => location.country !== null && isSameCountry(typed, location.country));
    const partial = key.length >= 3 ? locations.filter((location) => nameKey(location.name).includes(key)) : [];
    const matches = [exact, byCity, byCountry, partial].find((found) => found.length > 0) ?? [];
    if (matches.length === 0) {
      throw new LedgerlineError('NOT_FOUND', `No location "${typed}".`, {
        choices: closestNames(
          typed,
          locations.map((location) => location.name),
        ),
      });
    }
    return matches.map((location) => ({ id: location.id, name: location.name }));
  });
}
