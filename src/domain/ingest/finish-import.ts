import { refreshPlannerStatistics } from '../../db/refresh-planner-statistics.js';
import type { DomainDeps } from '../deps.js';
import { auditPendingImports, type AuditPendingImportsResult } from '../disputes/audit-pending-imports.js';
import { rebuildInvoiceSpendRollup } from '../spend/rebuild-invoice-spend-rollup.js';
import { isInvoiceKind, type ImportSummary } from './ingest-types.js';

export interface FinishedImport {
  /** disputes opened/updated by the invoice audit; undefined when no audit was pending */
  disputes?: AuditPendingImportsResult;
  /** one line naming why the audit did not finish; its marker stays for the next run */
  auditFailure?: string;
}

/**
 * What follows every import, whoever started it (the CLI, a file dropped in chat, the demo load): the invoice
 * audit for new or corrected invoices (or an earlier import whose audit never ran), then the
 * invoice spend rollup, which answers read only while it matches the lines and the services,
 * then fresh planner statistics, so answers plan with the imported row counts.
 * An audit failure does not undo the import: its "audit pending" marker stays for the next import
 * or the import-audits job, and the failure is returned in one line for the person to read.
 */
export async function finishImport(imported: ImportSummary | readonly ImportSummary[], deps: DomainDeps): Promise<FinishedImport> {
  // Several files (the demo enterprise) are finished once, after the last: one audit, one rollup.
  const summaries: readonly ImportSummary[] = Array.isArray(imported) ? imported : [imported as ImportSummary];
  const finished: FinishedImport = {};
  if (summaries.some((summary) => isInvoiceKind(summary.kind) && summary.status !== 'rejected')) {
    try {
      const disputes = await auditPendingImports(deps);
      if (disputes) finished.disputes = disputes;
    } catch (error) {
      finished.auditFailure = describeFailure(error);
      deps.logger.debug('invoice audit failed', { error });
    }
  }
  if (summaries.some((summary) => (isInvoiceKind(summary.kind) || summary.kind === 'inventory') && summary.status === 'imported')) {
    await rebuildInvoiceSpendRollup(deps.prisma);
  }
  // Without planner statistics (PGlite has no autovacuum) answers at 10× take minutes.
  if (summaries.some((summary) => summary.status === 'imported')) await refreshPlannerStatistics(deps.prisma);
  return finished;
}

/** One line for an operator: Prisma's code and the last line of its message (the cause; the first names the call). */
export function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const lines = error.message
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const code = (error as { code?: unknown }).code;
  // Without its final full stop, so callers can go on with the sentence.
  const cause = (lines[lines.length - 1] ?? error.name).replace(/\.$/, '');
  // Node's system errors already start with their code ("EISDIR: illegal operation …").
  return typeof code === 'string' && !cause.startsWith(code) ? `${code}: ${cause}` : cause;
}
