import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/open-database.js';
import { refreshPlannerStatistics } from '../../src/db/refresh-planner-statistics.js';
import { callTool, contextFor, openDemoDatabase } from './demo-spend.js';

// Loading the demo (as every import) leaves planner statistics behind, so the unit-cost, service
// ranking and unallocated-spend answers plan with real row counts (without them, minutes at 10×).
// Statistics may change a plan, never a figure: the answers are the same with and without them.

const tablesAnswersJoin = ['InvoiceLine', 'Invoice', 'Service', 'CostRecord'];

/** The answers whose plans went quadratic without statistics, as the benchmark's questions ask them. */
const askedAnswers = [
  { tool: 'rank_services', args: { types: ['mobile_line'], top: 10 } },
  { tool: 'get_unit_costs', args: { vendors: ['verizon wireless'] } },
  { tool: 'get_unit_costs', args: { serviceType: 'circuit', groupBy: 'location' } },
  { tool: 'get_unallocated_spend', args: {} },
];

describe('planner statistics after loading the demo', () => {
  let database: Database;

  beforeAll(async () => {
    database = await openDemoDatabase();
  }, 600_000);

  afterAll(async () => {
    await database.close();
  });

  const analysedTables = async () => {
    const rows = await database.prisma.$queryRaw<Array<{ table: string }>>`
      SELECT DISTINCT tablename AS table FROM pg_stats WHERE schemaname = current_schema() AND tablename = ANY(${tablesAnswersJoin}::text[]) ORDER BY 1`;
    return rows.map((row) => row.table);
  };
  const answerAll = () =>
    Promise.all(askedAnswers.map(({ tool, args }) => callTool<Record<string, unknown>>(tool, args, contextFor(database))));
  /** Tool results without their freshness stamp, which says when data arrived, not what it adds up to. */
  const figures = (results: Array<Record<string, unknown>>) => results.map(({ freshness: _freshness, ...figures }) => figures);

  it('has statistics for the invoice, service and FOCUS tables once the load is done', async () => {
    expect(await analysedTables()).toEqual([...tablesAnswersJoin].sort());
  });

  it('answers unit costs, the service ranking and unallocated spend with the same figures without statistics', async () => {
    const withStatistics = figures(await answerAll());
    expect(withStatistics.map((result) => JSON.stringify(result).length).every((length) => length > 100)).toBe(true);
    await database.prisma.$executeRawUnsafe(
      `DELETE FROM pg_statistic WHERE starelid IN (${tablesAnswersJoin.map((table) => `'"${table}"'::regclass`).join(', ')})`,
    );
    expect(await analysedTables()).toEqual([]);
    expect(figures(await answerAll())).toEqual(withStatistics);
    await refreshPlannerStatistics(database.prisma);
    expect(await analysedTables()).toEqual([...tablesAnswersJoin].sort());
    expect(figures(await answerAll())).toEqual(withStatistics);
  });
});
