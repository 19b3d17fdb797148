import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

/** One line per event on stderr, so stdout stays clean for answers and JSON. */
export function createLogger(level: LogLevel, write: (line: string) => void = (line) => process.stderr.write(line + '\n')): Logger {
  const log = (at: Exclude<LogLevel, 'silent'>) => (message: string, fields?: Record<string, unknown>) => {
    if (order[at] < order[level]) return;
    const suffix = fields && Object.keys(fields).length > 0 ? ' ' + JSON.stringify(fields, keepErrors) : '';
    write(`${new Date().toISOString()} ${at.toUpperCase()} ${message}${suffix}`);
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

/**
 * JSON.stringify writes an Error as `{}`; callers log `{ error }` as it was caught, and the line
 * keeps its message, code, stack and causes, still on one line (the stack's newlines are escaped).
 */
function keepErrors(_key: string, value: unknown): unknown {
  if (!(value instanceof Error)) return value;
  const code = (value as { code?: unknown }).code;
  return {
    name: value.name,
    message: value.message,
    ...(code === undefined ? {} : { code }),
    stack: value.stack,
    ...(value.cause === undefined ? {} : { cause: value.cause }),
  };
}

export const silentLogger: Logger = createLogger('silent');

/**
 * For a terminal where a person is typing at the console prompt: info and debug lines would cut
 * into what they type, so only warnings and errors reach the screen; every line (warnings
 * included) is appended to `logFile`, which the first line on screen names.
 */
export function createTerminalLogger(
  level: LogLevel,
  { logFile, screen = (line) => process.stderr.write(line + '\n') }: { logFile: string; screen?: (line: string) => void },
): Logger {
  mkdirSync(dirname(logFile), { recursive: true });
  const file = createWriteStream(logFile, { flags: 'a' });
  // A log file that cannot be written must not take the console down: its lines go to the screen.
  let isFileBroken = false;
  file.on('error', (error) => {
    isFileBroken = true;
    screen(
      `${new Date().toISOString()} WARN log file ${logFile} not writable; logging here instead ${JSON.stringify({ error: error.message })}`,
    );
  });
  const toFile = createLogger(level, (line) => (isFileBroken ? screen(line) : file.write(line + '\n')));
  const toScreen = createLogger(order[level] > order.warn ? level : 'warn', screen);
  const both = (at: 'warn' | 'error') => (message: string, fields?: Record<string, unknown>) => {
    toScreen[at](message, fields);
    if (!isFileBroken) toFile[at](message, fields);
  };
  return { debug: toFile.debug, info: toFile.info, warn: both('warn'), error: both('error') };
}
