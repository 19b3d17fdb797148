import type { User } from '../../db/generated/client.js';
import { LedgerlineError } from '../../errors.js';
import type { DomainDeps } from '../deps.js';
import type { Viewer } from '../shared/viewer.js';

/** The Ledgerline user behind a chat viewer; requests and decisions need a known person. */
export async function loadActor(viewer: Viewer, deps: DomainDeps): Promise<User> {
  if (viewer.userId === undefined) {
    throw new LedgerlineError(
      'FORBIDDEN',
      'Only people registered in Ledgerline can request or decide service changes. Ask an admin to add you.',
    );
  }
  const user = await deps.prisma.user.findUnique({ where: { id: viewer.userId } });
  if (!user) throw new LedgerlineError('FORBIDDEN', 'Your Ledgerline user no longer exists. Ask an admin.');
  return user;
}

/** Whether a person's cost-center scope covers a cost center (`null`: the service is unallocated). */
export function hasCostCenterInScope(user: Pick<User, 'costCenters'>, costCenterCode: string | null): boolean {
  if (user.costCenters.includes('*')) return true;
  if (costCenterCode === null) return false;
  const wanted = costCenterCode.toLowerCase();
  return user.costCenters.some((code) => code.trim().toLowerCase() === wanted);
}

/** Approvers decide for the cost centers in their scope; admins are the fallback everywhere. */
export function canDecide(user: Pick<User, 'role' | 'costCenters'>, costCenterCode: string | null): boolean {
  if (user.role === 'admin') return true;
  return user.role === 'approver' && hasCostCenterInScope(user, costCenterCode);
}

/** How a person appears in the audit trail and in messages: their e-mail is the stable key. */
export const actorKey = (user: Pick<User, 'email'>): string => user.email;
