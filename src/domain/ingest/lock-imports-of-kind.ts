import { type AdvisoryLockName, lockUntilTransactionEnds } from '../../db/advisory-locks.js';
import type { ImportKind } from './ingest-types.js';
import type { Transaction } from './resolve-references.js';

/**
 * Imports that could touch the same rows wait for each other. The key is the kind, not the
 * vendor or billing account: those are known only once the whole file is read (an invoices file
 * may name many vendors, a FOCUS file many accounts and periods), and a key taken after reading
 * would let two imports interleave their replacements. Kinds writing the same table (invoices
 * and EDI 811) share a lock. Different kinds run side by side; the reference rows they may both
 * create (vendors, accounts, locations) are inserted with ON CONFLICT (resolve-references.ts).
 */
const importLocks: Record<ImportKind, AdvisoryLockName> = {
  invoices: 'invoiceImports',
  edi811: 'invoiceImports',
  focus: 'focusImports',
  inventory: 'inventoryImports',
  usage: 'usageImports',
  contracts: 'contractImports',
  'contract-rates': 'contractRateImports',
  budgets: 'budgetImports',
  users: 'userImports',
  vendors: 'vendorImports',
  locations: 'locationImports',
  'cost-centers': 'costCenterImports',
};

/** Waits until no other import of this kind is running, and holds the others off until this transaction ends. */
export async function lockImportsOfKind(transaction: Transaction, kind: ImportKind): Promise<void> {
  await lockUntilTransactionEnds(transaction, importLocks[kind]);
}
