import { createServer, type Server, type Socket } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';

// A PostgreSQL wire-protocol server over one PGlite, for several client connections at once.
// PGlite is a single session, so clients take turns — but per request, not per protocol message
// (pglite-socket's server interleaves the messages of two clients, so one client's Parse could
// be bound by the other's Bind, and it admits one connection, so a pool of one serialises every
// round trip through the app's event loop). A turn is everything up to a Sync or a simple Query;
// while a transaction is open, only its connection gets turns, until it commits or rolls back.

const sslRequestCode = 80877103;
const cancelRequestCode = 80877102;

type Turn = { connection: Connection; messages: Uint8Array[] } | { connection?: undefined; task: () => Promise<void> };

interface Connection {
  socket: Socket;
  buffered: Buffer;
  hasStarted: boolean;
  pending: Uint8Array[];
}

export interface PgliteSocketServer {
  /** Runs work on PGlite beside the clients (a COPY): between their turns, never inside their transactions. */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function servePgliteOverSocket(pglite: PGlite, socketPath: string): Promise<PgliteSocketServer> {
  const turns: Turn[] = [];
  const connections = new Set<Connection>();
  /** The connection whose transaction is open: only it may take a turn. */
  let owner: Connection | undefined;
  let isRunning = false;

  const nextTurn = (): Turn | undefined => {
    if (owner) {
      const index = turns.findIndex((turn) => turn.connection === owner);
      return index === -1 ? undefined : turns.splice(index, 1)[0];
    }
    return turns.shift();
  };

  const run = async () => {
    if (isRunning) return;
    isRunning = true;
    try {
      for (let turn = nextTurn(); turn; turn = nextTurn()) {
        if (!turn.connection) {
          await turn.task();
          continue;
        }
        const { socket } = turn.connection;
        const { messages } = turn;
        try {
          await pglite.runExclusive(async () => {
            for (const [index, message] of messages.entries()) {
              await pglite.execProtocolRawStream(message, {
                // Writing the folder once per turn, not once per message.
                syncToFs: index === messages.length - 1,
                onRawData: (data) => {
                  if (socket.writable) socket.write(Buffer.from(data));
                },
              });
            }
          });
          owner = pglite.isInTransaction() ? turn.connection : undefined;
        } catch {
          // PGlite answers SQL errors in the protocol; a throw means the session is unusable for this client.
          socket.destroy();
          await release(turn.connection);
        }
      }
    } finally {
      isRunning = false;
    }
  };

  /** A connection that ends inside its transaction leaves it rolled back, as a server would. */
  const release = async (connection: Connection) => {
    connections.delete(connection);
    for (let index = turns.length - 1; index >= 0; index -= 1) if (turns[index]?.connection === connection) turns.splice(index, 1);
    if (owner === connection) {
      owner = undefined;
      if (pglite.isInTransaction()) await pglite.exec('ROLLBACK');
    }
    void run();
  };

  const receive = (connection: Connection, chunk: Buffer) => {
    connection.buffered = connection.buffered.length === 0 ? chunk : Buffer.concat([connection.buffered, chunk]);
    for (;;) {
      const { buffered } = connection;
      if (!connection.hasStarted) {
        // Start-up packets have no type byte: length, then a protocol code.
        if (buffered.length < 8) return;
        const length = buffered.readInt32BE(0);
        if (buffered.length < length) return;
        const code = buffered.readInt32BE(4);
        connection.buffered = buffered.subarray(length);
        if (code === sslRequestCode) {
          connection.socket.write('N');
          continue;
        }
        if (code === cancelRequestCode) {
          connection.socket.end();
          return;
        }
        connection.hasStarted = true;
        turns.push({ connection, messages: [new Uint8Array(buffered.subarray(0, length))] });
        void run();
        continue;
      }
      if (buffered.length < 5) return;
      const length = 1 + buffered.readInt32BE(1);
      if (buffered.length < length) return;
      const type = String.fromCharCode(buffered[0] ?? 0);
      const message = new Uint8Array(buffered.subarray(0, length));
      connection.buffered = buffered.subarray(length);
      if (type === 'X') {
        connection.socket.end();
        return;
      }
      connection.pending.push(message);
      if (type === 'S' || type === 'Q') {
        turns.push({ connection, messages: connection.pending });
        connection.pending = [];
        void run();
      }
    }
  };

  const server: Server = createServer((socket) => {
    const connection: Connection = { socket, buffered: Buffer.alloc(0), hasStarted: false, pending: [] };
    connections.add(connection);
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => receive(connection, chunk));
    socket.on('error', () => socket.destroy());
    socket.on('close', () => void release(connection));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    exclusive: (task) =>
      new Promise((resolve, reject) => {
        turns.push({ task: () => task().then(resolve, reject) });
        void run();
      }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const connection of connections) connection.socket.destroy();
        server.close(() => resolve());
      }),
  };
}
