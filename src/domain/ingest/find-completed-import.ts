import type { ImportKind, ImportSummary } from './ingest-types.js';
import type { Transaction } from './resolve-references.js';

export interface CompletedImport {
  id: number;
  rowsRead: number;
  rowsRejected: number;
  auditPendingSince: Date | null;
  rejectedRows: { line: number; column: string; value: string; reason: string }[];
}

/** The latest completed import of this kind with this file checksum: the same file imported before. */
export async function findCompletedImport(
  database: Pick<Transaction, 'importBatch'>,
  kind: ImportKind,
  checksum: string,
): Promise<CompletedImport | null> {
  return database.importBatch.findFirst({
    where: { kind, checksum, status: 'completed' },
    orderBy: { id: 'desc' },
    select: {
      id: true,
      rowsRead: true,
      rowsRejected: true,
      auditPendingSince: true,
      rejectedRows: { select: { line: true, column: true, value: true, reason: true }, orderBy: [{ line: 'asc' }, { id: 'asc' }] },
    },
  });
}

/** "Unchanged": nothing written; the rows --skip-invalid left out then are reported again (the file still holds them). */
export function unchangedSummary(
  previous: CompletedImport,
  file: { kind: ImportKind; fileName: string; durationMs: number },
): ImportSummary {
  return {
    batchId: previous.id,
    kind: file.kind,
    fileName: file.fileName,
    status: 'unchanged',
    rowsRead: previous.rowsRead,
    rowsAccepted: 0,
    rowsRejected: previous.rowsRejected,
    problems: previous.rejectedRows,
    isAuditPending: previous.auditPendingSince !== null,
    durationMs: file.durationMs,
  };
}
