import { z } from 'zod';
import { keyText, optionalKeyText, requiredText } from '../fields.js';
import type { RowProblem } from '../ingest-types.js';
import type { KindImporter, ParsedRow } from '../import-kind.js';
import { rowProblem } from '../row-problems.js';
import { KeysSeenInFile } from '../upsert-rows.js';

const costCenterRow = z.object({
  code: keyText,
  name: requiredText,
  parent: optionalKeyText,
  owner: z
    .string()
    .trim()
    .transform((value) => (value === '' ? null : value))
    .pipe(z.union([z.null(), z.email('Must be an e-mail address (the owner approves changes), e.g. jane.doe@example.com')])),
});

type CostCenterRow = z.output<typeof costCenterRow>;

/**
 * The cost-center tree, upserted by code. Two passes: codes first, parents after the last row,
 * so a parent may appear after its child in the file.
 */
export function createCostCentersImporter(): KindImporter<CostCenterRow> {
  const seen = new KeysSeenInFile();
  const parents: { line: number; code: string; parent: string | null }[] = [];
  return {
    kind: 'cost-centers',
    requiredColumns: Object.keys(costCenterRow.shape),
    schema: costCenterRow,
    batchSize: 500,
    async write(rows: ParsedRow<CostCenterRow>[], context) {
      const problems: RowProblem[] = [];
      for (const { line, row } of rows) {
        const earlier = seen.firstLineOf(row.code.toLowerCase(), line);
        if (earlier !== undefined) {
          problems.push(
            rowProblem(line, 'code', row.code, `Appears twice in this file (also on line ${earlier}); keep one row per cost center`),
          );
          continue;
        }
        const existing = await context.tx.costCenter.findFirst({
          where: { code: { equals: row.code, mode: 'insensitive' } },
          select: { id: true },
        });
        const data = { name: row.name, owner: row.owner };
        if (existing) await context.tx.costCenter.update({ where: { id: existing.id }, data });
        else await context.tx.costCenter.create({ data: { code: row.code, ...data } });
        parents.push({ line, code: row.code, parent: row.parent });
      }
      return problems;
    },
    async finish(context) {
      const problems: RowProblem[] = [];
      const all = await context.tx.costCenter.findMany({ select: { id: true, code: true, parentId: true } });
      const idByCode = new Map(all.map((costCenter) => [costCenter.code.toLowerCase(), costCenter.id]));
      const parentOf = new Map(all.map((costCenter) => [costCenter.id, costCenter.parentId]));
      const assignments: { line: number; id: number; parentId: number | null; parent: string }[] = [];
      for (const { line, code, parent } of parents) {
        const id = idByCode.get(code.toLowerCase()) as number;
        const parentId = parent === null ? null : idByCode.get(parent.toLowerCase());
        if (parentId === undefined) {
          problems.push(
            rowProblem(
              line,
              'parent',
              parent ?? '',
              'No cost center has this code (in this file or already imported); correct the parent code',
            ),
          );
          continue;
        }
        parentOf.set(id, parentId);
        assignments.push({ line, id, parentId, parent: parent ?? '' });
      }
      for (const assignment of assignments) {
        if (leadsBackTo(assignment.id, parentOf)) {
          problems.push(
            rowProblem(
              assignment.line,
              'parent',
              assignment.parent,
              'Makes the cost-center tree circular (a cost center would be its own ancestor)',
            ),
          );
          continue;
        }
        await context.tx.costCenter.update({ where: { id: assignment.id }, data: { parentId: assignment.parentId } });
      }
      return problems;
    },
  };
}

function leadsBackTo(id: number, parentOf: Map<number, number | null>): boolean {
  let current = parentOf.get(id) ?? null;
  for (let steps = 0; current !== null && steps <= parentOf.size; steps += 1) {
    if (current === id) return true;
    current = parentOf.get(current) ?? null;
  }
  return false;
}
