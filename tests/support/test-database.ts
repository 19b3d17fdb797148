import { createServerDatabase } from '../../src/db/create-server-database.js';
import { applyMigrations } from '../../src/db/migrate.js';
import type { Database } from '../../src/db/open-database.js';
import { openDatabase } from '../../src/db/open-database.js';

/**
 * A fresh, migrated database for one test file: embedded PGlite in memory by default, or a
 * new database on the PostgreSQL server named by LEDGERLINE_TEST_DATABASE_URL (the second CI
 * run), dropped again on close.
 */
export async function openTestDatabase(): Promise<Database> {
  const serverUrl = process.env.LEDGERLINE_TEST_DATABASE_URL;
  if (!serverUrl) {
    const database = await openDatabase({ dataDir: 'memory://' });
    await applyMigrations(database);
    return database;
  }
  const server = await createServerDatabase(serverUrl, 'ledgerline_test');
  const database = await openDatabase({ databaseUrl: server.url });
  await applyMigrations(database);
  return {
    ...database,
    close: async () => {
      await database.close();
      await server.drop();
    },
  };
}
