import type { App, webApi } from '@slack/bolt';
import type { Assistant } from '../../assistant/assistant.js';
import type { PrismaClient } from '../../db/generated/client.js';
import type { AlertActionHandler } from '../../domain/alerts/create-alert-action-handler.js';
import type { Role } from '../../domain/people/resolve-chat-user.js';
import type { Logger } from '../../logger.js';
import { answerInSlack } from './answer-in-slack.js';
import { buildAppHome } from './build-app-home.js';
import { claimSlackDelivery } from './claim-slack-delivery.js';
import { alertActionPrefix } from './render-alert-blocks.js';
import { actionIds, renderAnswerBlocks, renderNotice, renderSharedAnswer } from './render-answer-blocks.js';
import { renderFullTable } from './render-full-table.js';
import { readSlackText } from './read-slack-text.js';
import { conversationKeyFor, decodeButtonValue, slackChatPlace } from './slack-place.js';
import type { SlackPlace } from './slack-place.js';
import { createSlackReplier } from './slack-replier.js';
import type { RespondFunction } from './slack-replier.js';
import { limitConcurrency } from './limit-concurrency.js';
import { createSlackViewerResolver } from './slack-viewer.js';
import { isServiceRequestWords, offerRequestForm } from './offer-request-form.js';
import { welcomeOnce } from '../../assistant/answer-welcome.js';

export interface SlackListenerDeps {
  client: webApi.WebClient;
  assistant: Assistant;
  prisma: PrismaClient;
  now: () => Date;
  logger: Logger;
  defaultRole: Role;
  defaultCostCenterScope: '*' | string[] | undefined;
  /** LEDGERLINE_ADMINS. */
  admins?: readonly string[] | undefined;
  workingNoticeAfterMs: number;
  /** A pressed alert button; returns what the clicker reads (only they see it). */
  onAlertAction: AlertActionHandler | undefined;
  /** Work that outlives the request (answers); stop() waits for it. */
  track(work: Promise<unknown>): void;
  /** Answers computed at the same time; the rest wait their turn (see limit-concurrency.ts). */
  maximumConcurrentAnswers: number;
  /** True while no Slack request waits for its ack: answers start only then. */
  isTransportIdle: () => boolean;
}

