import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Database } from '../../db/open-database.js';
import { findCompletedImport, unchangedSummary } from './find-completed-import.js';
import { CopyPathDeclined, type CopyImportResult, importFocusByCopy } from './import-focus-by-copy.js';
import type { ImportContext, KindImporter, ParsedRow, SourceRecord } from './import-kind.js';
import { importers } from './importers.js';
import {
  isInvoiceKind,
  type ImportKind,
  type ImportProgress,
  type ImportSummary,
  type IngestDeps,
  type RowProblem,
} from './ingest-types.js';
import { lockImportsOfKind } from './lock-imports-of-kind.js';
import type { CsvRecord } from './read-csv-records.js';
import { readCsvRecords, UnreadableFile } from './read-csv-records.js';
import { ReferenceResolver } from './resolve-references.js';
import { describeIssues, valueForReport } from './row-problems.js';
import { RejectsFile } from './write-rejects-file.js';

/** Problems kept in memory for the summary; every rejected row is still counted (and written with --skip-invalid). */
const maxProblemsListed = 10_000;
/** A 2 GB file takes a while; the transaction must outlive it. */
const transactionTimeoutMs = 24 * 60 * 60 * 1000;

/** Thrown inside the transaction to roll it back when the file is rejected. */
class RejectFile extends Error {}

/**
 * Imports one CSV file of the given kind, all or nothing: one database transaction holds every
 * row and the ImportBatch record, so a crash, a kill or a rejected file leaves the database as
 * it was. The file is streamed; the same file imported twice changes nothing.
 */
