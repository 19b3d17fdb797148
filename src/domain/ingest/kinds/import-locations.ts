import { z } from 'zod';
import { nameKey } from '../../shared/normalize.js';
import { keyText, optionalText } from '../fields.js';
import type { RowProblem } from '../ingest-types.js';
import type { KindImporter, ParsedRow } from '../import-kind.js';
import { rowProblem } from '../row-problems.js';
import { KeysSeenInFile } from '../upsert-rows.js';

const locationRow = z.object({ name: keyText, city: optionalText, country: optionalText });

type LocationRow = z.output<typeof locationRow>;

/** Sites, upserted by name (case and punctuation ignored). */
export function createLocationsImporter(): KindImporter<LocationRow> {
  const seen = new KeysSeenInFile();
  return {
    kind: 'locations',
    requiredColumns: Object.keys(locationRow.shape),
    schema: locationRow,
    batchSize: 500,
    async write(rows: ParsedRow<LocationRow>[], context) {
      const problems: RowProblem[] = [];
      for (const { line, row } of rows) {
        const key = nameKey(row.name);
        const earlier = seen.firstLineOf(key, line);
        if (earlier !== undefined) {
          problems.push(rowProblem(line, 'name', row.name, `The same location appears twice in this file (also on line ${earlier})`));
          continue;
        }
        await context.tx.location.upsert({
          where: { key },
          create: { key, name: row.name, city: row.city, country: row.country },
          update: { city: row.city, country: row.country },
        });
      }
      return problems;
    },
  };
}
