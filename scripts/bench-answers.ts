// Answer latency benchmark (not a test): p50/p95/p99 of `Assistant.ask` per question class with the
// offline planner, in process, over the demo enterprise loaded into embedded PGlite and into a
// fresh PostgreSQL database, beside the same aggregate written by hand as one SQL query on the raw
// rows (the floor a user could reach without Ledgerline). Writes BENCHMARKS.md "## Answer latency".
//
//   npx tsx scripts/bench-answers.ts [--iterations 30] [--scale 1] [--database-url postgres://…] [--no-postgres] [--no-write]
//   npx ledgerline bench  (same options)
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createAssistant } from '../src/assistant/create-assistant.js';
import { applyMigrations } from '../src/db/migrate.js';
import { type Database, openDatabase } from '../src/db/open-database.js';
import { loadDemoEnterprise } from '../src/domain/demo/load-demo-enterprise.js';
import { silentLogger } from '../src/logger.js';
import { createServerDatabase } from '../src/db/create-server-database.js';
import { writeBenchmarkSection } from './write-benchmark-section.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchmarksPath = path.join(projectRoot, 'BENCHMARKS.md');
const sectionTitle = '## Answer latency';
/** The evaluation set's "today": the demo's last full month is October 2026. */
const asOf = new Date('2026-11-26T00:00:00Z');
const seed = 42;

/** Every spend line on the raw rows: invoice lines by billing period, FOCUS rows by charge period. */
const rawSpend = `
  SELECT l."vendorId", l."periodStart"::timestamp AS at, l."amount" AS cost FROM "InvoiceLine" l
  UNION ALL
  SELECT c."vendorId", c."chargePeriodStart" AS at, c."billedCost" AS cost FROM "CostRecord" c`;

interface QuestionClass {
  name: string;
  questions: string[];
  /** The class's aggregate written by hand as one SQL query on the raw rows. */
  floorSql: string;
}

const questionClasses: QuestionClass[] = [
  {
    name: 'spend, one vendor and period',
    questions: ['What did we pay AT&T last quarter?', 'Verizon Wireless bill for September', 'AWS spend in Q3', 'Azure spend last month'],
    floorSql: `SELECT sum(l."amount") FROM "InvoiceLine" l JOIN "Vendor" v ON v."id" = l."vendorId"
               WHERE v."name" = 'AT&T' AND l."periodStart" >= '2026-07-01' AND l."periodStart" < '2026-10-01'`,
  },
  {
    name: 'spend, everything in a month',
    questions: ['What did we spend last month?', 'Total spend in October 2026', 'Cloud spend last month'],
    floorSql: `SELECT sum(cost) FROM (${rawSpend}) spend WHERE at >= '2026-10-01' AND at < '2026-11-01'`,
  },
  {
    name: 'ranking by vendor',
    questions: ['Top 5 vendors by spend this year', 'Spend by vendor last month', 'Spend by domain last quarter'],
    floorSql: `SELECT "vendorId", sum(cost) AS total FROM (${rawSpend}) spend
               WHERE at >= '2026-01-01' AND at < '2026-11-27' GROUP BY "vendorId" ORDER BY total DESC LIMIT 5`,
  },
  {
    name: 'monthly trend',
    questions: ['Show the monthly spend trend', 'Monthly AWS spend YTD', 'AT&T monthly spend'],
    floorSql: `SELECT date_trunc('month', at) AS month, sum(cost) FROM (${rawSpend}) spend
               WHERE at >= '2025-11-01' AND at < '2026-11-01' GROUP BY 1 ORDER BY 1`,
  },
  {
    name: 'compare two periods',
    questions: ['September vs October spend', 'Why did Azure go up in October?', 'Q3 vs Q2 spend'],
    floorSql: `SELECT "vendorId", sum(cost) FILTER (WHERE at >= '2026-10-01') AS october, sum(cost) FILTER (WHERE at < '2026-10-01') AS september
               FROM (${rawSpend}) spend WHERE at >= '2026-09-01' AND at < '2026-11-01' GROUP BY "vendorId"`,
  },
  {
    name: 'inventory count',
    questions: ['How many active mobile lines do we have?', 'How many circuits in Denver?', 'How many Verizon lines do we have?'],
    floorSql: `SELECT count(*) FROM "Service" WHERE "type" = 'mobile_line' AND "status" = 'active'`,
  },
];

