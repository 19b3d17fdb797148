import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import type { TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { LedgerlineError } from '../../../errors.js';

/**
 * Where a dropped file waits for its import: a folder of its own per platform file id (two people
 * may drop two files of one name), under the chat-imports folder.
 */
export function chatFilePath(folder: string, file: { fileKey: string; fileName: string }): string {
  return path.resolve(folder, file.fileKey.replace(/[^\w.-]/g, '_'), safeFileName(file.fileName));
}

/** A name safe to use as a file name: no folders, no leading dots, printable. */
function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .replace(/[^\w.\- ()&+,]/g, '_')
    .replace(/^\.+/, '')
    .slice(0, 120)
    .trim();
  return cleaned === '' ? 'upload' : cleaned;
}

class SizeLimit extends Transform {
  bytes = 0;
  constructor(private readonly maximumBytes: number) {
    super();
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.maximumBytes) {
      callback(
        new LedgerlineError('INVALID_INPUT', `The file is larger than ${formatMegabytes(this.maximumBytes)}, the most I import from chat.`),
      );
      return;
    }
    callback(null, chunk);
  }
}

function formatMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return `${megabytes >= 10 ? Math.round(megabytes) : megabytes.toFixed(1)} MB`;
}

/**
 * Streams a download to a file, chunk by chunk — a 200 MB bill never sits in memory — and stops
 * at the size limit, deleting what was written. Returns the bytes written.
 */
export async function saveChatFile(input: { body: AsyncIterable<Uint8Array>; filePath: string; maximumBytes: number }): Promise<number> {
  await mkdir(path.dirname(input.filePath), { recursive: true });
  const limit = new SizeLimit(input.maximumBytes);
  try {
    await pipeline(input.body, limit, createWriteStream(input.filePath));
  } catch (error) {
    await rm(input.filePath, { force: true });
    throw error;
  }
  return limit.bytes;
}
