import type { Transaction } from './resolve-references.js';

/**
 * Runs a bulk write into a table with its plain (non-unique) indexes and its foreign keys dropped,
 * and creates them again afterwards with their own definitions, as pg_restore does — when the
 * write brings at least as many rows as the table already holds. Building an index once over
 * N rows costs a fraction of N index insertions (200,000 FOCUS rows: ~0.9 s against ~3.8 s), but
 * it rebuilds the rows already stored too, so a write smaller than the table keeps the indexes.
 *
 * It runs in the caller's transaction: a rollback or a killed process leaves the indexes as they
 * were. DROP INDEX locks the table until commit, so on PostgreSQL readers of this table wait for
 * the import — only while the table holds fewer rows than the import brings. Unique indexes and
 * the primary key stay, so nothing they promise is ever unchecked.
 */
export async function writeWithIndexesBuiltAfter<T>(
  tx: Transaction,
  table: string,
  incomingRows: number,
  write: () => Promise<T>,
): Promise<T> {
  const [stored] = await tx.$queryRawUnsafe<Array<{ rows: number }>>(
    `SELECT count(*)::int AS rows FROM (SELECT 1 FROM "${table}" LIMIT $1) held`,
    incomingRows,
  );
  if ((stored?.rows ?? 0) >= incomingRows) return write();
  const indexes = await tx.$queryRawUnsafe<Array<{ name: string; definition: string }>>(
    `SELECT quote_ident(c.relname) AS name, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
     WHERE i.indrelid = $1::regclass AND NOT i.indisunique AND NOT i.indisprimary`,
    `"${table}"`,
  );
  const foreignKeys = await tx.$queryRawUnsafe<Array<{ name: string; definition: string }>>(
    `SELECT quote_ident(conname) AS name, pg_get_constraintdef(oid) AS definition
     FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'f'`,
    `"${table}"`,
  );
  for (const key of foreignKeys) await tx.$executeRawUnsafe(`ALTER TABLE "${table}" DROP CONSTRAINT ${key.name}`);
  for (const index of indexes) await tx.$executeRawUnsafe(`DROP INDEX ${index.name}`);
  const result = await write();
  for (const index of indexes) await tx.$executeRawUnsafe(index.definition);
  for (const key of foreignKeys) await tx.$executeRawUnsafe(`ALTER TABLE "${table}" ADD CONSTRAINT ${key.name} ${key.definition}`);
  return result;
}
