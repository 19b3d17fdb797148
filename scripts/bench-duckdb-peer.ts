// Ledgerline beside DuckDB (not a test; issue 19 item 4): per question class, one question asked
// of Ledgerline on PostgreSQL, the class's hand-written SQL floor on the same database, and the
// same question as one DuckDB query over the files the demo wrote — the CSV exports read each time,
// and Parquet converted once (conversion timed apart). The four are asked in turn in every round,
// so they share the machine's load; the figures of Ledgerline and DuckDB must agree to the cent
// or the class is marked void. Prints a Markdown table for BENCHMARKS.md.
//
//   npx tsx scripts/bench-duckdb-peer.ts --scale 10 [--iterations 15] [--csv-iterations 3] [--database-url postgres://…]
//   npx tsx scripts/bench-duckdb-peer.ts --scale 10 --loaded-database postgres://…/db --files /dir
//     (reuses a database already holding the demo at that scale, loaded from the files in /dir)
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { createAssistant } from '../src/assistant/create-assistant.js';
import { createServerDatabase } from '../src/db/create-server-database.js';
import { applyMigrations } from '../src/db/migrate.js';
import { openDatabase, type Database } from '../src/db/open-database.js';
import { loadDemoEnterprise } from '../src/demo/load-demo-enterprise.js';
import { silentLogger } from '../src/logger.js';
import { questionClasses } from '../src/bench/answer-question-classes.js';
import { percentile } from '../src/bench/percentile.js';
import { duckdbFigures, parquetConversions, peerQuestions, peerViews, type PeerSource } from './duckdb-peer-queries.js';

const asOf = new Date('2026-11-26T00:00:00Z');
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    iterations: { type: 'string', default: '15' },
    // DuckDB on the CSV reads every file for every query: about 9 s per ask at 10×, 45 s at 50×.
    'csv-iterations': { type: 'string' },
    'database-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    'loaded-database': { type: 'string' },
    files: { type: 'string' },
  },
});
const scale = Number(values.scale);
const iterations = Number(values.iterations);
const csvIterations = Number(values['csv-iterations'] ?? values.iterations);
const say = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
const megabytes = async (paths: string[]) =>
  (await Promise.all(paths.map(async (file) => (await stat(file)).size))).reduce((sum, size) => sum + size, 0) / 1e6;

async function timed<Result>(run: () => Promise<Result>): Promise<{ ms: number; result: Result }> {
  const started = performance.now();
  const result = await run();
  return { ms: performance.now() - started, result };
}

async function withDemo(run: (database: Database, filesDir: string) => Promise<void>): Promise<void> {
  if (values['loaded-database'] && values.files) {
    const database = await openDatabase({ databaseUrl: values['loaded-database'] });
    try {
      return await run(database, values.files);
    } finally {
      await database.close();
    }
  }
  const filesDir = await mkdtemp(path.join(os.tmpdir(), 'ledgerline-peer-files-'));
  const server = await createServerDatabase(values['database-url'], 'ledgerline_bench_peer');
  try {
    const database = await openDatabase({ databaseUrl: server.url });
    try {
      await applyMigrations(database);
      say(`loading the demo enterprise at ${scale}× (files kept in ${filesDir})`);
      await loadDemoEnterprise(
        { asOf, seed: 42, scale },
        { prisma: database.prisma, now: () => asOf, logger: silentLogger, costCenterTagKeys: ['cost-center'], workDir: filesDir },
      );
      await run(database, filesDir);
    } finally {
      await database.close();
    }
  } finally {
    await server.drop();
    await rm(filesDir, { recursive: true, force: true });
  }
}

