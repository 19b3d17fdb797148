import type { Prisma } from '../../db/generated/client.js';
import type { DomainDeps } from '../deps.js';
import type { AlertKind } from './alert-destination.js';
import type { ChannelSubscription, Platform } from './channel-subscription.js';
import { toChannelSubscription } from './channel-subscription.js';
import { readSubscriptionFilters } from './subscription-filters.js';

export interface UnsubscribeChannelInput {
  platform: Platform;
  channelId: string;
  /** omit to unsubscribe from everything */
  kinds?: AlertKind[];
}

/** Returns what the channel is still subscribed to, or null when nothing is left. */
export async function unsubscribeChannel(
  input: UnsubscribeChannelInput,
  deps: Pick<DomainDeps, 'prisma'>,
): Promise<ChannelSubscription | null> {
  const where = { platform_channelId: { platform: input.platform, channelId: input.channelId } };
  const existing = await deps.prisma.subscription.findUnique({ where });
  if (existing === null) return null;
  const removed = new Set<string>(input.kinds ?? existing.alertKinds);
  const alertKinds = existing.alertKinds.filter((kind) => !removed.has(kind));
  if (alertKinds.length === 0) {
    await deps.prisma.subscription.delete({ where });
    return null;
  }
  const filters = readSubscriptionFilters(existing.filters);
  for (const kind of removed) delete filters.byKind[kind];
  const row = await deps.prisma.subscription.update({ where, data: { alertKinds, filters: filters as Prisma.InputJsonValue } });
  return toChannelSubscription(row);
}
