import { open } from 'node:fs/promises';
import type { ImportKind } from '../ingest-types.js';
import { importKinds } from '../ingest-types.js';
import { importers } from '../importers.js';
import { readCsvRecords, UnreadableFile } from '../read-csv-records.js';

export type DetectedKind = { ok: true; kind: ImportKind } | { ok: false; reason: string };

/** Enough bytes to find an ISA segment after a BOM or blank lines. */
const sniffBytes = 4096;

/**
 * Which import a file is, from its content, never from its name: an X12 interchange (ISA first)
 * is an 811; a CSV is the kind whose required columns its header holds — the kind needing the
 * most of them when several fit (an invoices header also names a vendor).
 */
export async function detectImportKind(filePath: string): Promise<DetectedKind> {
  const handle = await open(filePath, 'r');
  let head: string;
  try {
    const buffer = Buffer.alloc(sniffBytes);
    const { bytesRead } = await handle.read(buffer, 0, sniffBytes, 0);
    head = buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
  const start = head.replace(/^\uFEFF/, '').trimStart();
  if (start === '') return { ok: false, reason: 'The file is empty.' };
  if (start.startsWith('ISA')) return { ok: true, kind: 'edi811' };

  let header: string[] | undefined;
  try {
    for await (const record of readCsvRecords(filePath, { bareNullIsEmpty: false })) {
      header = record.values;
      break;
    }
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    return { ok: false, reason: `It is not a text file I can read (${error.message}).` };
  }
  if (!header || header.length < 2) {
    return { ok: false, reason: 'Its first line is not a CSV header, and it does not start with ISA as an EDI 811 bill does.' };
  }
  const present = new Set(header.map((name) => name.trim().toLowerCase()));
  const has = (column: string) => present.has(column.toLowerCase());
  let best: { kind: ImportKind; columns: number } | undefined;
  for (const kind of importKinds) {
    if (kind === 'edi811') continue;
    const importer = importers[kind]();
    const fits = importer.requiredColumns.every(has) && (importer.oneOfColumns ?? []).every((group) => group.some(has));
    if (fits && (!best || importer.requiredColumns.length > best.columns)) best = { kind, columns: importer.requiredColumns.length };
  }
  if (best) return { ok: true, kind: best.kind };
  const shown = header.slice(0, 8).join(',') + (header.length > 8 ? ',…' : '');
  return { ok: false, reason: `Its header (${shown}) matches no import kind; the columns of each kind are in the README's import table.` };
}
