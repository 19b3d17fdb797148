import type { Prisma } from '../../db/generated/client.js';
import type { MacdRequestView } from './macd-request-view.js';

/** The chat platforms an approval message goes out on. */
export type MacdPlatform = 'slack' | 'teams';

/** Where an approval message landed, so a decision can redraw it in place. */
export interface SentApprovalMessage {
  conversationId: string;
  messageId: string;
  /** Teams: what is needed to update the activity later. */
  reference?: Prisma.InputJsonValue;
}

/**
 * The port each chat surface implements for the MACD outbox: send one approver the approval
 * message of a request, once. It throws when the approver cannot be reached (a Slack
 * `channel_not_found`, a Teams 403/404 for a person who never installed the app); the outbox
 * records the failure and retries with backoff (deliver-macd-notifications.ts).
 */
export interface MacdApproverNotifier {
  platform: MacdPlatform;
  send(input: {
    /** the approver's id on this platform (Slack user id, Teams AAD or 29: id) */
    recipientId: string;
    request: MacdRequestView;
    /** what the submit stored to reach the platform later (Teams: serviceUrl, tenant, bot) */
    route: Prisma.JsonValue | null;
  }): Promise<SentApprovalMessage>;
}
