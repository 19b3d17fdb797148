import { z } from 'zod';
import { nameKey } from '../../shared/normalize.js';
import { caseInsensitiveEnum, keyList, keyText } from '../fields.js';
import type { RowProblem } from '../ingest-types.js';
import type { KindImporter, ParsedRow } from '../import-kind.js';
import { rowProblem } from '../row-problems.js';
import { KeysSeenInFile } from '../upsert-rows.js';

const vendorRow = z.object({
  name: keyText,
  domain: caseInsensitiveEnum(['telecom', 'mobility', 'cloud', 'saas']),
  aliases: keyList.transform((aliases) => aliases.filter((alias) => nameKey(alias) !== '')),
});

type VendorRow = z.output<typeof vendorRow>;

/** Vendors and their aliases; the domain given here wins over the one inferred from other files. */
export function createVendorsImporter(): KindImporter<VendorRow> {
  const seen = new KeysSeenInFile();
  return {
    kind: 'vendors',
    requiredColumns: Object.keys(vendorRow.shape),
    schema: vendorRow,
    batchSize: 500,
    async write(rows: ParsedRow<VendorRow>[], context) {
      const problems: RowProblem[] = [];
      for (const { line, row } of rows) {
        const earlier = seen.firstLineOf(nameKey(row.name), line);
        if (earlier !== undefined) {
          problems.push(rowProblem(line, 'name', row.name, `The same vendor appears twice in this file (also on line ${earlier})`));
          continue;
        }
        const vendorId = await context.references.vendorId(row.name, row.domain);
        const taken: string[] = [];
        const newAliasKeys = new Set<string>();
        for (const alias of row.aliases) {
          const aliasKey = nameKey(alias);
          const owner = await context.references.findVendorId(aliasKey);
          if (owner === undefined) newAliasKeys.add(aliasKey);
          else if (owner !== vendorId) taken.push(alias);
        }
        if (taken.length > 0) {
          problems.push(
            rowProblem(
              line,
              'aliases',
              taken.join(';'),
              'Already the name or alias of another vendor; an alias can point to one vendor only',
            ),
          );
          continue;
        }
        await context.tx.vendorAlias.createMany({ data: [...newAliasKeys].map((key) => ({ key, vendorId })) });
        await context.tx.vendor.update({ where: { id: vendorId }, data: { domain: row.domain } });
      }
      return problems;
    },
  };
}
