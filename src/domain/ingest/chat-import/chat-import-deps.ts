import type { Viewer } from '../../shared/viewer.js';
import type { IngestDeps } from '../ingest-types.js';

/** What a chat import needs besides the import's own collaborators; built once in the composition root. */
export interface ChatImportSettings {
  /** Where dropped files wait for Import or Cancel (under the data folder). */
  folder: string;
  /** Roles besides admin that may import (LEDGERLINE_IMPORT_ROLES). */
  importRoles: readonly Viewer['role'][];
  /** The largest file downloaded from chat. */
  maximumBytes: number;
  /** The message shows progress at most this often: chat platforms rate-limit edits. */
  progressEveryMs: number;
}

export interface ChatImportDeps extends IngestDeps {
  chatImports: ChatImportSettings;
}

/** What a chat surface is given so files dropped in a direct chat can be imported (the rest are its own deps). */
export type ChatImportOptions = Omit<ChatImportDeps, 'prisma' | 'now' | 'logger'>;
