import { type CellValue, insertRows } from './insert-rows.js';
import type { Transaction } from './resolve-references.js';
import { toIsoDate } from '../periods/period.js';

export interface UpsertColumn {
  name: string;
  /** SQL type the text parameter is cast to (integer, numeric, date, an enum…); none for text. */
  cast?: string;
}

/**
 * INSERT … ON CONFLICT DO UPDATE of many rows in one statement per call, through the same
 * unnest arrays as insertRows (one parameter per column, not per cell). A key may appear only once
 * per call (PostgreSQL refuses to update a row twice in one statement); importers check that with
 * KeysSeenInFile. Table and column names come from code, never from a file; values are parameters.
 */
export async function upsertRows(
  tx: Transaction,
  table: string,
  columns: readonly UpsertColumn[],
  conflictColumns: readonly string[],
  rows: readonly CellValue[][],
): Promise<void> {
  const updates = columns
    .filter((column) => !conflictColumns.includes(column.name))
    .map((column) => `"${column.name}" = EXCLUDED."${column.name}"`)
    .join(', ');
  await insertRows(
    tx,
    table,
    columns,
    rows,
    `ON CONFLICT (${conflictColumns.map((name) => `"${name}"`).join(', ')}) DO UPDATE SET ${updates}`,
  );
}

/** YYYY-MM-DD of a UTC date, for ::date parameters. */
export function dateText(date: Date | null): string | null {
  return date === null ? null : toIsoDate(date);
}

/** A key (service id, e-mail…) may appear once per file: a second row is a problem, not a silent overwrite. */
export class KeysSeenInFile {
  private readonly lines = new Map<string, number>();

  /** The earlier line with the same key, or undefined (and the key is remembered). */
  firstLineOf(key: string, line: number): number | undefined {
    const earlier = this.lines.get(key);
    if (earlier === undefined) this.lines.set(key, line);
    return earlier;
  }
}
