import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { refreshPlannerStatistics } from '../../db/refresh-planner-statistics.js';
import { LedgerlineError } from '../../errors.js';
import type { ImportSummary, IngestDeps } from '../ingest/import-file.js';
import { importFile } from '../ingest/import-file.js';
import { recordDemoLoaded } from '../people/demo-access.js';
import { rebuildInvoiceSpendRollup } from '../spend/rebuild-invoice-spend-rollup.js';
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
        const problems = summary.problems.slice(0, 5).map((problem) => `line ${problem.line} ${problem.column}="${problem.value}": ${problem.reason}`);
        throw new LedgerlineError('INVALID_INPUT', `Demo file ${summary.fileName} (${file.kind}) was rejected: ${problems.join('; ')}`, summary.problems);
      }
      summaries.push(summary);
    }
    // Spend answers read invoice spend from this rollup only while it matches the lines and
    // services (spend-query.ts); built once after every file, not after each.
    await rebuildInvoiceSpendRollup(deps.prisma);
    // As after every import (finish-import.ts): without statistics, answers at 10× take minutes.
    await refreshPlannerStatistics(deps.prisma);
    // Unregistered people see the demo as admins until a real import (src/domain/people/demo-access.ts).
    const importBatchIds = summaries.map((summary) => summary.batchId).filter((id): id is number => id !== null);
    await recordDemoLoaded({ importBatchIds }, deps);
    const importMs = Math.round(performance.now() - importStarted);
    deps.logger.info('demo enterprise loaded', { files: summaries.length, generationMs, importMs, asOf: generated.answerKey.asOf, seed: input.seed });
    return { answerKey: generated.answerKey, summaries, generationMs, importMs };
  } finally {
    if (ownsWorkDir) await rm(outDir, { recursive: true, force: true });
  }
}
