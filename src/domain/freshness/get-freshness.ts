import type { PrismaClient } from '../../db/generated/client.js';

/** Latest imported period per source, so every answer can say how fresh it is. */
export interface Freshness {
  telecomInvoicesThrough: string | null;
  cloudCostsThrough: string | null;
  usageThrough: string | null;
}

/**
 * Latest imported period per source, in one query: every answer says how fresh its figures are
 * (provisional cloud data keeps changing until the bill closes).
 */
export async function getFreshness(prisma: PrismaClient): Promise<Freshness> {
  const rows = await prisma.$queryRaw<Array<{ invoices: string | null; cloud: string | null; usage: string | null }>>`
    SELECT
      (SELECT to_char(max("periodStart"), 'YYYY-MM-DD') FROM "Invoice") AS invoices,
      (SELECT to_char(max("day"), 'YYYY-MM-DD') FROM "CostDaily") AS cloud,
      (SELECT to_char(max("period"), 'YYYY-MM-DD') FROM "MobileUsage") AS usage`;
  const row = rows[0];
  return {
    telecomInvoicesThrough: row?.invoices ?? null,
    cloudCostsThrough: row?.cloud ?? null,
    usageThrough: row?.usage ?? null,
  };
}
