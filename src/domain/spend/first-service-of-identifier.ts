import { Prisma } from '../../db/generated/client.js';

/**
 * The first service by id of each identifier, as a subquery of `id` and `"identifierKey"`: the
 * service every answer charges an invoice line to. While the invoice rollup is current
 * (readIsRollupCurrent) it is the ServiceOfIdentifier table, rebuilt in the same transaction and
 * made stale by the same triggers; otherwise it is worked out from every service, which at 50×
 * sorts ~110,000 of them per question.
 */
export function firstServiceOfIdentifierSql(rollupIsCurrent: boolean): Prisma.Sql {
  return rollupIsCurrent
    ? Prisma.sql`(SELECT "serviceId" AS id, "identifierKey" FROM "ServiceOfIdentifier")`
    : Prisma.sql`(SELECT DISTINCT ON ("identifierKey") id, "identifierKey" FROM "Service" ORDER BY "identifierKey", id)`;
}
