import type { Prisma } from '../../db/generated/client.js';
import type { DomainDeps } from '../deps.js';
import type { AlertKind } from './alert-destination.js';
import type { ChannelSubscription, Platform } from './channel-subscription.js';
import { toChannelSubscription } from './channel-subscription.js';
import { readSubscriptionFilters } from './subscription-filters.js';
import { z } from 'zod';
import { defineTool } from '../tools/define-tool.js';
import { alertKindValues, answerWithoutChannel, requireManager, type ChannelSubscriptionToolResult } from './chat-subscription-rules.js';
import { listChannelSubscriptions } from './list-channel-subscriptions.js';

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

export const unsubscribeChannelTool = defineTool({
  name: 'unsubscribe_channel',
  writes: true,
  description:
    'Unsubscribes the channel the person is asking in from some alert kinds, or from all alerts when no kind is given. Answers "unsubscribe", "stop budget alerts here". Approvers and admins only.',
  input: z.object({
    kinds: z.array(z.enum(alertKindValues)).optional().describe('Alert kinds to stop; every kind when omitted'),
  }),
  async run(input, context): Promise<ChannelSubscriptionToolResult> {
    if (!context.place) return answerWithoutChannel();
    requireManager(context.viewer, 'change what a channel is subscribed to');
    const [before] = await listChannelSubscriptions(context.place, context);
    if (!before)
      return {
        place: context.place,
        outcome: 'not_subscribed',
        subscription: null,
        changedKinds: [],
        message: 'This channel was not subscribed to any alerts.',
      };
    const remaining = await unsubscribeChannel({ ...context.place, ...(input.kinds ? { kinds: input.kinds } : {}) }, context);
    const removed = before.kinds.map((entry) => entry.kind).filter((kind) => !remaining?.kinds.some((entry) => entry.kind === kind));
    return {
      place: context.place,
      outcome: removed.length > 0 ? 'unsubscribed' : 'not_subscribed',
      subscription: remaining,
      changedKinds: removed,
      message: removed.length > 0 ? 'Unsubscribed.' : 'This channel was not subscribed to those alerts.',
    };
  },
});
