import type { webApi } from '@slack/bolt';
import type { DomainDeps } from '../../domain/deps.js';
import type { Role } from '../../domain/people/resolve-chat-user.js';
import { resolveChatUser } from '../../domain/people/resolve-chat-user.js';
import type { Viewer } from '../../domain/shared/viewer.js';

export interface SlackViewerOptions {
  client: webApi.WebClient;
  defaultRole: Role;
  defaultCostCenterScope?: Viewer['costCenterScope'] | undefined;
  /** LEDGERLINE_ADMINS. */
  admins?: readonly string[] | undefined;
}

/**
 * Who a Slack user is to Ledgerline. The decision (id, then e-mail, then the default role) is the
 * domain's; this only supplies the Slack profile it may ask for.
 */
export function createSlackViewerResolver(options: SlackViewerOptions, deps: DomainDeps): (userId: string) => Promise<Viewer> {
  return (userId) =>
    resolveChatUser(
      {
        platform: 'slack',
        platformUserId: userId,
        defaultRole: options.defaultRole,
        admins: options.admins,
        ...(options.defaultCostCenterScope ? { defaultCostCenterScope: options.defaultCostCenterScope } : {}),
        lookupProfile: async () => {
          // The e-mail needs the users:read.email scope (slack/manifest.json); without it only the id matches.
          const info = await options.client.users.info({ user: userId });
          const email = info.user?.profile?.email;
          const displayName = info.user?.real_name ?? info.user?.name;
          return { ...(email ? { email } : {}), ...(displayName ? { displayName } : {}) };
        },
      },
      deps,
    );
}
