import type { PrismaClient } from '../../db/generated/client.js';
import { LedgerlineError } from '../../errors.js';
import type { Viewer } from '../shared/viewer.js';

/** The cost centers a viewer may see: `null` means all of them (and unallocated spend). */
export interface ViewerScope {
  costCenterIds: number[] | null;
  /** Their codes as the data spells them, for saying the scope out loud; null with all of them. */
  costCenterCodes?: string[] | null;
}

/**
 * Decided here, in the domain, for every tool: a viewer limited to some cost centers sees only
 * spend and services allocated to them — never unallocated or other cost centers' figures.
 */
export async function resolveViewerScope(viewer: Viewer, prisma: PrismaClient): Promise<ViewerScope> {
  if (viewer.costCenterScope === '*') return { costCenterIds: null, costCenterCodes: null };
  const codes = viewer.costCenterScope.map((code) => code.trim()).filter((code) => code.length > 0);
  if (codes.includes('*')) return { costCenterIds: null, costCenterCodes: null };
  const rows = await prisma.costCenter.findMany({
    where: { code: { in: codes, mode: 'insensitive' } },
    select: { id: true, code: true },
    orderBy: { code: 'asc' },
  });
  return { costCenterIds: rows.map((row) => row.id), costCenterCodes: rows.map((row) => row.code) };
}

/** "CC-410, CC-520", or "none" — the words of every refusal and scope note. */
export function describeScopeCodes(scope: ViewerScope): string {
  if (scope.costCenterIds === null) return 'all';
  const codes = scope.costCenterCodes ?? [];
  return codes.length > 0 ? codes.join(', ') : 'none';
}

/**
 * Cost-center ids a query may touch: the requested ones cut down to what the viewer may see.
 * Asking only about cost centers outside the scope is refused in words: an empty intersection
 * would read as a zero, and "no spend" is a false statement about a cost center that has some.
 */
export function intersectScope(requested: number[] | null, scope: ViewerScope): number[] | null {
  if (scope.costCenterIds === null) return requested;
  if (requested === null) return scope.costCenterIds;
  const allowed = new Set(scope.costCenterIds);
  const visible = requested.filter((id) => allowed.has(id));
  if (requested.length > 0 && visible.length === 0) {
    throw new LedgerlineError('FORBIDDEN', `That's outside what you can see (your cost centers: ${describeScopeCodes(scope)}).`, {
      reason: 'outside-scope',
    });
  }
  return visible;
}
