import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';

const flushAtCharacters = 256 * 1024;

/** Quotes a cell only when it must (comma, quote, newline), as spreadsheets write CSV. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes a CSV file row by row in bounded chunks, so a large demo file never sits in memory
 * as one string.
 */
export class CsvFileWriter {
  private buffer: string[] = [];
  private bufferedCharacters = 0;
  rowCount = 0;

  private constructor(
    private readonly handle: FileHandle,
    readonly path: string,
  ) {}

  static async create(path: string, header: readonly string[]): Promise<CsvFileWriter> {
    const writer = new CsvFileWriter(await open(path, 'w'), path);
    writer.push(header.map(csvCell).join(','));
    return writer;
  }

  async row(values: readonly (string | number | boolean | null | undefined)[]): Promise<void> {
    this.push(values.map(csvCell).join(','));
    this.rowCount++;
    if (this.bufferedCharacters >= flushAtCharacters) await this.flush();
  }

  async close(): Promise<void> {
    await this.flush();
    await this.handle.close();
  }

  private push(line: string): void {
    this.buffer.push(line + '\n');
    this.bufferedCharacters += line.length + 1;
  }

  private async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.bufferedCharacters = 0;
    await this.handle.write(chunk);
  }
}
