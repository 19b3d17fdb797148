// FOCUS import memory benchmark (not a test): the peak resident memory of `ledgerline import focus`
// on a file of several GB into PostgreSQL, as the product runs it (its own process, measured by
// /usr/bin/time). The file is the FOCUS 1.0 sample repeated. Writes BENCHMARKS.md
// "## FOCUS import memory".
//
//   npx tsx scripts/bench-import-memory.ts [--gigabytes 5] [--database-url postgres://postgres@127.0.0.1:5432/postgres]
import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { applyMigrations } from '../src/db/migrate.js';
import { openDatabase } from '../src/db/open-database.js';
import { createServerDatabase } from '../src/db/create-server-database.js';
import { generateFocusFile } from './support/generate-focus-file.js';
import { writeBenchmarkSection } from '../src/bench/write-benchmark-section.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const samplePath = path.resolve(projectRoot, 'tests/fixtures/external/focus/focus-1.0-sample.csv');
const sectionTitle = '## FOCUS import memory';
/** Bytes per row of the repeated sample, measured on 200,000 rows. */
const bytesPerRow = 709;

const { values } = parseArgs({
  options: {
    gigabytes: { type: 'string', default: '5' },
    'database-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
  },
});
const rows = Math.ceil((Number(values.gigabytes) * 1e9) / bytesPerRow);

const folder = await mkdtemp(path.join(os.tmpdir(), 'ledgerline-memory-'));
const server = await createServerDatabase(values['database-url'], 'ledgerline_bench');
try {
  const filePath = path.join(folder, 'focus-big.csv');
  const generationStarted = performance.now();
  await generateFocusFile({ samplePath, outputPath: filePath, rows });
  const fileBytes = (await stat(filePath)).size;
  process.stderr.write(
    `Generated ${(fileBytes / 1e9).toFixed(2)} GB, ${rows.toLocaleString('en-US')} rows in ${((performance.now() - generationStarted) / 1000).toFixed(0)} s\n`,
  );
  const database = await openDatabase({ databaseUrl: server.url });
  await applyMigrations(database);
  await database.close();

  const started = performance.now();
  const { stdout, stderr } = await promisify(execFile)(
    '/usr/bin/time',
    ['-v', process.execPath, 'bin/ledgerline.js', 'import', 'focus', filePath],
    {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: server.url, LEDGERLINE_LOG_LEVEL: 'warn' },
      maxBuffer: 1 << 26,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1]);
  if (!/status:\s+imported/.test(stdout)) throw new Error(`the import did not complete:\n${stdout}\n${stderr}`);
  const cpus = os.cpus();
  const section = [
    sectionTitle,
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npx tsx scripts/bench-import-memory.ts --gigabytes ${values.gigabytes}\`: \`ledgerline import focus\``,
    `in its own process, into PostgreSQL 127.0.0.1, peak resident memory read by /usr/bin/time.`,
    `Machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB memory, Node ${process.version}.`,
    '',
    '| File | Rows | Import time | Rows/s | Peak resident memory | Target |',
    '|---|---:|---:|---:|---:|---|',
    `| ${(fileBytes / 1e9).toFixed(2)} GB FOCUS | ${rows.toLocaleString('en-US')} | ${(seconds / 60).toFixed(1)} min | ${Math.round(rows / seconds).toLocaleString('en-US')} | ${(peakKb / 1024).toFixed(0)} MB | < 300 MB — ${peakKb / 1024 < 300 ? 'met' : 'not met'} |`,
    '',
    'The file passes through the process in 4 MB reads piped to COPY … FROM STDIN with back-pressure (and once',
    'before, for its SHA-256); rows are checked and converted by PostgreSQL, so memory does not grow with the file.',
    '',
  ].join('\n');
  await writeBenchmarkSection(path.join(projectRoot, 'BENCHMARKS.md'), sectionTitle, section);
  process.stdout.write(section);
} finally {
  await server.drop();
  await rm(folder, { recursive: true, force: true });
}
