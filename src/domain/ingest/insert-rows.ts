import type { Transaction } from './resolve-references.js';

export interface InsertColumn {
  name: string;
  /** SQL type the text value is cast to (integer, numeric, timestamp, jsonb…); text when absent. */
  cast?: string;
}

/**
 * Bulk INSERT of many rows in one statement with one array parameter per column
 * (INSERT … SELECT FROM unnest(…)): the statement text stays small whatever the row count, and
 * no per-row work happens in the ORM. Values are passed as text (or null) and cast by PostgreSQL,
 * so decimals stay exact. Table and column names come from code, never from a file.
 */
export async function insertRows(
  tx: Transaction,
  table: string,
  columns: readonly InsertColumn[],
  rows: readonly (string | null)[][],
): Promise<void> {
  if (rows.length === 0) return;
  const columnArrays = columns.map((_, index) => rows.map((row) => row[index] ?? null));
  const selections = columns.map((column, index) => (column.cast ? `c${index}::${column.cast}` : `c${index}`)).join(', ');
  const aliases = columns.map((_, index) => `c${index}`).join(', ');
  const parameters = columns.map((_, index) => `$${index + 1}::text[]`).join(', ');
  await tx.$executeRawUnsafe(
    `INSERT INTO "${table}" (${columns.map((column) => `"${column.name}"`).join(', ')})
     SELECT ${selections} FROM unnest(${parameters}) AS input(${aliases})`,
    ...columnArrays,
  );
}

/** A UTC instant as zone-less text for timestamp(3) columns, which hold UTC wall-clock time. */
export function timestampText(date: Date): string {
  return date.toISOString().replace('T', ' ').replace('Z', '');
}
