import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { CsvRecordScanner } from './csv-record-scanner.js';

export interface CsvCopyInput {
  /** Qualified table name, from code (never from a file). */
  table: string;
  /** Columns in the file's order, from code. */
  columns: readonly string[];
  filePath: string;
  /** Bytes read and records seen so far (the header counts), for progress bars. */
  onProgress?: (progress: { bytesRead: number; records: number }) => void;
}

export interface CsvCopyResult {
  /** Data records PostgreSQL stored. */
  rowsCopied: number;
  /** Data records in the file by the scanner's count; differs from rowsCopied when COPY stopped early. */
  recordsInFile: number;
}

/**
 * Bulk-loads a CSV file with a header line through COPY, outside any transaction (the caller owns
 * the table and drops it). A malformed file makes COPY fail with PostgreSQL's own error.
 */
export type CsvCopier = (input: CsvCopyInput) => Promise<CsvCopyResult>;

/** Large reads: COPY's speed is in parsing, not in the number of syscalls. */
const readChunkBytes = 4 << 20;

function copyStatement(input: CsvCopyInput, source: string, header: boolean): string {
  const columns = input.columns.map((column) => `"${column}"`).join(', ');
  return `COPY ${input.table} (${columns}) FROM ${source} WITH (FORMAT csv${header ? ', HEADER true' : ''})`;
}

/** A PostgreSQL server: the file is streamed to COPY … FROM STDIN on its own connection. */
export function copyCsvThroughServer(connectionString: string): CsvCopier {
  return async (input) => {
    const client = new pg.Client({ connectionString });
    await client.connect();
    try {
      const scanner = new CsvRecordScanner();
      let bytesRead = 0;
      const counting = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          scanner.scan(chunk);
          bytesRead += chunk.length;
          input.onProgress?.({ bytesRead, records: scanner.records });
          done(null, chunk);
        },
      });
      const copy = client.query(copyFrom(copyStatement(input, 'STDIN', true)));
      await pipeline(createReadStream(input.filePath, { highWaterMark: readChunkBytes }), counting, copy);
      return { rowsCopied: copy.rowCount, recordsInFile: Math.max(0, scanner.records - 1) };
    } finally {
      await client.end();
    }
  };
}

/**
 * Embedded PGlite reads COPY data from a Blob held in memory, so the file goes in pieces cut at
 * record ends (a few MB each): memory stays flat whatever the file's size.
 */
export function copyCsvThroughPglite(pglite: PGlite): CsvCopier {
  return async (input) => {
    const scanner = new CsvRecordScanner();
    let carried: Buffer = Buffer.alloc(0);
    let isFirstPiece = true;
    let rowsCopied = 0;
    let bytesRead = 0;
    const copyPiece = async (piece: Buffer) => {
      if (piece.length === 0) return;
      const result = await pglite.query(copyStatement(input, `'/dev/blob'`, isFirstPiece), [], { blob: new Blob([piece]) });
      isFirstPiece = false;
      rowsCopied += result.affectedRows ?? 0;
    };
    for await (const chunk of createReadStream(input.filePath, { highWaterMark: readChunkBytes }) as AsyncIterable<Buffer>) {
      bytesRead += chunk.length;
      const end = scanner.scan(chunk);
      if (end === 0) {
        carried = Buffer.concat([carried, chunk]);
        continue;
      }
      await copyPiece(Buffer.concat([carried, chunk.subarray(0, end)]));
      carried = chunk.subarray(end);
      input.onProgress?.({ bytesRead, records: scanner.records });
    }
    await copyPiece(carried);
    input.onProgress?.({ bytesRead, records: scanner.records });
    return { rowsCopied, recordsInFile: Math.max(0, scanner.records - 1) };
  };
}
