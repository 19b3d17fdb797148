import type { PrismaClient } from '../db/generated/client.js';
import type { Logger } from '../logger.js';

/** What every domain use case receives instead of reaching for globals. */
export interface DomainDeps {
  prisma: PrismaClient;
  /** The clock; tests pass a fixed one instead of mocking Date. */
  now: () => Date;
  logger: Logger;
}
