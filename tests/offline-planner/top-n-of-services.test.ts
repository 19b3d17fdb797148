import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/assistant/planner.js';
import { plannerOverFixture } from './support/planner-over-fixture.js';

const calls = (result: Plan) => {
  if (result.kind !== 'calls') throw new Error(`expected calls, got: ${result.message}`);
  return result.calls;
};

// "top 5 circuits by cost" asks for five circuits, not for what circuits cost in all: answering the
// total drops the words that made it a ranking, and shows a real figure for another question.
describe('a top N of services is a ranking of them', () => {
  const { plan } = plannerOverFixture();

  it.each([
    ['top 5 circuits by cost last quarter', ['circuit'], 5, 'desc'],
    ['top 10 mobile lines by spend in october', ['mobile_line'], 10, 'desc'],
    ['our top three lines by invoiced cost last month', ['mobile_line'], 3, 'desc'],
    ['show me the top 20 circuits last month', ['circuit'], 20, 'desc'],
    ['bottom 5 circuits by cost last month', ['circuit'], 5, 'asc'],
    ['top 7 mobile lines by cost?', ['mobile_line'], 7, 'desc'],
    ['biggest 5 lines by cost last month', ['mobile_line'], 5, 'desc'],
    ['lowest 5 circuits by cost in october', ['circuit'], 5, 'asc'],
    ['top lines by spend last month', ['mobile_line'], 10, 'desc'],
    ['list circuits by cost, highest first, for october', ['circuit'], 10, 'desc'],
    // "top-5", "bottom-3": the hyphen people type is the same ranking, not a name to look up.
    ['top-5 circuits by cost oct', ['circuit'], 5, 'desc'],
    ['bottom-3 mobile lines by spend last month', ['mobile_line'], 3, 'asc'],
    ['top-ten lines by cost in october', ['mobile_line'], 10, 'desc'],
  ])('ranks "%s"', async (question, types, top, order) => {
    const [call] = calls(await plan(question));
    expect(call).toMatchObject({ tool: 'rank_services', arguments: { types, top, order, sortBy: 'invoiced_cost' } });
  });

  it('ranks lines by usage when the top N is of data', async () => {
    const [call] = calls(await plan('top 5 mobile lines by data last month'));
    expect(call).toMatchObject({ tool: 'rank_services', arguments: { top: 5, sortBy: 'data_mb' } });
  });

  it.each([
    ['top 5 vendors for circuits last quarter', 'vendor'],
    ['top 3 cost centers by mobile line spend last month', 'cost_center'],
    ['top-5 vendors by spend this year', 'vendor'],
  ])('still ranks the dimension in "%s"', async (question, groupBy) => {
    const [call] = calls(await plan(question));
    expect(call?.tool).not.toBe('rank_services');
    expect(JSON.stringify(call?.arguments)).toContain(groupBy);
  });
});
