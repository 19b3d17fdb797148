import { describe, expect, it } from 'vitest';
import { createServerDatabase } from '../../src/db/create-server-database.js';
import { openDatabase } from '../../src/db/open-database.js';

// On a PostgreSQL server, JIT compilation would start on the larger spend statements at scale and
// cost more than the statement itself (BENCHMARKS.md, "Answer latency"): the product's sessions
// turn it off. Runs in the PostgreSQL suite (LEDGERLINE_TEST_DATABASE_URL); PGlite has no JIT.
const serverUrl = process.env.LEDGERLINE_TEST_DATABASE_URL;

describe.skipIf(!serverUrl)('PostgreSQL server sessions', () => {
  it('run with JIT compilation off, whatever the server default', async () => {
    const server = await createServerDatabase(serverUrl!, 'ledgerline_session');
    const database = await openDatabase({ databaseUrl: server.url });
    try {
      const rows = await database.prisma.$queryRawUnsafe<Array<{ jit: string }>>('SHOW jit');
      expect(rows).toEqual([{ jit: 'off' }]);
    } finally {
      await database.close();
      await server.drop();
    }
  });
});
