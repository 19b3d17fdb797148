import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';

export interface CsvRecord {
  /** 1-based line of the record in the file; the header is line 1. */
  line: number;
  values: string[];
}

/**
 * Streams a CSV file record by record (never the whole file in memory). The caller awaits
 * between records, so a slow database write pauses the read instead of buffering the file.
 */
export async function* readCsvRecords(
  filePath: string,
  options: { bareNullIsEmpty: boolean; onBytes?: (bytesRead: number) => void },
): AsyncGenerator<CsvRecord> {
  const file = createReadStream(filePath, { highWaterMark: 1 << 20 });
  let bytesRead = 0;
  file.on('data', (chunk) => {
    bytesRead += chunk.length;
    options.onBytes?.(bytesRead);
  });
  const parser = file.pipe(
    parse({
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      // FOCUS exports write a bare NULL for "no value"; a quoted "NULL" stays text.
      cast: options.bareNullIsEmpty ? (value, context) => (!context.quoting && value === 'NULL' ? '' : value) : false,
    }),
  );
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { line: info.lines, values: record };
    }
  } finally {
    file.destroy();
  }
}