await withDemo(async (database, filesDir) => {
  const parquetDir = await mkdtemp(path.join(os.tmpdir(), 'ledgerline-peer-parquet-'));
  const duckdb = await DuckDBInstance.create(':memory:');
  const connections = { csv: await duckdb.connect(), parquet: await duckdb.connect() };
  try {
    const csvFiles = (await readdir(filesDir))
      .filter((name) => /^(focus-|invoices-|inventory)/.test(name))
      .map((name) => path.join(filesDir, name));
    const conversions: string[] = [];
    for (const conversion of parquetConversions(filesDir, parquetDir)) {
      const { ms } = await timed(() => connections.parquet.run(conversion.sql));
      conversions.push(`${conversion.name} ${(ms / 1000).toFixed(1)} s`);
    }
    const parquetFiles = (await readdir(parquetDir)).map((name) => path.join(parquetDir, name));
    const conversionLine = `CSV ${(await megabytes(csvFiles)).toFixed(0)} MB → Parquet ${(await megabytes(parquetFiles)).toFixed(0)} MB, converted once: ${conversions.join(', ')}`;
    say(conversionLine);
    // Each connection sees its own source's views: temporary views live in one connection only.
    for (const source of ['csv', 'parquet'] as const) {
      for (const view of peerViews(source, filesDir, parquetDir))
        await connections[source].run(view.replace('CREATE OR REPLACE VIEW', 'CREATE OR REPLACE TEMP VIEW'));
    }
    const askDuckdb = async (source: PeerSource, sql: string) => (await connections[source].runAndReadAll(sql)).getRows();

    const assistant = createAssistant({ prisma: database.prisma, now: () => asOf, logger: silentLogger });
    const viewer = { displayName: 'Benchmark', role: 'admin' as const, costCenterScope: '*' as const };
    let conversation = 0;
    const askLedgerline = (question: string) =>
      assistant.ask({ question, conversationKey: `peer-${(conversation += 1)}`, viewer, surface: 'console', asOf });

    const loadAtStart = os.loadavg();
    const lines = [
      '| Question class (question asked) | Ledgerline p50 / p95 ms | SQL floor p50 / p95 ms | DuckDB CSV p50 / p95 ms | DuckDB Parquet p50 / p95 ms | Ledgerline ÷ DuckDB p95, Parquet | Ledgerline ÷ DuckDB p95, CSV | Figures |',
      '|---|---:|---:|---:|---:|---:|---:|---|',
    ];
    for (const peer of peerQuestions) {
      const floorSql = questionClasses.find((questionClass) => questionClass.name === peer.className)?.floorSql;
      if (!floorSql) throw new Error(`no question class named ${peer.className}`);
      // Warm-up round, which also checks the figures: a peer that answers otherwise is not a peer.
      const ledgerlineFigures = peer.ledgerlineFigures((await askLedgerline(peer.question)).toolCalls);
      const csvFigures = duckdbFigures(await askDuckdb('csv', peer.duckdbSql));
      const parquetFigures = duckdbFigures(await askDuckdb('parquet', peer.duckdbSql));
      await database.prisma.$queryRawUnsafe(floorSql);
      const isSame = (figures: string[]) => JSON.stringify(figures) === JSON.stringify(ledgerlineFigures);
      const agreement =
        isSame(csvFigures) && isSame(parquetFigures) ? `equal (${ledgerlineFigures.length} figures)` : 'DIFFER: comparison void';
      if (!agreement.startsWith('equal'))
        say(
          `${peer.className}: Ledgerline ${JSON.stringify(ledgerlineFigures)}, DuckDB CSV ${JSON.stringify(csvFigures)}, Parquet ${JSON.stringify(parquetFigures)}`,
        );
      const timings = { ledgerline: [] as number[], floor: [] as number[], csv: [] as number[], parquet: [] as number[] };
      for (let iteration = 0; iteration < iterations; iteration += 1) {
        timings.ledgerline.push((await timed(() => askLedgerline(peer.question))).ms);
        timings.floor.push((await timed(() => database.prisma.$queryRawUnsafe(floorSql))).ms);
        if (iteration < csvIterations) timings.csv.push((await timed(() => askDuckdb('csv', peer.duckdbSql))).ms);
        timings.parquet.push((await timed(() => askDuckdb('parquet', peer.duckdbSql))).ms);
      }
      for (const series of Object.values(timings)) series.sort((a, b) => a - b);
      const pair = (series: number[]) => `${percentile(series, 0.5).toFixed(1)} / ${percentile(series, 0.95).toFixed(1)}`;
      const ratio = (series: number[]) => (percentile(timings.ledgerline, 0.95) / percentile(series, 0.95)).toFixed(2);
      const line = `| ${peer.className} ("${peer.question}") | ${pair(timings.ledgerline)} | ${pair(timings.floor)} | ${pair(timings.csv)} | ${pair(timings.parquet)} | ${ratio(timings.parquet)} | ${ratio(timings.csv)} | ${agreement} |`;
      say(line);
      lines.push(line);
    }
    const load = (loads: number[]) => loads.map((value) => value.toFixed(1)).join(' / ');
    const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
    process.stdout.write(
      `Scale ${scale}×, ${iterations} asks per side and class in turn (DuckDB on CSV: ${Math.min(csvIterations, iterations)}); ${os.cpus().length} × ${cpu}, DuckDB ${(await askDuckdb('csv', 'SELECT version()'))[0]?.[0]} in memory with its default threads; ` +
        `load average at start ${load(loadAtStart)}, at end ${load(os.loadavg())}. ${conversionLine}.\n\n${lines.join('\n')}\n`,
    );
  } finally {
    connections.csv.closeSync();
    connections.parquet.closeSync();
    duckdb.closeSync();
    await rm(parquetDir, { recursive: true, force: true });
  }
});
