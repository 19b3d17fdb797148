// The messages between the app's thread and the embedded database's worker thread. Queries do
// not travel here: they go over the PostgreSQL wire protocol on the socket the worker serves.
import type { CsvCopyInput, CsvCopyResult } from './copy-csv-file.js';

export interface EmbeddedWorkerData {
  /** Folder of the database, or undefined for a throw-away one in memory. */
  dataDir: string | undefined;
  /** Unix socket the worker listens on (a file that does not exist yet). */
  socketPath: string;
}

export type ToWorker = { type: 'copy'; id: number; input: Omit<CsvCopyInput, 'onProgress'> } | { type: 'close' };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'copy-progress'; id: number; progress: { bytesRead: number; records: number } }
  | { type: 'copy-done'; id: number; result: CsvCopyResult }
  | { type: 'copy-failed'; id: number; message: string }
  | { type: 'closed' }
  /** PGlite could not open or stopped; the worker ends after sending it. */
  | { type: 'failed'; message: string };
