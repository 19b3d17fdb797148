import { createReadStream, createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify';

/**
 * Writes a larger FOCUS file from a real export by repeating its rows; each copy gets its own
 * billing accounts (suffix "-<copy>") so every copy is a separate billing period to import.
 * Returns the number of data rows written.
 */
export async function generateFocusFile(input: { samplePath: string; outputPath: string; rows: number }): Promise<number> {
  const sample: string[][] = [];
  for await (const record of createReadStream(input.samplePath).pipe(parse()) as AsyncIterable<string[]>) sample.push(record);
  const [header, ...rows] = sample;
  if (!header || rows.length === 0) throw new Error(`${input.samplePath} has no rows`);
  const accountIndex = header.indexOf('BillingAccountId');
  const output = createWriteStream(input.outputPath);
  const writer = stringify();
  writer.pipe(output);
  writer.write(header);
  for (let index = 0; index < input.rows; index += 1) {
    const copy = Math.floor(index / rows.length);
    const row = [...(rows[index % rows.length] as string[])];
    row[accountIndex] = `${row[accountIndex]}-${copy}`;
    if (!writer.write(row)) await new Promise((resolve) => writer.once('drain', resolve));
  }
  writer.end();
  await finished(output);
  return input.rows;
}
