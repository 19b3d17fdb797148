import os from 'node:os';
import type { AnomalyScanTiming } from './time-anomaly-scan.js';
import { toIsoDate } from '../domain/periods/period.js';

// Markdown for the answer benchmark's two BENCHMARKS.md sections, from the figures of one run.

export const answerSectionTitle = '## Answer latency';
export const anomalySectionTitle = '## Anomaly scan by scale';

export interface ClassResult {
  name: string;
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  floorP50: number;
  floorP95: number;
  unanswered: number;
}

export interface LoadResult {
  rows: number;
  files: number;
  generationSeconds: number;
  importSeconds: number;
  wallSeconds: number;
  /** Rows and import seconds per import kind (inventory, invoices, usage, focus, …). */
  byKind: Partial<Record<string, { rows: number; seconds: number }>>;
}

export interface TargetResult {
  target: 'PGlite (embedded)' | 'PostgreSQL 127.0.0.1';
  scale: number;
  load: LoadResult;
  classes: ClassResult[];
  anomalies: AnomalyScanTiming;
}

export interface RunContext {
  iterations: number;
  loadAtStart: number[];
  wallSeconds: number;
}

const milliseconds = (value: number) => value.toFixed(1);
const seconds = (value: number) => value.toFixed(1);
const count = (value: number) => value.toLocaleString('en-US');
const today = () => toIsoDate(new Date());

function machine(context: RunContext): string {
  const cpus = os.cpus();
  return (
    `Machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB memory, Node ${process.version};\n` +
    `load average at start ${context.loadAtStart.map((value) => value.toFixed(1)).join(' / ')} (1/5/15 min) — the machine is shared, so figures move with it.`
  );
}

function command(results: TargetResult[], context: RunContext): string {
  const scales = results.filter((result) => result.target === 'PostgreSQL 127.0.0.1').map((result) => result.scale);
  return `\`npx ledgerline bench --iterations ${context.iterations}${scales.length > 0 ? ` --scales ${scales.join(',')}` : ' --no-postgres'}\``;
}

/** The 1× PostgreSQL figure a larger scale is compared with. */
function baselineOf(results: TargetResult[]): TargetResult | undefined {
  return results.find((result) => result.target === 'PostgreSQL 127.0.0.1' && result.scale === 1);
}

function targetLines(results: TargetResult[]): string[] {
  const lines: string[] = [];
  const pglite = results.find((result) => result.target === 'PGlite (embedded)' && result.scale === 1);
  if (pglite) {
    const worst = Math.max(...pglite.classes.map((result) => result.p95));
    lines.push(`- p95 ≤ 150 ms at 1× on PGlite: ${worst <= 150 ? 'met' : 'not met'} (worst class ${milliseconds(worst)} ms).`);
  }
  const baseline = baselineOf(results);
  for (const result of results.filter((candidate) => candidate.target === 'PostgreSQL 127.0.0.1' && candidate.scale > 1)) {
    const over = result.classes.filter((entry) => entry.p95 > 300);
    const worst = Math.max(...result.classes.map((entry) => entry.p95));
    lines.push(
      `- p95 ≤ 300 ms at ${result.scale}× on PostgreSQL: ${over.length === 0 ? 'met' : `not met by ${over.map((entry) => `${entry.name} (${milliseconds(entry.p95)} ms)`).join(', ')}`} (worst class ${milliseconds(worst)} ms).`,
    );
    if (baseline) {
      const ratios = result.classes.map((entry) => ({
        name: entry.name,
        ratio: entry.p95 / (baseline.classes.find((base) => base.name === entry.name)?.p95 ?? Number.NaN),
      }));
      const missed = ratios.filter((entry) => !(entry.ratio <= 2));
      lines.push(
        `- p95 at ${result.scale}× ≤ 2 × p95 at 1×: ${missed.length === 0 ? 'met' : `not met by ${missed.map((entry) => `${entry.name} (${entry.ratio.toFixed(1)}×)`).join(', ')}`}.`,
      );
    }
  }
  return lines;
}