export async function importFile(
  input: {
    kind: ImportKind;
    filePath: string;
    skipInvalid?: boolean;
    onProgress?: (progress: ImportProgress) => void;
    /** edi811: the vendor, when the file's N1 loops name none or another spelling is wanted. */
    vendor?: string;
  },
  deps: IngestDeps,
): Promise<ImportSummary> {
  const started = performance.now();
  const fileName = path.basename(input.filePath);
  const elapsed = () => Math.round(performance.now() - started);
  const { size: totalBytes } = await stat(input.filePath);
  const checksum = await sha256OfFile(input.filePath);

  const previous = await findCompletedImport(deps.prisma, input.kind, checksum);
  if (previous) return unchangedSummary(previous, { kind: input.kind, fileName, durationMs: elapsed() });

  if (input.kind === 'focus' && deps.database) {
    const copied = await tryImportFocusByCopy({ ...input, fileName, checksum, totalBytes }, { ...deps, copyCsv: deps.database.copyCsv });
    if (copied && 'importedMeanwhile' in copied)
      return unchangedSummary(copied.importedMeanwhile, { kind: input.kind, fileName, durationMs: elapsed() });
    if (copied) {
      deps.logger.info('import completed', {
        kind: input.kind,
        fileName,
        rowsRead: copied.rowsRead,
        rowsAccepted: copied.rowsRead,
        rowsRejected: 0,
        path: 'copy',
      });
      return {
        batchId: copied.batchId,
        kind: input.kind,
        fileName,
        status: 'imported',
        rowsRead: copied.rowsRead,
        rowsAccepted: copied.rowsRead,
        rowsRejected: 0,
        problems: [],
        isAuditPending: false,
        durationMs: elapsed(),
      };
    }
  }

  const importer = importers[input.kind]();
  const skipInvalid = input.skipInvalid ?? false;
  const counts = { rowsRead: 0, rowsAccepted: 0, rowsRejected: 0 };
  const problems: RowProblem[] = [];
  let rejects: RejectsFile | undefined;

  try {
    const outcome = await deps.prisma.$transaction(
      async (tx) => {
        // A second import of the same kind waits here for the first to commit or roll back; the
        // same file imported meanwhile is then "unchanged", another file replaces cleanly.
        await lockImportsOfKind(tx, input.kind);
        const importedMeanwhile = await findCompletedImport(tx, input.kind, checksum);
        if (importedMeanwhile) return { importedMeanwhile };
        const batch = await tx.importBatch.create({
          data: { kind: input.kind, fileName, checksum, startedAt: deps.now() },
          select: { id: true },
        });
        const context: ImportContext = { tx, batchId: batch.id, references: new ReferenceResolver(tx), deps };
        let columnIndex: Map<string, number | undefined> | undefined;
        let header: string[] = [];
        let pending: ParsedRow<unknown>[] = [];
        let valuesByLine = new Map<number, string[]>();
        let lastProgressAt = 0;
        let bytesRead = 0;
        let isFileRejected = false;

        const reject = (rowProblems: RowProblem[], values: string[] | undefined) => {
          counts.rowsRejected += 1;
          for (const problem of rowProblems)
            if (problems.length < maxProblemsListed) problems.push({ ...problem, value: valueForReport(problem.value) });
          if (skipInvalid && values) {
            rejects ??= new RejectsFile(`${input.filePath}.rejects.csv`, header);
            const reason = rowProblems
              .map((problem) => (problem.column ? `${problem.column}: ${problem.reason}` : problem.reason))
              .join('; ');
            rejects.write(values, rowProblems[0]?.line ?? 0, reason);
          }
        };
        // A file bound to be rejected is still written to the end (inside the transaction that
        // will roll back), so checks that need the database list every problem too.
        // One batch is written while the next is read and validated (at most one write in
        // flight, writes in file order): on PostgreSQL the server inserts on one core while this
        // process parses on another.
        let writing: Promise<void> = Promise.resolve();
        const flush = async (rows: ParsedRow<unknown>[], rowValues: Map<number, string[]>) => {
          await writing;
          if (rows.length === 0) return;
          writing = importer.write(rows, context).then((writeProblems) => {
            const badLines = groupByLine(writeProblems);
            counts.rowsAccepted += rows.length - badLines.size;
            for (const [line, lineProblems] of badLines) reject(lineProblems, rowValues.get(line));
          });
          // Observed here so a failure waits for the next flush without being reported as unhandled.
          writing.catch(() => undefined);
        };

        try {
          const onBytes = (bytes: number) => (bytesRead = bytes);
          const records: AsyncIterable<CsvRecord & SourceRecord> = importer.readRecords
            ? importer.readRecords(input.filePath, { onBytes, ...(input.vendor === undefined ? {} : { vendor: input.vendor }) })
            : readRecordsOrReject(input.filePath, { bareNullIsEmpty: importer.bareNullIsEmpty ?? false, onBytes }, problems);
          for await (const record of records) {
            if (record.parseProblem && !columnIndex) {
              problems.push({
                line: record.line,
                column: '',
                value: '',
                reason: `The header cannot be read: ${record.parseProblem.reason}`,
              });
              throw new RejectFile();
            }
            if (!columnIndex) {
              header = record.values;
              const headerCheck = matchHeader(header, importer);
              if (headerCheck.problems.length > 0) {
                problems.push(...headerCheck.problems);
                throw new RejectFile();
              }
              columnIndex = headerCheck.columnIndex;
              continue;
            }
            if (record.isFileProblem) {
              problems.push(...(record.problems ?? []));
              isFileRejected = true;
              continue;
            }
            counts.rowsRead += 1;
            if (record.problems) {
              reject(record.problems, record.values.length > 0 ? record.values : undefined);
              continue;
            }
            if (record.parseProblem) {
              const { columnIndex: at, reason } = record.parseProblem;
              reject([{ line: record.line, column: at === undefined ? '' : (header[at] ?? ''), value: '', reason }], undefined);
              continue;
            }
            const nulAt = record.values.findIndex((value) => value.includes('\u0000'));
            if (nulAt !== -1) {
              const reason = 'Contains a NUL byte: binary data, not text (a damaged export or not a CSV file)';
              reject([{ line: record.line, column: header[nulAt] ?? '', value: record.values[nulAt] ?? '', reason }], record.values);
              continue;
            }
            if (record.values.length !== header.length) {
              // Named by the first column without a value, or the first value without a column.
              const column =
                record.values.length < header.length
                  ? (header[record.values.length] ?? '')
                  : `(value ${header.length + 1}, beyond the header)`;
              reject(
                [
                  {
                    line: record.line,
                    column,
                    value: '',
                    reason: `The row has ${record.values.length} values but the header has ${header.length} columns; check for a missing or extra comma or an unclosed quote`,
                  },
                ],
                record.values,
              );
              continue;
            }
            const fields: Record<string, string> = {};
            // Optional columns absent from the file read as empty cells.
            for (const [column, index] of columnIndex) fields[column] = index === undefined ? '' : (record.values[index] ?? '');
            const parsed = importer.schema.safeParse(fields);
            if (!parsed.success) {
              reject(describeIssues(parsed.error.issues, fields, record.line), record.values);
            } else {
              pending.push({ line: record.line, row: parsed.data });
              if (skipInvalid) valuesByLine.set(record.line, record.values);
            }
            if (pending.length >= importer.batchSize) {
              const rows = pending;
              const rowValues = valuesByLine;
              pending = [];
              valuesByLine = new Map();
              await flush(rows, rowValues);
            }
            if (input.onProgress && (counts.rowsRead - lastProgressAt >= 1000 || counts.rowsRead === 1)) {
              lastProgressAt = counts.rowsRead;
              input.onProgress({ bytesRead, totalBytes, rowsRead: counts.rowsRead });
            }
          }
          if (!columnIndex) {
            problems.push({
              line: 1,
              column: '',
              value: '',
              reason: `The file is empty; the first line must be the header: ${importer.requiredColumns.join(',')}`,
            });
            throw new RejectFile();
          }
          await flush(pending, valuesByLine);
          await writing;
        } finally {
          // Never leave the transaction while a write is still running in it.
          await writing.catch(() => undefined);
        }
        if (importer.finish) {
          const finishProblems = await importer.finish(context);
          for (const [, lineProblems] of groupByLine(finishProblems)) {
            counts.rowsAccepted -= 1;
            reject(lineProblems, undefined);
          }
        }
        input.onProgress?.({ bytesRead: totalBytes, totalBytes, rowsRead: counts.rowsRead });
        if ((counts.rowsRejected > 0 && !skipInvalid) || isFileRejected) throw new RejectFile();
        if (problems.length > 0)
          await tx.importRejectedRow.createMany({ data: problems.map((problem) => ({ batchId: batch.id, ...problem })) });
        // Committed with the invoices, so a crash before the audit leaves it pending, never lost.
        const isAuditPending = isInvoiceKind(input.kind) && counts.rowsAccepted > 0;
        await tx.importBatch.update({
          where: { id: batch.id },
          data: { status: 'completed', ...counts, finishedAt: deps.now(), ...(isAuditPending ? { auditPendingSince: deps.now() } : {}) },
        });
        return { batchId: batch.id, isAuditPending };
      },
      { timeout: transactionTimeoutMs, maxWait: 60_000 },
    );
    await rejects?.close();
    if (outcome.importedMeanwhile)
      return unchangedSummary(outcome.importedMeanwhile, { kind: input.kind, fileName, durationMs: elapsed() });
    const { batchId, isAuditPending } = outcome;
    deps.logger.info('import completed', { kind: input.kind, fileName, ...counts });
    return {
      batchId,
      kind: input.kind,
      fileName,
      status: 'imported',
      ...counts,
      problems,
      ...(rejects && rejects.rowCount > 0 ? { rejectsFile: rejects.path } : {}),
      isAuditPending,
      durationMs: elapsed(),
    };
  } catch (error) {
    await rejects?.close();
    if (!(error instanceof RejectFile)) throw error;
    return {
      batchId: null,
      kind: input.kind,
      fileName,
      status: 'rejected',
      ...counts,
      rowsAccepted: 0,
      problems,
      isAuditPending: false,
      durationMs: elapsed(),
    };
  }
}

