import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { toIsoMonth } from '../domain/periods/period.js';
import { formatCents } from './cents.js';
import { CsvFileWriter } from './csv-file-writer.js';
import { buildAnswerKey, planBudgets } from './build-answer-key.js';
import { buildDemoModel } from './build-demo-model.js';
import type { DemoAnswerKey } from './demo-answer-key.js';
import { DemoTally } from './demo-tally.js';
import { maximumDemoScale } from './scale-cloud-estate.js';
import { writeFocus } from './write-focus.js';
import type { InvoiceFormat } from './write-invoice-files.js';
import { writeInvoices } from './write-invoices.js';
import { writeReferenceFiles } from './write-reference-files.js';
import type { WrittenFile } from './write-reference-files.js';
import { writeUsage } from './write-usage.js';
import type { ImportKind } from '../domain/ingest/ingest-types.js';

/** The demo writes exactly the files the importer reads. */
export type DemoFileKind = ImportKind;

export interface GenerateDemoInput {
  asOf: Date;
  seed: number;
  outDir: string;
  /**
   * Size relative to the full enterprise: mobile lines (1 = ~2,000) and, above 1, cloud and SaaS
   * billing accounts (see scale-cloud-estate.ts); tests use a smaller one to load fast.
   */
  scale?: number;
  /** Carrier invoices as the CSV of "import invoices" (default) or as X12 811 files ("import edi811"). */
  invoiceFormat?: InvoiceFormat;
}

export interface GeneratedDemo {
  /** In import order. */
  files: Array<{ kind: DemoFileKind; path: string }>;
  answerKey: DemoAnswerKey;
  answerKeyPath: string;
}

const answerKeyFileName = 'answer-key.json';

/**
 * Writes the fictional enterprise as the CSV files a customer would import, plus the answer key.
 * Deterministic: the same seed and as-of date give byte-identical files.
 */
export async function generateDemoEnterprise(input: GenerateDemoInput): Promise<GeneratedDemo> {
  const scale = input.scale ?? 1;
  if (!(scale > 0 && scale <= maximumDemoScale)) throw new Error(`demo scale must be in (0, ${maximumDemoScale}], got ${scale}`);
  await mkdir(input.outDir, { recursive: true });
  const model = buildDemoModel({ asOf: input.asOf, seed: input.seed, scale });
  const tally = new DemoTally();
  const referenceFiles = await writeReferenceFiles(model, input.outDir);
  const invoices = await writeInvoices(model, input.outDir, tally, input.invoiceFormat ?? 'csv');
  const usage = await writeUsage(model, input.outDir, tally);
  const focus = await writeFocus(model, input.outDir, tally);
  const budgets = planBudgets(model, tally);
  const budgetWriter = await CsvFileWriter.create(join(input.outDir, 'budgets.csv'), ['cost_center', 'month', 'amount']);
  const budgetMonths = [...model.months, model.asOfMonth].map(toIsoMonth);
  for (const costCenter of model.costCenters) {
    for (const month of budgetMonths) {
      await budgetWriter.row([costCenter.code, month, formatCents(budgets.amounts.get(DemoTally.key(costCenter.code, month)) ?? 0)]);
    }
  }
  await budgetWriter.close();
  const budgetFile: WrittenFile = { kind: 'budgets', path: budgetWriter.path, rows: budgetWriter.rowCount };

  const written = [...referenceFiles, ...invoices.files, usage.file, budgetFile, ...focus.files];
  const answerKey = buildAnswerKey({
    model,
    tally,
    budgets,
    files: written.map((file) => ({ kind: file.kind, file: basename(file.path), rows: file.rows })),
    findings: { ...invoices.findings, ...focus.findings, zeroUsageLines: usage.zeroUsageLines },
  });
  const answerKeyPath = join(input.outDir, answerKeyFileName);
  await writeFile(answerKeyPath, JSON.stringify(answerKey, null, 2) + '\n');
  return { files: written.map((file) => ({ kind: file.kind as DemoFileKind, path: file.path })), answerKey, answerKeyPath };
}
