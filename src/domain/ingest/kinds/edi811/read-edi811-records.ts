import type { ReadRecordsOptions, SourceRecord } from '../../import-kind.js';
import { Edi811Mapper, type Edi811Output, type InvoiceFields } from './map-edi811-segments.js';
import { element, readX12SegmentBatches } from './read-x12-segments.js';

/**
 * An 811 file as the records of a CSV invoice file: first the invoice columns, then one record
 * per charge (line = its segment number), and a record per segment that cannot be mapped.
 */
export async function* readEdi811Records(
  filePath: string,
  options: ReadRecordsOptions,
  columns: readonly string[],
): AsyncGenerator<SourceRecord> {
  yield { line: 0, values: [...columns] };
  const mapper = new Edi811Mapper(options.vendor?.trim() || undefined);
  const toRecord = (output: Edi811Output): SourceRecord => {
    const values = output.fields ? columns.map((column) => output.fields[column as keyof InvoiceFields] ?? '') : [];
    if (output.problems.length === 0) return { line: output.line, values };
    return { line: output.line, values, problems: output.problems, ...(output.isFileProblem ? { isFileProblem: true } : {}) };
  };
  let lastPosition = 0;
  for await (const segments of readX12SegmentBatches(filePath, options.onBytes ? { onBytes: options.onBytes } : {})) {
    for (const segment of segments) {
      if (segment.position === 1 && (segment.tag !== 'ISA' || segment.elements.length !== 16 || element(segment, 16) === '')) {
        // Without a well-formed ISA the delimiters are unknown: nothing after it can be read.
        const reason =
          segment.tag === 'ISA'
            ? 'The ISA segment is not the fixed 106 characters X12 requires, so the delimiters cannot be read'
            : 'Not an X12 file: an 811 starts with an ISA segment (for a CSV of invoice lines use "import invoices")';
        yield { line: 1, values: [], problems: [{ line: 1, column: 'ISA', value: segment.tag.slice(0, 20), reason }], isFileProblem: true };
        return;
      }
      lastPosition = segment.position;
      for (const output of mapper.read(segment)) yield toRecord(output);
    }
  }
  for (const output of mapper.finish(lastPosition)) yield toRecord(output);
}
