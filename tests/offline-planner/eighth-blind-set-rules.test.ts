import { describe, expect, it } from 'vitest';
import { plannerOverFixture } from './support/planner-over-fixture.js';

// Rules behind the misses of an eighth blind set (the unseen company, asked in plain words by
// newcomers, with small grammar slips, and dictated: numbers spelled out), asked here with the
// fixture's names. Today is Thu 26 Nov 2026.
describe('eighth blind set, figures it must not show', () => {
  const { plan } = plannerOverFixture();

  it.each([
    // a number spelled out that nothing reads is not dropped
    'how much did cost center fifty five hundred spend in march',
    // who approved or paid an invoice is not recorded
    'who approved the last lumen invoice',
    // a threshold in words is still a threshold
    'which mobile lines cost more than sixty dollars last month',
  ])('does not answer "%s" with a figure', async (question) => {
    expect((await plan(question)).kind).toBe('clarify');
  });

  it('names an unknown name joined by "and" as one phrase', async () => {
    const result = await plan('what is the budget of research and development for december?');
    expect(result.kind).toBe('clarify');
    if (result.kind === 'clarify') expect(result.message).toContain('"research and development"');
  });
});

describe('eighth blind set, the questions it answered wrongly', () => {
  const { callsOf } = plannerOverFixture();

  it.each([
    ['which company sent us the biggest bill last month', 'which vendor had the most spend last month'],
    ['compare total spend first quarter twenty twenty six with first quarter twenty twenty five', 'total spend q1 2026 vs q1 2025'],
    [
      'is chicago hq costing more from january to april than it did january to april last year',
      'chicago hq spend jan-apr 2026 vs jan-apr 2025',
    ],
    ['how have our phone bills changed over the past twelve months', 'mobile spend by month over the last 12 months'],
    ['did any aws service spike in october compared to september', 'which aws service grew the most in october vs september'],
    ['which cost center reduce the spending most in q3 compared with q2?', 'which cost center decreased the most in q3 vs q2'],
    ["what's aws going to come to for the whole of november", 'forecast aws spend for november'],
    ['how much money will we have spent by the end of december if things stay the same', 'forecast total spend to the end of the year'],
    ['when do we need to tell lumen if we want to stop using it', 'lumen notice deadline'],
    ['list every active lumen circuit with its monthly cost', 'list lumen circuits and their monthly cost'],
    ["how much of last month's spending isn't charged to any department", 'unallocated spend last month'],
    ["how much of the lumen october invoice couldn't be matched to a cost centre", 'unallocated lumen spend in october'],
    ['month end check: did any carrier bill a circuit above the agreed rate', 'circuit charges above contract rates'],
    ["is there some circuit in the bills which we don't have in our list?", 'circuit charges not in inventory'],
  ])('plans "%s" as "%s"', async (variant, plain) => {
    expect(await callsOf(variant)).toEqual(await callsOf(plain));
  });
});

describe('eighth blind set, the questions it declined', () => {
  const { callsOf } = plannerOverFixture();

  it.each([
    ['how much CC100 spended in the first quarter', 'CC100 spend in q1'],
    ['which of our suppliers got cheaper last month', 'which vendor decreased the most last month'],
    ['how much per year we will pay to verizon if it continue like now?', 'verizon run rate'],
    ['expected lumen charges for december, for the accrual', 'forecast lumen spend for december'],
    ['did CC200 spend more than they were allowed in october', 'was CC200 over budget in october'],
    ['for the month-end pack: every cost centre that finished october above budget', 'which cost centers were over budget in october'],
    ['when does our deal with lumen end', 'when does our lumen contract end'],
    ["by what date do we have to cancel lumen if we don't want to keep it", 'lumen notice deadline'],
    ['which contract is finish before the new year', 'contracts ending before 1 january'],
    ['do we have to spend a minimum amount with verizon, and are we reaching it?', 'verizon commitment status'],
    ['does Ana Silva have a work phone', 'mobile lines assigned to Ana Silva'],
    ['tagging gap: unallocated cloud dollars for october', 'unallocated cloud spend in october'],
    ['how much money did we save by cancelling things this year', 'realized savings this year'],
    ['are we paying for any circuit that was already shut down', 'circuits billed after disconnect'],
    ['is anyone still charging us for lines we turned off last year', 'lines billed after disconnect last year'],
    ['the money verizon owe us for the wrong bill, did we get it back?', 'verizon disputes'],
  ])('plans "%s" as "%s"', async (variant, plain) => {
    expect(await callsOf(variant)).toEqual(await callsOf(plain));
  });
});

describe('two spans of months compared', () => {
  const { callsOf } = plannerOverFixture();

  it('compares january to april with january to april a year before, not april with january', async () => {
    const [call] = await callsOf('is chicago hq costing more from january to april than it did january to april last year');
    expect(call).toMatchObject({
      tool: 'compare_spend',
      arguments: { period: { start: '2026-01-01', end: '2026-05-01' }, comparedTo: { start: '2025-01-01', end: '2025-05-01' } },
    });
  });
});
