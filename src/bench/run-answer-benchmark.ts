// Answer latency benchmark (not a test): p50/p95/p99 of `Assistant.ask` per question class with the
// offline planner, in process, over the demo enterprise loaded into embedded PGlite (1×) and into a
// fresh PostgreSQL database per scale (1×, 10×, 50×), beside the same aggregate written by hand as
// one SQL query on the raw rows. Also times each load and the anomalies job's scan of every series.
// Writes BENCHMARKS.md "## Answer latency" and "## Anomaly scan by scale".
//
//   npx ledgerline bench [--iterations 30] [--scales 1,10,50] [--pglite-scale 1] [--database-url postgres://…]
//                        [--no-postgres] [--no-pglite] [--no-write]
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createAssistant } from '../assistant/create-assistant.js';
import { applyMigrations } from '../db/migrate.js';
import { type Database, openDatabase } from '../db/open-database.js';
import { percentile } from './percentile.js';
import { createServerDatabase } from '../db/create-server-database.js';
import { loadDemoEnterprise } from '../demo/load-demo-enterprise.js';
import { maximumDemoScale } from '../demo/scale-cloud-estate.js';
import { silentLogger } from '../logger.js';
import { questionClasses } from './answer-question-classes.js';
import type { ClassResult, LoadResult, TargetResult } from './format-answer-benchmark.js';
import { anomalySectionTitle, answerSectionTitle, formatAnomalySection, formatAnswerSection } from './format-answer-benchmark.js';
import { timeAnomalyScan } from './time-anomaly-scan.js';
import { writeBenchmarkSection } from './write-benchmark-section.js';
import { toIsoDate } from '../domain/periods/period.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const benchmarksPath = path.join(projectRoot, 'BENCHMARKS.md');
/** The evaluation set's "today": the demo's last full month is October 2026. */
const asOf = new Date('2026-11-26T00:00:00Z');
const seed = 42;
const anomalyScanRuns = 3;

export interface AnswerBenchmarkOptions {
  iterations: number;
  /** Demo scales loaded into PostgreSQL, one fresh database each. */
  scales: number[];
  /** Demo scale loaded into embedded PGlite; undefined skips PGlite. */
  pgliteScale: number | undefined;
  /** A PostgreSQL server where a fresh database is created and dropped per scale; undefined skips PostgreSQL. */
  serverUrl: string | undefined;
  write: boolean;
}

async function loadEnterprise(database: Database, scale: number): Promise<LoadResult> {
  await applyMigrations(database);
  const started = performance.now();
  const loaded = await loadDemoEnterprise(
    { asOf, seed, scale },
    { prisma: database.prisma, now: () => asOf, logger: silentLogger, costCenterTagKeys: ['cost-center'] },
  );
  const byKind: LoadResult['byKind'] = {};
  for (const summary of loaded.summaries) {
    const entry = byKind[summary.kind] ?? { rows: 0, seconds: 0 };
    entry.rows += summary.rowsAccepted;
    entry.seconds += summary.durationMs / 1000;
    byKind[summary.kind] = entry;
  }
  return {
    rows: loaded.summaries.reduce((sum, summary) => sum + summary.rowsAccepted, 0),
    files: loaded.summaries.length,
    generationSeconds: loaded.generationMs / 1000,
    importSeconds: loaded.importMs / 1000,
    wallSeconds: (performance.now() - started) / 1000,
    byKind,
  };
}

async function measureClasses(
  database: Database,
  options: AnswerBenchmarkOptions,
  progress: (line: string) => void,
  label: string,
): Promise<ClassResult[]> {
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
    const result: ClassResult = {
      name: questionClass.name,
      samples: timings.length,
      p50: percentile(timings, 0.5),
      p95: percentile(timings, 0.95),
      p99: percentile(timings, 0.99),
      floorP50: percentile(floorTimings, 0.5),
      floorP95: percentile(floorTimings, 0.95),
      unanswered,
    };
    progress(
      `${label}: ${result.name} p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, floor p50 ${result.floorP50.toFixed(1)} ms`,
    );
    results.push(result);
  }
  return results;
}

