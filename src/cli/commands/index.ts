import type { CommandEntry } from '../command.js';

// One line per command; each module is loaded only when its command runs, so `ledgerline ask`
// does not pay for Slack's SDK.
export const commands: Record<string, CommandEntry> = {
  start: { summary: 'Run the product: server, chat surfaces, scheduler', load: () => import('./start.js') },
  migrate: { summary: 'Apply database migrations', load: () => import('./migrate.js') },
  migration: { summary: 'migration create <name>: write the next migration from schema changes', load: () => import('./migration.js') },
};
