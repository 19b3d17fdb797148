import { parseArgs } from 'node:util';
import { createMigration } from '../../db/migrate.js';

export async function run(argv: string[]): Promise<number> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
  const [action, name] = positionals;
  if (action !== 'create' || !name) {
    process.stderr.write('Usage: ledgerline migration create <name>\n');
    return 1;
  }
  const folder = await createMigration(name, new Date());
  process.stdout.write(
    folder ? `Wrote prisma/migrations/${folder}/migration.sql\n` : 'The schema matches the migrations: nothing to write.\n',
  );
  return 0;
}
