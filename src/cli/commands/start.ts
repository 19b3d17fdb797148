import { parseArgs } from 'node:util';
import { startProduct } from '../../main.js';
import type { CommandEnvironment } from '../command.js';

/** Runs until SIGINT/SIGTERM, also when standard input is not a terminal. */
export async function run(argv: string[], { config }: CommandEnvironment): Promise<number> {
  parseArgs({ args: argv, options: {} });
  const product = await startProduct(config);
  process.stdout.write(`Ledgerline is running: ${product.url}/healthz\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await product.stop();
  return 0;
}
