import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PgliteSocketServer, servePgliteOverSocket } from '../../src/db/serve-pglite-over-socket.js';

// The embedded database's socket server at the wire-protocol level. PGlite, fed an extended-protocol
// request whose Bind or Execute fails, answers ErrorResponse + ReadyForQuery at once and a second
// ReadyForQuery at the Sync; a client that reads one reply per ReadyForQuery then hands every later
// query the reply of the one before it ("Failed to deserialize column of type 'void'" in the import
// after a FOCUS file refused by the checks in SQL). A server sends exactly one per Sync or Query.

let pglite: PGlite;
let server: PgliteSocketServer;
let folder: string;

beforeAll(async () => {
  pglite = new PGlite();
  await pglite.waitReady;
  folder = mkdtempSync(path.join(tmpdir(), 'ledgerline-socket-'));
  server = await servePgliteOverSocket(pglite, path.join(folder, '.s.PGSQL.5432'));
});

afterAll(async () => {
  await server?.close();
  await pglite?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** One frontend message: type byte, then length (itself included), then the body. */
function message(type: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  const header = Buffer.alloc(5);
  header.write(type, 0, 'latin1');
  header.writeInt32BE(4 + body.length, 1);
  return Buffer.concat([header, body]);
}
const text = (value: string) => Buffer.from(`${value}\0`, 'utf8');
const int16 = (value: number) => Buffer.from([(value >> 8) & 0xff, value & 0xff]);
const int32 = (value: number) => {
  const bytes = Buffer.alloc(4);
  bytes.writeInt32BE(value);
  return bytes;
};

function startup(): Buffer {
  const body = Buffer.concat([int32(196_608), text('user'), text('postgres'), text('database'), text('postgres'), Buffer.from([0])]);
  return Buffer.concat([int32(4 + body.length), body]);
}

/** Parse, Bind (text parameters), Describe, Execute, Sync: what `pg` sends for a query with values. */
function extendedQuery(sql: string, values: string[]): Buffer {
  const parameters = values.map((value) => Buffer.concat([int32(Buffer.byteLength(value)), Buffer.from(value)]));
  return Buffer.concat([
    message('P', text(''), text(sql), int16(0)),
    message('B', text(''), text(''), int16(0), int16(values.length), ...parameters, int16(0)),
    message('D', Buffer.from('P'), text('')),
    message('E', text(''), int32(0)),
    message('S'),
  ]);
}
const simpleQuery = (sql: string) => message('Q', text(sql));

/** A raw client: sends one request at a time and returns the backend messages' types up to the next ReadyForQuery. */
async function rawClient(): Promise<{ request(bytes: Buffer): Promise<string[]>; received(): string[]; close(): void }> {
  const socket: Socket = connect(path.join(folder, '.s.PGSQL.5432'));
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  let buffered = Buffer.alloc(0);
  const types: string[] = [];
  let waiting: { from: number; resolve(types: string[]): void } | undefined;
  socket.on('data', (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    while (buffered.length >= 5 && buffered.length >= 1 + buffered.readInt32BE(1)) {
      const type = String.fromCharCode(buffered[0] ?? 0);
      // ReadyForQuery is written with its transaction status: ZI idle, ZT in a transaction, ZE failed one.
      // ParameterStatus (S) may come with any reply, as from a server; it is not part of one.
      if (type !== 'S') types.push(type === 'Z' ? `Z${String.fromCharCode(buffered[5] ?? 0)}` : type);
      buffered = buffered.subarray(1 + buffered.readInt32BE(1));
      if (type === 'Z' && waiting) {
        const { from, resolve } = waiting;
        waiting = undefined;
        resolve(types.slice(from));
      }
    }
  });
  const request = (bytes: Buffer) =>
    new Promise<string[]>((resolve) => {
      waiting = { from: types.length, resolve };
      socket.write(bytes);
    });
  await request(startup());
  return { request, received: () => [...types], close: () => socket.end() };
}

describe('the embedded database socket server', () => {
  it('answers an extended-protocol request that fails inside a transaction with exactly one ReadyForQuery', async () => {
    const client = await rawClient();
    try {
      expect(await client.request(simpleQuery('BEGIN'))).toEqual(['C', 'ZT']);
      // The Bind fails (not an integer): Describe and Execute are skipped until the Sync, as on a server.
      expect(await client.request(extendedQuery('SELECT $1::int AS n', ['not a number']))).toEqual(['1', 'E', 'ZE']);
      expect(await client.request(simpleQuery('ROLLBACK'))).toEqual(['C', 'ZI']);
      expect(await client.request(extendedQuery('SELECT $1::int AS n', ['7']))).toEqual(['1', '2', 'T', 'D', 'C', 'ZI']);
      // Nothing arrived after the replies above: a stray ReadyForQuery would show up here.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(client.received().filter((type) => type.startsWith('Z'))).toHaveLength(5);
    } finally {
      client.close();
    }
  });

  it('answers an error at Execute outside a transaction with exactly one ReadyForQuery', async () => {
    const client = await rawClient();
    try {
      const failing = await client.request(extendedQuery('SELECT 1 / n AS x FROM (VALUES (1), (0)) AS v (n) WHERE $1::int = 1', ['1']));
      expect(failing.at(-2)).toBe('E');
      expect(failing.filter((type) => type.startsWith('Z'))).toEqual(['ZI']);
      expect(await client.request(simpleQuery('SELECT 2'))).toEqual(['T', 'D', 'C', 'ZI']);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(client.received().filter((type) => type.startsWith('Z'))).toHaveLength(3);
    } finally {
      client.close();
    }
  });

  it('gives every query of a pg client its own result after an error inside a transaction', async () => {
    const client = new pg.Client({ host: folder, port: 5432, user: 'postgres', database: 'postgres' });
    await client.connect();
    try {
      await client.query('BEGIN');
      // The ROLLBACK is queued the moment the error arrives, as Prisma does, so a stray ReadyForQuery
      // behind the error would be taken for the ROLLBACK's reply.
      const rolledBack = await new Promise<Promise<pg.QueryResult>>((resolve) => {
        client.query('SELECT $1::int AS n', ['not a number'], (error) => {
          expect(error?.message).toMatch(/invalid input syntax for type integer/);
          resolve(client.query('ROLLBACK'));
        });
      });
      expect((await rolledBack).command).toBe('ROLLBACK');
      expect((await client.query('SELECT $1::int AS n', ['7'])).rows).toEqual([{ n: 7 }]);
      expect((await client.query('SELECT $1::text AS word', ['last'])).rows).toEqual([{ word: 'last' }]);
    } finally {
      await client.end();
    }
  });

  it('lets another connection in once a transaction that failed is rolled back', async () => {
    const first = new pg.Client({ host: folder, port: 5432, user: 'postgres', database: 'postgres' });
    const second = new pg.Client({ host: folder, port: 5432, user: 'postgres', database: 'postgres' });
    await Promise.all([first.connect(), second.connect()]);
    try {
      await first.query('BEGIN');
      await expect(first.query('SELECT $1::int AS n', ['not a number'])).rejects.toThrow(/invalid input syntax/);
      // Waits for the first connection's transaction, as on a single-session database it must.
      const waiting = second.query('SELECT $1::int AS n', ['2']);
      await first.query('ROLLBACK');
      expect((await waiting).rows).toEqual([{ n: 2 }]);
      expect((await first.query('SELECT $1::int AS n', ['1'])).rows).toEqual([{ n: 1 }]);
    } finally {
      await Promise.all([first.end(), second.end()]);
    }
  });
});
