import { randomBytes } from 'node:crypto';
import type { CsvCopier } from '../../db/copy-csv-file.js';
import { type CompletedImport, findCompletedImport } from './find-completed-import.js';
import type { IngestDeps } from './ingest-types.js';
import { lockImportsOfKind } from './lock-imports-of-kind.js';
import { focusTimestamp, maximumKeyLength } from './fields.js';
import {
  canonicalChargeCategory,
  canonicalServiceCategory,
  cleanCell,
  gatedCurrency,
  gatedNumber,
  gatedUtcTimestamp,
  jsWhitespace,
} from './focus-staging-sql.js';
import { timestampText } from './insert-rows.js';
import { costRecordColumns } from './kinds/import-focus.js';
import { type BillingPeriodKey, rebuildCostRollups } from './rebuild-cost-rollups.js';
import { ReferenceResolver } from './resolve-references.js';
import { writeWithIndexesBuiltAfter } from './write-with-indexes-built-after.js';

/** Why a file goes to the row-by-row importer instead: it says which line is wrong and how. */
export class CopyPathDeclined extends Error {}

export interface CopyImportInput {
  filePath: string;
  fileName: string;
  checksum: string;
  /** The file's header, and each FOCUS column's position in it (undefined: not in the file). */
  header: readonly string[];
  columnIndex: ReadonlyMap<string, number | undefined>;
  onProgress?: (progress: { bytesRead: number; records: number }) => void;
}

export type CopyImportResult =
  | { batchId: number; rowsRead: number }
  /** The same file was imported by another import while this one waited for the lock: nothing written. */
  | { importedMeanwhile: CompletedImport };

const stagingSchema = 'ledgerline_staging';
/** A staging table older than this belongs to an import that died (killed, crashed); it is dropped. */
const abandonedAfterMs = 24 * 60 * 60 * 1000;
/** A file of many GB takes a while; the transaction must outlive it. */
const transactionTimeoutMs = 24 * 60 * 60 * 1000;

/**
 * The fast way in for a valid FOCUS file: PostgreSQL's COPY loads the file as text into a
 * staging table (C speed, no row passes through JavaScript), then one INSERT … SELECT checks and
 * converts every row and writes CostRecord, inside one transaction with the batch record, the
 * billing-period replacement and the rollups — all or nothing, as the row-by-row importer.
 * Any doubt (a row the SQL would not accept, a COPY error) throws CopyPathDeclined and writes
 * nothing, and the caller imports the file row by row to report exactly what is wrong.
 */
