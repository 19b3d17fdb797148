import type { PrismaClient } from '../../db/generated/client.js';
import { LedgerlineError } from '../../errors.js';
import { nameKey } from '../shared/normalize.js';
import { closestNames } from './closest-names.js';

// Accounts as people name them: a carrier's billing account number or name, a FOCUS billing
// account or sub-account by id or name. A spend row carries one account value (the invoice's
// account number, or the FOCUS sub-account, else the billing account), so a billing account
// stands for every sub-account billed under it.

export interface KnownAccount {
  /** The values spend rows carry for this account. */
  values: string[];
  /** How to show it: the name with the id, e.g. "Atlas Nimbus (51738928782)". */
  label: string;
  /** Keys it is found by: id and name. */
  keys: string[];
}

export async function listKnownAccounts(prisma: PrismaClient): Promise<KnownAccount[]> {
  const [invoiceAccounts, focusAccounts] = await Promise.all([
    prisma.account.findMany({ select: { number: true, name: true } }),
    prisma.$queryRaw<
      Array<{ billingAccountId: string; billingAccountName: string | null; subAccountId: string | null; subAccountName: string | null }>
    >`
      SELECT DISTINCT "billingAccountId", "billingAccountName", "subAccountId", "subAccountName" FROM "CostAccount"`,
  ]);
  const accounts = new Map<string, KnownAccount>();
  const add = (id: string, name: string | null, value: string) => {
    const known = accounts.get(id) ?? {
      values: [],
      label: name ? `${name} (${id})` : id,
      keys: [nameKey(id), ...(name ? [nameKey(name)] : [])],
    };
    if (!known.values.includes(value)) known.values.push(value);
    accounts.set(id, known);
  };
  for (const account of invoiceAccounts) add(account.number, account.name, account.number);
  for (const row of focusAccounts) {
    const value = row.subAccountId ?? row.billingAccountId;
    add(row.billingAccountId, row.billingAccountName, value);
    if (row.subAccountId) add(row.subAccountId, row.subAccountName, row.subAccountId);
  }
  return [...accounts.values()].map((account) => ({ ...account, keys: account.keys.filter((key) => key.length > 0) }));
}

/** The account values of the named accounts, or null when none were named. */
export async function resolveAccounts(
  names: readonly string[] | undefined,
  prisma: PrismaClient,
): Promise<{ values: string[]; labels: string[] } | null> {
  if (!names || names.length === 0) return null;
  const accounts = await listKnownAccounts(prisma);
  const found = names.map((typed) => {
    const key = nameKey(typed);
    const match = accounts.find((account) => account.keys.includes(key));
    if (!match)
      throw new LedgerlineError('NOT_FOUND', `No billing account or sub-account named "${typed}".`, {
        choices: closestNames(
          typed,
          accounts.map((account) => account.label),
        ),
      });
    return match;
  });
  return { values: [...new Set(found.flatMap((account) => account.values))], labels: found.map((account) => account.label) };
}
