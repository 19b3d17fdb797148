import { z } from 'zod';
import { identifierKey } from '../../shared/normalize.js';
import { calendarMonth, decimalText, keyText, wholeNumber } from '../fields.js';
import type { RowProblem } from '../ingest-types.js';
import type { KindImporter, ParsedRow } from '../import-kind.js';
import { rowProblem } from '../row-problems.js';
import type { CellValue } from '../insert-rows.js';
import { dateText, KeysSeenInFile, upsertRows } from '../upsert-rows.js';

const usageRow = z.object({
  identifier: keyText,
  period: calendarMonth,
  data_mb: decimalText({ precision: 18, scale: 3 }),
  voice_minutes: wholeNumber,
  messages: wholeNumber,
});

type UsageRow = z.output<typeof usageRow>;

const columns = [
  { name: 'identifier' },
  { name: 'identifierKey' },
  { name: 'period', cast: 'date' },
  { name: 'dataMb', cast: 'numeric' },
  { name: 'voiceMinutes', cast: 'integer' },
  { name: 'messages', cast: 'integer' },
];

/** Monthly usage per line; a later file for the same line and month replaces the figures. */
export function createUsageImporter(): KindImporter<UsageRow> {
  const seen = new KeysSeenInFile();
  return {
    kind: 'usage',
    requiredColumns: Object.keys(usageRow.shape),
    schema: usageRow,
    batchSize: 4000,
    async write(rows: ParsedRow<UsageRow>[], context) {
      const problems: RowProblem[] = [];
      const values: CellValue[][] = [];
      for (const { line, row } of rows) {
        const key = identifierKey(row.identifier);
        const period = dateText(row.period);
        const earlier = seen.firstLineOf(`${key}\u0000${period}`, line);
        if (earlier !== undefined) {
          problems.push(
            rowProblem(line, 'identifier', row.identifier, `This line and month appear twice in this file (also on line ${earlier})`),
          );
          continue;
        }
        values.push([row.identifier, key, period, row.data_mb, row.voice_minutes, row.messages]);
      }
      await upsertRows(context.tx, 'MobileUsage', columns, ['identifierKey', 'period'], values);
      return problems;
    },
  };
}
