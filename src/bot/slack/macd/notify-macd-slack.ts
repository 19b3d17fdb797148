import type { webApi } from '@slack/bolt';
import type { PrismaClient } from '../../../db/generated/client.js';
import { findApprovers } from '../../../domain/macd/find-approvers.js';
import { listMacdMessages, recordMacdMessage } from '../../../domain/macd/macd-messages.js';
import type { MacdRequestView } from '../../../domain/macd/macd-request-view.js';
import type { Logger } from '../../../logger.js';
import { renderApprovalMessage, renderRequesterNotice } from './render-macd-message.js';

interface NotifyDeps {
  client: webApi.WebClient;
  prisma: PrismaClient;
  now: () => Date;
  logger: Logger;
}

async function tellRequester(view: MacdRequestView, deps: NotifyDeps, extra?: string): Promise<void> {
  const requester = await deps.prisma.user.findUnique({ where: { id: view.requester.id }, select: { slackUserId: true } });
  if (!requester?.slackUserId) return;
  const notice = renderRequesterNotice(view);
  const text = extra ? `${notice.text} ${extra}` : notice.text;
  // Posting to a user id delivers to the app's direct message with that person.
  await deps.client.chat.postMessage({ channel: requester.slackUserId, text, blocks: extra ? [{ type: 'section', text: { type: 'mrkdwn', text } }, ...notice.blocks.slice(1)] : notice.blocks });
}

/** A new request: each approver in scope (or the admin fallback) on Slack gets the approval message; the requester a receipt. */
export async function notifyMacdRequestSubmitted(view: MacdRequestView, deps: NotifyDeps): Promise<void> {
  const request = await deps.prisma.macdRequest.findUniqueOrThrow({ where: { id: view.id }, select: { costCenterId: true, requesterId: true } });
  const approvers = await findApprovers({ costCenterId: request.costCenterId, requesterId: request.requesterId }, deps);
  const onSlack = approvers.filter((approver) => approver.slackUserId !== null);
  const message = renderApprovalMessage(view);
  for (const approver of onSlack) {
    const posted = await deps.client.chat.postMessage({ channel: approver.slackUserId ?? '', text: message.text, blocks: message.blocks });
    if (posted.channel && posted.ts) await recordMacdMessage({ requestId: view.id, platform: 'slack', conversationId: posted.channel, messageId: posted.ts }, deps);
  }
  const routedTo = onSlack.length > 0 ? `Sent to ${onSlack.map((approver) => approver.name).join(', ')}.` : 'No approver for it is on Slack yet; an admin will pick it up.';
  await tellRequester(view, deps, routedTo);
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
