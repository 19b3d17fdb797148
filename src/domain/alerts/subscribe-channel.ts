import { z } from 'zod';
import type { Prisma } from '../../db/generated/client.js';
import { LedgerlineError } from '../../errors.js';
import type { Result } from '../../errors.js';
import { fail, ok } from '../../errors.js';
import type { DomainDeps } from '../deps.js';
import type { ChannelSubscription } from './channel-subscription.js';
import { toChannelSubscription } from './channel-subscription.js';
import { readSubscriptionFilters } from './subscription-filters.js';

export const subscribeChannelInputSchema = z.object({
  platform: z.enum(['console', 'slack', 'teams']),
  channelId: z.string().min(1),
  kinds: z
    .array(z.enum(['anomaly', 'notice-deadline', 'budget', 'billing-discrepancy']))
    .min(1)
    .describe('alert kinds to receive'),
  costCenters: z.array(z.string().min(1)).optional().describe('only alerts about these cost-center codes, e.g. CC-630'),
  vendors: z.array(z.string().min(1)).optional().describe('only alerts about these vendors'),
  isDigest: z.boolean().optional().describe('one message per run instead of one per alert'),
});
export type SubscribeChannelInput = z.input<typeof subscribeChannelInputSchema>;

/**
 * "Subscribe this channel to anomalies for CC-630": adds the kinds (replacing their filters) and
 * keeps the channel's other kinds as they were. Idempotent.
 */
export async function subscribeChannel(
  input: SubscribeChannelInput,
  deps: Pick<DomainDeps, 'prisma'>,
): Promise<Result<ChannelSubscription>> {
  const parsed = subscribeChannelInputSchema.safeParse(input);
  if (!parsed.success) return fail(new LedgerlineError('INVALID_INPUT', parsed.error.issues.map((issue) => issue.message).join('; ')));
  const { platform, channelId, kinds, costCenters = [], vendors = [], isDigest } = parsed.data;
  const existing = await deps.prisma.subscription.findUnique({ where: { platform_channelId: { platform, channelId } } });
  const filters = readSubscriptionFilters(existing?.filters);
  for (const kind of kinds) filters.byKind[kind] = { costCenters, vendors };
  if (isDigest !== undefined) filters.isDigest = isDigest;
  const alertKinds = [...new Set([...(existing?.alertKinds ?? []), ...kinds])].sort();
  const row = await deps.prisma.subscription.upsert({
    where: { platform_channelId: { platform, channelId } },
    create: { platform, channelId, alertKinds, filters: filters as Prisma.InputJsonValue },
    update: { alertKinds, filters: filters as Prisma.InputJsonValue },
  });
  return ok(toChannelSubscription(row));
}
