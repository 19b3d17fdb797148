import type { RowProblem } from '../../ingest-types.js';
import type { X12Segment } from './read-x12-segments.js';

/** One invoice row, exactly the columns of the CSV invoice import. */
export interface InvoiceFields {
  invoice_number: string;
  vendor: string;
  account: string;
  invoice_date: string;
  period_start: string;
  period_end: string;
  identifier: string;
  charge_type: string;
  description: string;
  quantity: string;
  unit_price: string;
  amount: string;
  currency: string;
}

/**
 * What the mapper gives the import: a charge as an invoice row (with the problems that keep it
 * out, if any), or problems of a segment that is no charge. A file problem (a broken envelope,
 * totals that do not reconcile) rejects the file whole, whatever --skip-invalid says.
 */
export type Edi811Output =
  | { line: number; fields: InvoiceFields; problems: RowProblem[]; isFileProblem?: undefined }
  | { line: number; fields?: undefined; problems: RowProblem[]; isFileProblem: boolean };

export function problem(segment: X12Segment, column: string, value: string, reason: string): RowProblem {
  return { line: segment.position, column, value, reason };
}

export function fileProblem(segment: X12Segment, column: string, value: string, reason: string): Edi811Output {
  return { line: segment.position, problems: [problem(segment, column, value, reason)], isFileProblem: true };
}
