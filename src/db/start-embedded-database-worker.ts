import { existsSync, mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { LedgerlineError } from '../errors.js';
import type { CsvCopyInput, CsvCopyResult } from './copy-csv-file.js';
import type { EmbeddedWorkerData, FromWorker, ToWorker } from './embedded-database-protocol.js';

/** The embedded database running in its own thread, reached over a Unix socket. */
export interface EmbeddedDatabaseWorker {
  /** Connection settings for `pg`: a socket folder as host, the port naming the socket file. */
  connection: { host: string; port: number; user: string; database: string };
  /** COPY of a CSV file, run beside PGlite in the worker. The caller holds the only connection meanwhile. */
  copyCsv(input: CsvCopyInput): Promise<CsvCopyResult>;
  /** Stops the server, closes PGlite (flushing it to the folder) and ends the thread. */
  close(): Promise<void>;
}

export interface EmbeddedDatabaseWorkerOptions {
  /** Folder of the database, or undefined for a throw-away one in memory. */
  dataDir: string | undefined;
  /** Called once if the worker stops on its own after it started (queries fail from then on). */
  onFailure?: (error: LedgerlineError) => void;
}

// pg finds a Unix socket as `<host>/.s.PGSQL.<port>`, as it does for a PostgreSQL server.
const socketPort = 5432;
const socketFileName = `.s.PGSQL.${socketPort}`;
// A Unix socket path holds at most 107 bytes on Linux (103 on macOS).
const longestSocketPath = 100;
const workerEntry = new URL('./embedded-database-worker.mjs', import.meta.url);

/**
 * The socket sits in the data folder, which only this process uses while it holds the folder's
 * lock (and which no temp-file cleaner ages away under a long-running server); a throw-away
 * database, or a folder whose path is too long for a socket, gets a private temporary folder.
 */
function socketFolder(dataDir: string | undefined): { folder: string; isTemporary: boolean } {
  if (dataDir !== undefined) {
    const folder = path.resolve(dataDir);
    if (path.join(folder, socketFileName).length <= longestSocketPath) return { folder, isTemporary: false };
  }
  return { folder: mkdtempSync(path.join(tmpdir(), 'ledgerline-db-')), isTemporary: true };
}

export async function startEmbeddedDatabaseWorker(options: EmbeddedDatabaseWorkerOptions): Promise<EmbeddedDatabaseWorker> {
  const location = options.dataDir ?? 'memory';
  const { folder, isTemporary } = socketFolder(options.dataDir);
  const socketPath = path.join(folder, socketFileName);
  // Left by a process that died holding the folder; the caller holds the folder's lock now.
  if (!isTemporary && existsSync(socketPath)) unlinkSync(socketPath);
  const removeSocketFolder = () => {
    if (isTemporary) rmSync(folder, { recursive: true, force: true });
  };

  const workerData: EmbeddedWorkerData = { dataDir: options.dataDir, socketPath };
  const worker = new Worker(workerEntry, { workerData });
  const send = (message: ToWorker) => worker.postMessage(message);

  let isReady = false;
  let isClosing = false;
  let stopped: LedgerlineError | undefined;
  const copies = new Map<number, { input: CsvCopyInput; resolve(result: CsvCopyResult): void; reject(error: Error): void }>();
  let closed: (() => void) | undefined;
  let startupSettled: { resolve(): void; reject(error: Error): void } | undefined;

  const stop = (message: string) => {
    if (stopped) return;
    stopped = new LedgerlineError(
      'UNAVAILABLE',
      isReady
        ? `The embedded database in ${location} stopped: ${message} — restart Ledgerline.`
        : `The embedded database in ${location} could not start: ${message}`,
    );
    for (const copy of copies.values()) copy.reject(stopped);
    copies.clear();
    removeSocketFolder();
    if (!isReady) startupSettled?.reject(stopped);
    else if (!isClosing) options.onFailure?.(stopped);
    closed?.();
  };

  worker.on('message', (message: FromWorker) => {
    switch (message.type) {
      case 'ready':
        isReady = true;
        startupSettled?.resolve();
        break;
      case 'copy-progress':
        copies.get(message.id)?.input.onProgress?.(message.progress);
        break;
      case 'copy-done':
        copies.get(message.id)?.resolve(message.result);
        copies.delete(message.id);
        break;
      case 'copy-failed':
        copies.get(message.id)?.reject(new Error(message.message));
        copies.delete(message.id);
        break;
      case 'closed':
        closed?.();
        break;
      case 'failed':
        stop(message.message);
        break;
    }
  });
  worker.on('error', (error) => stop(error.message));
  worker.on('exit', (code) => stop(`its thread ended (exit code ${code})`));

  await new Promise<void>((resolve, reject) => {
    startupSettled = { resolve, reject };
  });

  let nextCopyId = 1;
  let closing: Promise<void> | undefined;
  return {
    connection: { host: folder, port: socketPort, user: 'postgres', database: 'postgres' },
    copyCsv: (input) => {
      if (stopped) return Promise.reject(stopped);
      const id = nextCopyId++;
      const { onProgress: _onProgress, ...sent } = input;
      return new Promise((resolve, reject) => {
        copies.set(id, { input, resolve, reject });
        send({ type: 'copy', id, input: sent });
      });
    },
    close: () =>
      (closing ??= (async () => {
        isClosing = true;
        if (!stopped) {
          await new Promise<void>((resolve) => {
            closed = resolve;
            send({ type: 'close' });
          });
        }
        await worker.terminate();
        removeSocketFolder();
        if (!isTemporary) rmSync(socketPath, { force: true });
      })()),
  };
}
