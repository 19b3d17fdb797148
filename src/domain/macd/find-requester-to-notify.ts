import type { DomainDeps } from '../deps.js';
import { recipientIdOn } from './find-approvers-to-notify.js';
import type { MacdPlatform } from './macd-approver-notifier.js';

/**
 * Who is told on a platform that their request moved: the requester's id there, or null when they
 * have none (nothing is sent; they read the request's state when they ask). The requester's side
 * of findApproversToNotify, the one answer both chat surfaces use.
 */
export async function findRequesterToNotify(
  input: { requesterId: number; platform: MacdPlatform },
  deps: Pick<DomainDeps, 'prisma'>,
): Promise<string | null> {
  const requester = await deps.prisma.user.findUnique({
    where: { id: input.requesterId },
    select: { slackUserId: true, teamsUserId: true },
  });
  return requester ? recipientIdOn(input.platform, requester) : null;
}