/**
 * The COPY path for a FOCUS file whose header is acceptable; undefined when the file needs the
 * row-by-row importer (a bad header, a row the SQL checks doubt, a COPY error), which then
 * reports every problem by line. Nothing is written when it declines.
 */
async function tryImportFocusByCopy(
  input: { filePath: string; fileName: string; checksum: string; totalBytes: number; onProgress?: (progress: ImportProgress) => void },
  deps: IngestDeps & { copyCsv: Database['copyCsv'] },
): Promise<CopyImportResult | undefined> {
  let header: string[] | undefined;
  try {
    for await (const record of readCsvRecords(input.filePath, { bareNullIsEmpty: false })) {
      header = record.values;
      break;
    }
  } catch (error) {
    // The row-by-row importer names the line of bytes that are not UTF-8.
    if (error instanceof UnreadableFile) return undefined;
    throw error;
  }
  if (!header) return undefined;
  const headerCheck = matchHeader(header, importers.focus());
  if (headerCheck.problems.length > 0) return undefined;
  const onProgress = input.onProgress;
  try {
    return await importFocusByCopy(
      {
        filePath: input.filePath,
        fileName: input.fileName,
        checksum: input.checksum,
        header,
        columnIndex: headerCheck.columnIndex,
        ...(onProgress
          ? {
              onProgress: ({ bytesRead, records }) =>
                onProgress({ bytesRead, totalBytes: input.totalBytes, rowsRead: Math.max(0, records - 1) }),
            }
          : {}),
      },
      deps,
    );
  } catch (error) {
    if (!(error instanceof CopyPathDeclined)) throw error;
    deps.logger.info('import goes row by row', { kind: 'focus', fileName: input.fileName, reason: error.message });
    return undefined;
  }
}

