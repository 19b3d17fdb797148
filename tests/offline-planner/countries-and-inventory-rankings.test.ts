import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/assistant/planner.js';
import { plannerOverFixture } from './support/planner-over-fixture.js';

const firstCall = (result: Plan) => {
  if (result.kind !== 'calls') throw new Error(`expected calls, got: ${result.message}`);
  return result.calls[0];
};

// A country is where a company's sites are: the fixture stores ISO codes ("GB", "US"), others the
// English name; people type either, or "UK", "USA".
describe('a country names the locations in it', () => {
  const { plan } = plannerOverFixture();

  it.each([
    ['what did we spend in the UK last month', 'GB'],
    ['spend in united kingdom last month', 'GB'],
    ['Great Britain spend in october', 'GB'],
    ['what did we spend in the US last month', 'US'],
    ['usa spend last month', 'US'],
  ])('reads the country in "%s"', async (question, country) => {
    const call = firstCall(await plan(question));
    expect(call?.tool).toBe('get_spend');
    expect(call?.arguments.locations).toEqual([country]);
  });

  it('counts the lines in a country', async () => {
    const call = firstCall(await plan('how many mobile lines do we have in the United States'));
    expect(call).toMatchObject({ tool: 'count_services', arguments: { types: ['mobile_line'], locations: ['US'] } });
  });

  it('does not read "us" in lower case as the United States', async () => {
    const call = firstCall(await plan('show us the spend for last month'));
    expect(call?.arguments.locations).toBeUndefined();
  });

  it('does not take a country the company has no site in', async () => {
    const result = await plan('what did we spend in germany last month');
    expect(result.kind).toBe('clarify');
  });
});

// "which cost center has the most mobile lines" counts lines per cost center; it is not the cost
// center with the most mobile spend.
describe('the most services of a kind, by a dimension', () => {
  const { plan } = plannerOverFixture();

  it.each([
    ['which cost center has the most mobile lines', 'cost_center', 'mobile_line'],
    ['what location has the most circuits', 'location', 'circuit'],
    ['which vendor do we have the most lines with', 'vendor', 'mobile_line'],
  ])('counts "%s"', async (question, groupBy, type) => {
    const call = firstCall(await plan(question));
    expect(call).toMatchObject({ tool: 'count_services', arguments: { groupBy, types: [type] } });
  });

  it('still ranks spend when the question is about money', async () => {
    const call = firstCall(await plan('which cost center spent the most on mobile lines last month'));
    expect(call?.tool).not.toBe('count_services');
  });
});

describe('words that widen a question to everything', () => {
  const { plan } = plannerOverFixture();

  it('reads "are we over budget anywhere this month" as the budget status of every cost center', async () => {
    const call = firstCall(await plan('are we over budget anywhere this month'));
    expect(call?.tool).toBe('get_budget_status');
    expect(call?.arguments.costCenters).toBeUndefined();
  });
});
