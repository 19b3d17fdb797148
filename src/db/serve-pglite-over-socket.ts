import { createServer, type Server, type Socket } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';

// A PostgreSQL wire-protocol server over one PGlite, for several client connections at once.
// PGlite is a single session, so clients take turns — but per request, not per protocol message
// (pglite-socket's server interleaves the messages of two clients, so one client's Parse could
// be bound by the other's Bind, and it admits one connection, so a pool of one serialises every
// round trip through the app's event loop). A turn is everything up to a Sync or a simple Query;
// while a transaction is open, only its connection gets turns, until it commits or rolls back.
//
// PGlite answers an extended-protocol request whose Parse, Bind or Execute fails with
// ErrorResponse + ReadyForQuery at once, and then a second ReadyForQuery at the request's Sync.
// A server sends exactly one per Sync or simple Query; `pg` takes each ReadyForQuery as the end of
// one query's reply, so a stray one hands every later query on that connection the reply of the one
// before it (ADR 0008). The server therefore holds back PGlite's ReadyForQuery messages and sends
// the client only the last of each turn — the one that carries the transaction status after it.

const sslRequestCode = 80877103;
const cancelRequestCode = 80877102;
const readyForQuery = 0x5a; // 'Z'
/** ReadyForQuery's transaction status outside a transaction ('T' inside one, 'E' inside a failed one). */
const idle = 'I';

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
        const { connection, messages } = turn;
        const { socket } = connection;
        const reply = oneReadyForQueryPerTurn((bytes) => {
          if (socket.writable) socket.write(bytes);
        });
        try {
          await pglite.runExclusive(async () => {
            for (const [index, message] of messages.entries()) {
              await pglite.execProtocolRawStream(message, {
                // Writing the folder once per turn, not once per message.
                syncToFs: index === messages.length - 1,
                onRawData: reply.write,
              });
            }
          });
          const status = reply.end();
          if (connections.has(connection))
            owner = (status === undefined ? pglite.isInTransaction() : status !== idle) ? connection : undefined;
          else if (pglite.isInTransaction()) {
            // The connection closed during its turn, after its release found no transaction to end.
            owner = undefined;
            await pglite.exec('ROLLBACK');
          }
        } catch {
          // PGlite answers SQL errors in the protocol; a throw means the session is unusable for this client.
          socket.destroy();
          await release(connection);
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

/**
 * Passes PGlite's reply to one turn through to the client, except ReadyForQuery: those are held
 * back and `end` sends only the last (see the top of this file) and returns its transaction status.
 * The reply comes in pieces that may split a message anywhere, so message boundaries are tracked
 * across pieces; the bytes of other messages are copied once, as before.
 */
function oneReadyForQueryPerTurn(send: (bytes: Buffer) => void): { write(data: Uint8Array): void; end(): string | undefined } {
  /** Bytes of the current message still to pass through. */
  let remaining = 0;
  /** The start of a message whose header (or whole ReadyForQuery) has not fully arrived yet. */
  let incomplete: Buffer | undefined;
  let lastReady: Buffer | undefined;
  return {
    write(data) {
      const piece = incomplete ? Buffer.concat([incomplete, data]) : Buffer.from(data);
      incomplete = undefined;
      const passed: Buffer[] = [];
      let offset = 0;
      while (offset < piece.length) {
        if (remaining > 0) {
          const end = Math.min(piece.length, offset + remaining);
          passed.push(piece.subarray(offset, end));
          remaining -= end - offset;
          offset = end;
          continue;
        }
        // A ReadyForQuery is 6 bytes: type, length 5, status; other headers are 5.
        const needed = piece[offset] === readyForQuery ? 6 : 5;
        if (piece.length - offset < needed) {
          incomplete = piece.subarray(offset);
          break;
        }
        if (piece[offset] === readyForQuery) {
          lastReady = piece.subarray(offset, offset + 6);
          offset += 6;
        } else remaining = 1 + piece.readInt32BE(offset + 1);
      }
      if (passed.length > 0) send(passed.length === 1 ? (passed[0] as Buffer) : Buffer.concat(passed));
    },
    end() {
      if (!lastReady) return undefined;
      send(lastReady);
      return String.fromCharCode(lastReady[5] ?? 0);
    },
  };
}
