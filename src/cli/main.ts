import { type Config, loadConfig } from '../config.js';
import { describeFailure } from '../domain/ingest/finish-import.js';
import { isLedgerlineError } from '../errors.js';
import { commands } from './commands/index.js';

const usage = `Usage: ledgerline <command> [options]

Commands:
${Object.entries(commands)
  .map(([name, command]) => `  ${name.padEnd(16)}${command.summary}`)
  .join('\n')}

Run "ledgerline <command> --help" for a command's options.`;

/** Entry point of `npx ledgerline`; returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage + '\n');
    return name ? 0 : 1;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`Unknown command "${name}".\n\n${usage}\n`);
    return 1;
  }
  let config: Config | undefined;
  try {
    config = loadConfig();
    const module = await command.load();
    return await module.run(rest, { config });
  } catch (error) {
    if (isLedgerlineError(error)) {
      process.stderr.write(`${error.message}\n`);
      // What it translates (a driver's or an SDK's error) only when asked for, as for any failure.
      if (config?.logLevel === 'debug' && error.cause instanceof Error)
        process.stderr.write(`caused by ${error.cause.stack ?? error.cause.message}\n`);
      return error.code === 'CONFIG' ? 78 : 1;
    }
    // One line an operator can act on; the stack only when asked for.
    const isDebug = config?.logLevel === 'debug';
    process.stderr.write(
      `ledgerline ${name} failed: ${describeFailure(error)}.${isDebug ? '' : ' Run it again; LEDGERLINE_LOG_LEVEL=debug shows the stack.'}\n`,
    );
    if (isDebug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    return 1;
  }
}
