import { LedgerlineError } from '../../errors.js';
import type { DomainDeps } from '../deps.js';
import type { Viewer } from '../shared/viewer.js';
import { assertPeopleAdmin, auditActorOf } from './assert-people-admin.js';
import { describeReference, findPerson, type PersonReference } from './find-person.js';

export interface RevokeAccessInput {
  actor: Viewer;
  person: PersonReference;
  surface: string;
}

export interface AccessRevocation {
  email: string;
  name: string;
  before: { role: Viewer['role']; costCenters: string[] };
}

/**
 * "remove @carol": the person keeps their row — their requests and decisions still name them —
 * but becomes a viewer of no cost center, so every question gets the access reply.
 */
export async function planAccessRevocation(input: RevokeAccessInput, deps: Pick<DomainDeps, 'prisma'>): Promise<AccessRevocation> {
  await assertPeopleAdmin(input.actor, deps);
  const user = await findPerson(input.person, deps);
  if (!user) throw new LedgerlineError('NOT_FOUND', `${describeReference(input.person)} is not in Ledgerline; there is nothing to remove.`);
  if (user.id === input.actor.userId)
    throw new LedgerlineError('FORBIDDEN', 'You cannot remove yourself; ask another admin.', { reason: 'self' });
  return { email: user.email, name: user.name, before: { role: user.role, costCenters: user.costCenters } };
}

export async function revokeAccess(input: RevokeAccessInput, deps: Pick<DomainDeps, 'prisma'>): Promise<AccessRevocation> {
  const revocation = await planAccessRevocation(input, deps);
  await deps.prisma.$transaction([
    deps.prisma.user.update({ where: { email: revocation.email }, data: { role: 'viewer', costCenters: [] } }),
    deps.prisma.auditLog.create({
      data: {
        actor: auditActorOf(input.actor),
        surface: input.surface,
        action: 'revoke-access',
        question: `${revocation.email}: removed (was ${revocation.before.role} for ${revocation.before.costCenters.join(', ') || 'no cost center'})`,
        toolCalls: { email: revocation.email, before: revocation.before, after: { role: 'viewer', costCenters: [] } },
        outcome: 'changed',
      },
    }),
  ]);
  return revocation;
}
