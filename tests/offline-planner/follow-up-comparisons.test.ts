import { describe, expect, it } from 'vitest';
import type { PlannedCall } from '../../src/assistant/planner.js';
import { plannerOverFixture } from './support/planner-over-fixture.js';

// "how does that compare to Q2" after an answer about AT&T in Q3 compares AT&T's Q3 with its Q2:
// read alone, it compared the whole company's Q2 with Q1.
describe('comparing the previous answer with another period', () => {
  const { plan } = plannerOverFixture();
  const attQ3: PlannedCall = {
    tool: 'get_spend',
    arguments: { period: { start: '2026-07-01', end: '2026-10-01' }, vendors: ['AT&T'], groupBy: 'cost_center', top: 10 },
  };

  it.each(['how does that compare to q2', 'compare that with Q2', 'and how does it compare to q2?'])(
    'reads "%s" as Q3 against Q2',
    async (question) => {
      const result = await plan(question, { lastCalls: [attQ3] });
      if (result.kind !== 'calls') throw new Error(`expected calls, got: ${result.message}`);
      expect(result.calls[0]).toEqual({
        tool: 'compare_spend',
        arguments: {
          period: { start: '2026-07-01', end: '2026-10-01' },
          comparedTo: { start: '2026-04-01', end: '2026-07-01' },
          vendors: ['AT&T'],
        },
      });
    },
  );

  it('still reads a comparison that names its own filter as a new question', async () => {
    const result = await plan('how does Verizon compare to q2', { lastCalls: [attQ3] });
    if (result.kind !== 'calls') throw new Error(`expected calls, got: ${result.message}`);
    expect(result.calls[0]?.arguments.vendors).toEqual(['Verizon Wireless']);
  });
});
