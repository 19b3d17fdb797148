import type { DomainDeps } from '../deps.js';
import { resolveViewerScope } from '../scope/viewer-scope.js';
import type { Viewer } from '../shared/viewer.js';

export interface ViewerAccess {
  name: string;
  role: Viewer['role'];
  /** Known to Ledgerline (a row in the users table), not only through a default or the demo. */
  isRegistered: boolean;
  isDemoAccess: boolean;
  /** 'all', or the cost centers the person may see (codes that name no cost center are left out). */
  costCenters: 'all' | Array<{ code: string; name: string }>;
}

/** What "whoami" / "what can I see?" reports: the same scope every tool applies. */
export async function describeViewerAccess(viewer: Viewer, deps: Pick<DomainDeps, 'prisma'>): Promise<ViewerAccess> {
  const scope = await resolveViewerScope(viewer, deps.prisma);
  const costCenters =
    scope.costCenterIds === null
      ? ('all' as const)
      : await deps.prisma.costCenter.findMany({
          where: { id: { in: scope.costCenterIds } },
          select: { code: true, name: true },
          orderBy: { code: 'asc' },
        });
  return {
    name: viewer.displayName,
    role: viewer.role,
    isRegistered: viewer.userId !== undefined,
    isDemoAccess: viewer.isDemoAccess === true,
    costCenters,
  };
}
