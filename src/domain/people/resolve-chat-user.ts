import type { User } from '../../db/generated/client.js';
import type { DomainDeps } from '../deps.js';
import type { ChatIdentity, Viewer } from '../shared/viewer.js';
import { holdsOnlyDemoData } from './demo-access.js';
import { isConfiguredAdmin } from './configured-admins.js';

export type ChatPlatform = 'slack' | 'teams';
export type Role = Viewer['role'];

/** What a chat platform can tell about a person, fetched only when the platform id is not known yet. */
export interface ChatProfile {
  /** Slack: the profile e-mail (users:read.email); Teams: the member's e-mail or UPN. */
  email?: string | undefined;
  displayName?: string | undefined;
}

export interface ResolveChatUserInput {
  platform: ChatPlatform;
  /** The id the platform sent: Slack user id; Teams AAD object id (or the 29: id when there is none). */
  platformUserId: string;
  /** Other ids the same person arrived with: Teams' 29: id beside the AAD object id. */
  alternateUserIds?: readonly string[] | undefined;
  /** A name the platform sent with the message (Teams `from.name`), better than an id in replies. */
  displayName?: string | undefined;
  /** Asked only when no user carries one of these ids (Slack: users.info; Teams: the member lookup). */
  lookupProfile?: () => Promise<ChatProfile | undefined>;
  /** What a person unknown to Ledgerline gets (from configuration) once real data is imported. */
  defaultRole: Role;
  /** Defaults to defaultScopeForRole(defaultRole). */
  defaultCostCenterScope?: Viewer['costCenterScope'] | undefined;
  /** LEDGERLINE_ADMINS: Slack ids, Teams AAD ids or e-mails who are admins whatever the users table says. */
  admins?: readonly string[] | undefined;
}

/**
 * People not in the User table see nothing scoped to cost centers unless the operator made
 * the default role admin: an unknown Slack workspace member must not read every budget.
 */
function defaultScopeForRole(role: Role): Viewer['costCenterScope'] {
  return role === 'admin' ? '*' : [];
}

function viewerOf(user: User, identity: ChatIdentity): Viewer {
  return {
    userId: user.id,
    displayName: user.name,
    role: user.role,
    costCenterScope: user.costCenters.includes('*') ? '*' : user.costCenters,
    identity: { ...identity, email: user.email },
  };
}

const asAdmin = (viewer: Viewer): Viewer => ({ ...viewer, role: 'admin', costCenterScope: '*' });

/**
 * Chat identity → Ledgerline viewer, in this order: a user carrying one of the ids the platform
 * sent; a user with the e-mail the platform reports (the id is remembered on that user so the
 * next lookup is direct); a person named in LEDGERLINE_ADMINS (registered as an admin when their
 * e-mail is known); while only the demo is loaded, the demo's admin view; else the default role.
 * Configured admins stay admins whatever the users table says: an installation cannot lock its
 * operator out from chat.
 */
export async function resolveChatUser(input: ResolveChatUserInput, deps: DomainDeps): Promise<Viewer> {
  const idField = input.platform === 'slack' ? 'slackUserId' : 'teamsUserId';
  const ids = [input.platformUserId, ...(input.alternateUserIds ?? [])].filter((id) => id.trim() !== '');
  const identity: ChatIdentity = { platform: input.platform, userId: input.platformUserId };
  const admins = input.admins ?? [];
  const elevate = (viewer: Viewer, email: string | undefined) => (isConfiguredAdmin(admins, { ids, email }) ? asAdmin(viewer) : viewer);

  const known = await deps.prisma.user.findFirst({ where: { [idField]: { in: ids } }, orderBy: { id: 'asc' } });
  if (known) return elevate(viewerOf(known, identity), known.email);

  const profile = await input.lookupProfile?.().catch((error: unknown) => {
    deps.logger.warn('chat profile lookup failed', { platform: input.platform, error });
    return undefined;
  });
  const email = profile?.email?.trim() || undefined;
  const displayName = profile?.displayName?.trim() || input.displayName?.trim() || input.platformUserId;
  if (email) {
    const byEmail = await deps.prisma.user.findFirst({ where: { email: { equals: email, mode: 'insensitive' } } });
    if (byEmail) {
      if (byEmail[idField] === null) {
        await deps.prisma.user.update({ where: { id: byEmail.id }, data: { [idField]: input.platformUserId } });
      }
      return elevate(viewerOf(byEmail, identity), byEmail.email);
    }
  }
  const withEmail: ChatIdentity = email ? { ...identity, email } : identity;

  if (isConfiguredAdmin(admins, { ids, email })) {
    if (!email) return { displayName, role: 'admin', costCenterScope: '*', identity: withEmail };
    // A first admin becomes a user, so requests can reach them and their changes carry a name.
    const user = await deps.prisma.user.upsert({
      where: { email: email.toLowerCase() },
      create: { email: email.toLowerCase(), name: displayName, role: 'admin', costCenters: ['*'], [idField]: input.platformUserId },
      update: {},
    });
    return asAdmin(viewerOf(user, withEmail));
  }

  if (await holdsOnlyDemoData(deps)) {
    return { displayName, role: 'admin', costCenterScope: '*', identity: withEmail, isDemoAccess: true };
  }
  return {
    displayName,
    role: input.defaultRole,
    costCenterScope: input.defaultCostCenterScope ?? defaultScopeForRole(input.defaultRole),
    identity: withEmail,
  };
}
