import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presentSpendChanges } from '../../src/assistant/present/present-spend-changes.js';
import type { Database } from '../../src/db/open-database.js';
import { Decimal } from '../../src/domain/shared/decimal.js';
import { formatMoney } from '../../src/domain/shared/format.js';
import type { RankSpendChangesResult } from '../../src/domain/spend/rank-spend-changes.js';
import { callTool, contextFor, openDemoDatabase, rawSpend, total } from './demo-spend.js';

const october = { start: '2026-10-01', end: '2026-11-01' };
const september = { start: '2026-09-01', end: '2026-10-01' };

/** Every key's change between two raw spend maps, biggest growth first. */
async function rawChanges(
  database: Database,
  groupBy: 'vendor' | 'cost_center',
  later: typeof october,
  earlier: typeof october,
  costCenterCode?: string,
) {
  const [current, previous] = await Promise.all([
    rawSpend(database.prisma, later, { groupBy, ...(costCenterCode ? { costCenterCode } : {}) }),
    rawSpend(database.prisma, earlier, { groupBy, ...(costCenterCode ? { costCenterCode } : {}) }),
  ]);
  const keys = new Set([...current.keys(), ...previous.keys()]);
  return [...keys]
    .map((key) => {
      const now = current.get(key) ?? new Decimal(0);
      const then = previous.get(key) ?? new Decimal(0);
      return { key, current: now, previous: then, change: now.minus(then) };
    })
    .sort((left, right) => right.change.comparedTo(left.change));
}

describe('rank_spend_changes on the demo enterprise', () => {
  let database: Database;

  beforeAll(async () => {
    database = await openDemoDatabase();
  }, 600_000);

  afterAll(async () => {
    await database.close();
  });

  it('ranks the cost centers that grew most last month, with the change and percent from raw rows', async () => {
    const result = await callTool<RankSpendChangesResult>('rank_spend_changes', { dimension: 'cost_center' }, contextFor(database));
    const changes = await rawChanges(database, 'cost_center', october, september);
    // Spend without a cost center (key '') is not a cost center: said apart, not ranked.
    const expected = changes.filter((row) => row.key !== '' && row.change.greaterThan(0));
    const withoutCostCenter = changes.find((row) => row.key === '');

    expect(result.period).toMatchObject(october);
    expect(result.comparedTo).toMatchObject(september);
    expect(expected.length).toBeGreaterThan(0);
    expect(result.movedCount).toBe(expected.length);
    expect(result.rows.map((row) => row.key)).toEqual(expected.slice(0, 5).map((row) => row.key));
    expect(withoutCostCenter).toBeDefined();
    expect(result.withoutGroup?.key).toBeNull();
    expect(new Decimal(result.withoutGroup!.change).equals(withoutCostCenter!.change)).toBe(true);
    expect(result.groupCount).toBe(changes.length - 1);
    const top = result.rows[0]!;
    const expectedTop = expected[0]!;
    expect(new Decimal(top.change).equals(expectedTop.change)).toBe(true);
    expect(new Decimal(top.current).equals(expectedTop.current)).toBe(true);
    expect(new Decimal(top.previous).equals(expectedTop.previous)).toBe(true);
    expect(top.changePercent).toBe(
      expectedTop.change.div(expectedTop.previous).times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed(1),
    );
    expect(result.rows.every((row) => new Decimal(row.change).greaterThan(0))).toBe(true);

    const [octoberTotal, septemberTotal] = [
      total(await rawSpend(database.prisma, october)),
      total(await rawSpend(database.prisma, september)),
    ];
    expect(new Decimal(result.totals.current).equals(octoberTotal)).toBe(true);
    expect(new Decimal(result.totals.change).equals(octoberTotal.minus(septemberTotal))).toBe(true);
  });

  it('ranks the vendors that shrank most in Q3 against Q2, only vendors that shrank, smallest change first', async () => {
    const q3 = { start: '2026-07-01', end: '2026-10-01' };
    const q2 = { start: '2026-04-01', end: '2026-07-01' };
    const result = await callTool<RankSpendChangesResult>(
      'rank_spend_changes',
      { dimension: 'vendor', direction: 'decrease', period: q3, comparedTo: q2, top: 100 },
      contextFor(database),
    );
    const expected = (await rawChanges(database, 'vendor', q3, q2))
      .filter((row) => row.change.isNegative() && !row.change.isZero())
      .reverse();

    expect(result.comparedTo.label).toBe('Q2 2026');
    expect(result.rows.map((row) => row.key)).toEqual(expected.map((row) => row.key));
    for (const [index, row] of result.rows.entries()) expect(new Decimal(row.change).equals(expected[index]!.change)).toBe(true);
  });

  it("gives a viewer limited to one cost center only that cost center's figures", async () => {
    const code = 'CC-610';
    const result = await callTool<RankSpendChangesResult>(
      'rank_spend_changes',
      { dimension: 'vendor', top: 100 },
      contextFor(database, { displayName: 'Platform lead', role: 'viewer', costCenterScope: [code] }),
    );
    const expected = (await rawChanges(database, 'vendor', october, september, code)).filter((row) => row.change.greaterThan(0));
    const octoberOwn = total(await rawSpend(database.prisma, october, { costCenterCode: code }));

    expect(octoberOwn.greaterThan(0)).toBe(true);
    expect(new Decimal(result.totals.current).equals(octoberOwn)).toBe(true);
    expect(new Decimal(result.totals.current).lessThan(total(await rawSpend(database.prisma, october)))).toBe(true);
    expect(result.rows.map((row) => [row.key, row.change])).toEqual(expected.map((row) => [row.key, row.change.toString()]));
  });

  it('says who grew most, by how much, in the currency, with a row per mover', async () => {
    const result = await callTool<RankSpendChangesResult>('rank_spend_changes', { dimension: 'cost_center', top: 3 }, contextFor(database));
    const presentation = presentSpendChanges(result);
    const top = result.rows[0]!;

    expect(presentation.text).toContain(`${top.label} grew the most: +${formatMoney(top.change, 'USD')} (+${top.changePercent}%)`);
    expect(presentation.text).toContain(
      `from ${formatMoney(top.previous, 'USD')} in September 2026 to ${formatMoney(top.current, 'USD')} in October 2026`,
    );
    expect(presentation.table?.rows).toHaveLength(result.rows.length);
    expect(presentation.context.period).toBe('October 2026 vs September 2026');
    expect(presentation.followUps.length).toBeGreaterThanOrEqual(2);
  });
});
