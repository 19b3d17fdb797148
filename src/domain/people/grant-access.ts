import { LedgerlineError } from '../../errors.js';
import type { DomainDeps } from '../deps.js';
import { resolveCostCenters } from '../scope/resolve-named-filters.js';
import type { Viewer } from '../shared/viewer.js';
import { assertPeopleAdmin, auditActorOf } from './assert-people-admin.js';
import { describeReference, findPerson, type PersonReference } from './find-person.js';

export interface GrantAccessInput {
  actor: Viewer;
  person: PersonReference;
  role: Viewer['role'];
  /** '*' for all, or cost-center codes or names as typed; an admin always sees all. */
  costCenters: '*' | string[] | undefined;
  /** Where the admin asked, for the audit trail. */
  surface: string;
}

export interface AccessGrant {
  email: string;
  name: string;
  /** Not in the users table before this change. */
  isNew: boolean;
  role: Viewer['role'];
  costCenters: '*' | Array<{ code: string; name: string }>;
  before: { role: Viewer['role']; costCenters: string[] } | null;
}

/** "alice.smith@corp.com" → "Alice Smith": a name to show until the users import brings the real one. */
const nameFromEmail = (email: string) =>
  (email.split('@')[0] ?? email)
    .split(/[._-]+/)
    .filter(Boolean)
    .map((part) => `${part.charAt(0).toUpperCase()}${part.slice(1)}`)
    .join(' ') || email;

/**
 * What granting would do, checked by the same rules as the users import (a known role, cost
 * centers that exist or *, one row per e-mail) — nothing changes. Admins only; nobody changes
 * their own access, so an installation cannot lose its last admin by a slip.
 */
export async function planAccessGrant(input: GrantAccessInput, deps: Pick<DomainDeps, 'prisma'>): Promise<AccessGrant> {
  await assertPeopleAdmin(input.actor, deps);
  const existing = await findPerson(input.person, deps);
  if (existing && existing.id === input.actor.userId) {
    throw new LedgerlineError('FORBIDDEN', 'You cannot change your own access; ask another admin.', { reason: 'self' });
  }
  const email = existing?.email ?? (input.person.kind === 'email' ? input.person.email.trim().toLowerCase() : undefined);
  if (!email) throw new LedgerlineError('NOT_FOUND', `${describeReference(input.person)} is not in Ledgerline yet; name them by e-mail.`);
  let costCenters: AccessGrant['costCenters'];
  if (input.role === 'admin' || input.costCenters === '*') {
    costCenters = '*';
  } else if (!input.costCenters || input.costCenters.length === 0) {
    throw new LedgerlineError('INVALID_INPUT', `Say which cost centers ${email} may see, e.g. "for CC-100 and CC-200", or "for all".`);
  } else {
    const named = (await resolveCostCenters(input.costCenters, deps.prisma)) ?? [];
    costCenters = [...new Map(named.map((costCenter) => [costCenter.code, { code: costCenter.code, name: costCenter.name }])).values()];
  }
  return {
    email,
    name: existing?.name ?? nameFromEmail(email),
    isNew: existing === null,
    role: input.role,
    costCenters,
    before: existing ? { role: existing.role, costCenters: existing.costCenters } : null,
  };
}

/** Grants as planned, with its audit-trail row in the same transaction. */
export async function grantAccess(input: GrantAccessInput, deps: Pick<DomainDeps, 'prisma'>): Promise<AccessGrant> {
  const grant = await planAccessGrant(input, deps);
  const codes = grant.costCenters === '*' ? ['*'] : grant.costCenters.map((costCenter) => costCenter.code);
  await deps.prisma.$transaction([
    deps.prisma.user.upsert({
      where: { email: grant.email },
      create: { email: grant.email, name: grant.name, role: grant.role, costCenters: codes },
      update: { role: grant.role, costCenters: codes },
    }),
    deps.prisma.auditLog.create({
      data: {
        actor: auditActorOf(input.actor),
        surface: input.surface,
        action: 'grant-access',
        question: `${grant.email}: ${grant.role} for ${codes.join(', ')}`,
        toolCalls: { email: grant.email, before: grant.before, after: { role: grant.role, costCenters: codes } },
        outcome: grant.isNew ? 'added' : 'changed',
      },
    }),
  ]);
  return grant;
}
