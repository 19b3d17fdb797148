import type { DomainDeps } from '../deps.js';
import type { ChannelSubscription, Platform } from './channel-subscription.js';
import { toChannelSubscription } from './channel-subscription.js';
import { z } from 'zod';
import { defineTool } from '../tools/define-tool.js';
import { answerWithoutChannel, type ChannelSubscriptionToolResult } from './chat-subscription-rules.js';

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

export const listChannelSubscriptionsTool = defineTool({
  name: 'list_channel_subscriptions',
  description:
    'What the channel the person is asking in is subscribed to: alert kinds, their cost-center and vendor filters, and whether alerts arrive as a daily digest. Answers "what is this channel subscribed to?".',
  input: z.object({}),
  async run(_input, context): Promise<ChannelSubscriptionToolResult> {
    if (!context.place) return answerWithoutChannel();
    const [subscription] = await listChannelSubscriptions(context.place, context);
    return {
      place: context.place,
      outcome: subscription ? 'listed' : 'not_subscribed',
      subscription: subscription ?? null,
      changedKinds: [],
      message: subscription ? 'Listed.' : 'This channel is not subscribed to any alerts.',
    };
  },
});
