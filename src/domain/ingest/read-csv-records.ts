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
    }),
  );
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      // FOCUS exports write NULL for "no value". (csv-parse can tell a bare NULL from a quoted
      // one only through a per-field cast callback, which triples parse time; no provider
      // quotes a literal "NULL" text, so both mean empty.)
      if (options.bareNullIsEmpty) {
        for (let index = 0; index < record.length; index += 1) if (record[index] === 'NULL') record[index] = '';
      }
      yield { line: info.lines, values: record };
    }
  } finally {
    file.destroy();
  }
}
