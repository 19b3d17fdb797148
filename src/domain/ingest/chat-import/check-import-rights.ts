import type { DomainDeps } from '../../deps.js';
import { howToGetAccess } from '../../people/how-to-get-access.js';
import type { Viewer } from '../../shared/viewer.js';

/**
 * Importing from chat writes the ledger everyone reads: admins only, or the roles the
 * configuration names (LEDGERLINE_IMPORT_ROLES) — and never someone who is an admin only because
 * the database holds just the demo, nor someone Ledgerline does not know by name. Returns the
 * refusal, in words, or undefined when allowed.
 */
export async function whyCannotImportFiles(
  input: { viewer: Viewer; importRoles: readonly Viewer['role'][] },
  deps: Pick<DomainDeps, 'prisma'>,
): Promise<string | undefined> {
  const { viewer, importRoles } = input;
  const isAllowedRole = viewer.role === 'admin' || importRoles.includes(viewer.role);
  if (isAllowedRole && !viewer.isDemoAccess) return undefined;
  const roles = ['admin', ...importRoles.filter((role) => role !== 'admin')].map((role) => `${role}s`).join(' and ');
  const access = await howToGetAccess({ viewer, asking: 'to import it, or for the right to import' }, deps);
  return `Only ${roles} can import files into Ledgerline, so I did not read this one — ${access}`;
}