async function measureTarget(
  database: Database,
  target: TargetResult['target'],
  scale: number,
  options: AnswerBenchmarkOptions,
  progress: (line: string) => void,
): Promise<TargetResult> {
  const label = `${target} ${scale}×`;
  progress(`${label}: loading the demo enterprise`);
  const load = await loadEnterprise(database, scale);
  progress(
    `${label}: loaded ${load.rows} rows in ${load.wallSeconds.toFixed(1)} s (generated ${load.generationSeconds.toFixed(1)} s, imported ${load.importSeconds.toFixed(1)} s) ${JSON.stringify(load.byKind)}`,
  );
  const classes = await measureClasses(database, options, progress, label);
  const anomalies = await timeAnomalyScan(database.prisma, toIsoDate(asOf), anomalyScanRuns);
  progress(`${label}: anomaly scan ${JSON.stringify(anomalies)}`);
  const result: TargetResult = { target, scale, load, classes, anomalies };
  progress(`${label}: result ${JSON.stringify(result)}`);
  return result;
}

/** Runs the benchmark and returns the Markdown sections (also written to BENCHMARKS.md unless write is false). */
export async function runAnswerBenchmark(options: AnswerBenchmarkOptions, progress: (line: string) => void): Promise<string> {
  const loadAtStart = os.loadavg();
  const started = performance.now();
  const results: TargetResult[] = [];
  if (options.pgliteScale !== undefined) {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'ledgerline-bench-answers-'));
    try {
      const pglite = await openDatabase({ dataDir: path.join(folder, 'pglite') });
      try {
        results.push(await measureTarget(pglite, 'PGlite (embedded)', options.pgliteScale, options, progress));
      } finally {
        await pglite.close();
      }
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }
  for (const scale of options.serverUrl ? options.scales : []) {
    const server = await createServerDatabase(options.serverUrl as string, 'ledgerline_bench');
    try {
      const postgres = await openDatabase({ databaseUrl: server.url });
      try {
        results.push(await measureTarget(postgres, 'PostgreSQL 127.0.0.1', scale, options, progress));
      } finally {
        await postgres.close();
      }
    } finally {
      await server.drop();
    }
  }
  const context = { iterations: options.iterations, loadAtStart, wallSeconds: (performance.now() - started) / 1000 };
  const answerSection = formatAnswerSection(results, context);
  const anomalySection = formatAnomalySection(results, context);
  if (options.write) {
    await writeBenchmarkSection(benchmarksPath, answerSectionTitle, answerSection);
    await writeBenchmarkSection(benchmarksPath, anomalySectionTitle, anomalySection);
  }
  return `${answerSection}\n${anomalySection}`;
}

export const benchmarkUsage = `Usage: ledgerline bench [--iterations N] [--scales 1,10,50] [--pglite-scale X] [--database-url postgres://…] [--no-postgres] [--no-pglite] [--no-write]

Answer latency p50/p95/p99 per question class (offline planner, in process) over the demo enterprise
on embedded PGlite and on a fresh PostgreSQL database per scale, beside one hand-written SQL query per
class; the load time of each scale and the anomalies job's scan of every series. Writes the tables to
BENCHMARKS.md under "Answer latency" and "Anomaly scan by scale".
  --iterations    asks per question class and database (default 30)
  --scales        demo enterprise sizes loaded into PostgreSQL, comma-separated (default 1,10,50)
  --pglite-scale  demo enterprise size loaded into PGlite (default 1)
  --database-url  PostgreSQL server where throw-away databases are created (default postgres://postgres@127.0.0.1:5432/postgres)`;

/** Parses `ledgerline bench`'s command line; a string is an error message. */
export function parseBenchmarkArguments(argv: string[]): AnswerBenchmarkOptions | 'help' | string {
  const { values } = parseArgs({
    args: argv,
    options: {
      iterations: { type: 'string', default: '30' },
      scales: { type: 'string', default: '1,10,50' },
      'pglite-scale': { type: 'string', default: '1' },
      'database-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
      'no-postgres': { type: 'boolean', default: false },
      'no-pglite': { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  const iterations = Number(values.iterations);
  if (!Number.isSafeInteger(iterations) || iterations < 1)
    return `--iterations must be a whole number of 1 or more, got "${values.iterations}".`;
  const isScale = (scale: number) => scale > 0 && scale <= maximumDemoScale;
  const scales = values.scales.split(',').map((text) => Number(text.trim()));
  if (scales.length === 0 || !scales.every(isScale))
    return `--scales must be numbers above 0 and at most ${maximumDemoScale}, comma-separated, got "${values.scales}".`;
  const pgliteScale = Number(values['pglite-scale']);
  if (!isScale(pgliteScale))
    return `--pglite-scale must be a number above 0 and at most ${maximumDemoScale}, got "${values['pglite-scale']}".`;
  return {
    iterations,
    scales,
    pgliteScale: values['no-pglite'] ? undefined : pgliteScale,
    serverUrl: values['no-postgres'] ? undefined : values['database-url'],
    write: !values['no-write'],
  };
}
