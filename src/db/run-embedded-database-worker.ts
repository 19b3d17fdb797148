import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { copyCsvThroughPglite } from './copy-csv-file.js';
import type { EmbeddedWorkerData, FromWorker, ToWorker } from './embedded-database-protocol.js';
import { type PgliteSocketServer, servePgliteOverSocket } from './serve-pglite-over-socket.js';

// The embedded database's own thread: PGlite runs every query here, so the app's event loop
// only moves bytes on a socket and never waits for a query to finish (ADR 0008).

if (!parentPort) throw new Error('run-embedded-database-worker runs in a worker thread only');
const port = parentPort;
const { dataDir, socketPath } = workerData as EmbeddedWorkerData;
const send = (message: FromWorker) => port.postMessage(message);
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

let pglite: PGlite;
let server: PgliteSocketServer;
try {
  pglite = new PGlite(dataDir);
  await pglite.waitReady;
  server = await servePgliteOverSocket(pglite, socketPath);
} catch (error) {
  send({ type: 'failed', message: messageOf(error) });
  process.exit(1);
}

// COPY … FROM STDIN does not work through the socket (PGlite reads COPY data from a blob), so
// the file is read here, between the clients' turns: no query and no transaction of theirs can
// interleave with the pieces of the COPY.
const copyCsv = copyCsvThroughPglite(pglite);

port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'copy':
      server
        .exclusive(() => copyCsv({ ...message.input, onProgress: (progress) => send({ type: 'copy-progress', id: message.id, progress }) }))
        .then(
          (result) => send({ type: 'copy-done', id: message.id, result }),
          (error: unknown) => send({ type: 'copy-failed', id: message.id, message: messageOf(error) }),
        );
      break;
    case 'close':
      // Closing PGlite flushes its files to the data folder; only then may another process open it.
      server
        .close()
        .then(() => pglite.close())
        .then(
          () => send({ type: 'closed' }),
          (error: unknown) => send({ type: 'failed', message: messageOf(error) }),
        );
      break;
  }
});

send({ type: 'ready' });
