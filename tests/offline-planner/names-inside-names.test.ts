import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/assistant/planner.js';
import { plannerOverFixture } from './support/planner-over-fixture.js';

// A name that holds a shorter name of another kind is that name, whichever kind the planner reads
// first: an account "Kestrel Freight AWS 04" is not the vendor AWS with three words left over.
describe('a name inside a longer name of another kind', () => {
  const { plan } = plannerOverFixture(async (prisma) => {
    const aws = await prisma.vendor.findFirstOrThrow({ where: { name: 'Amazon Web Services' } });
    await prisma.account.create({ data: { vendorId: aws.id, number: '7700123', name: 'Kestrel Freight AWS 04' } });
    await prisma.costCenter.create({ data: { code: 'CC910', name: 'Azure Platform Team' } });
    await prisma.location.create({ data: { name: 'Verizon Tower Annex', key: 'verizontowerannex', city: 'Basking Ridge' } });
  });
  const firstCall = (result: Plan) => {
    if (result.kind !== 'calls') throw new Error(`expected calls, got: ${result.message}`);
    return result.calls[0];
  };

  it.each(['spend for Kestrel Freight AWS 04 last month', 'kestrel freight aws 04 spend in october'])(
    'reads the account in "%s"',
    async (question) => {
      const call = firstCall(await plan(question));
      expect(call?.tool).toBe('get_spend');
      expect(call?.arguments).toMatchObject({ accounts: ['7700123'], period: { start: '2026-10-01', end: '2026-11-01' } });
      expect(call?.arguments.vendors).toBeUndefined();
    },
  );

  it('reads the cost center whose name holds a vendor', async () => {
    const call = firstCall(await plan('Azure Platform Team spend in October'));
    expect(call?.tool).toBe('get_spend');
    expect(call?.arguments.costCenters).toEqual(['CC910']);
    expect(call?.arguments.vendors).toBeUndefined();
  });

  it('reads the location whose name holds a vendor', async () => {
    const call = firstCall(await plan('how many services at Verizon Tower Annex'));
    expect(call?.tool).toBe('count_services');
    expect(call?.arguments.locations).toEqual(['Verizon Tower Annex']);
    expect(call?.arguments.vendors).toBeUndefined();
  });

  it('still reads the vendor alone', async () => {
    const call = firstCall(await plan('AWS spend last month'));
    expect(call?.arguments).toMatchObject({ vendors: ['Amazon Web Services'] });
    expect(call?.arguments.accounts).toBeUndefined();
  });
});

// Ranking by usage is about mobile lines (the only services with usage) even when no type is said.
describe('usage rankings without a service type', () => {
  const { plan } = plannerOverFixture();

  it.each([
    ['who used the most data last month', 'data_mb', 10],
    ['heaviest data users in october', 'data_mb', 10],
    ['top 5 data users in october', 'data_mb', 5],
    ['who talked the most minutes last month', 'voice_minutes', 10],
    ['who sent the most texts in october', 'messages', 10],
  ])('ranks lines for "%s"', async (question, sortBy, top) => {
    const result = await plan(question);
    if (result.kind !== 'calls') throw new Error(`expected calls, got: ${result.message}`);
    expect(result.calls[0]?.tool).toBe('rank_services');
    expect(result.calls[0]?.arguments).toMatchObject({ sortBy, period: { start: '2026-10-01', end: '2026-11-01' } });
    expect(result.calls[0]?.arguments.top).toBe(top);
  });
});

// "expected <spend> by end of <period>" asks where spend will land: a forecast, not spend so far.
describe('expected spend by the end of a period', () => {
  const { plan } = plannerOverFixture();

  it.each([
    ['expected AWS spend by end of Q4', { period: { start: '2026-10-01', end: '2027-01-01' }, vendors: ['Amazon Web Services'] }],
    ['expected verizon spend by the end of december', { period: { start: '2026-12-01', end: '2027-01-01' } }],
    ['expected spend by end of the year', { horizon: 'year' }],
  ])('forecasts "%s"', async (question, expected) => {
    const result = await plan(question);
    if (result.kind !== 'calls') throw new Error(`expected calls, got: ${result.message}`);
    expect(result.calls[0]?.tool).toBe('forecast_spend');
    expect(result.calls[0]?.arguments).toMatchObject(expected);
  });
});
