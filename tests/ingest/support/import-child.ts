// Runs one import in its own process, printing progress, so a test can kill it mid-import.
import { openDatabase } from '../../../src/db/open-database.js';
import { applyMigrations } from '../../../src/db/migrate.js';
import { importFile } from '../../../src/domain/ingest/import-file.js';
import { silentLogger } from '../../../src/logger.js';

// The target is a PGlite folder or a postgres:// URL; "copy" lets FOCUS files load through COPY.
const [target, filePath, mode] = process.argv.slice(2) as [string, string, 'copy' | 'rows'];
const database = await openDatabase(target.startsWith('postgres') ? { databaseUrl: target } : { dataDir: target });
await applyMigrations(database);
const summary = await importFile(
  {
    kind: 'focus',
    filePath,
    onProgress: (progress) => process.stdout.write(`progress ${progress.rowsRead}\n`),
  },
  {
    prisma: database.prisma,
    now: () => new Date(),
    logger: silentLogger,
    costCenterTagKeys: ['cost-center'],
    ...(mode === 'copy' ? { database } : {}),
  },
);
process.stdout.write(`done ${summary.status} ${summary.rowsAccepted}\n`);
await database.close();
