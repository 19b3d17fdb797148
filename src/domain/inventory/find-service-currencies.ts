import type { Prisma, PrismaClient } from '../../db/generated/client.js';

/** The currencies of the services a selection adds up: only those with a recorded monthly cost count. */
export async function findServiceCurrencies(where: Prisma.ServiceWhereInput, prisma: PrismaClient): Promise<string[]> {
  const rows = await prisma.service.findMany({
    where: { AND: [where, { monthlyCost: { not: null } }] },
    select: { currency: true },
    distinct: ['currency'],
    orderBy: { currency: 'asc' },
  });
  return rows.map((row) => row.currency);
}

/**
 * Every currency in a selection, costed or not: what splits an answer per currency, so a service
 * without a recorded cost still falls in one currency's part (and in its count).
 */
export async function findSelectionCurrencies(where: Prisma.ServiceWhereInput, prisma: PrismaClient): Promise<string[]> {
  const rows = await prisma.service.findMany({ where, select: { currency: true }, distinct: ['currency'], orderBy: { currency: 'asc' } });
  return rows.map((row) => row.currency);
}
