import { z } from 'zod';
import type { AlertStatus } from '../../db/generated/client.js';
import { LedgerlineError } from '../../errors.js';
import { resolveCostCenters, resolveVendors } from '../scope/resolve-named-filters.js';
import { defineTool, type ToolContext } from '../tools/define-tool.js';
import type { ChatPlace } from '../shared/chat-place.js';
import type { Viewer } from '../shared/viewer.js';
import type { AlertKind } from './alert-destination.js';
import type { ChannelSubscription } from './channel-subscription.js';
import { listChannelSubscriptions } from './list-channel-subscriptions.js';
import { readStoredAlert } from './read-stored-alert.js';
import { subscribeChannel } from './subscribe-channel.js';
import { unsubscribeChannel } from './unsubscribe-channel.js';
import { describeAlertState, readAlertStates } from './alert-feedback.js';

// Chat tools over per-channel alert subscriptions and the alert outbox. The channel always comes
// from where the question was asked (context.place, set by the surface), never from the
// arguments: a model cannot subscribe, or read the alerts of, a channel the person is not in.

const alertKinds = ['anomaly', 'notice-deadline', 'budget', 'billing-discrepancy'] as const;
const alertStatuses = ['pending', 'sent', 'failed'] as const;

export const needsChannelMessage =
  'Subscriptions are per channel: ask in the channel (Slack, Teams or the console) that should receive the alerts.';

/** Changing what a channel receives is a write: approvers and admins only. */
function canManageSubscriptions(viewer: Viewer): boolean {
  return viewer.role === 'approver' || viewer.role === 'admin';
}

function requireManager(viewer: Viewer, action: string): void {
  if (!canManageSubscriptions(viewer)) {
    throw new LedgerlineError(
      'FORBIDDEN',
      `Only approvers and admins can ${action}; you are a ${viewer.role}. Ask an approver or an admin in this channel.`,
    );
  }
}

/**
 * A viewer limited to some cost centers may only route alerts about those cost centers: the
 * alerts carry figures they could not otherwise see.
 */
function requireCostCentersInScope(viewer: Viewer, costCenters: string[]): void {
  if (viewer.costCenterScope === '*') return;
  const allowed = new Set(viewer.costCenterScope.map((code) => code.toLowerCase()));
  if (costCenters.length === 0 || costCenters.some((code) => !allowed.has(code.toLowerCase()))) {
    throw new LedgerlineError(
      'FORBIDDEN',
      `You may only subscribe to alerts for your cost centers (${viewer.costCenterScope.join(', ')}); name them, e.g. "for ${viewer.costCenterScope[0] ?? 'CC-100'}".`,
    );
  }
}

export interface ChannelSubscriptionToolResult {
  /** null when the question did not come from a channel */
  place: ChatPlace | null;
  outcome: 'subscribed' | 'unsubscribed' | 'listed' | 'not_subscribed' | 'needs_channel';
  /** what the channel receives now; null when nothing */
  subscription: ChannelSubscription | null;
  /** kinds this call added or removed */
  changedKinds: AlertKind[];
  message: string;
}

const withoutPlace = (): ChannelSubscriptionToolResult => ({
  place: null,
  outcome: 'needs_channel',
  subscription: null,
  changedKinds: [],
  message: needsChannelMessage,
});

