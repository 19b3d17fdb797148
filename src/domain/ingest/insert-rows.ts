import type { Transaction } from './resolve-references.js';

export interface InsertColumn {
  name: string;
  /** SQL type the text value is cast to (integer, numeric, timestamp, jsonb…); text when absent. */
  cast?: string;
}

/** A cell as the database receives it: text cast by PostgreSQL, so decimals stay exact. */
export type CellValue = string | number | null | undefined;

/**
 * Bulk INSERT of many rows in one statement with one array parameter per column
 * (INSERT … SELECT FROM unnest(…)): the statement text stays small whatever the row count, and
 * no per-row work happens in the ORM (Prisma's createMany compiles a query per call, which cost
 * more than the database's own work). Values are passed as text (or null) and cast by PostgreSQL,
 * so decimals stay exact. Table and column names come from code, never from a file.
 * `suffix` is appended as written (ON CONFLICT …, RETURNING …).
 */
export async function insertRows(
  tx: Transaction,
  table: string,
  columns: readonly InsertColumn[],
  rows: readonly CellValue[][],
  suffix = '',
): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRawUnsafe(insertStatement(table, columns, suffix), ...columnArrays(columns, rows));
}

/** insertRows with a RETURNING clause: the inserted rows' chosen columns, in no particular order. */
export async function insertRowsReturning<Returned>(
  tx: Transaction,
  table: string,
  columns: readonly InsertColumn[],
  rows: readonly CellValue[][],
  returning: string,
): Promise<Returned[]> {
  if (rows.length === 0) return [];
  return tx.$queryRawUnsafe<Returned[]>(insertStatement(table, columns, `RETURNING ${returning}`), ...columnArrays(columns, rows));
}

function insertStatement(table: string, columns: readonly InsertColumn[], suffix: string): string {
  const selections = columns.map((column, index) => (column.cast ? `c${index}::${column.cast}` : `c${index}`)).join(', ');
  const aliases = columns.map((_, index) => `c${index}`).join(', ');
  const parameters = columns.map((_, index) => `$${index + 1}::text[]`).join(', ');
  return `INSERT INTO "${table}" (${columns.map((column) => `"${column.name}"`).join(', ')})
     SELECT ${selections} FROM unnest(${parameters}) AS input(${aliases}) ${suffix}`;
}

function columnArrays(columns: readonly InsertColumn[], rows: readonly CellValue[][]): (string | null)[][] {
  return columns.map((_, index) =>
    rows.map((row) => {
      const value = row[index];
      return value === null || value === undefined ? null : String(value);
    }),
  );
}

/** A UTC instant as zone-less text for timestamp(3) columns, which hold UTC wall-clock time. */
export function timestampText(date: Date): string {
  return date.toISOString().replace('T', ' ').replace('Z', '');
}
