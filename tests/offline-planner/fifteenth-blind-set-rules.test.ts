import { describe, expect, it } from 'vitest';
import { runQuestion } from '../eval/run-question.js';
import { plannerOverFixture } from './support/planner-over-fixture.js';

// Rules behind the misses of a fifteenth blind set (the held-out company, asked by a finance
// controller at month-end, Slack habits around the question, Microsoft Teams' formal style, a
// network engineer and a budget analyst), asked here with the fixture's names. Today is Thu 26 Nov 2026.
describe('fifteenth blind set, what surrounds the question', () => {
  const { callsOf } = plannerOverFixture();

  it.each([
    ['<@U0LEDGER> how much did we spend with lumen in august', 'lumen spend in august'],
    ['<@U0LEDGER> top 5 vendors ytd :bar_chart:', 'top 5 vendors ytd'],
    ['<@U0LEDGER> `CC100` q3 spend by month', 'CC100 spend by month in q3'],
    ['<@U0LEDGER> see thread - is sales over budget this month?', 'is sales over budget this month'],
    ["> finance want this by EOD\nwhat's our total mobility spend for q3", 'mobility spend q3'],
    ['> from the CFO: why is mobility up?\ncan you check sep vs aug', 'mobility spend september vs august'],
    ['I would appreciate it if you could tell me how much we spent with Lumen during the month of August.', 'lumen spend in august'],
    ['Kindly confirm whether the Lumen agreement renews automatically, and the date by which notice must be given.', 'lumen contract'],
    [
      'Ledgerline, would you be able to provide a breakdown of our cloud spend by provider for September?',
      'cloud spend by vendor in september',
    ],
    [
      'Hello, I would be grateful if you could confirm the annual run-rate for Salesforce based on the last full month. Many thanks, Sam',
      'salesforce run rate',
    ],
    [
      'I would appreciate a forecast of our telecommunications expenditure through to the end of the year, please.',
      'telecom forecast to year end',
    ],
    [
      'Dear Ledgerline, could you please advise which three cost centres have incurred the highest spend year to date?',
      'top 3 cost centers by spend ytd',
    ],
    ['Kindly provide the list of circuits we currently hold with Lumen at Chicago HQ.', 'list lumen circuits at chicago hq'],
    ['when does the lumen MSA end? planning the SD-WAN migration around it', 'when does the lumen contract end'],
    ['mobility month by month this year, looking for spikes', 'mobility spend by month this year'],
  ])('answers %j as "%s"', async (question, plain) => {
    expect(await callsOf(question)).toEqual(await callsOf(plain));
  });
});

describe('fifteenth blind set, a controller, a network engineer and a budget analyst', () => {
  const { callsOf, plan, context } = plannerOverFixture();

  it.each([
    ['cloud recharge by cost centre for september', 'cloud spend by cost center in september'],
    ['chargeback by department for last month', 'spend by cost center last month'],
    ['total telecom opex for september, mobile included', 'telecom spend in september'],
    ['full quarter forecast for q4, all spend, for the reforecast', 'forecast spend for q4'],
    ['need the lumen dispute credit for the reconciliation', 'lumen disputes'],
    ["what should I accrue for telecom for november? the invoices won't land until december", 'forecast telecom spend for november'],
    ['which circuits does lumen bill us for', 'list lumen circuits'],
    ['biggest movers quarter on quarter', 'biggest movers qoq'],
  ])('answers "%s" as "%s"', async (question, plain) => {
    expect(await callsOf(question)).toEqual(await callsOf(plain));
  });

  it('asks for one month when budget vs actual is asked of a quarter, rather than show its first month', async () => {
    const asked = await plan('actuals vs budget by CC for Q3');
    expect(asked.kind).toBe('clarify');
    expect(asked.kind === 'clarify' && asked.choices).toEqual([
      'Budget vs actual for July 2026',
      'Budget vs actual for August 2026',
      'Budget vs actual for September 2026',
    ]);
    expect((await callsOf('budget vs actual for CC100 in october'))[0]?.tool).toBe('get_budget_status');
  });

  it('ranks cost centers by their change and says the spend without one apart', async () => {
    const answer = await runQuestion('which cost centre grew the most last quarter vs the one before', context());
    expect(answer.calls[0]?.tool).toBe('rank_spend_changes');
    const ranked = answer.text.split('\n').filter((line) => /^\d+\. /.test(line));
    expect(ranked.length).toBeGreaterThan(0);
    expect(ranked.join('\n')).not.toMatch(/unallocated|without a cost center/i);
    expect(answer.text).toContain('Not ranked: spend without a cost center, +USD 98.10 (USD 0.00 → USD 98.10).');
  });
});
