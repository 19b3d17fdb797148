import { describe, expect, it } from 'vitest';
import { plannerOverFixture } from './support/planner-over-fixture.js';

// Rules behind the misses of a twelfth blind set (the held-out company, asked by a procurement lead
// before a renewal, a cost centre's budget owner, people writing office English ("kindly share",
// "revert with", "do the needful"), an operations analyst and comparisons said in unusual ways),
// asked here with the fixture's names. Today is Thu 26 Nov 2026.
describe('twelfth blind set, the questions it answered wrongly', () => {
  const { callsOf } = plannerOverFixture();

  it.each([
    // "12m" is twelve months, not the last month
    ['trailing 12m spend with lumen for the renewal deck', 'lumen spend last 12 months'],
    // charged back to a cost center: allocated
    ['spend not charged back to a cost center in sept', 'unallocated spend in september'],
    // "are we over on <cost center>": its budget, not its spend
    ['are we over on engineering for october', 'engineering budget october'],
    ['pull up the contracted rates on the lumen agreement', 'lumen contract'],
    ['what are we effectively paying per verizon line? last month', 'cost per verizon line last month'],
    // "actuals" are spend; with "cost" in "cost centres" no longer read as money, they say it
    ['CC100 q1 actuals incl its sub cost centres', 'CC100 spend q1'],
  ])('answers "%s" as "%s"', async (question, plain) => {
    expect(await callsOf(question)).toEqual(await callsOf(plain));
  });
});

describe('twelfth blind set, the words it did not read', () => {
  const { callsOf } = plannerOverFixture();

  it.each([
    ['prepping the lumen renewal - when does their contract actually end?', 'when does the lumen contract end'],
    ['did engineering stay inside its budget in october', 'engineering budget october'],
    ['where will sales finish the quarter', 'forecast sales spend this quarter'],
    ["invoice lines with identifiers we don't have in inventory", 'invoice lines not in inventory'],
    ["anything lumen bills that's missing from inventory", 'lumen invoice lines not in inventory'],
    ['what disputes have we raised with carriers and did the credit come through?', 'list disputes'],
    // office English: how it is asked, not what
    ['kindly share the lumen invoice amount for october month', 'lumen spend october'],
    ['do the needful and revert with telecom spend for the quarter 2', 'telecom spend q2'],
    ['how many mobile lines are there in chicago office kindly tell', 'how many mobile lines in chicago'],
    ['kindly revert with list of circuits in denver office', 'list circuits in denver office'],
    ['to which vendor we are paying maximum in last month?', 'top vendors by spend last month'],
    ['please share contract end date of lumen', 'lumen contract'],
    ['lumen spend for last 3 month please revert', 'lumen spend last 3 months'],
    ['kindly provide the lines which are not used since 3 months', 'lines with no usage in the last 3 months'],
    ['till which date we can give notice to lumen, please advise', 'lumen notice deadline'],
    ['kindly share top 3 cost centre as per spend of september', 'top 3 cost centers by spend september'],
    // comparisons said another way
    ['sept minus aug, total spend', 'september vs august spend'],
    ['in percent how much up was telecom in october vs september', 'telecom spend october vs september'],
    ['how does oct stack up against the same month last year', 'october spend vs october last year'],
    ['the costliest month this year?', 'monthly spend trend this year'],
  ])('answers "%s" as "%s"', async (question, plain) => {
    expect(await callsOf(question)).toEqual(await callsOf(plain));
  });
});

describe('twelfth blind set, figures it must not show', () => {
  const { plan } = plannerOverFixture();

  it.each([
    // an exclusion read as the filter would show the very part taken out
    'total spend last month without the cloud',
    'spend without saas this year',
    'what did we spend in october without the lumen bills',
    // "minus" between two vendors is not a figure any tool gives
    'lumen minus at&t for q3',
  ])('does not answer "%s" with a figure', async (question) => {
    expect((await plan(question)).kind).toBe('clarify');
  });

  it.each(['spend without a cost center last month', 'lines without usage in the last 3 months', 'cloud spend without tags in october'])(
    'still answers "%s"',
    async (question) => {
      expect((await plan(question)).kind).toBe('calls');
    },
  );
});
