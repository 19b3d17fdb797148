import type { User } from '../../db/generated/client.js';
import type { DomainDeps } from '../deps.js';
import { hasCostCenterInScope } from './macd-actor.js';

export interface Approver {
  id: number;
  name: string;
  email: string;
  slackUserId: string | null;
  teamsUserId: string | null;
  /** True when no approver covers the cost center and an admin stands in. */
  isFallback: boolean;
}

const toApprover = (user: User, isFallback: boolean): Approver => ({
  id: user.id,
  name: user.name,
  email: user.email,
  slackUserId: user.slackUserId,
  teamsUserId: user.teamsUserId,
  isFallback,
});

/**
 * Who decides a request: the approvers with its cost center in scope, never the requester; when
 * there are none, the admins (again without the requester), so no request waits for nobody.
 */
export async function findApprovers(input: { costCenterId: number | null; requesterId?: number }, deps: DomainDeps): Promise<Approver[]> {
  const costCenter =
    input.costCenterId === null
      ? null
      : await deps.prisma.costCenter.findUnique({ where: { id: input.costCenterId }, select: { code: true } });
  const candidates = await deps.prisma.user.findMany({ where: { role: { in: ['approver', 'admin'] } }, orderBy: { id: 'asc' } });
  const others = candidates.filter((user) => user.id !== input.requesterId);
  const approvers = others.filter((user) => user.role === 'approver' && hasCostCenterInScope(user, costCenter?.code ?? null));
  if (approvers.length > 0) return approvers.map((user) => toApprover(user, false));
  return others.filter((user) => user.role === 'admin').map((user) => toApprover(user, true));
}
