import type { DomainDeps } from '../deps.js';
import type { ReconcileDisputesResult } from './reconcile-disputes.js';
import { reconcileDisputes } from './reconcile-disputes.js';

export interface AuditPendingImportsResult extends ReconcileDisputesResult {
  /** the import batches whose "audit pending" marker this run cleared */
  batchIds: number[];
}

/**
 * Runs the invoice audit and dispute reconciliation for every invoice import still marked
 * "audit pending" (set in the import's own transaction), then clears those markers. Called right
 * after an import and by the import-audits job, which finishes the audit of an import killed
 * before it ran. A crash before the markers are cleared only means the audit runs once more,
 * which changes nothing (reconciliation is idempotent). Undefined when nothing was pending.
 */
export async function auditPendingImports(deps: DomainDeps): Promise<AuditPendingImportsResult | undefined> {
  const pending = await deps.prisma.importBatch.findMany({
    where: { auditPendingSince: { not: null } },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  if (pending.length === 0) return undefined;
  const batchIds = pending.map((batch) => batch.id);
  const result = await reconcileDisputes(deps);
  await deps.prisma.importBatch.updateMany({ where: { id: { in: batchIds } }, data: { auditPendingSince: null, auditedAt: deps.now() } });
  deps.logger.info('invoice audit after import', {
    batchIds,
    created: result.created,
    updated: result.updated,
    withdrawn: result.withdrawn,
  });
  return { ...result, batchIds };
}
