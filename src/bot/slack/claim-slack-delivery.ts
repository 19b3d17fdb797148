import type { PrismaClient } from '../../db/generated/client.js';

/**
 * Slack retries an event when it has not seen a 200 within 3 s, with the same event id.
 * The first replica to insert the key answers; every other delivery (retry, restart, other
 * replica sharing the database) finds the row and stays silent. Insert-if-absent is atomic
 * in PostgreSQL and PGlite alike.
 */
export async function claimSlackDelivery(prisma: PrismaClient, key: string): Promise<boolean> {
  const { count } = await prisma.processedEvent.createMany({ data: [{ key: `slack:${key}` }], skipDuplicates: true });
  return count === 1;
}
