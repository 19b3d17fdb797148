// EDI 811 import benchmark (not a test): rows/second of `importFile` for the demo's carrier
// invoices written as X12 811 files beside the same invoices as CSV, into embedded PGlite (on
// disk) and PostgreSQL, each format into a fresh database; plus the read alone (file → invoice
// records, no database) for both. Writes BENCHMARKS.md "## EDI 811 import".
//
//   npx tsx scripts/bench-import-edi811.ts [--scale 1] [--database-url postgres://postgres@127.0.0.1:5432/postgres] [--no-postgres]
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createServerDatabase } from '../src/db/create-server-database.js';
import { applyMigrations } from '../src/db/migrate.js';
import { openDatabase, type Database } from '../src/db/open-database.js';
import { generateDemoEnterprise } from '../src/demo/generate-demo-enterprise.js';
import type { InvoiceFormat } from '../src/demo/write-invoice-files.js';
import { importFile } from '../src/domain/ingest/import-file.js';
import { isInvoiceKind, type ImportKind } from '../src/domain/ingest/ingest-types.js';
import { importers } from '../src/domain/ingest/importers.js';
import { readCsvRecords } from '../src/domain/ingest/read-csv-records.js';
import { silentLogger } from '../src/logger.js';
import { writeBenchmarkSection } from '../src/bench/write-benchmark-section.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sectionTitle = '## EDI 811 import';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    'database-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    'no-postgres': { type: 'boolean', default: false },
  },
});
const scale = Number(values.scale);
const asOf = new Date('2026-11-26T00:00:00Z');

interface InvoiceFiles {
  format: InvoiceFormat;
  files: { kind: ImportKind; path: string }[];
  bytes: number;
}

interface Measurement {
  target: string;
  format: InvoiceFormat;
  rows: number;
  seconds: number;
}

async function writeInvoiceFiles(folder: string, format: InvoiceFormat): Promise<InvoiceFiles> {
  const generated = await generateDemoEnterprise({ asOf, seed: 42, scale, outDir: path.join(folder, format), invoiceFormat: format });
  const files = generated.files.filter((file) => isInvoiceKind(file.kind));
  let bytes = 0;
  for (const file of files) bytes += (await stat(file.path)).size;
  return { format, files, bytes };
}

/** The read alone: every record the import would validate, no schema, no database. */
async function timeRead(invoices: InvoiceFiles): Promise<Measurement> {
  const started = performance.now();
  let rows = 0;
  for (const file of invoices.files) {
    const importer = importers[file.kind]();
    const records = importer.readRecords ? importer.readRecords(file.path, {}) : readCsvRecords(file.path, { bareNullIsEmpty: false });
    let isHeader = true;
    for await (const record of records) {
      if (!isHeader && record.values.length > 0) rows += 1;
      isHeader = false;
    }
  }
  return {
    target: 'Read only (file → invoice records, no database)',
    format: invoices.format,
    rows,
    seconds: (performance.now() - started) / 1000,
  };
}

async function timeImport(target: string, database: Database, invoices: InvoiceFiles): Promise<Measurement> {
  await applyMigrations(database);
  const deps = { prisma: database.prisma, now: () => new Date(), logger: silentLogger, costCenterTagKeys: [] };
  const started = performance.now();
  let rows = 0;
  for (const file of invoices.files) {
    const summary = await importFile({ kind: file.kind, filePath: file.path }, deps);
    if (summary.status !== 'imported' || summary.rowsRejected > 0) throw new Error(`${target}: ${file.path} was ${summary.status}`);
    rows += summary.rowsAccepted;
  }
  return { target, format: invoices.format, rows, seconds: (performance.now() - started) / 1000 };
}

function formatSection(measurements: Measurement[], formats: InvoiceFiles[], loadAverages: string): string {
  const rate = (measurement: Measurement) => measurement.rows / measurement.seconds;
  const csvOf = (measurement: Measurement) => measurements.find((other) => other.target === measurement.target && other.format === 'csv');
  const cpus = os.cpus();
  const size = (format: InvoiceFormat) => ((formats.find((files) => files.format === format)?.bytes ?? 0) / 1e6).toFixed(1);
  return [
    sectionTitle,
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npx tsx scripts/bench-import-edi811.ts --scale ${scale}\`: the demo enterprise's carrier invoices`,
    `(as-of 2026-11-26, seed 42, scale ${scale}) written once as CSV (${size('csv')} MB) and once as X12 811 (${size('edi811')} MB, one interchange per`,
    'carrier, one transaction set per invoice), each imported with `importFile` into a fresh database, file by file as `ledgerline import` does.',
    '',
    `Machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB memory, Node ${process.version}.`,
    `Load average (1 min) before and after the run: ${loadAverages} — the machine is shared, so figures move with it.`,
    '',
    '| Target | Format | Invoice lines | Seconds | Rows/s | vs CSV |',
    '|---|---|---:|---:|---:|---:|',
    ...measurements.map((measurement) => {
      const csv = csvOf(measurement);
      const ratio = csv && measurement.format !== 'csv' ? `${((100 * rate(measurement)) / rate(csv)).toFixed(0)}%` : '—';
      return `| ${measurement.target} | ${measurement.format} | ${measurement.rows.toLocaleString('en-US')} | ${measurement.seconds.toFixed(1)} | ${Math.round(rate(measurement)).toLocaleString('en-US')} | ${ratio} |`;
    }),
    '',
    'Both formats end in the same rows through the same importer (schema, invoice replacement, audit marker;',
    'docs/decisions/0007-edi-811-parsing.md); the 811 read (x12-parser splitting segments, the HL/IT1 mapping, envelope',
    'and TDS/AMT checks) replaces the CSV parser. A test imports the demo both ways and compares every line.',
    '',
  ].join('\n');
}

const loadBefore = os.loadavg()[0]?.toFixed(1);
const folder = await mkdtemp(path.join(os.tmpdir(), 'ledgerline-bench-edi811-'));
try {
  const formats = [await writeInvoiceFiles(folder, 'csv'), await writeInvoiceFiles(folder, 'edi811')];
  const measurements: Measurement[] = [];
  for (const invoices of formats) measurements.push(await timeRead(invoices));
  for (const invoices of formats) {
    const pglite = await openDatabase({ dataDir: path.join(folder, `pglite-${invoices.format}`) });
    try {
      measurements.push(await timeImport('importFile → PGlite (embedded, on disk)', pglite, invoices));
    } finally {
      await pglite.close();
    }
    process.stderr.write(`PGlite ${invoices.format}: ${measurements.at(-1)?.seconds.toFixed(1)} s\n`);
  }
  if (!values['no-postgres']) {
    for (const invoices of formats) {
      const server = await createServerDatabase(values['database-url'], 'ledgerline_bench');
      try {
        const postgres = await openDatabase({ databaseUrl: server.url });
        try {
          measurements.push(await timeImport('importFile → PostgreSQL', postgres, invoices));
        } finally {
          await postgres.close();
        }
      } finally {
        await server.drop();
      }
      process.stderr.write(`PostgreSQL ${invoices.format}: ${measurements.at(-1)?.seconds.toFixed(1)} s\n`);
    }
  }
  const section = formatSection(measurements, formats, `${loadBefore} → ${os.loadavg()[0]?.toFixed(1)}`);
  await writeBenchmarkSection(path.join(projectRoot, 'BENCHMARKS.md'), sectionTitle, section);
  process.stdout.write(section);
} finally {
  await rm(folder, { recursive: true, force: true });
}
