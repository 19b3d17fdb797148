import type { ImportKind, RowProblem } from './ingest-types.js';

/**
 * One problem as every import reports it (the CLI, a file dropped in chat):
 * `line 7, amount "12,50": Not a number`. An 811 has no lines to speak of (often one line in
 * all), so its problems name the segment number.
 */
export function describeRowProblem(problem: RowProblem, kind: ImportKind): string {
  const position = kind === 'edi811' ? 'segment' : 'line';
  const where = problem.column ? `, ${problem.column}` : '';
  const value = problem.column ? ` "${problem.value}"` : '';
  return `${position} ${problem.line}${where}${value}: ${problem.reason}`;
}

/** Every problem of a rejected file, one a line, under a line naming the file: the report sent as a file. */
export function writeProblemReport(input: {
  fileName: string;
  kind: ImportKind;
  problems: readonly RowProblem[];
  rowsRejected: number;
}): string {
  const unit = input.kind === 'edi811' ? 'segments' : 'rows';
  return [
    `Problems in ${input.fileName} (${input.kind}): ${input.rowsRejected} ${unit} rejected, nothing imported.`,
    ...input.problems.map((problem) => describeRowProblem(problem, input.kind)),
    '',
  ].join('\n');
}
