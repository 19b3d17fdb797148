import { describe, expect, it } from 'vitest';
import { plannerOverFixture } from './support/planner-over-fixture.js';

// "broadband" or "internet" alone names a kind of circuit the inventory does not record, and is
// not answered; inside a name the database holds it is that name.
describe('a part the data does not record, inside a name', () => {
  const { plan } = plannerOverFixture((prisma) =>
    prisma.vendor.create({ data: { name: 'Metro Broadband', key: 'metrobroadband', domain: 'telecom' } }),
  );

  it('answers for the vendor whose name holds it', async () => {
    const result = await plan('spend with Metro Broadband last month');
    if (result.kind !== 'calls') throw new Error(`expected calls, got: ${result.message}`);
    expect(result.calls[0]).toMatchObject({ tool: 'get_spend', arguments: { vendors: ['Metro Broadband'] } });
  });

  it('still says it cannot give the kind of circuit on its own', async () => {
    expect((await plan('broadband spend last month')).kind).toBe('clarify');
  });
});
