import type { CloudAdapter, ConnectorClient } from '@microsoft/agents-hosting';
import { MessageFactory } from '@microsoft/agents-hosting';
import type { AlertDestination, AlertMessage } from '../../domain/alerts/alert-destination.js';
import type { PrismaClient } from '../../db/generated/client.js';
import { LedgerlineError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type { RetryPolicy } from './connector-retry.js';
import { withConnectorRetry } from './connector-retry.js';
import { findConversationReference } from './conversation-references.js';
import { cardAttachment, maximumCardBytes } from './ledgerline-agent.js';
import { renderAlertCard } from './render-alert-card.js';
import { renderChartDataUri } from './render-chart-image.js';

export interface TeamsAlertDestinationDependencies {
  adapter: CloudAdapter;
  prisma: PrismaClient;
  logger: Logger;
  /** The bot's app id; undefined in emulator mode (the connector is then called without a token). */
  appId: string | undefined;
  retryPolicy?: RetryPolicy;
}

/** Posts an alert card into a chat or channel the app was installed in (the stored reference). */
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
      const withChart = renderAlertCard(message, { chartImageUri: await alertChart(message, logger) });
      // Teams caps a message at about 28 KB: the chart goes before the alert does.
      const card = JSON.stringify(withChart).length <= maximumCardBytes ? withChart : renderAlertCard(message);
      let messageRef: string | undefined;
      let failure: unknown;
      try {
        await adapter.continueConversation(identity, reference, async (context) => {
          // The adapter reports errors thrown here to onTurnError, not to us: catch them ourselves.
          try {
            const connector = context.turnState.get<ConnectorClient>(context.adapter.ConnectorClientKey);
            const activity = MessageFactory.attachment(cardAttachment(card));
            activity.applyConversationReference(context.activity.getConversationReference());
            // A new post in the chat or channel, not a reply to the continuation's made-up id.
            activity.replyToId = undefined;
            const response = await withConnectorRetry(() => connector.sendToConversation(reference.conversation.id, activity), {
              logger,
              description: `alert ${message.alertId}`,
              ...(retryPolicy ? { policy: retryPolicy } : {}),
            });
            messageRef = `${reference.conversation.id}:${response.id ?? ''}`;
          } catch (error) {
            failure = error;
          }
        });
      } catch (error) {
        failure = error;
      }
      if (failure !== undefined || messageRef === undefined) {
        throw new LedgerlineError('UNAVAILABLE', `Teams did not accept alert ${message.alertId}: ${String(failure)}`);
      }
      return { messageRef };
    },
  };
}

async function alertChart(message: AlertMessage, logger: Logger): Promise<string | undefined> {
  if (!message.series || message.series.categories.length < 2) return undefined;
  const { categories, actual, expected, unit } = message.series;
  try {
    return await renderChartDataUri({
      kind: 'line',
      title: message.title,
      categories,
      series: [{ name: 'Actual', values: actual }, ...(expected ? [{ name: 'Expected', values: expected }] : [])],
      unit,
    });
  } catch (error) {
    logger.warn('alert chart not rendered', { alertId: message.alertId, error: String(error) });
    return undefined;
  }
}

