import { createWriteStream } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { Stringifier } from 'csv-stringify';

type Cell = string | number | boolean | null | undefined;

/**
 * Writes a CSV file row by row through csv-stringify, as spreadsheets write CSV: a cell is quoted
 * only when it must be (comma, quote, line break), an empty or missing one is empty, `true` is
 * written "true". Rows stream to the file and a write waits while the file falls behind, so a
 * large demo file never sits in memory.
 */
export class CsvFileWriter {
  rowCount = 0;

  private constructor(
    private readonly output: Stringifier,
    private readonly file: WriteStream,
    readonly path: string,
  ) {}

  static async create(path: string, header: readonly string[]): Promise<CsvFileWriter> {
    const output = stringify({ cast: { boolean: (value) => String(value) } });
    const file = createWriteStream(path);
    output.pipe(file);
    await once(file, 'open');
    const writer = new CsvFileWriter(output, file, path);
    await writer.write(header);
    return writer;
  }

  async row(values: readonly Cell[]): Promise<void> {
    await this.write(values);
    this.rowCount++;
  }

  async close(): Promise<void> {
    this.output.end();
    await finished(this.file);
  }

  private async write(values: readonly Cell[]): Promise<void> {
    if (!this.output.write(values)) await once(this.output, 'drain');
  }
}
