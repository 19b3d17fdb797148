import { Activity, ActivityTypes } from '@microsoft/agents-activity';
import type { CloudAdapter, ConnectorClient, TurnContext } from '@microsoft/agents-hosting';
import type { Prisma } from '../../../db/generated/client.js';
import type { MacdApproverNotifier } from '../../../domain/macd/macd-approver-notifier.js';
import { LedgerlineError } from '../../../errors.js';
import { retryAfterMs } from '../connector-retry.js';
import { renderApprovalCard, type MacdCard } from './render-macd-cards.js';

/** What a job needs to reach Teams without a turn: taken from the submit's activity. */
export interface TeamsMacdRoute {
  serviceUrl: string;
  /** the conversation the form was submitted in: only used to open a connection to the connector */
  conversationId: string;
  tenantId?: string;
  agent?: { id: string; name?: string };
}

const cardContentType = 'application/vnd.microsoft.card.adaptive';
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export const cardActivity = (card: MacdCard) =>
  Activity.fromObject({ type: ActivityTypes.Message, attachments: [{ contentType: cardContentType, content: card }] });

/** The route of the turn a form was submitted in. */
export function teamsMacdRouteOf(context: TurnContext): TeamsMacdRoute {
  const activity = context.activity;
  const tenantId =
    activity.conversation?.tenantId ??
    (isRecord(activity.channelData) && isRecord(activity.channelData.tenant) ? String(activity.channelData.tenant.id) : undefined);
  return {
    serviceUrl: activity.serviceUrl ?? '',
    conversationId: activity.conversation?.id ?? '',
    ...(tenantId ? { tenantId } : {}),
    ...(activity.recipient?.id
      ? { agent: { id: activity.recipient.id, ...(activity.recipient.name ? { name: activity.recipient.name } : {}) } }
      : {}),
  };
}

function readRoute(route: Prisma.JsonValue | null): TeamsMacdRoute | null {
  if (!isRecord(route) || typeof route.serviceUrl !== 'string' || typeof route.conversationId !== 'string' || route.serviceUrl === '')
    return null;
  return route as unknown as TeamsMacdRoute;
}

/**
 * Approval cards into approvers' personal chats: the chat is created (or found: Teams returns
 * the existing one) and the card posted, once. A person who never installed the app makes the
 * connector answer 403/404; that throws, and the outbox retries with backoff. The same path
 * serves the submit (inside its turn) and the macd-notifications job (no turn).
 */
export function createTeamsMacdNotifier(dependencies: { adapter: CloudAdapter; appId: string | undefined }): MacdApproverNotifier {
  const { adapter, appId } = dependencies;
  // An identity without `aud` makes the SDK call the connector anonymously, as the emulator expects.
  const identity: Parameters<CloudAdapter['continueConversation']>[0] = appId ? { aud: appId } : {};
  return {
    platform: 'teams',
    async send({ recipientId, request, route: stored }) {
      const route = readRoute(stored);
      if (!route) throw new LedgerlineError('INVALID_INPUT', 'No Teams route stored for this notification.');
      const reference = {
        channelId: 'msteams',
        serviceUrl: route.serviceUrl,
        conversation: { id: route.conversationId, ...(route.tenantId ? { tenantId: route.tenantId } : {}) },
        ...(route.agent ? { agent: route.agent } : {}),
      } as Parameters<CloudAdapter['continueConversation']>[1];
      let sent: { conversationId: string; messageId: string } | undefined;
      let failure: unknown;
      try {
        await adapter.continueConversation(identity, reference, async (context) => {
          // The adapter reports errors thrown here to onTurnError, not to us: catch them ourselves.
          try {
            const connector = context.turnState.get<ConnectorClient>(context.adapter.ConnectorClientKey);
            const chat = await connector.createConversation({
              isGroup: false,
              members: [{ id: recipientId }],
              ...(route.agent ? { agent: route.agent } : {}),
              ...(route.tenantId ? { tenantId: route.tenantId, channelData: { tenant: { id: route.tenantId } } } : {}),
            } as Parameters<ConnectorClient['createConversation']>[0]);
            const response = await connector.sendToConversation(chat.id, cardActivity(renderApprovalCard(request)));
            sent = { conversationId: chat.id, messageId: response.id ?? '' };
          } catch (error) {
            failure = error;
          }
        });
      } catch (error) {
        failure = error;
      }
      if (failure !== undefined || sent === undefined) {
        const retryAfter = retryAfterMs(failure);
        throw new LedgerlineError(
          'UNAVAILABLE',
          `Teams did not accept the approval card of request ${request.id}: ${String(failure)}`,
          retryAfter === undefined ? undefined : { retryAfterMs: retryAfter },
          { cause: failure },
        );
      }
      return { ...sent, reference: { serviceUrl: route.serviceUrl } };
    },
  };
}
