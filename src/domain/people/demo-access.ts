import type { PrismaClient } from '../../db/generated/client.js';

// While an installation holds nothing but the demo enterprise, people who are not registered
// see the demo as an admin would: a first run must show something, and no real figure can leak.
// The demo loader marks its own import batches; any other completed import (a customer's own
// file, users included) ends that. File names never contain "/", so the mark cannot be forged by
// importing a file.

const demoPrefix = 'demo/';

/** Written by the demo loader after its files are in. */
export async function recordDemoLoaded(input: { importBatchIds: number[] }, { prisma }: { prisma: PrismaClient }): Promise<void> {
  const batches = await prisma.importBatch.findMany({
    where: { id: { in: input.importBatchIds }, NOT: { fileName: { startsWith: demoPrefix } } },
    select: { id: true, fileName: true },
  });
  for (const batch of batches) {
    await prisma.importBatch.update({ where: { id: batch.id }, data: { fileName: `${demoPrefix}${batch.fileName}` } });
  }
}

/** True while every completed import belongs to a demo load (and there was one). Import batches are few: one row per file. */
export async function holdsOnlyDemoData({ prisma }: { prisma: PrismaClient }): Promise<boolean> {
  // One query: every answer asks this.
  const [counts] = await prisma.$queryRaw<[{ demo: bigint; other: bigint }]>`
    SELECT count(*) FILTER (WHERE "fileName" LIKE ${`${demoPrefix}%`}) AS demo,
           count(*) FILTER (WHERE "fileName" NOT LIKE ${`${demoPrefix}%`}) AS other
    FROM "ImportBatch" WHERE status = 'completed'`;
  return counts.demo > 0n && counts.other === 0n;
}