export async function importFocusByCopy(input: CopyImportInput, deps: IngestDeps & { copyCsv: CsvCopier }): Promise<CopyImportResult> {
  const table = `${stagingSchema}.focus_${deps.now().getTime()}_${randomBytes(4).toString('hex')}`;
  const stagedColumns = input.header.map((_, index) => `c${index}`);
  await createStagingTable(deps, table, stagedColumns);
  try {
    let copied: { rowsCopied: number; recordsInFile: number };
    try {
      copied = await deps.copyCsv({
        table,
        columns: stagedColumns,
        filePath: input.filePath,
        ...(input.onProgress ? { onProgress: input.onProgress } : {}),
      });
    } catch (error) {
      throw new CopyPathDeclined(`COPY refused the file: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (copied.rowsCopied !== copied.recordsInFile) {
      throw new CopyPathDeclined(`COPY stored ${copied.rowsCopied} rows of ${copied.recordsInFile} records`);
    }
    if (copied.rowsCopied === 0) throw new CopyPathDeclined('no data rows');
    const cleaned = cleanedRowsQuery(table, input.columnIndex);
    const rowsRead = copied.rowsCopied;
    return await deps.prisma.$transaction(
      async (tx) => {
        // Zone-less timestamps are UTC, as the row-by-row importer reads them.
        await tx.$executeRawUnsafe(`SET LOCAL TIME ZONE 'UTC'`);
        // The rollups group every new row: in memory, a hash or sort of 200,000 rows needs more than the default 4 MB.
        await tx.$executeRawUnsafe(`SET LOCAL work_mem = '64MB'`);
        // As row by row: a second FOCUS import waits here; the same file meanwhile is "unchanged".
        await lockImportsOfKind(tx, 'focus');
        const importedMeanwhile = await findCompletedImport(tx, 'focus', input.checksum);
        if (importedMeanwhile) return { importedMeanwhile };
        const batch = await tx.importBatch.create({
          data: { kind: 'focus', fileName: input.fileName, checksum: input.checksum, startedAt: deps.now() },
          select: { id: true },
        });
        const keys = await tx.$queryRawUnsafe<Array<{ provider: string | null; account: string | null; periodStart: string | null }>>(
          `SELECT DISTINCT coalesce("ProviderName", "InvoiceIssuerName") AS provider, "BillingAccountId" AS account,
                  "BillingPeriodStart" AS "periodStart"
           FROM (${cleanedRowsQuery(distinctCells(table, input.columnIndex, keyColumns), input.columnIndex, keyColumns, false)}) c`,
          jsWhitespace,
        );
        const references = new ReferenceResolver(tx);
        const vendorIdByName = new Map<string, number>();
        const periods = new Map<string, BillingPeriodKey>();
        for (const key of keys) {
          if (key.provider !== null && !vendorIdByName.has(key.provider)) {
            vendorIdByName.set(key.provider, await references.vendorId(key.provider, 'cloud'));
          }
          // The few distinct period starts are read by the same zod field as row by row.
          const start = key.periodStart === null ? undefined : focusTimestamp.safeParse(key.periodStart);
          if (key.account !== null && start?.success) {
            periods.set(`${key.account}\u0000${start.data.toISOString()}`, {
              billingAccountId: key.account,
              billingPeriodStart: start.data,
            });
          }
        }
        // A billing period in the file replaces what earlier exports held for it.
        await tx.$executeRawUnsafe(
          `DELETE FROM "CostRecord" WHERE ("billingAccountId", "billingPeriodStart") IN
             (SELECT * FROM unnest($1::text[], $2::timestamp[]))`,
          [...periods.values()].map((period) => period.billingAccountId),
          [...periods.values()].map((period) => timestampText(period.billingPeriodStart)),
        );
        const inserted = await writeWithIndexesBuiltAfter(tx, 'CostRecord', rowsRead, () =>
          tx.$executeRawUnsafe(
            insertStatement(cleaned),
            jsWhitespace,
            batch.id,
            [...vendorIdByName.keys()],
            [...vendorIdByName.values()],
            deps.costCenterTagKeys,
          ),
        );
        if (inserted !== rowsRead) {
          throw new CopyPathDeclined(`${rowsRead - inserted} of ${rowsRead} rows need checking row by row`);
        }
        await rebuildCostRollups(tx, [...periods.values()]);
        await tx.importBatch.update({
          where: { id: batch.id },
          data: { status: 'completed', rowsRead, rowsAccepted: rowsRead, rowsRejected: 0, finishedAt: deps.now() },
        });
        return { batchId: batch.id, rowsRead };
      },
      { timeout: transactionTimeoutMs, maxWait: 60_000 },
    );
  } catch (error) {
    if (error instanceof CopyPathDeclined) throw error;
    // A statement that failed on a value (an unreal date, JSON PostgreSQL will not read) is a
    // file for the row-by-row importer too; if the database itself is gone, that import says so.
    throw new CopyPathDeclined(`the checks in SQL failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await deps.prisma.$executeRawUnsafe(`DROP TABLE IF EXISTS ${table}`).catch((error: unknown) => {
      deps.logger.warn('could not drop an import staging table', { table, error });
    });
  }
}

async function createStagingTable(deps: IngestDeps, table: string, columns: readonly string[]): Promise<void> {
  try {
    await deps.prisma.$executeRawUnsafe(`CREATE SCHEMA IF NOT EXISTS ${stagingSchema}`);
  } catch {
    // Two imports creating the schema at the same moment: one wins, and that is enough.
  }
  const tables = await deps.prisma.$queryRawUnsafe<Array<{ name: string }>>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = '${stagingSchema}'`,
  );
  for (const { name } of tables) {
    const createdAt = Number(/^focus_(\d+)_/.exec(name)?.[1]);
    if (createdAt < deps.now().getTime() - abandonedAfterMs) {
      await deps.prisma.$executeRawUnsafe(`DROP TABLE IF EXISTS ${stagingSchema}."${name}"`);
      deps.logger.info('dropped an abandoned import staging table', { table: name });
    }
  }
  // Unlogged: staging rows need no crash safety (a crash abandons the import anyway).
  await deps.prisma.$executeRawUnsafe(`CREATE UNLOGGED TABLE ${table} (${columns.map((column) => `${column} text`).join(', ')})`);
}

/** The columns that name the vendors and the billing periods a file holds. */
const keyColumns = ['ProviderName', 'InvoiceIssuerName', 'BillingAccountId', 'BillingPeriodStart'];

/**
 * The distinct raw cells of the given columns, as a subquery in place of the staging table: a file
 * holds a few vendors and periods, so cleaning them after DISTINCT reads every row once, cheaply.
 */
function distinctCells(table: string, columnIndex: ReadonlyMap<string, number | undefined>, columns: readonly string[]): string {
  const cells = columns.flatMap((column) => {
    const index = columnIndex.get(column);
    return index === undefined ? [] : [`c${index}`];
  });
  return `(SELECT DISTINCT ${[...new Set(cells)].join(', ')} FROM ${table})`;
}

/** The FOCUS columns the import reads, by their FOCUS names. */
const readColumns = [
  'ProviderName',
  'InvoiceIssuerName',
  'BillingAccountId',
  'BillingAccountName',
  'BillingPeriodStart',
  'BillingPeriodEnd',
  'ChargePeriodStart',
  'ChargePeriodEnd',
  'ChargeCategory',
  'ChargeClass',
  'ChargeDescription',
  'ServiceName',
  'ServiceCategory',
  'SubAccountId',
  'SubAccountName',
  'RegionId',
  'ResourceId',
  'ResourceName',
  'SkuId',
  'BilledCost',
  'EffectiveCost',
  'ListCost',
  'ContractedCost',
  'BillingCurrency',
  'ConsumedQuantity',
  'ConsumedUnit',
] as const;
const optionalDecimals = ['EffectiveCost', 'ListCost', 'ContractedCost', 'ConsumedQuantity'] as const;

/**
 * Every staged row's cells, cleaned once (NULL when empty) and named by FOCUS column, with Tags
 * read as JSON. OFFSET 0 keeps it a subquery computed once per row instead of being inlined into
 * each use. Takes $1 (whitespace to trim).
 */
function cleanedRowsQuery(
  table: string,
  columnIndex: ReadonlyMap<string, number | undefined>,
  columns: readonly string[] = readColumns,
  withTags = true,
): string {
  const cell = (column: string) => {
    const index = columnIndex.get(column);
    return cleanCell(index === undefined ? undefined : `s.c${index}`);
  };
  const tags = withTags ? `,\n      (${cell('Tags')})::jsonb AS "Tags"` : '';
  return `SELECT ${columns.map((column) => `${cell(column)} AS "${column}"`).join(',\n      ')}${tags}
    FROM ${table} s OFFSET 0`;
}

/**
 * INSERT … SELECT of the rows that pass every check; the caller compares the count with the
 * rows staged. The cost center comes from the first configured tag key present (keys matched
 * case-insensitively, as the row-by-row importer does); a tag object with two spellings of that
 * key is ambiguous and fails the check. Takes $1 whitespace, $2 batch id, $3/$4 provider names
 * and their vendor ids, $5 cost-center tag keys in order of preference.
 */
function insertStatement(cleaned: string): string {
  const typed = `SELECT
      ($4::integer[])[array_position($3::text[], coalesce(c."ProviderName", c."InvoiceIssuerName"))] AS "vendorId",
      coalesce(c."ProviderName", c."InvoiceIssuerName") AS provider,
      c."BillingAccountId", c."BillingAccountName",
      greatest(octet_length(c."ProviderName"), octet_length(c."InvoiceIssuerName"), octet_length(c."BillingAccountId")) AS "longestKeyBytes",
      ${gatedUtcTimestamp('c."BillingPeriodStart"')} AS "billingPeriodStart",
      ${gatedUtcTimestamp('c."BillingPeriodEnd"')} AS "billingPeriodEnd",
      ${gatedUtcTimestamp('c."ChargePeriodStart"')} AS "chargePeriodStart",
      ${gatedUtcTimestamp('c."ChargePeriodEnd"')} AS "chargePeriodEnd",
      ${canonicalChargeCategory('c."ChargeCategory"')} AS "chargeCategory",
      c."ChargeClass", c."ChargeDescription", c."ServiceName",
      ${canonicalServiceCategory('c."ServiceCategory"')} AS "serviceCategory",
      c."SubAccountId", c."SubAccountName", c."RegionId", c."ResourceId", c."ResourceName", c."SkuId",
      ${gatedNumber('c."BilledCost"')} AS "billedCost",
      ${optionalDecimals.map((column) => `c."${column}" AS "raw${column}", ${gatedNumber(`c."${column}"`)} AS "${column}"`).join(',\n      ')},
      ${gatedCurrency('c."BillingCurrency"')} AS currency,
      c."ConsumedUnit", c."Tags",
      CASE WHEN jsonb_typeof(c."Tags") = 'object' THEN (
        SELECT jsonb_build_array(e.value, count(*) OVER (PARTITION BY w.rank))
        FROM jsonb_each(c."Tags") e JOIN unnest($5::text[]) WITH ORDINALITY AS w(wanted, rank) ON lower(e.key) = lower(w.wanted)
        ORDER BY w.rank
        LIMIT 1
      ) END AS "tagMatch"
    FROM (${cleaned}) c OFFSET 0`;
  const tagCode = `CASE WHEN jsonb_typeof(t."tagMatch" -> 0) = 'string' THEN lower(btrim(t."tagMatch" ->> 0, $1)) END`;
  const values = [
    '$2::integer',
    't."vendorId"',
    't.provider',
    't."BillingAccountId"',
    't."BillingAccountName"',
    't."billingPeriodStart"',
    't."billingPeriodEnd"',
    't."chargePeriodStart"',
    't."chargePeriodEnd"',
    't."chargeCategory"',
    't."ChargeClass"',
    't."ChargeDescription"',
    't."ServiceName"',
    't."serviceCategory"',
    't."SubAccountId"',
    't."SubAccountName"',
    't."RegionId"',
    't."ResourceId"',
    't."ResourceName"',
    't."SkuId"',
    't."billedCost"',
    't."EffectiveCost"',
    't."ListCost"',
    't."ContractedCost"',
    't.currency',
    't."ConsumedQuantity"',
    't."ConsumedUnit"',
    't."Tags"',
    'cost_center.id',
  ];
  if (values.length !== costRecordColumns.length) throw new Error('CostRecord columns and values disagree');
  const optionalDecimalsValid = optionalDecimals.map((column) => `(t."raw${column}" IS NULL OR t."${column}" IS NOT NULL)`).join(' AND ');
  // As zod refuses them: a nonzero cost the column would store as 0, a key longer than an index
  // entry should be (bytes, never fewer than JavaScript's characters, so this is the stricter check).
  const keepsNonzero = (value: string) => `(${value} IS NULL OR ${value} = 0 OR round(${value}, 12) <> 0)`;
  const numbersKept = ['t."billedCost"', ...optionalDecimals.map((column) => `t."${column}"`)].map(keepsNonzero).join(' AND ');
  return `INSERT INTO "CostRecord" (${costRecordColumns.map((column) => `"${column.name}"`).join(', ')})
    SELECT ${values.join(', ')}
    FROM (${typed}) t
    LEFT JOIN (SELECT lower(code) AS code_key, max(id) AS id FROM "CostCenter" GROUP BY 1) cost_center ON cost_center.code_key = ${tagCode}
    WHERE t."vendorId" IS NOT NULL AND t."billedCost" IS NOT NULL AND ${optionalDecimalsValid} AND ${numbersKept}
      AND coalesce(t."longestKeyBytes", 0) <= ${maximumKeyLength}
      AND t."BillingAccountId" IS NOT NULL AND t.currency IS NOT NULL AND t."chargeCategory" IS NOT NULL
      AND t."billingPeriodStart" IS NOT NULL AND t."billingPeriodEnd" IS NOT NULL
      AND t."chargePeriodStart" IS NOT NULL AND t."chargePeriodEnd" IS NOT NULL
      AND t."chargePeriodEnd" >= t."chargePeriodStart" AND t."billingPeriodEnd" >= t."billingPeriodStart"
      AND (t."Tags" IS NULL OR jsonb_typeof(t."Tags") = 'object')
      AND coalesce((t."tagMatch" ->> 1)::integer, 1) = 1`;
}
