import { parseArgs } from 'node:util';
import { startProduct } from '../../main.js';
import type { CommandEnvironment } from '../command.js';

/** Runs until SIGINT/SIGTERM, also when standard input is not a terminal. */
export async function run(argv: string[], { config }: CommandEnvironment): Promise<number> {
  parseArgs({ args: argv, options: {} });
  // The console chat opens beside the server only on a terminal; under a process manager or
  // in CI (stdin not a TTY) the server runs alone and keeps running.
  const isTerminal = process.stdin.isTTY === true;
  const product = await startProduct(config, isTerminal ? { console: { input: process.stdin, output: process.stdout } } : {});
  process.stdout.write(`Ledgerline is running: ${product.url}/healthz\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
    void product.consoleFinished?.then(resolve);
  });
  await product.stop();
  return 0;
}
