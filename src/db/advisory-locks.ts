import type { Prisma } from './generated/client.js';

/**
 * Every PostgreSQL advisory lock Ledgerline takes, by name, in one place so two features never
 * pick the same number. A lock is the pair (class, object) of pg_advisory_xact_lock(int, int):
 * the class is Ledgerline's, the object is the number below. A new lock takes the next number.
 */
const ledgerlineLockClass = 7301;

export const advisoryLocks = {
  /** Dispute reconciliation (audit → open/update/withdraw disputes): one at a time across processes. */
  disputeReconciliation: 1,
  /** Imports that write invoices (the invoices CSV and EDI 811 kinds): they replace invoices by vendor and number. */
  invoiceImports: 2,
  /** FOCUS imports, row by row or through COPY: they replace billing periods by account. */
  focusImports: 3,
  inventoryImports: 4,
  usageImports: 5,
  contractImports: 6,
  contractRateImports: 7,
  budgetImports: 8,
  userImports: 9,
  vendorImports: 10,
  locationImports: 11,
  costCenterImports: 12,
} as const;

export type AdvisoryLockName = keyof typeof advisoryLocks;

/**
 * Waits for the named lock and holds it until the transaction ends (commit or rollback, a killed
 * process included: the server releases it with the connection). On PGlite, one connection and
 * one process per data folder, the lock is granted at once and the call costs one statement.
 */
export async function lockUntilTransactionEnds(transaction: Prisma.TransactionClient, name: AdvisoryLockName): Promise<void> {
  await transaction.$executeRawUnsafe('SELECT pg_advisory_xact_lock($1::int, $2::int)', ledgerlineLockClass, advisoryLocks[name]);
}
