import type { Transaction } from './resolve-references.js';

export interface UpsertColumn {
  name: string;
  /** SQL type the text parameter is cast to (numeric, date, an enum…); none for text and integers. */
  cast?: string;
}

/** PostgreSQL allows 65,535 parameters per statement; stay well below. */
const maxParameters = 30_000;

/**
 * Multi-row INSERT … ON CONFLICT DO UPDATE: one round trip per few thousand rows instead of one
 * per row. Table and column names come from code, never from a file; values are parameters.
 */
export async function upsertRows(
  tx: Transaction,
  table: string,
  columns: readonly UpsertColumn[],
  conflictColumns: readonly string[],
  rows: readonly unknown[][],
): Promise<void> {
  const rowsPerStatement = Math.max(1, Math.floor(maxParameters / columns.length));
  const columnList = columns.map((column) => `"${column.name}"`).join(', ');
  const updates = columns
    .filter((column) => !conflictColumns.includes(column.name))
    .map((column) => `"${column.name}" = EXCLUDED."${column.name}"`)
    .join(', ');
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const chunk = rows.slice(start, start + rowsPerStatement);
    const values: unknown[] = [];
    const tuples = chunk.map((row) => {
      const placeholders = columns.map((column, index) => {
        values.push(row[index] ?? null);
        return column.cast ? `$${values.length}::${column.cast}` : `$${values.length}`;
      });
      return `(${placeholders.join(', ')})`;
    });
    await tx.$executeRawUnsafe(
      `INSERT INTO "${table}" (${columnList}) VALUES ${tuples.join(', ')}
       ON CONFLICT (${conflictColumns.map((name) => `"${name}"`).join(', ')}) DO UPDATE SET ${updates}`,
      ...values,
    );
  }
}

/** YYYY-MM-DD of a UTC date, for ::date parameters. */
export function dateText(date: Date | null): string | null {
  return date === null ? null : date.toISOString().slice(0, 10);
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
