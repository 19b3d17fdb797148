import { LedgerlineError } from '../../errors.js';
import type { ChatPlace } from '../shared/chat-place.js';
import type { Viewer } from '../shared/viewer.js';
import type { AlertKind } from './alert-destination.js';
import type { ChannelSubscription } from './channel-subscription.js';

// What the chat tools over channel subscriptions share. The channel always comes from where the
// question was asked (context.place, set by the surface), never from the arguments: a model cannot
// subscribe, or read the alerts of, a channel the person is not in.

export const alertKindValues = ['anomaly', 'notice-deadline', 'budget', 'billing-discrepancy'] as const;
export const needsChannelMessage =
  'Subscriptions are per channel: ask in the channel (Slack, Teams or the console) that should receive the alerts.';

/** Changing what a channel receives is a write: approvers and admins only. */
export function canManageSubscriptions(viewer: Viewer): boolean {
  return viewer.role === 'approver' || viewer.role === 'admin';
}

export function requireManager(viewer: Viewer, action: string): void {
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
export function requireCostCentersInScope(viewer: Viewer, costCenters: string[]): void {
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

export const answerWithoutChannel = (): ChannelSubscriptionToolResult => ({
  place: null,
  outcome: 'needs_channel',
  subscription: null,
  changedKinds: [],
  message: needsChannelMessage,
});