export const subscribeChannelTool = defineTool({
  name: 'subscribe_channel',
  writes: true,
  description:
    'Subscribes the channel the person is asking in to alert kinds (anomaly, notice-deadline, budget, billing-discrepancy), optionally only for some cost centers or vendors, optionally as one daily digest instead of one message per alert. Answers "subscribe this channel to anomalies for CC-630", "send budget alerts here as a daily digest". The channel is where the question was asked; approvers and admins only.',
  input: z.object({
    kinds: z.array(z.enum(alertKinds)).min(1).describe('Alert kinds to receive'),
    costCenters: z
      .array(z.string().min(1).max(100))
      .max(20)
      .optional()
      .describe('Only alerts about these cost centers (codes like CC-630 or names)'),
    vendors: z.array(z.string().min(1).max(100)).max(20).optional().describe('Only alerts about these vendors'),
    isDigest: z.boolean().optional().describe('true: one digest message per run; false: one message per alert; omitted: unchanged'),
  }),
  async run(input, context): Promise<ChannelSubscriptionToolResult> {
    if (!context.place) return withoutPlace();
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

export const unsubscribeChannelTool = defineTool({
  name: 'unsubscribe_channel',
  writes: true,
  description:
    'Unsubscribes the channel the person is asking in from some alert kinds, or from all alerts when no kind is given. Answers "unsubscribe", "stop budget alerts here". Approvers and admins only.',
  input: z.object({
    kinds: z.array(z.enum(alertKinds)).optional().describe('Alert kinds to stop; every kind when omitted'),
  }),
  async run(input, context): Promise<ChannelSubscriptionToolResult> {
    if (!context.place) return withoutPlace();
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

export const listChannelSubscriptionsTool = defineTool({
  name: 'list_channel_subscriptions',
  description:
    'What the channel the person is asking in is subscribed to: alert kinds, their cost-center and vendor filters, and whether alerts arrive as a daily digest. Answers "what is this channel subscribed to?".',
  input: z.object({}),
  async run(_input, context): Promise<ChannelSubscriptionToolResult> {
    if (!context.place) return withoutPlace();
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

export interface AlertDeliveryView {
  platform: string;
  channelId: string;
  status: AlertStatus;
  attempts: number;
  lastError: string | null;
  isThisChannel: boolean;
}

export interface ListedAlert {
  id: number;
  kind: AlertKind;
  title: string;
  summary: string;
  /** this channel's delivery status when listing one channel; the alert's overall status otherwise */
  status: AlertStatus;
  createdAt: string;
  deliveries: AlertDeliveryView[];
  /** who acknowledged it, marked it expected or snoozed it, as people read it */
  handling: string[];
}

export interface ListAlertsToolResult {
  place: ChatPlace | null;
  scope: 'this_channel' | 'all_channels';
  statuses: AlertStatus[] | null;
  kinds: AlertKind[] | null;
  /** newest first */
  alerts: ListedAlert[];
  /** alerts matching, before the limit */
  alertCount: number;
  countsByStatus: Record<AlertStatus, number>;
}

/** A viewer limited to some cost centers sees only alerts about those cost centers. */
function isVisible(viewer: Viewer, scopeCostCenters: string[]): boolean {
  if (viewer.costCenterScope === '*') return true;
  const allowed = new Set(viewer.costCenterScope.map((code) => code.toLowerCase()));
  return scopeCostCenters.length > 0 && scopeCostCenters.some((code) => allowed.has(code.toLowerCase()));
}

async function loadAlerts(input: { channel?: 'this' | 'all' | undefined; kinds?: AlertKind[] | undefined }, context: ToolContext) {
  const place = context.place;
  const isThisChannel = input.channel === 'this';
  if (isThisChannel && !place) return null;
  // Recent means the last few hundred: the outbox keeps every alert forever.
  const rows = await context.prisma.alert.findMany({
    where: {
      ...(input.kinds ? { kind: { in: input.kinds } } : {}),
      ...(isThisChannel && place ? { deliveries: { some: { platform: place.platform, channelId: place.channelId } } } : {}),
    },
    include: { deliveries: { orderBy: { id: 'asc' } } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 500,
  });
  return rows.flatMap((row): ListedAlert[] => {
    const stored = readStoredAlert(row);
    if (!isVisible(context.viewer, stored.scope.costCenters)) return [];
    const deliveries = row.deliveries.map((delivery) => ({
      platform: delivery.platform,
      channelId: delivery.channelId,
      status: delivery.status,
      attempts: delivery.attempts,
      lastError: delivery.lastError,
      isThisChannel: place !== undefined && delivery.platform === place.platform && delivery.channelId === place.channelId,
    }));
    const here = deliveries.find((delivery) => delivery.isThisChannel);
    return [
      {
        id: row.id,
        kind: stored.kind,
        title: row.title,
        summary: stored.message.summary,
        status: isThisChannel && here ? here.status : row.status,
        createdAt: row.createdAt.toISOString(),
        deliveries,
        handling: [],
      },
    ];
  });
}

export const listAlertsTool = defineTool({
  name: 'list_alerts',
  description:
    'Recent alerts (anomalies, notice deadlines, budgets, billing discrepancies), newest first, with their delivery status: pending, sent or failed, per destination channel with the last error. Answers "recent alerts", "which alerts failed?", "what was posted in this channel?".',
  input: z.object({
    statuses: z.array(z.enum(alertStatuses)).optional().describe('Only alerts in these delivery statuses, e.g. ["failed"]'),
    kinds: z.array(z.enum(alertKinds)).optional().describe('Only these alert kinds'),
    channel: z
      .enum(['this', 'all'])
      .optional()
      .describe('"this": only alerts delivered to the channel the person is asking in; "all" (default): every channel'),
    limit: z.number().int().min(1).max(100).optional().describe('Alerts listed (default 10); counts cover all'),
  }),
  async run(input, context): Promise<ListAlertsToolResult> {
    const listed = await loadAlerts(input, context);
    const scope = input.channel === 'this' ? 'this_channel' : 'all_channels';
    if (listed === null) {
      throw new LedgerlineError(
        'INVALID_INPUT',
        'Alerts "in this channel" need a channel: ask in the channel, or ask for recent alerts in every channel.',
      );
    }
    const countsByStatus: Record<AlertStatus, number> = { pending: 0, sent: 0, failed: 0 };
    for (const alert of listed) countsByStatus[alert.status] += 1;
    const matching = input.statuses ? listed.filter((alert) => input.statuses!.includes(alert.status)) : listed;
    return {
      place: context.place ?? null,
      scope,
      statuses: input.statuses ?? null,
      kinds: input.kinds ?? null,
      alerts: await withHandling(matching.slice(0, input.limit ?? 10), context),
      alertCount: matching.length,
      countsByStatus,
    };
  },
});

async function withHandling(alerts: ListedAlert[], context: ToolContext): Promise<ListedAlert[]> {
  const states = await readAlertStates(
    alerts.map((alert) => alert.id),
    context,
  );
  return alerts.map((alert) => {
    const state = states.get(alert.id);
    return { ...alert, handling: state ? describeAlertState(state, context.now()) : [] };
  });
}

/** The alert tools, in the order the registry lists them. */
export const alertTools = [subscribeChannelTool, unsubscribeChannelTool, listChannelSubscriptionsTool, listAlertsTool] as const;
