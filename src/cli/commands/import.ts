import { access } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import type { AuditPendingImportsResult } from '../../domain/disputes/audit-pending-imports.js';
import { describeRowProblem } from '../../domain/ingest/describe-row-problems.js';
import { describeFailure, finishImport } from '../../domain/ingest/finish-import.js';
import { importFile } from '../../domain/ingest/import-file.js';
import { importKinds, type ImportKind, type ImportSummary } from '../../domain/ingest/ingest-types.js';
import { openRuntime } from '../../runtime.js';
import type { CommandEnvironment } from '../command.js';

const usage = `Usage: ledgerline import <kind> <file> [--skip-invalid] [--vendor NAME]

Kinds: ${importKinds.join(', ')}
  (edi811: a carrier's ANSI X12 811 bill; every other kind is a CSV file)
  --skip-invalid  import the valid rows and write the invalid ones to <file>.rejects.csv
                  (by default a file with any invalid row is rejected whole and nothing is written;
                  an 811 whose envelope or totals do not add up is rejected whole regardless)
  --vendor NAME   edi811: the carrier, when the file's N1 loops name none (or to override them)`;

function isImportKind(value: string | undefined): value is ImportKind {
  return importKinds.some((kind) => kind === value);
}

export async function run(argv: string[], { config }: CommandEnvironment): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'skip-invalid': { type: 'boolean', default: false },
      vendor: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [kind, filePath] = positionals;
  if (values.help) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  if (!isImportKind(kind) || !filePath || positionals.length > 2) {
    process.stderr.write((kind && !isImportKind(kind) ? `Unknown import kind "${kind}".\n\n` : '') + usage + '\n');
    return 1;
  }
  if (values.vendor !== undefined && kind !== 'edi811') {
    process.stderr.write(`--vendor is for edi811 files; a ${kind} CSV names the vendor in its rows.\n`);
    return 1;
  }
  if (
    !(await access(filePath).then(
      () => true,
      () => false,
    ))
  ) {
    process.stderr.write(`Cannot read ${filePath}: no such file.\n`);
    return 1;
  }

  const runtime = await openRuntime(config);
  // A bar only on a terminal: redirected stderr (CI, logs) would fill with carriage returns.
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar(
        { format: 'Importing {bar} {percentage}% | {rows} rows | {eta_formatted} left', hideCursor: true, stream: process.stderr },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  let summary: ImportSummary;
  let disputes: AuditPendingImportsResult | undefined;
  let auditFailure: string | undefined;
  const isDebug = config.logLevel === 'debug';
  try {
    bar?.start(1, 0, { rows: 0 });
    try {
      summary = await importFile(
        {
          kind,
          filePath,
          skipInvalid: values['skip-invalid'],
          ...(values.vendor === undefined ? {} : { vendor: values.vendor }),
          onProgress: (progress) => {
            bar?.setTotal(Math.max(progress.totalBytes, 1));
            bar?.update(progress.bytesRead, { rows: progress.rowsRead.toLocaleString('en-US') });
          },
        },
        { ...runtime, costCenterTagKeys: config.costCenterTagKeys },
      );
    } catch (error) {
      bar?.stop();
      // The import is one transaction: whatever failed, nothing of the file was written.
      process.stderr.write(
        `Import of ${path.basename(filePath)} failed: ${describeFailure(error)}. Nothing was written; import it again${isDebug ? '' : ' (LEDGERLINE_LOG_LEVEL=debug shows the stack)'}.\n`,
      );
      if (isDebug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
      return 1;
    }
    bar?.stop();
    ({ disputes, auditFailure } = await finishImport(summary, runtime));
  } finally {
    bar?.stop();
    await runtime.close();
  }
  process.stdout.write(formatSummary(summary));
  if (disputes) process.stdout.write(formatDisputes(disputes));
  if (auditFailure) {
    process.stdout.write(
      `Invoice audit did not finish (${auditFailure}); the invoices are imported and their audit stays pending: it runs when you import this file again, with the next invoice import, or within five minutes on a running server.\n`,
    );
  }
  // Rows of the file that were never imported (an earlier --skip-invalid) still fail a plain import.
  const hasRejectedRows = summary.rowsRejected > 0 && !values['skip-invalid'];
  return summary.status === 'rejected' || auditFailure || (summary.status === 'unchanged' && hasRejectedRows) ? 1 : 0;
}

function formatSummary(summary: ImportSummary): string {
  const lines = summary.problems.map((problem) => `  ${describeRowProblem(problem, summary.kind)}`);
  if (summary.rowsRejected > summary.problems.length && summary.problems.length >= 10_000) {
    lines.push(`  … only the first 10,000 problems are listed; use --skip-invalid to get every rejected row in a file`);
  }
  const count = (value: number) => value.toLocaleString('en-US');
  const headline = {
    imported: `Imported ${summary.fileName} (${summary.kind}).`,
    unchanged:
      `Unchanged: ${summary.fileName} was already imported (batch ${summary.batchId}); nothing was written.` +
      (summary.rowsRejected > 0 ? ` The rows listed above were left out then (--skip-invalid) and are still not imported.` : '') +
      (summary.isAuditPending ? ` Its invoice audit had not run; it runs now.` : ''),
    rejected: `Rejected ${summary.fileName} (${summary.kind}): nothing was written. Fix the ${summary.kind === 'edi811' ? 'segments' : 'rows'} listed above and import again, or use --skip-invalid.`,
  }[summary.status];
  return [
    ...(lines.length > 0 ? ['Problems:', ...lines, ''] : []),
    headline,
    `  rows read:     ${count(summary.rowsRead)}`,
    `  rows accepted: ${count(summary.rowsAccepted)}`,
    `  rows rejected: ${count(summary.rowsRejected)}`,
    `  time:          ${(summary.durationMs / 1000).toFixed(1)} s`,
    `  status:        ${summary.status}`,
    ...(summary.rejectsFile ? [`  rejected rows written to ${summary.rejectsFile}`] : []),
    '',
  ].join('\n');
}

function formatDisputes(result: AuditPendingImportsResult): string {
  const changes = [
    `${result.created} opened`,
    `${result.updated} updated`,
    `${result.withdrawn} withdrawn`,
    `${result.credited.length} credited`,
  ];
  return `Invoice audit: disputes ${changes.join(', ')} (see "ledgerline disputes list").\n`;
}
