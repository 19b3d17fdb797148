import type { PrismaClient } from '../../db/generated/client.js';
import { isLedgerlineError, LedgerlineError } from '../../errors.js';
import { closestNames } from '../scope/closest-names.js';
import { resolveVendors, type NamedVendor } from '../scope/resolve-named-filters.js';
import { nameKey } from '../shared/normalize.js';
import { contractSelect, type ContractRow } from './contract-summary.js';

// Words that many vendor and contract names share: they never pick one out ("telecom" alone is
// not a vendor, "agreement" alone is not a contract).
const sharedWords = new Set([
  'the',
  'and',
  'for',
  'of',
  'inc',
  'llc',
  'ltd',
  'plc',
  'gmbh',
  'corp',
  'corporation',
  'company',
  'co',
  'group',
  'holdings',
  'telecom',
  'telecoms',
  'telecommunications',
  'communications',
  'comms',
  'wireless',
  'mobile',
  'mobility',
  'network',
  'networks',
  'business',
  'enterprise',
  'services',
  'service',
  'global',
  'international',
  'technologies',
  'technology',
  'solutions',
  'systems',
  'cloud',
  'platform',
  'software',
  'data',
  'fiber',
  'fibre',
  'contract',
  'contracts',
  'agreement',
  'agreements',
  'master',
  'msa',
]);

const wordsOf = (text: string): string[] =>
  text
    .split(/[^A-Za-z0-9]+/)
    .map(nameKey)
    .filter((word) => word.length >= 3 && !sharedWords.has(word));

/**
 * A vendor as people name it: its name or alias (resolveVendors), else one distinctive word of
 * its name ("bluewater" → "Bluewater Telecom"). A word two vendors share is ambiguous: say which.
 */
async function resolveContractVendor(typed: string, prisma: PrismaClient): Promise<NamedVendor> {
  try {
    const [vendor] = (await resolveVendors([typed], prisma)) ?? [];
    if (vendor) return vendor;
  } catch (error) {
    if (!isLedgerlineError(error) || error.code !== 'NOT_FOUND') throw error;
  }
  const typedWords = wordsOf(typed);
  const vendors = await prisma.vendor.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' } });
  const matches =
    typedWords.length === 0 ? [] : vendors.filter((vendor) => typedWords.every((word) => wordsOf(vendor.name).includes(word)));
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    throw new LedgerlineError('AMBIGUOUS', `"${typed}" could be ${matches.map((vendor) => vendor.name).join(' or ')}.`, {
      choices: matches.map((vendor) => vendor.name),
    });
  }
  throw new LedgerlineError('NOT_FOUND', `No vendor named "${typed}".`, {
    choices: closestNames(
      typed,
      vendors.map((vendor) => vendor.name),
    ),
  });
}

/** Several vendors, each as resolveContractVendor reads it; null when none was named. */
export async function resolveContractVendors(
  typedNames: readonly string[] | undefined,
  prisma: PrismaClient,
): Promise<NamedVendor[] | null> {
  if (!typedNames || typedNames.length === 0) return null;
  const vendors: NamedVendor[] = [];
  for (const typed of typedNames) vendors.push(await resolveContractVendor(typed, prisma));
  return vendors;
}

/**
 * Contracts by id, by name (or the distinctive words of it), or every contract of a vendor. A
 * contract text that names no contract but names a vendor ("the bluewater contract") means that
 * vendor's contracts.
 */
export async function findContracts(
  input: { contract?: string | undefined; vendor?: string | undefined },
  prisma: PrismaClient,
): Promise<ContractRow[]> {
  const vendor = input.vendor ? await resolveContractVendor(input.vendor, prisma) : null;
  const rows = await prisma.contract.findMany({
    where: vendor ? { vendorId: vendor.id } : {},
    select: contractSelect,
    orderBy: [{ endDate: 'desc' }, { externalId: 'asc' }],
  });
  if (!input.contract) return rows;
  const key = nameKey(input.contract);
  const matches = rows.filter((row) => nameKey(row.externalId) === key);
  if (matches.length > 0) return matches;
  const byName = rows.filter((row) => key.length > 0 && (nameKey(row.name).includes(key) || nameKey(row.externalId).includes(key)));
  if (byName.length > 0) return byName;
  const typedWords = wordsOf(input.contract);
  const byWords =
    typedWords.length === 0
      ? []
      : rows.filter((row) => typedWords.every((word) => wordsOf(`${row.name} ${row.vendor.name}`).includes(word)));
  if (byWords.length > 0) return byWords;
  if (!vendor) {
    const named = await resolveContractVendor(input.contract, prisma).catch((error: unknown) => {
      if (isLedgerlineError(error) && error.code === 'NOT_FOUND') return null;
      throw error;
    });
    if (named) return rows.filter((row) => row.vendorId === named.id);
  }
  throw new LedgerlineError('NOT_FOUND', `No contract "${input.contract}".`, {
    choices: closestNames(
      input.contract,
      rows.map((row) => row.externalId),
    ),
  });
}
