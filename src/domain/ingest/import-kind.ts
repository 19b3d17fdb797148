import type { z } from 'zod';
import type { IngestDeps, ImportKind, RowProblem } from './ingest-types.js';
import type { ReferenceResolver, Transaction } from './resolve-references.js';

/** A validated row, with where it came from (for problems and the rejects file). */
export interface ParsedRow<Row> {
  line: number;
  row: Row;
}

export interface ImportContext {
  tx: Transaction;
  batchId: number;
  references: ReferenceResolver;
  deps: IngestDeps;
}

/**
 * One record of a file in import order: the first names the columns. A reader of a format other
 * than CSV (EDI 811) gives records in the same shape, so they take the same path as CSV rows.
 */
export interface SourceRecord {
  /** Where the record is: a CSV line, an X12 segment number. */
  line: number;
  values: string[];
  /** Problems the reader found (an unmappable segment): the record is rejected with them. */
  problems?: RowProblem[];
  /** A problem of the file as a whole (a broken envelope, totals that do not reconcile): rejected whole even with --skip-invalid. */
  isFileProblem?: boolean;
}

export interface ReadRecordsOptions {
  onBytes?: (bytesRead: number) => void;
  /** The vendor named on the command line, for formats that may not name it (EDI 811 without N1). */
  vendor?: string;
}

/**
 * One import kind: its columns, the zod schema of a row, and how a batch of valid rows is
 * written. `write` may still find problems that need the database (a rate for an unknown
 * contract); it writes nothing for those rows and returns them.
 */
export interface KindImporter<Row> {
  kind: ImportKind;
  /** Canonical column names; a file must have all of them (in any order; extra columns are ignored). */
  requiredColumns: readonly string[];
  /** Every column the importer reads (defaults to requiredColumns); matched case-insensitively. */
  knownColumns?: readonly string[];
  /** Alternatives: at least one of each group must be present (FOCUS: ProviderName or InvoiceIssuerName). */
  oneOfColumns?: readonly (readonly string[])[];
  /** Bare NULL (unquoted) means an empty cell, as FOCUS exports write it. */
  bareNullIsEmpty?: boolean;
  schema: z.ZodType<Row>;
  /** Reads a file that is not CSV into records; CSV files are read by the import itself. */
  readRecords?(filePath: string, options: ReadRecordsOptions): AsyncIterable<SourceRecord>;
  /** Rows per write; bigger batches mean fewer round trips. */
  batchSize: number;
  write(rows: ParsedRow<Row>[], context: ImportContext): Promise<RowProblem[]>;
  /** After the last batch (second passes, rollups); may also return problems. */
  finish?(context: ImportContext): Promise<RowProblem[]>;
}
