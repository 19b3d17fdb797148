import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface ServerDatabase {
  /** Connection URL of the new database. */
  url: string;
  /** Drops it, disconnecting whoever is still connected. */
  drop(): Promise<void>;
}

/**
 * A new, empty database on a PostgreSQL server (tests, benchmarks): a name nobody else uses,
 * created through the server URL's own database, dropped with FORCE when done.
 */
export async function createServerDatabase(serverUrl: string, prefix = 'ledgerline'): Promise<ServerDatabase> {
  const name = `${prefix}_${Date.now()}_${randomBytes(4).toString('hex')}`;
  const run = async (sql: string) => {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      await admin.query(sql);
    } finally {
      await admin.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