export interface AnswerBenchmarkOptions {
  iterations: number;
  scale: number;
  /** A PostgreSQL server where a fresh database is created and dropped; undefined skips PostgreSQL. */
  serverUrl: string | undefined;
  write: boolean;
}

interface ClassResult {
  target: string;
  name: string;
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  floorP50: number;
  unanswered: number;
}

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] as number;
}

async function measure(target: string, database: Database, options: AnswerBenchmarkOptions, progress: (line: string) => void): Promise<ClassResult[]> {
  await applyMigrations(database);
  const loadStarted = performance.now();
  await loadDemoEnterprise({ asOf, seed, scale: options.scale }, { prisma: database.prisma, now: () => asOf, logger: silentLogger, costCenterTagKeys: ['cost-center'] });
  progress(`${target}: demo enterprise loaded in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s`);
  const assistant = createAssistant({ prisma: database.prisma, now: () => asOf, logger: silentLogger });
  const viewer = { displayName: 'Benchmark', role: 'admin' as const, costCenterScope: '*' as const };
  const results: ClassResult[] = [];
  let conversation = 0;
  for (const questionClass of questionClasses) {
    const ask = (question: string) =>
      assistant.ask({ question, conversationKey: `bench-${(conversation += 1)}`, viewer, surface: 'console', asOf });
    for (const question of questionClass.questions) await ask(question); // warm-up: caches, JIT, plans
    const timings: number[] = [];
    let unanswered = 0;
    for (let iteration = 0; iteration < options.iterations; iteration += 1) {
      const question = questionClass.questions[iteration % questionClass.questions.length] as string;
      const started = performance.now();
      const answer = await ask(question);
      timings.push(performance.now() - started);
      if (answer.clarification || answer.toolCalls.length === 0) unanswered += 1;
    }
    await database.prisma.$queryRawUnsafe(questionClass.floorSql);
    const floorTimings: number[] = [];
    for (let iteration = 0; iteration < options.iterations; iteration += 1) {
      const started = performance.now();
      await database.prisma.$queryRawUnsafe(questionClass.floorSql);
      floorTimings.push(performance.now() - started);
    }
    timings.sort((a, b) => a - b);
    floorTimings.sort((a, b) => a - b);
    const result = {
      target,
      name: questionClass.name,
      samples: timings.length,
      p50: percentile(timings, 0.5),
      p95: percentile(timings, 0.95),
      p99: percentile(timings, 0.99),
      floorP50: percentile(floorTimings, 0.5),
      unanswered,
    };
    progress(`${target}: ${result.name} p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, floor ${result.floorP50.toFixed(1)} ms`);
    results.push(result);
  }
  return results;
}

async function withFreshServerDatabase<T>(serverUrl: string, use: (url: string) => Promise<T>): Promise<T> {
  const database = await createServerDatabase(serverUrl, 'ledgerline_bench');
  try {
    return await use(database.url);
  } finally {
    await database.drop();
  }
}

