import { parseArgs } from 'node:util';
import { openConsoleAssistant } from '../../bot/console/open-console-assistant.js';
import { startConsoleChat } from '../../bot/console/start-console-chat.js';
import type { CommandEnvironment } from '../command.js';
import { parseAsOf } from '../../bot/console/parse-as-of.js';

/** The console chat, with memory for follow-ups; on piped input it answers each line and exits. */
export async function run(argv: string[], { config }: CommandEnvironment): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { 'as-of': { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    process.stdout.write('Usage: ledgerline chat [--as-of YYYY-MM-DD]\n');
    return 0;
  }
  const asOf = parseAsOf(values['as-of'] ?? config.asOf);
  const { runtime, assistant } = await openConsoleAssistant(config, { isTerminal: process.stdin.isTTY === true });
  try {
    await startConsoleChat({ assistant, input: process.stdin, output: process.stdout, asOf }).finished;
    return 0;
  } finally {
    await runtime.close();
  }
}
