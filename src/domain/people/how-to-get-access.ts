import type { DomainDeps } from '../deps.js';
import type { ChatIdentity, Viewer } from '../shared/viewer.js';
import { listAdminNames } from './list-admin-names.js';

const platformNames: Record<ChatIdentity['platform'], string> = { slack: 'Slack', teams: 'Teams' };

/** "Your Slack id is U123 and your e-mail is ana@corp.com": what an admin needs to add the person. */
export function describeIdentity(identity: ChatIdentity | undefined): string | undefined {
  if (!identity) return undefined;
  const platform = platformNames[identity.platform];
  // A Teams id means nothing to an admin when the e-mail is known; a Slack id goes into users.csv.
  if (identity.platform === 'teams' && identity.email) return `Your e-mail is ${identity.email}.`;
  return identity.email
    ? `Your ${platform} id is ${identity.userId} and your e-mail is ${identity.email}.`
    : `Your ${platform} id is ${identity.userId}.`;
}

/** Who to ask and what to tell them: the second half of every refusal for missing access. */
export async function howToGetAccess(input: { viewer: Viewer; asking: string }, deps: Pick<DomainDeps, 'prisma'>): Promise<string> {
  const admins = await listAdminNames(deps);
  const whom =
    admins.length > 0
      ? `ask an admin (${admins.join(', ')}) ${input.asking}`
      : `ask whoever runs Ledgerline ${input.asking} (the users import or LEDGERLINE_ADMINS)`;
  return [`${whom}.`, describeIdentity(input.viewer.identity)].filter((part): part is string => part !== undefined).join(' ');
}
