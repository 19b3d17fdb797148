import type { DomainDeps } from '../deps.js';
import type { ChannelSubscription, Platform } from './channel-subscription.js';
import { toChannelSubscription } from './channel-subscription.js';

/** "What is this channel subscribed to?" — or, without a channel, every subscription of a platform (or all). */
export async function listChannelSubscriptions(
  input: { platform?: Platform; channelId?: string },
  deps: Pick<DomainDeps, 'prisma'>,
): Promise<ChannelSubscription[]> {
  const rows = await deps.prisma.subscription.findMany({
    where: { ...(input.platform ? { platform: input.platform } : {}), ...(input.channelId ? { channelId: input.channelId } : {}) },
    orderBy: [{ platform: 'asc' }, { channelId: 'asc' }],
  });
  return rows.map(toChannelSubscription);
}
