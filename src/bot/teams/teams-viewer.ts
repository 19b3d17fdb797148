import type { ConnectorClient, TurnContext } from '@microsoft/agents-hosting';
import type { DomainDeps } from '../../domain/deps.js';
import { resolveChatUser } from '../../domain/people/resolve-chat-user.js';
import type { Role } from '../../domain/people/resolve-chat-user.js';
import type { Viewer } from '../../domain/shared/viewer.js';

export interface TeamsViewerOptions {
  defaultRole: Role;
  /** LEDGERLINE_ADMINS. */
  admins?: readonly string[] | undefined;
}

/** What Teams' member lookup (GET /v3/conversations/{id}/members/{memberId}) returns that matters here. */
interface TeamsMember {
  name?: string;
  email?: string;
  userPrincipalName?: string;
}

/**
 * Who sent a Teams activity, as Teams sent it: the AAD object id (every real Teams message has
 * one) with the 29: id beside it, and — only when neither is known — the e-mail or UPN from the
 * conversation member lookup. The decision is the domain's (resolveChatUser).
 */
export function resolveTeamsViewer(context: TurnContext, options: TeamsViewerOptions, deps: DomainDeps): Promise<Viewer> {
  const from = context.activity.from;
  const aadObjectId = from?.aadObjectId?.trim() || undefined;
  const channelId = from?.id?.trim() || undefined;
  return resolveChatUser(
    {
      platform: 'teams',
      platformUserId: aadObjectId ?? channelId ?? 'unknown',
      alternateUserIds: aadObjectId && channelId ? [channelId] : [],
      displayName: from?.name,
      defaultRole: options.defaultRole,
      admins: options.admins,
      lookupProfile: async () => {
        const conversationId = context.activity.conversation?.id;
        const connector = context.turnState.get<ConnectorClient | undefined>(context.adapter.ConnectorClientKey);
        if (!channelId || !conversationId || !connector) return undefined;
        const member = (await connector.getConversationMember(channelId, conversationId)) as TeamsMember;
        return { email: member.email ?? member.userPrincipalName, displayName: member.name ?? from?.name };
      },
    },
    deps,
  );
}