/** The file's records; bytes that are not UTF-8 reject the whole file with the line they are on. */
async function* readRecordsOrReject(
  filePath: string,
  options: Parameters<typeof readCsvRecords>[1],
  problems: RowProblem[],
): AsyncGenerator<CsvRecord> {
  try {
    yield* readCsvRecords(filePath, options);
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    problems.push({ line: error.line, column: '', value: '', reason: error.message });
    throw new RejectFile();
  }
}

function groupByLine(problems: RowProblem[]): Map<number, RowProblem[]> {
  const byLine = new Map<number, RowProblem[]>();
  for (const problem of problems) byLine.set(problem.line, [...(byLine.get(problem.line) ?? []), problem]);
  return byLine;
}

/** Maps canonical column names to positions; header names match case-insensitively. */
function matchHeader(
  header: string[],
  importer: KindImporter<unknown>,
): { columnIndex: Map<string, number | undefined>; problems: RowProblem[] } {
  const positions = new Map<string, number[]>();
  header.forEach((name, index) => {
    const key = name.trim().toLowerCase();
    positions.set(key, [...(positions.get(key) ?? []), index]);
  });
  const columnIndex = new Map<string, number | undefined>();
  const duplicates: RowProblem[] = [];
  for (const column of importer.knownColumns ?? importer.requiredColumns) {
    const found = positions.get(column.toLowerCase()) ?? [];
    columnIndex.set(column, found[0]);
    // Two columns of one name: which one holds the data is a guess, so the file is refused.
    if (found.length > 1) {
      const where = found.map((index) => index + 1).join(' and ');
      duplicates.push({
        line: 1,
        column,
        value: '',
        reason: `The header names this column ${found.length} times (columns ${where}); keep one`,
      });
    }
  }
  const isPresent = (column: string) => columnIndex.get(column) !== undefined;
  const expected = `the first line must name the columns: ${importer.requiredColumns.join(',')}`;
  const problems: RowProblem[] = importer.requiredColumns
    .filter((column) => !isPresent(column))
    .map((column) => ({ line: 1, column, value: '', reason: `The column "${column}" is missing; ${expected}` }));
  for (const group of importer.oneOfColumns ?? []) {
    if (!group.some(isPresent)) {
      problems.push({ line: 1, column: group.join(' or '), value: '', reason: `One of the columns ${group.join(', ')} is required` });
    }
  }
  return { columnIndex, problems: [...problems, ...duplicates] };
}

async function sha256OfFile(filePath: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(filePath), hash);
  return hash.digest('hex');
}
