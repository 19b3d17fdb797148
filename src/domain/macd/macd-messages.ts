import type { Prisma } from '../../db/generated/client.js';
import type { DomainDeps } from '../deps.js';

// Where a request's approval messages were posted, so a decision updates every copy in place.

export interface MacdMessageRef {
  platform: 'slack' | 'teams';
  conversationId: string;
  messageId: string;
  reference?: Prisma.InputJsonValue;
}

export async function recordMacdMessage(input: { requestId: number } & MacdMessageRef, deps: Pick<DomainDeps, 'prisma'>): Promise<void> {
  await deps.prisma.macdMessage.createMany({
    data: [
      {
        requestId: input.requestId,
        platform: input.platform,
        conversationId: input.conversationId,
        messageId: input.messageId,
        ...(input.reference ? { reference: input.reference } : {}),
      },
    ],
    skipDuplicates: true,
  });
}

export async function listMacdMessages(input: { requestId: number; platform: 'slack' | 'teams' }, deps: Pick<DomainDeps, 'prisma'>) {
  return deps.prisma.macdMessage.findMany({ where: { requestId: input.requestId, platform: input.platform }, orderBy: { id: 'asc' } });
}
