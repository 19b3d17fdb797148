import type { z } from 'zod';
import type { RowProblem } from './ingest-types.js';

/** Turns zod issues for one row into problems a finance user can act on: line, column, value, reason. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], fields: Record<string, string>, line: number): RowProblem[] {
  return issues.map((issue) => {
    const column = typeof issue.path[0] === 'string' ? issue.path[0] : '';
    return { line, column, value: fields[column] ?? '', reason: issue.message };
  });
}

export function rowProblem(line: number, column: string, value: string, reason: string): RowProblem {
  return { line, column, value, reason };
}

/** Longest value echoed in a report; a 1 MB cell would otherwise be printed whole. */
const reportedValueLength = 80;

/** A cell as a report shows it: at most 80 characters, then "…" (the rejects file keeps the whole row). */
export function valueForReport(value: string): string {
  // A NUL cannot be stored or printed as text; it is shown as the symbol for one.
  if (value.includes('\u0000')) return valueForReport(value.replaceAll('\u0000', '\u2400'));
  if (value.length <= reportedValueLength) return value;
  // Never cut between the two halves of a character outside the BMP.
  const end = /[\uD800-\uDBFF]/.test(value.charAt(reportedValueLength - 1)) ? reportedValueLength - 1 : reportedValueLength;
  return `${value.slice(0, end)}…`;
}
