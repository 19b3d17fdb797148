import type { PrismaClient } from '../../db/generated/client.js';
import { LedgerlineError } from '../../errors.js';
import { closestNames } from '../scope/closest-names.js';
import { resolveVendors } from '../scope/resolve-named-filters.js';
import { nameKey } from '../shared/normalize.js';
import { contractSelect, type ContractRow } from './contract-summary.js';

/** Contracts by id, by (part of) name, or every contract of a vendor. */
export async function findContracts(input: { contract?: string | undefined; vendor?: string | undefined }, prisma: PrismaClient): Promise<ContractRow[]> {
  const vendors = input.vendor ? await resolveVendors([input.vendor], prisma) : null;
  const rows = await prisma.contract.findMany({
    where: vendors ? { vendorId: { in: vendors.map((vendor) => vendor.id) } } : {},
    select: contractSelect,
    orderBy: [{ endDate: 'desc' }, { externalId: 'asc' }],
  });
  if (!input.contract) return rows;
  const key = nameKey(input.contract);
  const matches = rows.filter((row) => nameKey(row.externalId) === key);
  if (matches.length > 0) return matches;
  const byName = rows.filter((row) => nameKey(row.name).includes(key) || nameKey(row.externalId).includes(key));
  if (byName.length > 0) return byName;
  throw new LedgerlineError('NOT_FOUND', `No contract "${input.contract}".`, { choices: closestNames(input.contract, rows.map((row) => row.externalId)) });
}
