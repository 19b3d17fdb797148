import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LedgerlineError } from '../errors.js';
import type { ImportSummary, IngestDeps } from '../domain/ingest/ingest-types.js';
import { finishImport } from '../domain/ingest/finish-import.js';
import { importFile } from '../domain/ingest/import-file.js';
import { recordDemoLoaded } from '../domain/people/demo-access.js';
import type { DemoAnswerKey } from './demo-answer-key.js';
import type { InvoiceFormat } from './write-invoice-files.js';
import { generateDemoEnterprise } from './generate-demo-enterprise.js';

export interface LoadDemoInput {
  asOf: Date;
  seed: number;
  /** 1 = the full enterprise (~2,000 mobile lines); tests load a smaller one. */
  scale?: number;
  invoiceFormat?: InvoiceFormat;
}

export interface LoadedDemo {
  answerKey: DemoAnswerKey;
  summaries: ImportSummary[];
  generationMs: number;
  importMs: number;
}

/**
 * Generates the demo enterprise into a scratch folder and imports every file through the same
 * importer real files use. A rejected file is a bug in the generator or the importer, so it stops
 * the load with the rows that failed.
 */
export async function loadDemoEnterprise(input: LoadDemoInput, deps: IngestDeps & { workDir?: string }): Promise<LoadedDemo> {
  const ownsWorkDir = deps.workDir === undefined;
  const outDir = deps.workDir ?? (await mkdtemp(join(tmpdir(), 'ledgerline-demo-')));
  try {
    const generationStarted = performance.now();
    const generated = await generateDemoEnterprise({
      asOf: input.asOf,
      seed: input.seed,
      outDir,
      scale: input.scale,
      ...(input.invoiceFormat ? { invoiceFormat: input.invoiceFormat } : {}),
    });
    const generationMs = Math.round(performance.now() - generationStarted);
    const importStarted = performance.now();
    const summaries: ImportSummary[] = [];
    for (const file of generated.files) {
      const summary = await importFile({ kind: file.kind, filePath: file.path }, deps);
      if (summary.status === 'rejected') {
        const problems = summary.problems
          .slice(0, 5)
          .map((problem) => `line ${problem.line} ${problem.column}="${problem.value}": ${problem.reason}`);
        throw new LedgerlineError(
          'INVALID_INPUT',
          `Demo file ${summary.fileName} (${file.kind}) was rejected: ${problems.join('; ')}`,
          summary.problems,
        );
      }
      summaries.push(summary);
    }
    // What follows any import (the invoice audit and its disputes, the spend rollup), once after
    // the last file, not after each. An audit failure leaves its marker for the import-audits job.
    const finished = await finishImport(summaries, deps);
    if (finished.auditFailure) deps.logger.warn('demo invoice audit did not finish', { reason: finished.auditFailure });
    // Unregistered people see the demo as admins until a real import (src/domain/people/demo-access.ts).
    const importBatchIds = summaries.map((summary) => summary.batchId).filter((id): id is number => id !== null);
    await recordDemoLoaded({ importBatchIds }, deps);
    const importMs = Math.round(performance.now() - importStarted);
    deps.logger.info('demo enterprise loaded', {
      files: summaries.length,
      generationMs,
      importMs,
      asOf: generated.answerKey.asOf,
      seed: input.seed,
    });
    return { answerKey: generated.answerKey, summaries, generationMs, importMs };
  } finally {
    if (ownsWorkDir) await rm(outDir, { recursive: true, force: true });
  }
}
