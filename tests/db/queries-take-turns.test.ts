import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/open-database.js';

// The embedded database runs in the app's thread by default. A Slack request that arrives while
// answers are querying must be read and acknowledged between their queries, not after all of them
// (issue 19: acks waited up to a second at 30 mentions/s).
describe('the embedded database in the app thread', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({ dataDir: 'memory://', embeddedThread: 'in-thread' });
  });
  afterAll(async () => {
    await database.close();
  });

  it('answers an HTTP request that arrives while 200 queries wait, before they have all run', async () => {
    let finished = 0;
    let finishedWhenRequestServed = -1;
    const server = createServer((_request, response) => {
      finishedWhenRequestServed = finished;
      response.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    // Warm up: the first query compiles Prisma's plan and PGlite's catalog caches.
    await database.prisma.$queryRaw`SELECT 1`;

    const served = new Promise<string>((resolve, reject) => {
      request({ port, host: '127.0.0.1' }, (response) => {
        response.setEncoding('utf8');
        let body = '';
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve(body));
      })
        .on('error', reject)
        .end();
    });
    const queries = Array.from({ length: 200 }, (_, index) =>
      database.prisma.$queryRaw`SELECT generate_series(1, 2000) AS n ORDER BY n DESC LIMIT ${index + 1}`.then(() => {
        finished += 1;
      }),
    );
    expect(await served).toBe('ok');
    await Promise.all(queries);
    server.close();

    expect(finished).toBe(200);
    // Before queries took turns, the request was read only after the last of the 200 had run.
    expect(finishedWhenRequestServed).toBeGreaterThanOrEqual(0);
    expect(finishedWhenRequestServed).toBeLessThan(50);
  });

  it('keeps the order of queries and the isolation of a transaction', async () => {
    await database.prisma.$executeRawUnsafe('CREATE TABLE IF NOT EXISTS turn_check (n int)');
    const order: number[] = [];
    const inserts = Array.from({ length: 20 }, (_, index) =>
      database.prisma.$executeRaw`INSERT INTO turn_check VALUES (${index})`.then(() => order.push(index)),
    );
    // Other queries wait while the transaction is open: it sees only its own rows until it commits.
    const inTransaction = database.prisma.$transaction(async (transaction) => {
      await transaction.$executeRaw`INSERT INTO turn_check VALUES (100)`;
      const [{ count }] = await transaction.$queryRaw<[{ count: bigint }]>`SELECT count(*) AS count FROM turn_check WHERE n = 100`;
      return count;
    });
    await Promise.all(inserts);
    expect(await inTransaction).toBe(1n);
    expect(order).toEqual(Array.from({ length: 20 }, (_, index) => index));
    const [{ count }] = await database.prisma.$queryRaw<[{ count: bigint }]>`SELECT count(*) AS count FROM turn_check`;
    expect(count).toBe(21n);
  });
});
