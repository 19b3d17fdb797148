import type { User } from '../../db/generated/client.js';
import type { DomainDeps } from '../deps.js';
import type { Viewer } from '../tools/define-tool.js';

export type ChatPlatform = 'slack' | 'teams';
export type Role = Viewer['role'];

/** What a chat platform can tell about a person, fetched only when the platform id is not known yet. */
export interface ChatProfile {
  email?: string;
  displayName?: string;
}

export interface ResolveChatUserInput {
  platform: ChatPlatform;
  platformUserId: string;
  /** Asked only when no user carries this platform id (Slack: users.info). */
  lookupProfile?: () => Promise<ChatProfile | undefined>;
  /** What a person unknown to Ledgerline gets (from configuration). */
  defaultRole: Role;
  /** Defaults to defaultScopeForRole(defaultRole). */
  defaultCostCenterScope?: Viewer['costCenterScope'];
}

/**
 * People not in the User table see nothing scoped to cost centers unless the operator made
 * the default role admin: an unknown Slack workspace member must not read every budget.
 */
export function defaultScopeForRole(role: Role): Viewer['costCenterScope'] {
  return role === 'admin' ? '*' : [];
}

function viewerOf(user: User): Viewer {
  return {
    userId: user.id,
    displayName: user.name,
    role: user.role,
    costCenterScope: user.costCenters.includes('*') ? '*' : user.costCenters,
  };
}

/**
 * Chat identity → Ledgerline viewer: by platform user id, else by the e-mail the platform
 * reports (and the platform id is remembered on that user so the next lookup is direct),
 * else the configured default role.
 */
export async function resolveChatUser(input: ResolveChatUserInput, deps: DomainDeps): Promise<Viewer> {
  const idField = input.platform === 'slack' ? 'slackUserId' : 'teamsUserId';
  const known = await deps.prisma.user.findUnique({
    where: input.platform === 'slack' ? { slackUserId: input.platformUserId } : { teamsUserId: input.platformUserId },
  });
  if (known) return viewerOf(known);

  const profile = await input.lookupProfile?.().catch((error: unknown) => {
    deps.logger.warn('chat profile lookup failed', { platform: input.platform, error: String(error) });
    return undefined;
  });
  const email = profile?.email?.trim();
  if (email) {
    const byEmail = await deps.prisma.user.findFirst({ where: { email: { equals: email, mode: 'insensitive' } } });
    if (byEmail) {
      if (byEmail[idField] === null) {
        await deps.prisma.user.update({ where: { id: byEmail.id }, data: { [idField]: input.platformUserId } });
      }
      return viewerOf(byEmail);
    }
  }
  return {
    displayName: profile?.displayName ?? input.platformUserId,
    role: input.defaultRole,
    costCenterScope: input.defaultCostCenterScope ?? defaultScopeForRole(input.defaultRole),
  };
}
