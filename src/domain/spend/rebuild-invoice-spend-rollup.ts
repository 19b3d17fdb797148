import type { PrismaClient } from '../../db/generated/client.js';
import { firstServiceOfIdentifierSql } from './first-service-of-identifier.js';
import { refillStaleServiceMonths } from './service-month-spend.js';

/** At 50× (~2.7M invoice lines) the rebuild takes seconds; Prisma's default is 5 s. */
const rebuildTimeoutMs = 10 * 60_000;

/**
 * Rebuilds ServiceOfIdentifier, ServiceMonthSpend and InvoiceSpendDaily from every service and invoice line, with the
 * same service join the raw spend query uses (spend-query.ts), and records which source version
 * they were built from.
 *
 * Holding the SpendRollupVersion row lock for the whole rebuild makes the recorded version match
 * the rows read: a writer that changes invoice lines or services meanwhile blocks in its trigger
 * until this commits and then bumps the version, so its rows are never missed silently — the
 * rollup just reads as stale again. Call it after imports of invoices or inventory; until it runs,
 * answers read the raw lines (correct, slower).
 */
export async function rebuildInvoiceSpendRollup(prisma: PrismaClient): Promise<{ rows: number; sourceVersion: bigint }> {
  const built = await prisma.$transaction(
    async (transaction) => {
      // Compiling these few statements took 1.6 of the month fill's 5.7 s at 50×; they run once.
      await transaction.$executeRaw`SET LOCAL jit = off`;
      await transaction.$executeRaw`INSERT INTO "SpendRollupVersion" ("id") VALUES (1) ON CONFLICT ("id") DO NOTHING`;
      const [version] = await transaction.$queryRaw<{ sourceVersion: bigint }[]>`
        SELECT "sourceVersion" FROM "SpendRollupVersion" WHERE "id" = 1 FOR UPDATE`;
      const sourceVersion = version?.sourceVersion ?? 0n;
      await transaction.$executeRaw`
        CREATE TEMPORARY TABLE previous_service_of_identifier ON COMMIT DROP AS SELECT * FROM "ServiceOfIdentifier"`;
      await transaction.$executeRaw`DELETE FROM "ServiceOfIdentifier"`;
      await transaction.$executeRaw`
        INSERT INTO "ServiceOfIdentifier" ("serviceId", "identifierKey")
        ${firstServiceOfIdentifierSql(false)}`;
      await refillStaleServiceMonths(transaction);
      await transaction.$executeRaw`DELETE FROM "InvoiceSpendDaily"`;
      const rows = await transaction.$executeRaw`
        INSERT INTO "InvoiceSpendDaily" ("periodStart", "vendorId", "accountId", "chargeType", "costCenterId", "locationId", "serviceType", "currency", "amount", "lineCount")
        WITH service_map AS (
          SELECT f."identifierKey", s."costCenterId", s."locationId", s."type"::text AS "serviceType"
          FROM "ServiceOfIdentifier" f JOIN "Service" s ON s.id = f."serviceId"
        )
        SELECT l."periodStart", l."vendorId", l."accountId", l."chargeType"::text, s."costCenterId", s."locationId", s."serviceType",
          i.currency, sum(l.amount), count(*)
        FROM "InvoiceLine" l
        JOIN "Invoice" i ON i.id = l."invoiceId"
        LEFT JOIN service_map s ON s."identifierKey" = l."identifierKey"
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`;
      await transaction.$executeRaw`UPDATE "SpendRollupVersion" SET "builtFromVersion" = ${sourceVersion} WHERE "id" = 1`;
      return { rows, sourceVersion };
    },
    { timeout: rebuildTimeoutMs, maxWait: rebuildTimeoutMs },
  );
  // The rebuild leaves the previous rows dead (as many as InvoiceLine holds, in ServiceMonthSpend).
  // Until they are vacuumed a month's ranking reads past them (222 against 109 ms at 50×), and the
  // embedded database, which has no autovacuum, would grow by a copy of them at every import.
  await prisma.$executeRawUnsafe('VACUUM (ANALYZE) "ServiceOfIdentifier", "ServiceMonthSpend", "InvoiceSpendDaily"');
  return built;
}

/**
 * Rebuilds the rollup only when something changed since it was built (an import through another
 * path, a MACD completion moving a service, a manual edit); returns whether it rebuilt. Run on a
 * schedule, so answers return to the rollup shortly after such a change.
 */
export async function refreshInvoiceSpendRollupIfStale(prisma: PrismaClient): Promise<boolean> {
  const [version] = await prisma.$queryRaw<{ isCurrent: boolean }[]>`
    SELECT "sourceVersion" = "builtFromVersion" AS "isCurrent" FROM "SpendRollupVersion" WHERE "id" = 1`;
  if (version?.isCurrent) return false;
  await rebuildInvoiceSpendRollup(prisma);
  return true;
}
