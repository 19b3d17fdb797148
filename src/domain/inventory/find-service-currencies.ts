import type { Prisma, PrismaClient } from '../../db/generated/client.js';

// Both ask the database for the distinct currencies with GROUP BY: Prisma's `distinct` option
// reads every matching service into memory and removes duplicates there, which at 50× the demo is
// 100,000 rows per question.

/** The currencies of the services a selection adds up: only those with a recorded monthly cost count. */
export async function findServiceCurrencies(where: Prisma.ServiceWhereInput, prisma: PrismaClient): Promise<string[]> {
  const rows = await prisma.service.groupBy({
    by: ['currency'],
    where: { AND: [where, { monthlyCost: { not: null } }] },
    orderBy: { currency: 'asc' },
  });
  return rows.map((row) => row.currency);
}

/**
 * Every currency in a selection, costed or not: what splits an answer per currency, so a service
 * without a recorded cost still falls in one currency's part (and in its count).
 */
export async function findSelectionCurrencies(where: Prisma.ServiceWhereInput, prisma: PrismaClient): Promise<string[]> {
  const rows = await prisma.service.groupBy({ by: ['currency'], where, orderBy: { currency: 'asc' } });
  return rows.map((row) => row.currency);
}
