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
 * Transform, which finds the delimiters in the ISA and splits segments and elements. The caller
 * awaits between segments, so a slow database write pauses the read.
 */
export async function* readX12Segments(filePath: string, options: { onBytes?: (bytesRead: number) => void } = {}): AsyncGenerator<X12Segment> {
  const file = createReadStream(filePath, { highWaterMark: 1 << 20 });
  let bytesRead = 0;
  file.on('data', (chunk) => {
    bytesRead += chunk.length;
    options.onBytes?.(bytesRead);
  });
  const parser = new X12parser('utf8');
  file.on('error', (error) => parser.destroy(error));
  file.pipe(parser);
  let position = 0;
  let componentSeparator = '';
  try {
    for await (const formatted of parser as AsyncIterable<FormattedSegment>) {
      // Line breaks after the segment terminator come through as nameless segments.
      if (formatted.name === '') continue;
      position += 1;
      const segment = toSegment(formatted, position, componentSeparator);
      if (segment.tag === 'ISA') componentSeparator = element(segment, 16);
      yield segment;
    }
  } finally {
    file.destroy();
    parser.destroy();
  }
}

/** x12-parser names element n "n" and its further components "n-1", "n-2", …; they are joined back. */
function toSegment(formatted: FormattedSegment, position: number, componentSeparator: string): X12Segment {
  const elements: string[] = [];
  for (let number = 1; formatted[String(number)] !== undefined; number += 1) {
    const components = [formatted[String(number)] ?? ''];
    for (let component = 1; formatted[`${number}-${component}`] !== undefined; component += 1) components.push(formatted[`${number}-${component}`] ?? '');
    elements.push(components.join(componentSeparator));
  }
  return { position, tag: formatted.name, elements };
}
