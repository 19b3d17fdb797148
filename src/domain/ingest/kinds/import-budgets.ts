import { z } from 'zod';
import { calendarMonth, currencyCode, decimalText, keyText } from '../fields.js';
import type { RowProblem } from '../ingest-types.js';
import type { KindImporter, ParsedRow } from '../import-kind.js';
import { rowProblem } from '../row-problems.js';
import type { CellValue } from '../insert-rows.js';
import { dateText, KeysSeenInFile, upsertRows } from '../upsert-rows.js';

const budgetRow = z.object({
  cost_center: keyText,
  month: calendarMonth,
  amount: decimalText({ precision: 18, scale: 2, isMoney: true }),
  /** optional column: the budget's currency, USD when absent or empty (as invoices and inventory) */
  currency: currencyCode,
});

type BudgetRow = z.output<typeof budgetRow>;

const columns = [
  { name: 'costCenterId', cast: 'integer' },
  { name: 'month', cast: 'date' },
  { name: 'amount', cast: 'numeric' },
  { name: 'currency' },
];

/** Monthly budgets per cost center; a later file for the same cost center and month replaces the amount. */
export function createBudgetsImporter(): KindImporter<BudgetRow> {
  const seen = new KeysSeenInFile();
  return {
    kind: 'budgets',
    requiredColumns: Object.keys(budgetRow.shape).filter((column) => column !== 'currency'),
    knownColumns: Object.keys(budgetRow.shape),
    schema: budgetRow,
    batchSize: 4000,
    async write(rows: ParsedRow<BudgetRow>[], context) {
      const problems: RowProblem[] = [];
      const values: CellValue[][] = [];
      for (const { line, row } of rows) {
        const costCenterId = await context.references.costCenterId(row.cost_center);
        if (costCenterId === undefined) {
          problems.push(
            rowProblem(line, 'cost_center', row.cost_center, 'No cost center has this code; import cost centers first or correct the code'),
          );
          continue;
        }
        const month = dateText(row.month);
        const earlier = seen.firstLineOf(`${costCenterId}\u0000${month}`, line);
        if (earlier !== undefined) {
          problems.push(
            rowProblem(line, 'month', month ?? '', `This cost center and month appear twice in this file (also on line ${earlier})`),
          );
          continue;
        }
        values.push([costCenterId, month, row.amount, row.currency]);
      }
      await upsertRows(context.tx, 'Budget', columns, ['costCenterId', 'month'], values);
      return problems;
    },
  };
}
