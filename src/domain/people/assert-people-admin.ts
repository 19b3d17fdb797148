import { LedgerlineError } from '../../errors.js';
import type { DomainDeps } from '../deps.js';
import type { Viewer } from '../shared/viewer.js';
import { listAdminNames } from './list-admin-names.js';

/**
 * Who sees what is changed by admins only — registered ones or those named in LEDGERLINE_ADMINS,
 * never someone who is an admin only because the database holds just the demo.
 */
export async function assertPeopleAdmin(actor: Viewer, deps: Pick<DomainDeps, 'prisma'>): Promise<void> {
  if (actor.role === 'admin' && !actor.isDemoAccess) return;
  const admins = await listAdminNames(deps);
  const whom = admins.length > 0 ? `ask an admin (${admins.join(', ')})` : 'ask whoever runs Ledgerline';
  throw new LedgerlineError('FORBIDDEN', `Only admins can change or list who sees what in Ledgerline — ${whom}.`, { reason: 'role' });
}

/** How a person appears in the audit trail: their e-mail when known, else their chat name. */
export function auditActorOf(actor: Viewer): string {
  return actor.identity?.email ?? (actor.userId !== undefined ? `${actor.displayName} (#${actor.userId})` : actor.displayName);
}
