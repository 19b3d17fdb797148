/**
 * Where one ask's time goes, round trip by round trip: `npx tsx scripts/profile-ask.ts --database-url
 * postgres://… [--asks 20] [--as-of 2026-11-26] "question" ["question" …]` over a loaded database.
 *
 * Every statement the pg driver sends is timed (from the call to its result) and grouped by its
 * first words; the table says how many round trips one ask makes and what each costs beside the
 * whole ask, so the ask's fixed cost (issue 19: Ledgerline ÷ DuckDB) is measured, not guessed.
 * PostgreSQL only: the embedded database has no round trips to count.
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createAssistant } from '../src/assistant/create-assistant.js';
import { openDatabase } from '../src/db/open-database.js';
import { silentLogger } from '../src/logger.js';
import { percentile } from '../src/bench/percentile.js';

interface Statement {
  label: string;
  ms: number;
  text: string;
  values: unknown[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'database-url': { type: 'string' },
    asks: { type: 'string', default: '20' },
    'as-of': { type: 'string', default: '2026-11-26' },
    explain: { type: 'boolean', default: false },
  },
});
if (!values['database-url'] || positionals.length === 0) {
  process.stderr.write('Usage: npx tsx scripts/profile-ask.ts --database-url postgres://… [--asks N] [--as-of YYYY-MM-DD] "question" …\n');
  process.exit(1);
}

let recording: Statement[] | undefined;
const labelOf = (text: string): string => text.replace(/\s+/g, ' ').trim().slice(0, 90);
// Wrapped once, before the pool connects. The adapter sends plain statements through the pool
// (whose own client calls take a callback, not counted twice) and a transaction's through its client.
function timeQueries(prototype: { query: (...args: unknown[]) => unknown }): void {
  const originalQuery = prototype.query;
  prototype.query = function timedQuery(this: unknown, ...args: unknown[]): unknown {
    const config = args[0] as string | { text?: string; values?: unknown[] };
    const text = typeof config === 'string' ? config : (config.text ?? '');
    const statementValues = typeof config === 'string' ? [] : (config.values ?? []);
    const into = recording;
    const started = performance.now();
    const result = originalQuery.apply(this, args);
    if (into && result instanceof Promise) {
      void result
        .finally(() => into.push({ label: labelOf(text), ms: performance.now() - started, text, values: statementValues }))
        .catch(() => undefined);
    }
    return result;
  };
}
timeQueries(pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown });
timeQueries(pg.Pool.prototype as unknown as { query: (...args: unknown[]) => unknown });

const database = await openDatabase({ databaseUrl: values['database-url'] });
const asOf = new Date(`${values['as-of']}T12:00:00Z`);
const assistant = createAssistant({ prisma: database.prisma, now: () => asOf, logger: silentLogger });
const viewer = { displayName: 'Profile', role: 'admin' as const, costCenterScope: '*' as const };
const asks = Number(values.asks);
let conversation = 0;
const explained: string[] = [];

/** Planning against execution time of each read, from the server's own EXPLAIN ANALYZE (median of 5). */
async function explainOnce(statements: Map<string, Statement>): Promise<string[]> {
  const client = new pg.Client({ connectionString: values['database-url'] });
  await client.connect();
  const rows: string[] = [];
  try {
    for (const statement of statements.values()) {
      if (!/^\s*(SELECT|WITH)\b/i.test(statement.text)) continue;
      const planning: number[] = [];
      const execution: number[] = [];
      for (let round = 0; round < 5; round += 1) {
        const result = await client.query<{ 'QUERY PLAN': Array<{ 'Planning Time': number; 'Execution Time': number }> }>(
          `EXPLAIN (ANALYZE, FORMAT JSON) ${statement.text}`,
          statement.values,
        );
        const plan = result.rows[0]?.['QUERY PLAN'][0];
        planning.push(plan?.['Planning Time'] ?? Number.NaN);
        execution.push(plan?.['Execution Time'] ?? Number.NaN);
      }
      const median = (times: number[]) =>
        percentile(
          [...times].sort((left, right) => left - right),
          0.5,
        );
      rows.push(`| ${median(planning).toFixed(2)} | ${median(execution).toFixed(2)} | \`${statement.label}\` |`);
    }
  } finally {
    await client.end();
  }
  return rows;
}
try {
  for (const question of positionals) {
    const ask = () => assistant.ask({ question, conversationKey: `profile-${(conversation += 1)}`, viewer, surface: 'console', asOf });
    await ask();
    await ask(); // warm-up: the planner's names, prepared plans
    const totals: number[] = [];
    const perLabel = new Map<string, number[]>();
    const perStatement = new Map<string, Statement>();
    let roundTrips = 0;
    for (let index = 0; index < asks; index += 1) {
      recording = [];
      const started = performance.now();
      await ask();
      totals.push(performance.now() - started);
      const statements = recording;
      recording = undefined;
      roundTrips += statements.length;
      for (const statement of statements) perStatement.set(statement.label, statement);
      for (const statement of statements) perLabel.set(statement.label, [...(perLabel.get(statement.label) ?? []), statement.ms]);
    }
    if (values.explain) explained.push(...(await explainOnce(perStatement)));
    const sortedTotals = totals.sort((left, right) => left - right);
    const median = (times: number[]) =>
      percentile(
        [...times].sort((left, right) => left - right),
        0.5,
      );
    const lines = [
      `"${question}": ${asks} asks, p50 ${percentile(sortedTotals, 0.5).toFixed(1)} ms, p95 ${percentile(sortedTotals, 0.95).toFixed(1)} ms, ${(roundTrips / asks).toFixed(1)} statements per ask`,
      '| statements per ask | p50 ms | statement |',
      '|---:|---:|---|',
      ...[...perLabel.entries()]
        .sort((left, right) => median(right[1]) * right[1].length - median(left[1]) * left[1].length)
        .map(([label, times]) => `| ${(times.length / asks).toFixed(1)} | ${median(times).toFixed(2)} | \`${label}\` |`),
      '',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  if (values.explain) {
    process.stdout.write(['| planning ms | execution ms | statement |', '|---:|---:|---|', ...explained, ''].join('\n') + '\n');
  }
} finally {
  await database.close();
}
