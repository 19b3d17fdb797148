import type { CloudAdapter, ConnectorClient, TurnContext } from '@microsoft/agents-hosting';
import { MessageFactory } from '@microsoft/agents-hosting';
import type { AlertDestination, AlertMessage } from '../../domain/alerts/alert-destination.js';
import type { PrismaClient } from '../../db/generated/client.js';
import { LedgerlineError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type { RetryPolicy } from './connector-retry.js';
import { retryAfterMs, withConnectorRetry } from './connector-retry.js';
import { findConversationReference } from './conversation-references.js';
import { cardAttachment, maximumCardBytes } from './adaptive-card.js';
import type { AdaptiveCard } from './adaptive-card.js';
import { renderAlertCard } from './render-alert-card.js';
import type { AlertCardOptions } from './render-alert-card.js';
import { renderChartDataUri, teamsChartCanvas } from '../shared/render-chart-png.js';

export interface TeamsAlertDestinationDependencies {
  adapter: CloudAdapter;
  prisma: PrismaClient;
  logger: Logger;
  /** The bot's app id; undefined in emulator mode (the connector is then called without a token). */
  appId: string | undefined;
  /** Retries of a redraw (update); a post is tried once, the outbox retries it. */
  retryPolicy?: RetryPolicy;
}

/** Posts an alert card into a chat or channel the app was installed in (the stored reference), and redraws it in place. */
export function createTeamsAlertDestination(dependencies: TeamsAlertDestinationDependencies): AlertDestination {
  const { adapter, prisma, logger, appId, retryPolicy } = dependencies;
  // An identity without `aud` makes the SDK call the connector anonymously, as the emulator expects.
  const identity: Parameters<CloudAdapter['continueConversation']>[0] = appId ? { aud: appId } : {};
  return {
    platform: 'teams',
    async post(channelId: string, message: AlertMessage) {
      const reference = await findConversationReference(prisma, channelId);
      if (!reference) {
        throw new LedgerlineError('NOT_FOUND', `No Teams conversation ${channelId} is known: install the app there first.`);
      }
      const card = await renderAlertCardWithChart(message, logger);
      let messageRef: string | undefined;
      const failure = await inConversation(reference, async (context) => {
        const connector = context.turnState.get<ConnectorClient>(context.adapter.ConnectorClientKey);
        const activity = MessageFactory.attachment(cardAttachment(card));
        activity.applyConversationReference(context.activity.getConversationReference());
        // A new post in the chat or channel, not a reply to the continuation's made-up id.
        activity.replyToId = undefined;
        // One attempt: the outbox (dispatch-alerts.ts) is the only retry loop for alerts, so a
        // retry never posts while another dispatcher could.
        const response = await connector.sendToConversation(reference.conversation.id, activity);
        messageRef = `${reference.conversation.id}:${response.id ?? ''}`;
      });
      if (failure !== undefined || messageRef === undefined) {
        // A throttled connector says when to come back; the outbox waits at least that long.
        const retryAfter = retryAfterMs(failure);
        throw new LedgerlineError(
          'UNAVAILABLE',
          `Teams did not accept alert ${message.alertId}: ${String(failure)}`,
          retryAfter === undefined ? undefined : { retryAfterMs: retryAfter },
        );
      }
      return { messageRef };
    },
    // Someone acted on the alert elsewhere (Slack, another channel): this copy shows it too.
    async update(messageRef: string, message: AlertMessage) {
      const separator = messageRef.lastIndexOf(':');
      const conversationId = messageRef.slice(0, separator);
      const activityId = messageRef.slice(separator + 1);
      const reference = await findConversationReference(prisma, conversationId);
      if (!reference) throw new LedgerlineError('NOT_FOUND', `No Teams conversation ${conversationId} is known.`);
      const card = await renderAlertCardWithChart(message, logger);
      const failure = await inConversation(reference, async (context) => {
        const connector = context.turnState.get<ConnectorClient>(context.adapter.ConnectorClientKey);
        const activity = MessageFactory.attachment(cardAttachment(card));
        activity.applyConversationReference(context.activity.getConversationReference());
        activity.id = activityId;
        activity.replyToId = undefined;
        await withConnectorRetry(() => connector.updateActivity(conversationId, activityId, activity), {
          logger,
          description: `alert ${message.alertId} update`,
          ...(retryPolicy ? { policy: retryPolicy } : {}),
        });
      });
      if (failure !== undefined)
        throw new LedgerlineError('UNAVAILABLE', `Teams did not update alert ${message.alertId}: ${String(failure)}`);
    },
  };

  /** Runs `work` in the stored conversation; returns what failed (the adapter would only log it). */
  async function inConversation(
    reference: NonNullable<Awaited<ReturnType<typeof findConversationReference>>>,
    work: (context: TurnContext) => Promise<void>,
  ): Promise<unknown> {
    let failure: unknown;
    try {
      await adapter.continueConversation(identity, reference, async (context) => {
        // The adapter reports errors thrown here to onTurnError, not to us: catch them ourselves.
        try {
          await work(context);
        } catch (error) {
          failure = error;
        }
      });
    } catch (error) {
      failure = error;
    }
    return failure;
  }
}

/** The alert card with its chart, unless the chart would push it past Teams' message size. */
export async function renderAlertCardWithChart(
  message: AlertMessage,
  logger: Logger,
  options: Omit<AlertCardOptions, 'chartImageUri'> = {},
): Promise<AdaptiveCard> {
  const withChart = renderAlertCard(message, { ...options, chartImageUri: await alertChart(message, logger) });
  return JSON.stringify(withChart).length <= maximumCardBytes ? withChart : renderAlertCard(message, options);
}

async function alertChart(message: AlertMessage, logger: Logger): Promise<string | undefined> {
  if (!message.series || message.series.categories.length < 2) return undefined;
  const { categories, actual, expected, unit } = message.series;
  try {
    return await renderChartDataUri(
      {
        kind: 'line',
        title: message.title,
        categories,
        series: [{ name: 'Actual', values: actual }, ...(expected ? [{ name: 'Expected', values: expected }] : [])],
        unit,
      },
      teamsChartCanvas,
    );
  } catch (error) {
    logger.warn('alert chart not rendered', { alertId: message.alertId, error });
    return undefined;
  }
}
