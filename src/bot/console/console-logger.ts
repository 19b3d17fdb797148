import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import { createTerminalLogger } from '../../logger.js';

/**
 * The logger while a person types at the console prompt: warnings and errors on screen, every
 * line in ledgerline.log under the data folder (the system's temporary folder for an in-memory database).
 */
export function consoleLogger(config: Pick<Config, 'dataDir' | 'logLevel'>): Logger {
  const folder = config.dataDir.includes('://') ? join(tmpdir(), 'ledgerline') : config.dataDir;
  const logFile = join(folder, 'ledgerline.log');
  const logger = createTerminalLogger(config.logLevel, { logFile });
  process.stderr.write(`Logs: ${logFile} (only warnings and errors are shown here)\n`);
  return logger;
}
