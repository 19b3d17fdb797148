import { describe, expect, it } from 'vitest';
import type { Plan, PlannedCall } from '../../src/assistant/planner.js';
import { presentLineCharges } from '../../src/assistant/present/present-line-charges.js';
import { getLineCharges } from '../../src/domain/usage/get-line-charges.js';
import { plannerOverFixture } from '../offline-planner/support/planner-over-fixture.js';
import { toolContext } from './support/tool-context.js';

// What one line was billed: the invoice lines charged to its identifier, summed per currency and
// charge type. "How much did 303-555-0102 cost last month" is asked of the bill, not the inventory.
describe('charges billed to one line', () => {
  const fixture = plannerOverFixture();
  const plan = (question: string, lastCalls: PlannedCall[] = []): Promise<Plan> =>
    fixture.plan(question, lastCalls.length > 0 ? { lastCalls } : undefined);
  const firstCall = async (question: string, lastCalls?: PlannedCall[]) => {
    const result = await plan(question, lastCalls);
    if (result.kind !== 'calls') throw new Error(`expected calls for "${question}", got: ${result.message}`);
    return result.calls[0];
  };

  it('sums the invoice lines of the line in the period, per charge type, with each line', async () => {
    const result = await getLineCharges.run(
      getLineCharges.input.parse({ identifier: '303.555.0102', period: { start: '2026-09-01', end: '2026-11-01' } }),
      fixture.context(),
    );
    expect(result.service).toMatchObject({ identifier: '303-555-0102', vendor: 'Verizon Wireless' });
    expect(result.totals).toEqual([{ currency: 'USD', amount: '112.34' }]);
    expect(result.byChargeType).toEqual([
      { chargeType: 'recurring', currency: 'USD', amount: '100.00' },
      { chargeType: 'usage', currency: 'USD', amount: '12.34' },
    ]);
    expect(result.charges.map((charge) => `${charge.month} ${charge.invoiceNumber} ${charge.chargeType} ${charge.amount}`)).toEqual([
      '2026-09 V-0901 recurring 50.00',
      '2026-09 V-0901 usage 12.34',
      '2026-10 V-1001 recurring 50.00',
    ]);
    const text = presentLineCharges(result).text;
    expect(text).toContain('303-555-0102 (mobile line, Verizon Wireless');
    expect(text).toContain('was billed USD 112.34 in');
    expect(text).toContain('recurring USD 100.00, usage USD 12.34');
  });

  it('defaults to the last complete month', async () => {
    const result = await getLineCharges.run(getLineCharges.input.parse({ identifier: '3035550102' }), fixture.context());
    expect(result.period).toMatchObject({ start: '2026-10-01', end: '2026-11-01' });
    expect(result.totals).toEqual([{ currency: 'USD', amount: '50.00' }]);
  });

  it('shows nothing of a line outside the cost centers the viewer may see', async () => {
    const engineer = toolContext(fixture.context().prisma, { displayName: 'E', role: 'viewer', costCenterScope: ['CC200'] });
    const result = await getLineCharges.run(getLineCharges.input.parse({ identifier: '312-555-0100' }), engineer);
    expect(result.totals).toEqual([]);
    expect(result.charges).toEqual([]);
    expect(result.service).toBeNull();
    const visible = await getLineCharges.run(getLineCharges.input.parse({ identifier: '312-555-0101' }), engineer);
    expect(visible.service?.identifier).toBe('312-555-0101');
  });

  it('is what the planner calls for the money of one line', async () => {
    expect(await firstCall('how much did 303-555-0102 cost last month')).toEqual({
      tool: 'get_line_charges',
      arguments: { identifier: '303-555-0102', period: { start: '2026-10-01', end: '2026-11-01' } },
    });
    expect((await firstCall('what are we being charged on 303 555 0102'))?.tool).toBe('get_line_charges');
    expect((await firstCall('who has 303-555-0102'))?.tool).toBe('find_service');
    expect((await firstCall('how much data did 303-555-0102 use last month'))?.tool).toBe('get_line_usage');
  });

  it('answers "that line" about the line of the previous answer', async () => {
    const lookup: PlannedCall = { tool: 'find_service', arguments: { identifier: '303-555-0102' } };
    expect(await firstCall('how much did that line cost last month', [lookup])).toEqual({
      tool: 'get_line_charges',
      arguments: { identifier: '303-555-0102', period: { start: '2026-10-01', end: '2026-11-01' } },
    });
    expect(await firstCall('and how much data did it use in september?', [lookup])).toEqual({
      tool: 'get_line_usage',
      arguments: { identifier: '303-555-0102', period: { start: '2026-09-01', end: '2026-10-01' } },
    });
  });

  it('asks which line when "that line" follows nothing', async () => {
    const result = await plan('how much did that line cost last month');
    expect(result.kind).toBe('clarify');
    if (result.kind === 'clarify') expect(result.message).toMatch(/which line/i);
  });
});
