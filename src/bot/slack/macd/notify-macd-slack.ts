import type { webApi } from '@slack/bolt';
import type { PrismaClient } from '../../../db/generated/client.js';
import { deliverMacdNotifications } from '../../../domain/macd/deliver-macd-notifications.js';
import { findRequesterToNotify } from '../../../domain/macd/find-requester-to-notify.js';
import type { MacdApproverNotifier } from '../../../domain/macd/macd-approver-notifier.js';
import { listMacdMessages } from '../../../domain/macd/macd-messages.js';
import { loadMacdRequestView, type MacdRequestView } from '../../../domain/macd/macd-request-view.js';
import type { Logger } from '../../../logger.js';
import { describeApproverReach } from '../../../domain/macd/macd-facts.js';
import { renderApprovalMessage, renderRequesterNotice } from './render-macd-message.js';

interface NotifyDeps {
  client: webApi.WebClient;
  prisma: PrismaClient;
  now: () => Date;
  logger: Logger;
}

async function tellRequester(view: MacdRequestView, deps: NotifyDeps, extra?: string): Promise<void> {
  const slackUserId = await findRequesterToNotify({ requesterId: view.requester.id, platform: 'slack' }, deps);
  if (!slackUserId) return;
  const notice = renderRequesterNotice(view, extra);
  // Posting to a user id delivers to the app's direct message with that person.
  await deps.client.chat.postMessage({ channel: slackUserId, text: notice.text, blocks: notice.blocks });
}

/** Approval messages into approvers' direct messages: one chat.postMessage, which throws when Slack refuses (the outbox retries). */
export function createSlackMacdNotifier(client: webApi.WebClient): MacdApproverNotifier {
  return {
    platform: 'slack',
    async send({ recipientId, request }) {
      const message = renderApprovalMessage(request);
      // Posting to a user id delivers to the app's direct message with that person.
      const posted = await client.chat.postMessage({ channel: recipientId, text: message.text, blocks: message.blocks });
      return { conversationId: posted.channel ?? recipientId, messageId: posted.ts ?? '' };
    },
  };
}

/**
 * A new request (written with its outbox of approval messages): each approver is tried once, and
 * the requester reads who has it and who could not be reached; the macd-notifications job retries
 * the rest. A resubmitted form is answered with the request it repeats.
 */
export async function notifyMacdRequestSubmitted(
  view: MacdRequestView,
  deps: NotifyDeps & { notifier: MacdApproverNotifier; isResubmit?: boolean },
): Promise<void> {
  await deliverMacdNotifications({ notifiers: [deps.notifier], requestId: view.id }, deps);
  const current = (await loadMacdRequestView(view.id, deps)) ?? view;
  const reach = describeApproverReach(current, { name: 'Slack' });
  await tellRequester(current, deps, deps.isResubmit ? `You had already submitted this form; this is that request. ${reach}` : reach);
}

/** A request moved: every copy of its approval message shows the new state and who acted; the requester is told. */
export async function notifyMacdRequestChanged(
  view: MacdRequestView,
  deps: NotifyDeps & { clicked?: { channelId: string; ts: string }; isRequesterNotified?: boolean },
): Promise<void> {
  const message = renderApprovalMessage(view);
  const recorded = await listMacdMessages({ requestId: view.id, platform: 'slack' }, deps);
  const targets = recorded.map((row) => ({ channelId: row.conversationId, ts: row.messageId }));
  const { clicked } = deps;
  const isClickedRecorded = clicked && targets.some((target) => target.channelId === clicked.channelId && target.ts === clicked.ts);
  // A cancel clicked in the requester's own notice updates that notice, not an approval message.
  if (clicked && !isClickedRecorded && view.status !== 'cancelled') targets.push(clicked);
  for (const target of targets) {
    await deps.client.chat.update({ channel: target.channelId, ts: target.ts, text: message.text, blocks: message.blocks });
  }
  if (deps.isRequesterNotified !== false) await tellRequester(view, deps);
}
