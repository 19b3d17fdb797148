import { describe, expect, it } from 'vitest';
import type { PlannedCall } from '../../src/assistant/planner.js';
import { plannerOverFixture } from './support/planner-over-fixture.js';

// After a count of services, "list the Verizon ones" lists those services at that vendor: it
// answered Verizon's spend. "next page" pages through a list.
describe('listing the services just counted', () => {
  const { plan } = plannerOverFixture();
  const countByVendor: PlannedCall = {
    tool: 'count_services',
    arguments: { types: ['mobile_line'], statuses: ['active'], groupBy: 'vendor' },
  };

  it.each(['list the verizon ones', 'show me the Verizon ones', 'ok list the verizon ones please'])('lists for "%s"', async (question) => {
    const result = await plan(question, { lastCalls: [countByVendor] });
    if (result.kind !== 'calls') throw new Error(`expected calls, got: ${result.message}`);
    expect(result.calls[0]).toMatchObject({
      tool: 'list_services',
      arguments: { types: ['mobile_line'], statuses: ['active'], vendors: ['Verizon Wireless'] },
    });
  });

  it('pages through a list', async () => {
    const list: PlannedCall = { tool: 'list_services', arguments: { types: ['mobile_line'], pageSize: 25 } };
    const result = await plan('next page', { lastCalls: [list] });
    if (result.kind !== 'calls') throw new Error(`expected calls, got: ${result.message}`);
    expect(result.calls[0]).toEqual({ tool: 'list_services', arguments: { types: ['mobile_line'], pageSize: 25, page: 2 } });
  });

  it('still answers spend when the follow-up asks for money', async () => {
    const result = await plan('how much did we spend with the verizon ones last month', { lastCalls: [countByVendor] });
    if (result.kind !== 'calls') throw new Error(`expected calls, got: ${result.message}`);
    expect(result.calls[0]?.tool).not.toBe('list_services');
  });
});
