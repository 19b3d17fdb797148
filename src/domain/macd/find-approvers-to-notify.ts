import type { DomainDeps } from '../deps.js';
import type { MacdPlatform } from './macd-approver-notifier.js';
import { findApprovers, type Approver } from './find-approvers.js';

export interface ApproverToNotify extends Approver {
  /** their id on the platform, or null when they have none there (they cannot be sent anything) */
  recipientId: string | null;
}

/** A person's id on a platform (Slack user id, Teams AAD or 29: id), or null when they are not on it. */
export function recipientIdOn(platform: MacdPlatform, person: { slackUserId: string | null; teamsUserId: string | null }): string | null {
  return platform === 'slack' ? person.slackUserId : person.teamsUserId;
}

/**
 * Who is sent a new request's approval message on a platform, and as whom: the request's
 * approvers (findApprovers) with their id on that platform. The one answer both chat surfaces use.
 */
export async function findApproversToNotify(
  input: { costCenterId: number | null; requesterId: number; platform: MacdPlatform },
  deps: DomainDeps,
): Promise<ApproverToNotify[]> {
  const approvers = await findApprovers({ costCenterId: input.costCenterId, requesterId: input.requesterId }, deps);
  return approvers.map((approver) => ({ ...approver, recipientId: recipientIdOn(input.platform, approver) }));
}
