import type { Prisma, PrismaClient } from '../../db/generated/client.js';
import { Decimal } from '../shared/decimal.js';

export interface ServiceSelectionSummary {
  count: number;
  /** Sum of the recorded monthly costs; meaningful alone only when `costedCurrencies` has one entry. */
  monthlyCost: Decimal;
  /** The currencies the monthly costs are in: only services with a recorded cost count. */
  costedCurrencies: string[];
  /**
   * Every currency in the selection, costed or not: what splits an answer per currency, so a
   * service without a recorded cost still falls in one currency's part (and in its count).
   */
  currencies: string[];
}

/**
 * Count, monthly cost and currencies of the services a selection holds, in one GROUP BY over the
 * selection: the inventory grows with the enterprise (100,000 lines at 50× the demo), so each
 * further pass over it, or Prisma's `distinct` (which reads every matching row into memory), is
 * paid on every question.
 */
export async function summarizeServiceSelection(where: Prisma.ServiceWhereInput, prisma: PrismaClient): Promise<ServiceSelectionSummary> {
  const groups = await prisma.service.groupBy({
    by: ['currency'],
    where,
    _count: { _all: true, monthlyCost: true },
    _sum: { monthlyCost: true },
    orderBy: { currency: 'asc' },
  });
  return {
    count: groups.reduce((sum, group) => sum + group._count._all, 0),
    monthlyCost: groups.reduce((sum, group) => sum.plus(group._sum.monthlyCost?.toString() ?? 0), new Decimal(0)),
    costedCurrencies: groups.filter((group) => group._count.monthlyCost > 0).map((group) => group.currency),
    currencies: groups.map((group) => group.currency),
  };
}
