import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readX12SegmentBatches } from '../../src/domain/ingest/kinds/edi811/read-x12-segments.js';

describe('reading X12 segments from a stream', () => {
  it('gives every segment once and whole across read chunks, whatever the line breaks', async () => {
    // ~3 MB: segments straddle the 64 KiB read chunks at many offsets (a streaming parser that
    // kept a stale partial segment at a chunk edge would duplicate or glue segments).
    const isa = 'ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *261101*1200*U*00401*000000001*0*P*>';
    const body: string[] = ['GS*CI*SENDER*RECEIVER*20261101*1200*1*X*004010', 'ST*811*0001'];
    for (let index = 0; index < 60_000; index += 1) body.push(`IT1*${index}*${index % 7}*EA*${(index % 997) + 0.25}**C3*MRC>X`);
    body.push(`SE*${body.length}*0001`, 'GE*1*1', 'IEA*1*000000001');
    const folder = await mkdtemp(path.join(tmpdir(), 'ledgerline-x12-'));
    for (const lineBreak of ['', '\n', '\r\n']) {
      const filePath = path.join(folder, `segments${lineBreak.length}.x12`);
      await writeFile(filePath, [isa, ...body].map((segment) => segment + '~' + lineBreak).join(''));
      const read: string[] = [];
      let lastPosition = 0;
      for await (const segments of readX12SegmentBatches(filePath)) {
        for (const segment of segments) {
          read.push([segment.tag, ...segment.elements].join('*'));
          lastPosition = segment.position;
        }
      }
      expect(lastPosition).toBe(body.length + 1);
      expect(read.slice(1)).toEqual(body);
    }
  }, 60_000);
});