export function formatAnswerSection(results: TargetResult[], context: RunContext): string {
  const baseline = baselineOf(results);
  const kinds = ['inventory', 'invoices', 'usage', 'focus'];
  const perKind = (load: LoadResult, kind: string) => {
    const entry = load.byKind[kind];
    return entry ? `${count(entry.rows)} in ${seconds(entry.seconds)} s` : '—';
  };
  const ratioToBaseline = (result: TargetResult, entry: ClassResult) => {
    if (!baseline || result.target !== baseline.target || result.scale === baseline.scale) return '';
    const base = baseline.classes.find((candidate) => candidate.name === entry.name);
    return base ? (entry.p95 / base.p95).toFixed(2) : '';
  };
  return [
    answerSectionTitle,
    '',
    `Measured ${today()} with ${command(results, context)} (src/bench/run-answer-benchmark.ts, one run of ${(context.wallSeconds / 60).toFixed(0)} min):`,
    'the demo enterprise (as-of 2026-11-26, seed 42) loaded through the importers into embedded PGlite and into a fresh',
    'PostgreSQL database (127.0.0.1) per scale, then `Assistant.ask` with the offline planner in process (planning, tool',
    'calls, presentation, conversation state and audit writes included), the questions of each class asked in turn after',
    'one warm-up each. Scale N is N× the mobile lines (with their invoice lines and usage rows) and N× the cloud and SaaS',
    'billing accounts (FOCUS rows); circuits, locations, cost centers and contracts stay as at 1× (docs/scale.md).',
    '"SQL floor" is one hand-written SQL query on the raw rows (invoice lines, FOCUS cost records, services) for the',
    "class's aggregate, through the same Prisma client; the assistant reads rollups and does more than one query, so the",
    'ratio says what the whole answer costs over the bare sum.',
    '',
    machine(context),
    '',
    '**Load** (`loadDemoEnterprise`: write the CSV files, then import each through `importFile`, as `ledgerline demo` does;',
    'rows imported and seconds per kind):',
    '',
    `| Database | Scale | Rows | Files | Generate s | Import s | Rows/s imported | ${kinds.join(' | ')} |`,
    `|---|---:|---:|---:|---:|---:|---:|${kinds.map(() => '---:').join('|')}|`,
    ...results.map(
      (result) =>
        `| ${result.target} | ${result.scale}× | ${count(result.load.rows)} | ${result.load.files} | ${seconds(result.load.generationSeconds)} | ${seconds(result.load.importSeconds)} | ` +
        `${count(Math.round(result.load.rows / result.load.importSeconds))} | ${kinds.map((kind) => perKind(result.load, kind)).join(' | ')} |`,
    ),
    '',
    '**Answers** ("p95 ÷ 1×" = this p95 over the same class\'s p95 at 1× on PostgreSQL):',
    '',
    '| Database | Scale | Question class | Asks | p50 ms | p95 ms | p99 ms | SQL floor p50 ms | SQL floor p95 ms | p50 ÷ floor | p95 ÷ 1× | Unanswered |',
    '|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.flatMap((result) =>
      result.classes.map(
        (entry) =>
          `| ${result.target} | ${result.scale}× | ${entry.name} | ${entry.samples} | ${milliseconds(entry.p50)} | ${milliseconds(entry.p95)} | ${milliseconds(entry.p99)} | ` +
          `${milliseconds(entry.floorP50)} | ${milliseconds(entry.floorP95)} | ${(entry.p50 / entry.floorP50).toFixed(1)} | ${ratioToBaseline(result, entry)} | ${entry.unanswered} |`,
      ),
    ),
    '',
    'Against the targets (issue 9):',
    ...targetLines(results),
    '',
  ].join('\n');
}

export function formatAnomalySection(results: TargetResult[], context: RunContext): string {
  return [
    anomalySectionTitle,
    '',
    `Measured ${today()} in the same run as "Answer latency" (${command(results, context)}), over the same loaded databases:`,
    "the anomalies job's detector step (`collectAnomalyAlerts`, as `ledgerline jobs run anomalies --as-of 2026-11-26` runs it):",
    '420 days of daily cloud facts from the CostDaily rollup and 24 months of monthly telecom facts from the invoice lines,',
    'every series of the four families (cloud provider × billing account × service, cloud cost center, telecom account,',
    'telecom charge type) scanned, alert drafts for the last 14 days. "Read facts" is the two queries alone; the scan',
    `includes them. Median of ${results[0]?.anomalies.scanSeconds.length ?? 0} runs.`,
    '',
    machine(context),
    '',
    '| Database | Scale | Cloud facts | Telecom facts | Read facts s | Scan s (median) | Scan s (min–max) | Alerts drafted |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map((result) => {
      const runs = result.anomalies.scanSeconds;
      const median = runs[Math.floor(runs.length / 2)] ?? Number.NaN;
      return (
        `| ${result.target} | ${result.scale}× | ${count(result.anomalies.cloudFacts)} | ${count(result.anomalies.telecomFacts)} | ${result.anomalies.readSeconds.toFixed(2)} | ` +
        `${median.toFixed(2)} | ${(runs[0] ?? Number.NaN).toFixed(2)}–${(runs[runs.length - 1] ?? Number.NaN).toFixed(2)} | ${result.anomalies.alerts} |`
      );
    }),
    '',
  ].join('\n');
}
