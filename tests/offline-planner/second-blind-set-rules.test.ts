import { describe, expect, it } from 'vitest';
import { plannerOverFixture } from './support/planner-over-fixture.js';

// Rules behind the misses of a second blind question set (over the held-out company), each asked
// here with the fixture's names. A variant is planned exactly as its plain phrasing, which must
// itself be answered.
describe('second blind set: phrasings planned as the plain question', () => {
  const { callsOf } = plannerOverFixture();

  it.each([
    // periods counted back from today (as-of 26 Nov 2026)
    ['what did sales spend the quarter before last', 'what did sales spend in q2 2026'],
    ['CC100 spend 2 quarters ago', 'CC100 spend q2 2026'],
    ['what did lumen bill us two months ago', 'what did lumen bill us in september 2026'],
    ['att spend a year ago', 'att spend 2025'],
    ['verizon spend the year before last', 'verizon spend 2024'],
    // apologies and introductions are not part of the question
    [
      'hi! sorry, not a telecom person - how much do we pay for mobile phones? last month is fine',
      'how much do we pay for mobile phones last month',
    ],
    ['hi, finance here - is engineering over its budget for october?', 'is engineering over its budget for october?'],
    // FinOps slang
    ['how much did we burn in us-east-1 last month', 'how much did we spend in us-east-1 last month'],
    ['which verizon lines burned the most data in october', 'which verizon lines used the most data in october'],
    // contracts
    ['when does our salesforce subscription end?', 'when does our salesforce contract end?'],
    ["hey, when's the cutoff to give lumen notice", "hey, when's the deadline to give lumen notice"],
    [
      'which contracts do we need to make a renewal decision on in the next 6 months',
      'which contracts have a renewal decision in the next 6 months',
    ],
    ['how far along are we against the verizon minimum commitment', 'verizon minimum commitment status'],
    // budgets
    ['did sales stay within budget in october?', 'was sales within budget in october?'],
    // growth rankings
    ['which location saw the biggest drop in q3 vs q2', 'which location had the biggest drop in q3 vs q2'],
    ['fastest growing vendor q3 vs q2', 'which vendor grew the most q3 vs q2'],
    // run-rate
    ["what's lumen costing us per year at the current rate", 'annual run-rate for lumen'],
  ])('plans "%s" as "%s"', async (variant, plain) => {
    const expected = await callsOf(plain);
    expect(await callsOf(variant)).toEqual(expected);
  });
});
