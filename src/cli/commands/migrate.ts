import { parseArgs } from 'node:util';
import { applyMigrations } from '../../db/migrate.js';
import { openDatabase } from '../../db/open-database.js';
import type { CommandEnvironment } from '../command.js';

export async function run(argv: string[], { config }: CommandEnvironment): Promise<number> {
  parseArgs({ args: argv, options: {} });
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const applied = await applyMigrations(database);
    process.stdout.write(
      applied.length === 0
        ? `Database at ${database.location} is up to date.\n`
        : `Applied ${applied.length} migration(s) to ${database.location}: ${applied.join(', ')}\n`,
    );
    return 0;
  } finally {
    await database.close();
  }
}