function formatSection(results: ClassResult[], options: AnswerBenchmarkOptions, loadAtStart: number[]): string {
  const cpus = os.cpus();
  const milliseconds = (value: number) => value.toFixed(1);
  return [
    sectionTitle,
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npx ledgerline bench --iterations ${options.iterations}\` (scripts/bench-answers.ts): the demo`,
    `enterprise at ${options.scale}× (as-of 2026-11-26, seed 42) loaded through the importers, then \`Assistant.ask\` with the offline`,
    'planner in process (planning, tool calls, presentation, conversation state and audit writes included), the',
    'questions of each class asked in turn after one warm-up each. "SQL floor" is one hand-written SQL query on the raw',
    'rows (invoice lines, FOCUS cost records, services) for the class\'s aggregate, through the same Prisma client; the',
    'assistant reads rollups and does more than one query, so the ratio says what the whole answer costs over the bare sum.',
    '',
    `Machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB memory, Node ${process.version};`,
    `load average at start ${loadAtStart.map((value) => value.toFixed(1)).join(' / ')} (1/5/15 min) — the machine is shared, so figures move with it.`,
    '',
    '| Database | Question class | Asks | p50 ms | p95 ms | p99 ms | SQL floor p50 ms | p50 ÷ floor | Unanswered |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map(
      (result) =>
        `| ${result.target} | ${result.name} | ${result.samples} | ${milliseconds(result.p50)} | ${milliseconds(result.p95)} | ${milliseconds(result.p99)} | ${milliseconds(result.floorP50)} | ${(result.p50 / result.floorP50).toFixed(1)} | ${result.unanswered} |`,
    ),
    '',
    '10× and 50× were not measured: the demo generator stops at --scale 4 and loading 10× (≈20M FOCUS rows) does not fit',
    'in a few minutes on these shared 2-core machines; see docs/scale.md.',
    '',
  ].join('\n');
}

const writeSection = (section: string): Promise<void> => writeBenchmarkSection(benchmarksPath, sectionTitle, section);

/** Runs the benchmark and returns the Markdown section (also written to BENCHMARKS.md unless write is false). */
export async function runAnswerBenchmark(options: AnswerBenchmarkOptions, progress: (line: string) => void): Promise<string> {
  const loadAtStart = os.loadavg();
  const results: ClassResult[] = [];
  const folder = await mkdtemp(path.join(os.tmpdir(), 'ledgerline-bench-answers-'));
  try {
    const pglite = await openDatabase({ dataDir: path.join(folder, 'pglite') });
    try {
      results.push(...(await measure('PGlite (embedded)', pglite, options, progress)));
    } finally {
      await pglite.close();
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  if (options.serverUrl) {
    await withFreshServerDatabase(options.serverUrl, async (url) => {
      const postgres = await openDatabase({ databaseUrl: url });
      try {
        results.push(...(await measure('PostgreSQL 127.0.0.1', postgres, options, progress)));
      } finally {
        await postgres.close();
      }
    });
  }
  const section = formatSection(results, options, loadAtStart);
  if (options.write) await writeSection(section);
  return section;
}

export const benchmarkUsage = `Usage: ledgerline bench [--iterations N] [--scale X] [--database-url postgres://…] [--no-postgres] [--no-write]

Answer latency p50/p95/p99 per question class (offline planner, in process) over the demo enterprise
on embedded PGlite and on a fresh database of the PostgreSQL server, beside one hand-written SQL
query per class; writes the table to BENCHMARKS.md under "Answer latency".
  --iterations    asks per question class and database (default 30)
  --scale         demo enterprise size (default 1)
  --database-url  PostgreSQL server where a throw-away database is created (default postgres://postgres@127.0.0.1:5432/postgres)`;

/** Parses the command line shared by `ledgerline bench` and this script; a string is an error message. */
export function parseBenchmarkArguments(argv: string[]): AnswerBenchmarkOptions | 'help' | string {
  const { values } = parseArgs({
    args: argv,
    options: {
      iterations: { type: 'string', default: '30' },
      scale: { type: 'string', default: '1' },
      'database-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
      'no-postgres': { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  const iterations = Number(values.iterations);
  const scale = Number(values.scale);
  if (!Number.isSafeInteger(iterations) || iterations < 1) return `--iterations must be a whole number of 1 or more, got "${values.iterations}".`;
  if (!(scale > 0 && scale <= 4)) return `--scale must be a number above 0 and at most 4, got "${values.scale}".`;
  return { iterations, scale, serverUrl: values['no-postgres'] ? undefined : values['database-url'], write: !values['no-write'] };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const options = parseBenchmarkArguments(process.argv.slice(2));
  if (typeof options === 'string') {
    process.stderr.write(`${options === 'help' ? benchmarkUsage : options}\n`);
    process.exitCode = options === 'help' ? 0 : 1;
  } else {
    process.stdout.write(await runAnswerBenchmark(options, (line) => process.stderr.write(`${line}\n`)));
  }
}
