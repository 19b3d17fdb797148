import type { CommandEntry } from '../command.js';

// One line per command; each module is loaded only when its command runs, so `ledgerline ask`
// does not pay for Slack's SDK.
export const commands: Record<string, CommandEntry> = {
  start: { summary: 'Run the product: server, chat surfaces, scheduler', load: () => import('./start.js') },
  migrate: { summary: 'Apply database migrations', load: () => import('./migrate.js') },
  ask: { summary: 'ask [--as-of YYYY-MM-DD] [--json] "<question>" | -: answer questions', load: () => import('./ask.js') },
  chat: { summary: 'chat [--as-of YYYY-MM-DD]: console chat with follow-ups', load: () => import('./chat.js') },
  import: {
    summary: 'import <kind> <file.csv> [--skip-invalid]: load vendors, inventory, invoices, FOCUS…',
    load: () => import('./import.js'),
  },
  'teams-package': {
    summary: 'teams-package --app-id <guid> [--out file.zip]: the Microsoft Teams app package',
    load: () => import('./teams-package.js'),
  },
  jobs: { summary: 'jobs list | jobs run <job> [--as-of YYYY-MM-DD] [--json]: run an alert job once', load: () => import('./jobs.js') },
  audit: {
    summary: 'audit [--vendor <name>] [--from YYYY-MM] [--to YYYY-MM] [--json]: check invoices against contracts and inventory',
    load: () => import('./audit.js'),
  },
  disputes: {
    summary: 'disputes open | list | export --vendor <name> [--out file.csv] | set <id> <status>: billing disputes',
    load: () => import('./disputes.js'),
  },
  demo: {
    summary: 'demo [--as-of YYYY-MM-DD] [--seed N] [--out DIR]: generate (and load) the demo enterprise',
    load: () => import('./demo.js'),
  },
  bench: {
    summary: 'bench [--iterations N] [--no-postgres]: answer latency per question class into BENCHMARKS.md',
    load: () => import('./bench.js'),
  },
  migration: { summary: 'migration create <name>: write the next migration from schema changes', load: () => import('./migration.js') },
};
