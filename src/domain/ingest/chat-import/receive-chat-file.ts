import { rm } from 'node:fs/promises';
import path from 'node:path';
import { isLedgerlineError } from '../../../errors.js';
import type { Viewer } from '../../shared/viewer.js';
import { isInvoiceKind } from '../ingest-types.js';
import type { ChatImportDeps } from './chat-import-deps.js';
import { moveChatImport, registerChatFile } from './chat-import-rows.js';
import { whyCannotImportFiles } from './check-import-rights.js';
import { detectImportKind } from './detect-import-kind.js';
import { findInvoicesToReplace, type ExistingInvoice } from './find-invoices-to-replace.js';
import { previewImportFile, type ImportPreview } from './preview-import-file.js';
import { chatFilePath, saveChatFile } from './save-chat-file.js';

/** What the person confirms: stored on the row, so the click that imports needs nothing else. */
export interface ChatImportOffer {
  chatImportId: number;
  fileName: string;
  preview: ImportPreview;
  /** Invoices already in the ledger that the file brings again: importing replaces them. */
  replaced: ExistingInvoice[];
}

export type ReceivedChatFile =
  /** A retried event, or a second event for the same file: handled already, say nothing. */
  | { outcome: 'repeated' }
  /** The person may not import: nothing was downloaded or written. */
  | { outcome: 'refused'; text: string }
  /** Not importable (too large, unknown kind, no rows, download failed): said why, file deleted. */
  | { outcome: 'discarded'; text: string }
  | { outcome: 'offered'; offer: ChatImportOffer };

export interface ChatFile {
  platform: 'slack' | 'teams';
  conversationId: string;
  userId: string;
  /** The platform's id of the file, prefixed by the platform ("slack:F123"). */
  fileKey: string;
  fileName: string;
  /** Starts the download; the platform's adapter knows the URL and the credentials. */
  download(): Promise<AsyncIterable<Uint8Array>>;
}

/**
 * A file dropped in a direct chat: checks the person may import, records the file once (a
 * retried event stops there), downloads it under the data folder, tells its kind from its
 * content and reads what it holds, and leaves it waiting for Import or Cancel. Nothing reaches
 * the ledger here.
 */
export async function receiveChatFile(input: { file: ChatFile; viewer: Viewer }, deps: ChatImportDeps): Promise<ReceivedChatFile> {
  const { file } = input;
  const refusal = await whyCannotImportFiles({ viewer: input.viewer, importRoles: deps.chatImports.importRoles }, deps);
  if (refusal) return { outcome: 'refused', text: refusal };

  const filePath = chatFilePath(deps.chatImports.folder, file);
  const row = await registerChatFile(
    {
      platform: file.platform,
      conversationId: file.conversationId,
      userId: file.userId,
      fileKey: file.fileKey,
      fileName: file.fileName,
      path: filePath,
    },
    deps,
  );
  if (!row) return { outcome: 'repeated' };

  const discard = async (text: string): Promise<ReceivedChatFile> => {
    await rm(path.dirname(filePath), { recursive: true, force: true });
    await moveChatImport({ id: row.id, from: 'receiving', to: 'discarded' }, deps);
    return { outcome: 'discarded', text };
  };

  try {
    await saveChatFile({ body: await file.download(), filePath, maximumBytes: deps.chatImports.maximumBytes });
  } catch (error) {
    if (isLedgerlineError(error) && error.code === 'INVALID_INPUT')
      return discard(`I did not import ${file.fileName}: ${error.message} Import it with \`ledgerline import\` instead.`);
    deps.logger.warn('chat file download failed', { fileKey: file.fileKey, error });
    return discard(`I could not download ${file.fileName}, so nothing was imported. Send it again in a moment.`);
  }

  const detected = await detectImportKind(filePath);
  if (!detected.ok) return discard(`I did not import ${file.fileName}: ${detected.reason}`);

  const pairs: Array<{ vendor: string; invoiceNumber: string }> = [];
  const preview = await previewImportFile({
    kind: detected.kind,
    filePath,
    onInvoiceNumber: (vendor, invoiceNumber) => pairs.push({ vendor, invoiceNumber }),
  });
  if (preview.rows === 0 && !preview.isIncomplete)
    return discard(`I did not import ${file.fileName}: it holds ${detected.kind} columns but no rows.`);
  const replaced = isInvoiceKind(detected.kind) ? await findInvoicesToReplace(pairs, deps) : [];

  const offer: ChatImportOffer = { chatImportId: row.id, fileName: file.fileName, preview, replaced };
  await moveChatImport(
    { id: row.id, from: 'receiving', to: 'pending', data: { kind: detected.kind, preview: { preview, replaced } as unknown as object } },
    deps,
  );
  return { outcome: 'offered', offer };
}
