import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { stringify } from 'csv-stringify';

/** `<input>.rejects.csv` beside the input: the original columns plus the line and the reason. */
export class RejectsFile {
  private output: ReturnType<typeof stringify> | undefined;
  private file: ReturnType<typeof createWriteStream> | undefined;
  private written = 0;

  constructor(
    readonly path: string,
    private readonly header: string[],
  ) {}

  write(values: string[], line: number, reason: string): void {
    if (!this.output) {
      this.output = stringify({ header: true, columns: [...this.header, 'line', 'reason'] });
      this.file = createWriteStream(this.path);
      this.output.pipe(this.file);
    }
    const padded = this.header.map((_, index) => values[index] ?? '');
    this.output.write([...padded, String(line), reason]);
    this.written += 1;
  }

  get rowCount(): number {
    return this.written;
  }

  async close(): Promise<void> {
    if (!this.output) return;
    this.output.end();
    if (this.file) await finished(this.file);
  }
}
