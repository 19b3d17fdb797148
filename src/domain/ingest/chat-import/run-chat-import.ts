import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Viewer } from '../../shared/viewer.js';
import { finishImport } from '../finish-import.js';
import { importFile } from '../import-file.js';
import { isInvoiceKind, type ImportKind, type ImportProgress, type RowProblem } from '../ingest-types.js';
import type { ChatImportDeps } from './chat-import-deps.js';
import { findChatImport, moveChatImport, type ChatImport, type ChatImportState } from './chat-import-rows.js';
import { whyCannotImportFiles } from './check-import-rights.js';
import type { ExistingInvoice } from './find-invoices-to-replace.js';
import type { ImportPreview } from './preview-import-file.js';
import { summarizeInvoiceBatch, type InvoiceBatchSummary } from './summarize-import-batch.js';

/** What a finished chat import reports: the CLI's figures, plus what the ledger holds now. */
export interface ChatImportResult {
  fileName: string;
  kind: ImportKind;
  status: 'imported' | 'unchanged' | 'rejected';
  rowsRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  /** Rejected files: every problem the import listed (the chat shows the first, the rest go in a file). */
  problems: RowProblem[];
  /** What the file held, read before the import (totals of kinds other than invoices). */
  preview: ImportPreview;
  /** Invoice kinds: totals per vendor and month, replaced invoices and the disputes the audit opened. */
  invoices?: InvoiceBatchSummary;
  /** Disputes the audit opened, updated, withdrew or credited across the ledger. */
  auditChanges?: { opened: number; updated: number; withdrawn: number; credited: number };
  /** Why the invoice audit did not finish (it stays pending and runs again). */
  auditFailure?: string;
}

export type ChatImportRun =
  /** Someone else's click (or a second one) got there first, or the import was cancelled. */
  | { outcome: 'taken'; state: ChatImportState | 'missing' }
  | { outcome: 'refused'; text: string }
  /** The import itself failed (not the file: the database, the disk); nothing was written. */
  | { outcome: 'failed'; fileName: string }
  | { outcome: 'finished'; result: ChatImportResult };

interface StoredPreview {
  preview: ImportPreview;
  replaced: ExistingInvoice[];
}

/**
 * Imports a confirmed chat file through the same import as `ledgerline import`, then runs what
 * follows every import (finishImport: the invoice audit and the spend rollup). The pending →
 * importing step is one conditional UPDATE, so of a double click or a retried invoke exactly one
 * imports. Progress is handed to `onProgress` at most every `progressEveryMs`, one at a time, and
 * never after this returns: a late progress edit would overwrite the summary.
 */
export async function runChatImport(
  input: { chatImportId: number; viewer: Viewer; onProgress?: (progress: ImportProgress & { fileName: string }) => Promise<void> },
  deps: ChatImportDeps,
): Promise<ChatImportRun> {
  const row = await findChatImport(input.chatImportId, deps);
  if (!row || row.state !== 'pending') return { outcome: 'taken', state: row?.state ?? 'missing' };
  const refusal = await whyCannotImportFiles({ viewer: input.viewer, importRoles: deps.chatImports.importRoles }, deps);
  if (refusal) return { outcome: 'refused', text: refusal };
  if (!(await moveChatImport({ id: row.id, from: 'pending', to: 'importing' }, deps))) {
    return { outcome: 'taken', state: (await findChatImport(row.id, deps))?.state ?? 'missing' };
  }
  const stored = row.preview as unknown as StoredPreview;
  const kind = row.kind as ImportKind;

  let shown: Promise<void> = Promise.resolve();
  let isShowing = false;
  let lastShownAt = Number.NEGATIVE_INFINITY;
  const showProgress = (progress: ImportProgress) => {
    const onProgress = input.onProgress;
    if (!onProgress || isShowing || performance.now() - lastShownAt < deps.chatImports.progressEveryMs) return;
    isShowing = true;
    lastShownAt = performance.now();
    shown = onProgress({ ...progress, fileName: row.fileName })
      .catch((error: unknown) => deps.logger.warn('chat import progress not shown', { error }))
      .finally(() => {
        isShowing = false;
      });
  };

  try {
    const summary = await importFile({ kind, filePath: row.path, onProgress: showProgress }, deps);
    await shown;
    const finished = await finishImport(summary, deps);
    const result: ChatImportResult = {
      fileName: row.fileName,
      kind,
      status: summary.status,
      rowsRead: summary.rowsRead,
      rowsAccepted: summary.rowsAccepted,
      rowsRejected: summary.rowsRejected,
      problems: summary.problems,
      preview: stored.preview,
      ...(finished.auditFailure ? { auditFailure: finished.auditFailure } : {}),
      ...(finished.disputes
        ? {
            auditChanges: {
              opened: finished.disputes.created,
              updated: finished.disputes.updated,
              withdrawn: finished.disputes.withdrawn,
              credited: finished.disputes.credited.length,
            },
          }
        : {}),
    };
    if (isInvoiceKind(kind) && summary.status === 'imported' && summary.batchId !== null) {
      result.invoices = await summarizeInvoiceBatch({ batchId: summary.batchId, replacedBefore: stored.replaced }, deps);
    }
    await moveChatImport(
      {
        id: row.id,
        from: 'importing',
        to: summary.status === 'rejected' ? 'rejected' : 'imported',
        data: {
          summary: {
            status: summary.status,
            batchId: summary.batchId,
            rowsRead: summary.rowsRead,
            rowsAccepted: summary.rowsAccepted,
            rowsRejected: summary.rowsRejected,
          },
        },
      },
      deps,
    );
    await removeChatFile(row);
    return { outcome: 'finished', result };
  } catch (error) {
    await shown;
    deps.logger.error('chat import failed', { chatImportId: row.id, fileName: row.fileName, error });
    // The import rolled back whole; the person sends the file again once the cause is fixed.
    await moveChatImport({ id: row.id, from: 'importing', to: 'failed' }, deps);
    await removeChatFile(row);
    return { outcome: 'failed', fileName: row.fileName };
  }
}

/** Cancel: only a file still waiting can be cancelled (not one already importing). True when it was. */
export async function cancelChatImport(
  input: { chatImportId: number },
  deps: ChatImportDeps,
): Promise<{ isCancelled: boolean; fileName?: string }> {
  const row = await findChatImport(input.chatImportId, deps);
  if (!row || !(await moveChatImport({ id: row.id, from: 'pending', to: 'cancelled' }, deps))) return { isCancelled: false };
  await removeChatFile(row);
  return { isCancelled: true, fileName: row.fileName };
}

async function removeChatFile(row: ChatImport): Promise<void> {
  await rm(path.dirname(row.path), { recursive: true, force: true });
}
