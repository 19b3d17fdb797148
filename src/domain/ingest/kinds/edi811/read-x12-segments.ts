import { createReadStream } from 'node:fs';
import { X12parser, type FormattedSegment } from 'x12-parser';

/** One segment of an X12 file, as x12-parser splits it (ADR 0007: no splitting of our own). */
export interface X12Segment {
  /** 1-based position in the file: the ISA is segment 1. */
  position: number;
  tag: string;
  /** Element values, index 0 = element 01; a composite is joined back with the file's component separator. */
  elements: string[];
}

/** Element `number` (1-based, as X12 names them: BIG02 is element(segment, 2)), '' when absent. */
export function element(segment: X12Segment, number: number): string {
  return segment.elements[number - 1] ?? '';
}

/** The segment as X12 text, for reports. */
export function segmentText(segment: X12Segment): string {
  return [segment.tag, ...segment.elements].join('*').replace(/\*+$/, '');
}

/**
 * Streams the segments of an X12 file (never the whole file in memory): bytes → x12-parser's
 * Transform, which finds the delimiters in the ISA and splits segments and elements. Segments
 * come in batches (what the parser gave since the last one, at most ~10,000), so the caller pays
 * one await per batch, not per segment; the parser is paused while a batch waits.
 */
export async function* readX12SegmentBatches(
  filePath: string,
  options: { onBytes?: (bytesRead: number) => void } = {},
): AsyncGenerator<X12Segment[]> {
  // 64 KiB reads (the default): x12-parser splits each chunk as one string, and measured faster on small ones than on 1 MiB.
  const file = createReadStream(filePath);
  let bytesRead = 0;
  file.on('data', (chunk) => {
    bytesRead += chunk.length;
    options.onBytes?.(bytesRead);
  });
  const parser = new X12parser('utf8');
  let position = 0;
  let componentSeparator = '';
  let batch: X12Segment[] = [];
  let isDone = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  parser.on('data', (formatted: FormattedSegment) => {
    // Line breaks after the segment terminator come through as nameless segments.
    if (formatted.name === '') return;
    position += 1;
    const segment = toSegment(formatted, position, componentSeparator);
    if (segment.tag === 'ISA') componentSeparator = element(segment, 16);
    batch.push(segment);
    if (batch.length >= maximumBatch) parser.pause();
    wake?.();
  });
  parser.on('end', () => {
    isDone = true;
    wake?.();
  });
  const fail = (error: Error) => {
    failure = error;
    wake?.();
  };
  parser.on('error', fail);
  file.on('error', fail);
  file.pipe(parser);
  try {
    for (;;) {
      if (failure) throw failure;
      if (batch.length > 0) {
        const ready = batch;
        batch = [];
        yield ready;
        parser.resume();
        continue;
      }
      if (isDone) return;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
  } finally {
    file.destroy();
    parser.destroy();
  }
}

const maximumBatch = 10_000;

/**
 * x12-parser names element n "n" and its further components "n-1", "n-2", … (added in that order);
 * components are joined back. One pass over the keys: this runs for every segment of the file.
 */
function toSegment(formatted: FormattedSegment, position: number, componentSeparator: string): X12Segment {
  const elements: string[] = [];
  let hasComponents = false;
  for (const key in formatted) {
    const first = key.charCodeAt(0);
    if (first < 48 || first > 57) continue; // "name"
    if (key.includes('-')) hasComponents = true;
    else elements[Number(key) - 1] = formatted[key] ?? '';
  }
  if (hasComponents) {
    for (const key in formatted) {
      const dash = key.indexOf('-');
      if (dash > 0) elements[Number(key.slice(0, dash)) - 1] += componentSeparator + (formatted[key] ?? '');
    }
  }
  return { position, tag: formatted.name, elements };
}
