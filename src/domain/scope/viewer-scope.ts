import type { PrismaClient } from '../../db/generated/client.js';
import type { Viewer } from '../tools/define-tool.js';

/** The cost centers a viewer may see: `null` means all of them (and unallocated spend). */
export interface ViewerScope {
  costCenterIds: number[] | null;
}

/**
 * Decided here, in the domain, for every tool: a viewer limited to some cost centers sees only
 * spend and services allocated to them — never unallocated or other cost centers' figures.
 */
export async function resolveViewerScope(viewer: Viewer, prisma: PrismaClient): Promise<ViewerScope> {
  if (viewer.costCenterScope === '*') return { costCenterIds: null };
  const codes = viewer.costCenterScope.map((code) => code.trim()).filter((code) => code.length > 0);
  if (codes.includes('*')) return { costCenterIds: null };
  const rows = await prisma.costCenter.findMany({
    where: { code: { in: codes, mode: 'insensitive' } },
    select: { id: true },
  });
  return { costCenterIds: rows.map((row) => row.id) };
}

/** Cost-center ids a query may touch: the requested ones cut down to what the viewer may see. */
export function intersectScope(requested: number[] | null, scope: ViewerScope): number[] | null {
  if (scope.costCenterIds === null) return requested;
  if (requested === null) return scope.costCenterIds;
  const allowed = new Set(scope.costCenterIds);
  return requested.filter((id) => allowed.has(id));
}
