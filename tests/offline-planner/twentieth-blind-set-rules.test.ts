import { describe, expect, it } from 'vitest';
import { plannerOverFixture } from './support/planner-over-fixture.js';

// Rules behind the misses of a twentieth blind set (the unseen company, asked by a new hire using
// near words, an approver on mobile, someone adding a condition to a ranking, an auditor asking
// where a figure comes from, and periods counted from other periods), asked here with the
// fixture's names. Today is Thu 26 Nov 2026.
describe('twentieth blind set', () => {
  const { callsOf, plan } = plannerOverFixture();

  it.each([
    ['Could you tell me when our plan with lumen ends?', 'when does our contract with lumen end'],
    ['Which plans are ending this year?', 'which contracts are ending this year'],
    [
      'Hi! Sorry if this is a basic question, but how much were the invoices from lumen last month?',
      'how much were the invoices from lumen last month',
    ],
    ['I am new here, so maybe a dumb question: what did we spend last month?', 'what did we spend last month'],
    ['unalloc apr', 'unallocated april'],
    ['fcst eoy', 'forecast eoy'],
    ['How big was the cloud bill in April?', 'how much was the cloud bill in april'],
    ['How much have the lumen invoices added up to this year?', 'how much have the lumen invoices come to this year'],
    ['which invoices have audit exceptions on them', 'which invoices have audit findings'],
    ['list the invoices we are disputing', 'list the disputes'],
    ["how much of april's spend can't be traced to a cost centre", "how much of april's spend can't be allocated to a cost centre"],
    ['top cc apr', 'top cost centers april'],
    ['cc spend q1', 'cost center spend q1'],
    ['which vendors make up engineering costs in september', 'engineering spend in september by vendor'],
  ])('answers "%s" as "%s"', async (question, plain) => {
    expect(await callsOf(question)).toEqual(await callsOf(plain));
  });

  it.each([
    // a charge type left out is the opposite of a filter on it
    ['top 3 vendors last month without credits', /without credits/],
    ['lumen q1 total without credits', /without credits/],
    // periods counted from another period
    ['cloud spend the month after february', /month after/],
    ['lumen two months before april', /months before/],
    ['lumen in Q1 of the year before', /year before/],
    ['telecom spend in the same quarter the year before', /year before/],
    ['saas spend the same month a year before march', /year before/],
    ['saas spend in the quarter after q1', /quarter after/],
    ['telecom spend in the month after the quarter before last', /month after/],
    // part of a period said by its days
    ['mobile spend on the last business day of april', /business day/],
    ['telecom spend the first week of the quarter before last', /first week of the quarter/],
    ['aws spend over the last 10 days of april', /last 10 days of/],
    ['aws on the first monday of march', /first monday/],
    // the parts of a figure, which no tool lists
    ['which invoices make up the lumen october spend', /make up/],
    ['show me the records behind the lumen overbilling', /records behind/],
  ])('does not answer "%s" with a figure for another question', async (question, said) => {
    const planned = await plan(question);
    expect(planned.kind).toBe('clarify');
    expect(planned.kind === 'clarify' && planned.message).toMatch(said);
  });

  it('does not answer "which mobile lines make up …" with the spend', async () => {
    const planned = await plan('which mobile lines make up the engineering mobile spend');
    expect(planned.kind === 'calls' ? planned.calls.map((call) => call.tool) : []).not.toContain('get_spend');
  });

  it.each([
    'lumen spend the month before last',
    'spend in the quarter before last',
    'lumen spend in the 3 months before that',
    'How did spend change last quarter compared to the quarter before?',
    'which vendor grew the most last month vs the month before',
    'cloud spend this year compared to the year before',
  ])('still reads "%s"', async (question) => {
    const planned = await plan(question);
    expect(planned.kind === 'clarify' ? planned.message : 'answered').not.toMatch(/before/);
  });
});
