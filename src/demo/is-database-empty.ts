import type { PrismaClient } from '../db/generated/client.js';

/** True when nothing has been imported yet: no vendors, no inventory, no cloud costs, no invoices. */
export async function isDatabaseEmpty(prisma: PrismaClient): Promise<boolean> {
  const [vendors, services, costRecords, invoices] = await Promise.all([
    prisma.vendor.count(),
    prisma.service.count(),
    prisma.costRecord.count(),
    prisma.invoice.count(),
  ]);
  return vendors + services + costRecords + invoices === 0;
}