/** Bolt listeners: each translates a payload into (question, place, viewer) and hands over to answerInSlack. */
export function registerSlackListeners(app: App, deps: SlackListenerDeps): void {
  const { client, logger } = deps;
  const domainDeps = { prisma: deps.prisma, now: deps.now, logger };
  // Acks first: nothing below starts while a Slack request is open (see limit-concurrency.ts).
  const inTurn = limitConcurrency(deps.maximumConcurrentAnswers, deps.isTransportIdle);
  const whenIdle = limitConcurrency(Number.POSITIVE_INFINITY, deps.isTransportIdle);
  /** Work after the ack, queued and tracked for stop(); the listener returns at once. */
  const later = (task: () => Promise<void>) => {
    const work = inTurn(task).catch((error: unknown) => logger.error('slack work failed', { error }));
    deps.track(work);
  };

  const viewerFor = createSlackViewerResolver(
    { client, defaultRole: deps.defaultRole, defaultCostCenterScope: deps.defaultCostCenterScope, admins: deps.admins },
    domainDeps,
  );

  /** Answers once per delivery key: a retried or replayed delivery finds its key taken and stays silent. */
  const answer = (
    deliveryKey: string,
    question: string,
    place: SlackPlace,
    userId: string,
    respond?: RespondFunction,
    canShare = false,
    followUpOf?: string,
  ) => {
    const work = (async () => {
      if (!(await whenIdle(() => claimSlackDelivery(deps.prisma, deliveryKey)))) return;
      if (isServiceRequestWords(question)) {
        // "disconnect 253-555-0100": a request form, as in Teams — not a question for the assistant.
        await inTurn(async () => {
          const offer = await offerRequestForm({ words: question, viewer: await viewerFor(userId) }, domainDeps);
          await createSlackReplier(client, place, respond).post(offer);
        });
        return;
      }
      await answerInSlack(
        {
          question,
          place,
          resolveViewer: () => viewerFor(userId),
          replier: createSlackReplier(client, place, respond),
          canShare,
          followUpOf,
        },
        { assistant: deps.assistant, logger, workingNoticeAfterMs: deps.workingNoticeAfterMs, inTurn },
      );
    })().catch((error: unknown) => logger.error('slack answer failed', { error }));
    deps.track(work);
  };

  // @mention in a channel: answer in the thread (a new thread under the mention, or the thread it is in).
  app.event('app_mention', async ({ event, body, context }) => {
    if (!event.user) return;
    const teamId = body.team_id ?? event.team ?? '';
    const place: SlackPlace = { kind: 'thread', teamId, channelId: event.channel, threadTs: event.thread_ts ?? event.ts };
    answer(
      `event:${body.event_id}`,
      readSlackText(event.text, { botUserId: context.botUserId, leadingMentionIsBot: true }),
      place,
      event.user,
    );
  });

  // Direct messages: only people's plain messages (no edits, joins, or the bot's own posts).
  app.event('message', async ({ event, body, context }) => {
    if (event.channel_type !== 'im' || event.subtype !== undefined || 'bot_id' in event) return;
    if (!event.user || !event.text) return;
    const teamId = body.team_id ?? '';
    const place: SlackPlace = event.thread_ts
      ? { kind: 'thread', teamId, channelId: event.channel, threadTs: event.thread_ts }
      : { kind: 'channel', teamId, channelId: event.channel };
    answer(
      `event:${body.event_id}`,
      readSlackText(event.text, { botUserId: context.botUserId, leadingMentionIsBot: true }),
      place,
      event.user,
    );
  });

  // /ledger <question>: acknowledged at once, answered privately with a "Share in channel" button.
  app.command('/ledger', async ({ command, ack, respond, context }) => {
    await ack();
    // A bare "/ledger" is "help": the assistant answers it with examples from this workspace's data.
    // Slash-command text is escaped like a message; a mention in it is a person, not the bot.
    const question = readSlackText(command.text, { botUserId: context.botUserId, leadingMentionIsBot: false }) || 'help';
    const place: SlackPlace = { kind: 'private', teamId: command.team_id, channelId: command.channel_id, userId: command.user_id };
    answer(`command:${command.trigger_id}`, question, place, command.user_id, respond, true);
  });

  // Follow-up and clarification buttons ask in the conversation the button belongs to.
  app.action({ type: 'block_actions', action_id: new RegExp(`^${actionIds.followUp}_\\d+$`) }, async ({ ack, body, action, respond }) => {
    await ack();
    const value = decodeButtonValue('value' in action && typeof action.value === 'string' ? action.value : undefined);
    if (!value) return;
    answer(`action:${body.trigger_id}`, value.question, value.place, body.user.id, respond, value.place.kind === 'private', value.stateId);
  });

  // "Share in channel": the same question answered again, now for everyone in the channel.
  app.action({ type: 'block_actions', action_id: actionIds.share }, async ({ ack, body, action, respond }) => {
    await ack();
    const value = decodeButtonValue('value' in action && typeof action.value === 'string' ? action.value : undefined);
    if (!value) return;
    later(async () => {
      const viewer = await viewerFor(body.user.id);
      const place: SlackPlace = { kind: 'channel', teamId: value.place.teamId, channelId: value.place.channelId };
      const shared = await deps.assistant.ask({
        question: value.question,
        conversationKey: conversationKeyFor(place),
        viewer,
        surface: 'slack',
        place: slackChatPlace(place.channelId),
      });
      const posted = await createSlackReplier(client, place).post(
        renderSharedAnswer(shared, { question: value.question, place, sharedBy: body.user.id }),
      );
      if (posted.via === 'message') await respond({ delete_original: true });
    });
  });

  // "Show all": every row the answer holds, in as few messages as fit Slack's limits.
  app.action({ type: 'block_actions', action_id: actionIds.showAll }, async ({ ack, body, action, respond }) => {
    await ack();
    const value = decodeButtonValue('value' in action && typeof action.value === 'string' ? action.value : undefined);
    if (!value) return;
    later(async () => {
      const viewer = await viewerFor(body.user.id);
      const full = await deps.assistant.ask({
        question: value.question,
        conversationKey: `slack:${value.place.teamId}:${value.place.channelId}:show-all`,
        viewer,
        surface: 'slack',
        place: slackChatPlace(value.place.channelId),
      });
      if (!full.table) return;
      const replier = createSlackReplier(client, value.place, respond);
      for (const message of renderFullTable(full.table, value.question)) await replier.post(message);
    });
  });

  // Alert buttons: "ask" asks in the alert's thread; the rest belong to the alerts feature.
  app.action({ type: 'block_actions', action_id: new RegExp(`^${alertActionPrefix}`) }, async ({ ack, body, action, respond }) => {
    await ack();
    if (!('value' in action) || typeof action.value !== 'string' || !('action_id' in action)) return;
    const channelId = body.channel?.id;
    const messageTs = 'container' in body && typeof body.container?.message_ts === 'string' ? body.container.message_ts : undefined;
    const actionId = action.action_id.slice(alertActionPrefix.length);
    if (actionId === 'ask' && channelId && messageTs) {
      answer(
        `action:${body.trigger_id}`,
        action.value,
        { kind: 'thread', teamId: body.team?.id ?? '', channelId, threadTs: messageTs },
        body.user.id,
      );
      return;
    }
    const viewer = await viewerFor(body.user.id);
    const reply = deps.onAlertAction
      ? await deps.onAlertAction({ actionId, value: action.value, viewer, channelId, messageTs })
      : 'Alert actions are not available yet.';
    await respond({ response_type: 'ephemeral', replace_original: false, ...renderNotice(reply) });
  });

  /** The help, greeted, posted once per DM or channel (see welcomeOnce). */
  const welcome = (place: SlackPlace, userId: string, isPersonal: boolean) =>
    later(async () => {
      const viewer = await viewerFor(userId);
      const greeting = await welcomeOnce({ conversationKey: conversationKeyFor(place), viewer, surface: 'slack', isPersonal }, domainDeps);
      if (greeting) await createSlackReplier(client, place).post(renderAnswerBlocks(greeting, { question: 'help', place }));
    });

  // Ledgerline added to a channel: say what it does there, once.
  app.event('member_joined_channel', async ({ event, body, context }) => {
    if (!context.botUserId || event.user !== context.botUserId) return;
    welcome({ kind: 'channel', teamId: body.team_id ?? event.team, channelId: event.channel }, event.inviter ?? event.user, false);
  });

  app.event('app_home_opened', async ({ event, body }) => {
    // The first visit (either tab) is the install as the person sees it: a welcome in the DM.
    if (event.channel) welcome({ kind: 'channel', teamId: body.team_id ?? '', channelId: event.channel }, event.user, true);
    if (event.tab !== 'home') return;
    later(async () => {
      const viewer = await viewerFor(event.user);
      const view = await buildAppHome(
        { viewer, conversationKey: `slack:${body.team_id ?? ''}:home:${event.user}` },
        { ...domainDeps, assistant: deps.assistant },
      );
      await client.views.publish({ user_id: event.user, view });
    });
  });

  app.error(async (error) => {
    logger.error('slack listener failed', { code: error.code, error: error.message });
  });
}
