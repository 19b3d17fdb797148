import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { copyCsvThroughPglite } from './copy-csv-file.js';
import type { EmbeddedWorkerData, FromWorker, ToWorker } from './embedded-database-protocol.js';

// The embedded database's own thread: PGlite runs every query here, so the app's event loop
// only moves bytes on a socket and never waits for a query to finish (ADR 0008). The app's pool
// has one connection (PGlite is one session). The server admits a few more: pg drops a connection
// after a query error and opens the next one before the server has seen the first one close.

if (!parentPort) throw new Error('run-embedded-database-worker runs in a worker thread only');
const port = parentPort;
const { dataDir, socketPath } = workerData as EmbeddedWorkerData;
const send = (message: FromWorker) => port.postMessage(message);
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

let pglite: PGlite;
let server: PGLiteSocketServer;
try {
  pglite = new PGlite(dataDir);
  await pglite.waitReady;
  server = new PGLiteSocketServer({ db: pglite, path: socketPath, maxConnections: 4 });
  await server.start();
} catch (error) {
  send({ type: 'failed', message: messageOf(error) });
  process.exit(1);
}

// COPY … FROM STDIN does not work through the socket (PGlite reads COPY data from a blob), so
// the file is read here. The app holds the pool's only connection meanwhile: no query and no
// transaction of the socket's client can interleave with the pieces of the COPY.
const copyCsv = copyCsvThroughPglite(pglite);

port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'copy':
      copyCsv({ ...message.input, onProgress: (progress) => send({ type: 'copy-progress', id: message.id, progress }) }).then(
        (result) => send({ type: 'copy-done', id: message.id, result }),
        (error: unknown) => send({ type: 'copy-failed', id: message.id, message: messageOf(error) }),
      );
      break;
    case 'close':
      // Closing PGlite flushes its files to the data folder; only then may another process open it.
      server
        .stop()
        .then(() => pglite.close())
        .then(
          () => send({ type: 'closed' }),
          (error: unknown) => send({ type: 'failed', message: messageOf(error) }),
        );
      break;
  }
});

send({ type: 'ready' });
