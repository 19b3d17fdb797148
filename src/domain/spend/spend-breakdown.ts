import type { PrismaClient } from '../../db/generated/client.js';
import { Prisma } from '../../db/generated/client.js';
import { Decimal } from '../shared/decimal.js';
import type { SpendDimension } from './spend-filters.js';
import { dimensionSql, labelJoinsSql, readsAccount, spendRowsSql } from './spend-query.js';

export interface SpendGroup {
  /** The value grouped by (vendor name, cost-center code…); null when the rows have none. */
  key: string | null;
  label: string;
  amount: string;
  recordCount: number;
}

export interface SpendGroups {
  groups: SpendGroup[];
  currencies: string[];
}

/** Sums spend rows in a period, optionally by one dimension, largest first. */
export async function sumSpendGroups(
  prisma: PrismaClient,
  input: {
    period: { start: string; end: string };
    costType?: 'billed' | 'effective' | undefined;
    condition: Prisma.Sql;
    dimension?: SpendDimension | undefined;
  },
): Promise<SpendGroups> {
  const dimension = input.dimension ? dimensionSql(input.dimension) : { key: Prisma.sql`NULL::text`, label: Prisma.sql`'Total'` };
  const accountLevel = readsAccount(input.condition, dimension.key, dimension.label);
  const rows = spendRowsSql(input.period, { costType: input.costType, accountLevel });
  const result = await prisma.$queryRaw<
    Array<{ key: string | null; label: string; amount: string | null; records: string; currencies: string | null }>
  >`
    SELECT ${dimension.key} AS key, ${dimension.label} AS label, sum(r.amount)::text AS amount,
      sum(r.records)::text AS records, string_agg(DISTINCT r.currency, ',') AS currencies
    FROM ${rows} ${labelJoinsSql}
    WHERE ${input.condition}
    GROUP BY 1, 2
    ORDER BY sum(r.amount) DESC NULLS LAST, 2`;
  const currencies = new Set<string>();
  const groups = result
    .filter((row) => row.amount !== null)
    .map((row) => {
      for (const currency of (row.currencies ?? '').split(',')) if (currency) currencies.add(currency);
      return { key: row.key, label: row.label, amount: new Decimal(row.amount ?? '0').toString(), recordCount: Number(row.records) };
    });
  return { groups, currencies: [...currencies].sort() };
}
