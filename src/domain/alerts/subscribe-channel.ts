import { z } from 'zod';
import type { Prisma } from '../../db/generated/client.js';
import { LedgerlineError } from '../../errors.js';
import type { Result } from '../../errors.js';
import { fail, ok } from '../../errors.js';
import type { DomainDeps } from '../deps.js';
import type { ChannelSubscription } from './channel-subscription.js';
import { toChannelSubscription } from './channel-subscription.js';
import { readSubscriptionFilters } from './subscription-filters.js';
import { resolveCostCenters, resolveVendors } from '../scope/resolve-named-filters.js';
import { defineTool } from '../tools/define-tool.js';
import {
  alertKindValues,
  answerWithoutChannel,
  requireCostCentersInScope,
  requireManager,
  type ChannelSubscriptionToolResult,
} from './chat-subscription-rules.js';

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

export const subscribeChannelTool = defineTool({
  name: 'subscribe_channel',
  writes: true,
  description:
    'Subscribes the channel the person is asking in to alert kinds (anomaly, notice-deadline, budget, billing-discrepancy), optionally only for some cost centers or vendors, optionally as one daily digest instead of one message per alert. Answers "subscribe this channel to anomalies for CC-630", "send budget alerts here as a daily digest". The channel is where the question was asked; approvers and admins only.',
  input: z.object({
    kinds: z.array(z.enum(alertKindValues)).min(1).describe('Alert kinds to receive'),
    costCenters: z
      .array(z.string().min(1).max(100))
      .max(20)
      .optional()
      .describe('Only alerts about these cost centers (codes like CC-630 or names)'),
    vendors: z.array(z.string().min(1).max(100)).max(20).optional().describe('Only alerts about these vendors'),
    isDigest: z.boolean().optional().describe('true: one digest message per run; false: one message per alert; omitted: unchanged'),
  }),
  async run(input, context): Promise<ChannelSubscriptionToolResult> {
    if (!context.place) return answerWithoutChannel();
    requireManager(context.viewer, 'change what a channel is subscribed to');
    const costCenters = (await resolveCostCenters(input.costCenters, context.prisma))?.map((costCenter) => costCenter.code) ?? [];
    const vendors = (await resolveVendors(input.vendors, context.prisma))?.map((vendor) => vendor.name) ?? [];
    requireCostCentersInScope(context.viewer, costCenters);
    const subscribed = await subscribeChannel(
      { ...context.place, kinds: input.kinds, costCenters, vendors, ...(input.isDigest !== undefined ? { isDigest: input.isDigest } : {}) },
      context,
    );
    if (!subscribed.ok) throw subscribed.error;
    return {
      place: context.place,
      outcome: 'subscribed',
      subscription: subscribed.value,
      changedKinds: [...new Set(input.kinds)],
      message: 'Subscribed.',
    };
  },
});
