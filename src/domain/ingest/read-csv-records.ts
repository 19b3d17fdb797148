import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import type { TransformCallback } from 'node:stream';
import { parse } from 'csv-parse';

export interface CsvRecord {
  /** 1-based line of the record in the file; the header is line 1. */
  line: number;
  values: string[];
  /**
   * Set when the parser could not read this record (a stray or unclosed quote): `values` is then
   * empty and `columnIndex` is the field where it gave up.
   */
  parseProblem?: { columnIndex: number | undefined; reason: string };
}

/** The file cannot be read as text at all: it is rejected whole, whatever --skip-invalid says. */
export class UnreadableFile extends Error {
  constructor(
    readonly line: number,
    reason: string,
  ) {
    super(reason);
  }
}

/**
 * Streams a CSV file record by record (never the whole file in memory). The caller awaits
 * between records, so a slow database write pauses the read instead of buffering the file.
 * Bytes that are not UTF-8 end the read with UnreadableFile (never a silent U+FFFD); a record
 * the parser cannot read is yielded with its problem and the read goes on.
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
  // Parser problems arrive while the parser runs ahead of this loop; each waits until the
  // records parsed before it have been yielded, and starts on the line after the last of them.
  const parseErrors: ParseError[] = [];
  const utf8 = new Utf8Check();
  const parser = file.pipe(utf8).pipe(
    parse({
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        if (error) {
          parseErrors.push({
            code: error.code,
            line: numberOrUndefined(error.lines),
            afterRecords: numberOrUndefined(error.records) ?? 0,
            index: numberOrUndefined(error.index),
          });
        }
        return undefined;
      },
    }),
  );
  utf8.on('error', (error) => parser.destroy(error));
  file.on('error', (error) => parser.destroy(error));
  let recordsYielded = 0;
  let lastLine = 0;
  const problemsDue = function* (isEnd: boolean): Generator<CsvRecord> {
    while (parseErrors.length > 0 && (isEnd || parseErrors[0]!.afterRecords <= recordsYielded)) {
      const problem = describeParseError(parseErrors.shift()!, lastLine);
      lastLine = Math.max(lastLine, problem.endLine);
      yield problem.record;
    }
  };
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield* problemsDue(false);
      // FOCUS exports write NULL for "no value". (csv-parse can tell a bare NULL from a quoted
      // one only through a per-field cast callback, which triples parse time; no provider
      // quotes a literal "NULL" text, so both mean empty.)
      if (options.bareNullIsEmpty) {
        for (let index = 0; index < record.length; index += 1) if (record[index] === 'NULL') record[index] = '';
      }
      recordsYielded += 1;
      lastLine = info.lines;
      yield { line: info.lines, values: record };
    }
    yield* problemsDue(true);
  } finally {
    file.destroy();
  }
}

const numberOrUndefined = (value: unknown) => (typeof value === 'number' ? value : undefined);

interface ParseError {
  code: string;
  /** The line the parser was on when it gave up. */
  line: number | undefined;
  /** Records (the header included) parsed before it. */
  afterRecords: number;
  /** The field it gave up in. */
  index: number | undefined;
}

/** A parser error as a row problem: the line its record starts on, which field, in words. */
function describeParseError(error: ParseError, lastLine: number): { record: CsvRecord; endLine: number } {
  const startLine = lastLine + 1;
  const endLine = error.line ?? startLine;
  const reasons: Record<string, string> = {
    CSV_QUOTE_NOT_CLOSED: `Unclosed quote: the quoted value that starts here runs to the end of the file (line ${endLine}); add the closing quote`,
    INVALID_OPENING_QUOTE: 'Stray quote inside a value: a value with a quote must be quoted whole, with the quote doubled ("5"" screen")',
    CSV_INVALID_CLOSING_QUOTE: 'Stray quote: a quoted value must end with the quote right before the comma or the end of the line',
  };
  const reason = reasons[error.code] ?? `The line cannot be read as CSV (${error.code})`;
  const line = error.code === 'CSV_QUOTE_NOT_CLOSED' ? startLine : endLine;
  return { record: { line, values: [], parseProblem: { columnIndex: error.index, reason } }, endLine };
}

/**
 * Passes bytes through unchanged and fails on the first byte sequence that is not UTF-8, naming
 * its line and byte. Checked a chunk at a time natively (node:buffer isUtf8); a character split
 * between two chunks is carried over.
 */
class Utf8Check extends Transform {
  private carry = Buffer.alloc(0);
  private linesBefore = 0;
  private bytesBefore = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const complete = bytes.length - incompleteTailLength(bytes);
    const checked = bytes.subarray(0, complete);
    if (!isUtf8(checked)) {
      callback(this.failure(checked, firstInvalidByte(checked)));
      return;
    }
    this.linesBefore += countNewlines(checked);
    this.bytesBefore += complete;
    this.carry = Buffer.from(bytes.subarray(complete));
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    if (this.carry.length > 0) callback(this.failure(this.carry, 0));
    else callback();
  }

  private failure(bytes: Buffer, position: number): UnreadableFile {
    const line = this.linesBefore + countNewlines(bytes.subarray(0, position)) + 1;
    const byte = this.bytesBefore + position + 1;
    const isUtf16 =
      this.bytesBefore === 0 && bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
    const advice = isUtf16
      ? 'the file is UTF-16; save it as "CSV UTF-8"'
      : `it is not UTF-8 (byte 0x${(bytes[position] ?? 0).toString(16).padStart(2, '0')}, e.g. an "é" saved as Latin-1 or Windows-1252); save the file as "CSV UTF-8" and import it again`;
    return new UnreadableFile(line, `Byte ${byte.toLocaleString('en-US')} on line ${line} cannot be read: ${advice}`);
  }
}

/** Bytes at the end that start a character the next chunk completes (0 to 3). */
function incompleteTailLength(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back += 1) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const expected = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return expected > back ? back : 0;
  }
  return 0;
}

/** Position of the first byte that does not belong to a well-formed UTF-8 character (only on the failure path). */
function firstInvalidByte(bytes: Buffer): number {
  let position = 0;
  while (position < bytes.length) {
    const byte = bytes[position]!;
    const length =
      byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0 || position + length > bytes.length || !isUtf8(bytes.subarray(position, position + length))) return position;
    position += length;
  }
  return bytes.length;
}

function countNewlines(bytes: Buffer): number {
  let count = 0;
  for (let index = bytes.indexOf(10); index !== -1; index = bytes.indexOf(10, index + 1)) count += 1;
  return count;
}
