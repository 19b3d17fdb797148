import type { z } from 'zod';
import type { RowProblem } from './import-file.js';

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
