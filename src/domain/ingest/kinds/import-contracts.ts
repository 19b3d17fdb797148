import { z } from 'zod';
import { calendarDate, currencyCode, keyText, optionalDecimal, requiredText, wholeNumber, yesNo } from '../fields.js';
import type { RowProblem } from '../ingest-types.js';
import type { KindImporter, ParsedRow } from '../import-kind.js';
import { rowProblem } from '../row-problems.js';
import { KeysSeenInFile } from '../upsert-rows.js';

const contractRow = z
  .object({
    contract_id: keyText,
    vendor: keyText,
    name: requiredText,
    start_date: calendarDate,
    end_date: calendarDate,
    auto_renew: yesNo,
    notice_days: wholeNumber,
    committed_annual: optionalDecimal({ precision: 18, scale: 2, isMoney: true }),
    currency: currencyCode,
  })
  .superRefine((row, context) => {
    if (row.end_date < row.start_date) {
      context.addIssue({ code: 'custom', path: ['end_date'], message: 'Is before start_date; a contract must end on or after its start' });
    }
  });

type ContractRow = z.output<typeof contractRow>;

/** Contracts, upserted by contract_id. */
export function createContractsImporter(): KindImporter<ContractRow> {
  const seen = new KeysSeenInFile();
  return {
    kind: 'contracts',
    requiredColumns: Object.keys(contractRow.shape),
    schema: contractRow,
    batchSize: 500,
    async write(rows: ParsedRow<ContractRow>[], context) {
      const problems: RowProblem[] = [];
      for (const { line, row } of rows) {
        const earlier = seen.firstLineOf(row.contract_id, line);
        if (earlier !== undefined) {
          problems.push(
            rowProblem(
              line,
              'contract_id',
              row.contract_id,
              `Appears twice in this file (also on line ${earlier}); keep one row per contract`,
            ),
          );
          continue;
        }
        const data = {
          vendorId: await context.references.vendorId(row.vendor, 'telecom'),
          name: row.name,
          startDate: row.start_date,
          endDate: row.end_date,
          autoRenew: row.auto_renew,
          noticeDays: row.notice_days,
          committedAnnual: row.committed_annual,
          currency: row.currency,
        };
        await context.tx.contract.upsert({
          where: { externalId: row.contract_id },
          create: { externalId: row.contract_id, ...data },
          update: data,
        });
      }
      return problems;
    },
  };
}
