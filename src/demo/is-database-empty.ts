import type { PrismaClient } from '../db/generated/client.js';

/** True when nothing has been imported yet: no vendors, no inventory, no cloud costs, no invoices. */
export async function isDatabaseEmpty(prisma: PrismaClient): Promise<boolean> {
  // One row each is enough: counting a million cost records took 300–450 ms at every start.
  const found = await Promise.all([
    prisma.vendor.findFirst({ select: { id: true } }),
    prisma.service.findFirst({ select: { id: true } }),
    prisma.costRecord.findFirst({ select: { id: true } }),
    prisma.invoice.findFirst({ select: { id: true } }),
  ]);
  return found.every((row) => row === null);
}
