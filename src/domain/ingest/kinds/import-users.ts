import { z } from 'zod';
import { caseInsensitiveEnum, keyList, maximumKeyLength, optionalKeyText, requiredText } from '../fields.js';
import type { RowProblem } from '../ingest-types.js';
import type { KindImporter, ParsedRow } from '../import-kind.js';
import { rowProblem } from '../row-problems.js';
import { KeysSeenInFile } from '../upsert-rows.js';

const userRow = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(maximumKeyLength, `Too long: at most ${maximumKeyLength} characters`)
    .pipe(z.email('Must be an e-mail address, e.g. jane.doe@example.com')),
  name: requiredText,
  slack_user_id: optionalKeyText,
  teams_user_id: optionalKeyText,
  role: caseInsensitiveEnum(['viewer', 'requester', 'approver', 'admin']),
  cost_centers: keyList,
});

type UserRow = z.output<typeof userRow>;

/** People and what they may see: upserted by e-mail; cost_centers is ;-separated codes or * for all. */
export function createUsersImporter(): KindImporter<UserRow> {
  const seen = new KeysSeenInFile();
  return {
    kind: 'users',
    requiredColumns: Object.keys(userRow.shape),
    schema: userRow,
    batchSize: 500,
    async write(rows: ParsedRow<UserRow>[], context) {
      const problems: RowProblem[] = [];
      for (const { line, row } of rows) {
        const earlier = seen.firstLineOf(row.email, line);
        if (earlier !== undefined) {
          problems.push(
            rowProblem(line, 'email', row.email, `Appears twice in this file (also on line ${earlier}); keep one row per person`),
          );
          continue;
        }
        const codes: string[] = [];
        const unknown: string[] = [];
        for (const code of row.cost_centers) {
          if (code === '*') codes.push('*');
          else if ((await context.references.costCenterId(code)) === undefined) unknown.push(code);
          else codes.push(code);
        }
        if (unknown.length > 0) {
          problems.push(
            rowProblem(
              line,
              'cost_centers',
              unknown.join(';'),
              'No cost center has this code; import cost centers first, correct the code, or use * for all',
            ),
          );
          continue;
        }
        const chatIdProblem = await findChatIdOwnedByOthers(row, context.tx);
        if (chatIdProblem) {
          problems.push(
            rowProblem(
              line,
              chatIdProblem.column,
              chatIdProblem.value,
              `Already belongs to ${chatIdProblem.owner}; one chat account maps to one person`,
            ),
          );
          continue;
        }
        const data = { name: row.name, slackUserId: row.slack_user_id, teamsUserId: row.teams_user_id, role: row.role, costCenters: codes };
        await context.tx.user.upsert({ where: { email: row.email }, create: { email: row.email, ...data }, update: data });
      }
      return problems;
    },
  };
}

async function findChatIdOwnedByOthers(
  row: UserRow,
  tx: Parameters<KindImporter<UserRow>['write']>[1]['tx'],
): Promise<{ column: string; value: string; owner: string } | undefined> {
  for (const [column, field, value] of [
    ['slack_user_id', 'slackUserId', row.slack_user_id],
    ['teams_user_id', 'teamsUserId', row.teams_user_id],
  ] as const) {
    if (value === null) continue;
    const owner = await tx.user.findFirst({ where: { [field]: value, NOT: { email: row.email } }, select: { email: true } });
    if (owner) return { column, value, owner: owner.email };
  }
  return undefined;
}
