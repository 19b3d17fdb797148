import { LogLevel } from '@slack/bolt';
import type { Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../logger.js';

/** Bolt logs through our logger, one line per event, at our level. */
export function toBoltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const line = (parts: unknown[]) => parts.map((part) => (typeof part === 'string' ? part : String(part))).join(' ');
  return {
    debug: (...parts: unknown[]) => logger.debug(`slack: ${line(parts)}`),
    info: (...parts: unknown[]) => logger.info(`slack: ${line(parts)}`),
    warn: (...parts: unknown[]) => logger.warn(`slack: ${line(parts)}`),
    error: (...parts: unknown[]) => logger.error(`slack: ${line(parts)}`),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
