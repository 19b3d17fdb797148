// FOCUS cost summaries on and off in one process (not a test): the answer benchmark's question
// classes asked over one PostgreSQL database at one scale, each ask alternating between the
// summaries (current) and the per-account rollups (one billing period marked stale, which makes
// every answer read the rollups — the code path from before the summaries). Both sides share the
// machine's load at every moment, so their ratio holds on a busy machine where absolute times do not.
//
//   npx tsx scripts/bench-cost-summaries.ts [--scale 10] [--iterations 20] [--skip <class name start>]… [--database-url postgres://…]
import os from 'node:os';
import { parseArgs } from 'node:util';
import { createAssistant } from '../src/assistant/create-assistant.js';
import { createServerDatabase } from '../src/db/create-server-database.js';
import { applyMigrations } from '../src/db/migrate.js';
import { openDatabase } from '../src/db/open-database.js';
import { loadDemoEnterprise } from '../src/demo/load-demo-enterprise.js';
import { silentLogger } from '../src/logger.js';
import { questionClasses } from '../src/bench/answer-question-classes.js';

const asOf = new Date('2026-11-26T00:00:00Z');
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '10' },
    iterations: { type: 'string', default: '20' },
    // e.g. 'unit costs': its service ranking takes minutes per ask at 10× on a busy machine, and reads no FOCUS rows.
    skip: { type: 'string', multiple: true, default: [] },
    'database-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
  },
});
const scale = Number(values.scale);
const iterations = Number(values.iterations);
const say = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
const percentile = (sorted: number[], fraction: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] as number;

const server = await createServerDatabase(values['database-url'], 'ledgerline_bench_summaries');
try {
  const database = await openDatabase({ databaseUrl: server.url });
  try {
    await applyMigrations(database);
    say(`loading the demo enterprise at ${scale}×`);
    await loadDemoEnterprise(
      { asOf, seed: 42, scale },
      { prisma: database.prisma, now: () => asOf, logger: silentLogger, costCenterTagKeys: ['cost-center'] },
    );
    const [sizes] = await database.prisma.$queryRaw<Record<string, bigint>[]>`
      SELECT (SELECT count(*) FROM "CostMonthly") AS "CostMonthly", (SELECT count(*) FROM "CostMonthlySummary") AS "CostMonthlySummary",
        (SELECT count(*) FROM "CostDaily") AS "CostDaily", (SELECT count(*) FROM "CostDailySummary") AS "CostDailySummary"`;
    say(`rows ${JSON.stringify(sizes, (_key, value: unknown) => (typeof value === 'bigint' ? Number(value) : value))}`);
    const assistant = createAssistant({ prisma: database.prisma, now: () => asOf, logger: silentLogger });
    const viewer = { displayName: 'Benchmark', role: 'admin' as const, costCenterScope: '*' as const };
    const modes = {
      summaries: () => database.prisma.$executeRaw`DELETE FROM "CostSummaryStale" WHERE "billingPeriodStart" = '1900-01-01'`,
      rollups: () => database.prisma.$executeRaw`INSERT INTO "CostSummaryStale" VALUES ('1900-01-01') ON CONFLICT DO NOTHING`,
    };
    let conversation = 0;
    const lines = [
      `| Question class | p50 summaries ms | p50 rollups ms | p95 summaries ms | p95 rollups ms | p50 ratio | p95 ratio |`,
      `|---|---:|---:|---:|---:|---:|---:|`,
    ];
    const skipped = (name: string) => values.skip.some((start) => name.startsWith(start));
    for (const questionClass of questionClasses.filter((candidate) => !skipped(candidate.name))) {
      const timings: Record<keyof typeof modes, number[]> = { summaries: [], rollups: [] };
      for (let iteration = -1; iteration < iterations; iteration += 1) {
        const question = questionClass.questions[Math.max(iteration, 0) % questionClass.questions.length] as string;
        // Alternate which side goes first, so neither always follows the other's cache misses.
        const order = iteration % 2 === 0 ? (['summaries', 'rollups'] as const) : (['rollups', 'summaries'] as const);
        for (const mode of order) {
          await modes[mode]();
          const started = performance.now();
          await assistant.ask({ question, conversationKey: `summaries-${(conversation += 1)}`, viewer, surface: 'console', asOf });
          if (iteration >= 0) timings[mode].push(performance.now() - started); // iteration -1 warms up
        }
      }
      const summaries = timings.summaries.sort((a, b) => a - b);
      const rollups = timings.rollups.sort((a, b) => a - b);
      const [s50, r50, s95, r95] = [
        percentile(summaries, 0.5),
        percentile(rollups, 0.5),
        percentile(summaries, 0.95),
        percentile(rollups, 0.95),
      ];
      const line = `| ${questionClass.name} | ${s50.toFixed(1)} | ${r50.toFixed(1)} | ${s95.toFixed(1)} | ${r95.toFixed(1)} | ${(s50 / r50).toFixed(2)} | ${(s95 / r95).toFixed(2)} |`;
      say(line);
      lines.push(line);
    }
    await modes.summaries();
    process.stdout.write(
      `Scale ${scale}×, ${iterations} asks per side and class, load average ${os
        .loadavg()
        .map((load) => load.toFixed(1))
        .join(' / ')}\n${lines.join('\n')}\n`,
    );
  } finally {
    await database.close();
  }
} finally {
  await server.drop();
}
