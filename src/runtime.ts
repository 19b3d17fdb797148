import type { Config } from './config.js';
import { applyMigrations } from './db/migrate.js';
import type { Database } from './db/open-database.js';
import { openDatabase } from './db/open-database.js';
import type { DomainDeps } from './domain/deps.js';
import { isDatabaseEmpty } from './demo/is-database-empty.js';
import { loadDemoEnterprise } from './demo/load-demo-enterprise.js';
import type { Logger } from './logger.js';
import { createLogger } from './logger.js';

/** The real collaborators, built once (the composition root's building blocks). */
export interface Runtime extends DomainDeps {
  config: Config;
  database: Database;
  close(): Promise<void>;
}

export async function openRuntime(config: Config, options: { logger?: Logger; now?: () => Date } = {}): Promise<Runtime> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    embeddedThread: config.embeddedThread,
    replicaUrls: config.replicaUrls,
    // Every query fails once the embedded database's thread has stopped: say why once, and stop
    // as on SIGTERM (a clean shutdown) so that a process manager starts Ledgerline again.
    onEmbeddedFailure: (error) => {
      logger.error(error.message);
      process.exitCode = 1;
      process.kill(process.pid, 'SIGTERM');
    },
  });
  const applied = await applyMigrations(database);
  if (applied.length > 0) logger.info('migrations applied', { applied, database: database.location });
  // --as-of / LEDGERLINE_AS_OF pins "today" for demos and reproducible answers.
  const fixedNow = config.asOf ? new Date(`${config.asOf}T12:00:00Z`) : undefined;
  const now = options.now ?? (fixedNow ? () => fixedNow : () => new Date());
  return {
    config,
    database,
    prisma: database.prisma,
    logger,
    now,
    close: () => database.close(),
  };
}

/**
 * A newcomer's first start: an empty database gets the demo enterprise (unless LEDGERLINE_DEMO=0),
 * loaded through the same importer as real files. Returns true when it loaded.
 */
export async function loadDemoIfEmpty(runtime: Runtime): Promise<boolean> {
  if (!runtime.config.loadDemo || !(await isDatabaseEmpty(runtime.prisma))) return false;
  runtime.logger.info('empty database: loading the demo enterprise', { seed: runtime.config.demoSeed });
  await loadDemoEnterprise(
    { asOf: runtime.now(), seed: runtime.config.demoSeed },
    {
      prisma: runtime.prisma,
      now: runtime.now,
      logger: runtime.logger,
      costCenterTagKeys: runtime.config.costCenterTagKeys,
      database: runtime.database,
    },
  );
  return true;
}
