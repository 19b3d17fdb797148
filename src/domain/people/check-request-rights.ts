import type { DomainDeps } from '../deps.js';
import { resolveViewerScope } from '../scope/viewer-scope.js';
import type { Viewer } from '../shared/viewer.js';
import { howToGetAccess } from './how-to-get-access.js';

/**
 * Why a person may not submit a service request, or undefined when they may — the same rules
 * submitMacdRequest enforces, checked before a form is offered, so nobody fills in a form only
 * to be refused at the end.
 */
export async function whyCannotRequestChanges(viewer: Viewer, deps: Pick<DomainDeps, 'prisma'>): Promise<string | undefined> {
  if (viewer.userId === undefined || viewer.isDemoAccess) {
    return `Only people registered in Ledgerline can request service changes — ${await howToGetAccess({ viewer, asking: 'to add you' }, deps)}`;
  }
  if (viewer.role === 'viewer') {
    return `Viewers cannot request service changes — ${await howToGetAccess({ viewer, asking: 'for the requester role' }, deps)}`;
  }
  const scope = await resolveViewerScope(viewer, deps.prisma);
  if (scope.costCenterIds !== null && scope.costCenterIds.length === 0) {
    return `You have no cost centers in Ledgerline yet, so there is no service you could request a change for — ${await howToGetAccess({ viewer, asking: 'to add your cost centers' }, deps)}`;
  }
  return undefined;
}
