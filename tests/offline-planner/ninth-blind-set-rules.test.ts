import { describe, expect, it } from 'vitest';
import { plannerOverFixture } from './support/planner-over-fixture.js';

// Rules behind the misses of a ninth blind set (the unseen company, asked by a finance
// controller at month end, a service desk, procurement, a FinOps practitioner and people who type
// in a hurry), asked here with the fixture's names. Today is Thu 26 Nov 2026.
describe('ninth blind set, figures it must not show', () => {
  const { plan } = plannerOverFixture();

  it.each([
    // when a bill is due is not recorded
    'when is the lumen october invoice due',
    // a what-if is not a figure the data holds
    'what would cloud cost if ec2 went back to september levels',
    // handset models are not recorded
    'what handset is Ana Silva on',
    // monthly bills hold no first week: the whole of October's bill is not its first week
    'what did lumen charge us for the first week of october',
    'lumen spend october 1-7',
    // a date in digits nothing read is not replaced by the default month
    'aws spend 10/1',
    'lumen spend 10/1-10/7',
  ])('does not answer "%s" with a figure', async (question) => {
    expect((await plan(question)).kind).toBe('clarify');
  });
});

describe('ninth blind set, the questions it answered wrongly', () => {
  const { callsOf } = plannerOverFixture();

  it.each([
    ['what will we be billed for november in total, need it for the accrual', 'forecast spend for november'],
    ['if we want out of lumen what date do we have to tell them by', 'lumen notice deadline'],
    ["what's up for renewal over the next six months", 'contracts expiring in the next 180 days'],
    ['list all our active contracts', 'list active contracts'],
    ['list all circuits in chicago pls', 'list circuits in chicago'],
    ['saas vendors ranked by spend last month', 'saas spend by vendor last month'],
    ['us-east-1 vs eu-west-1 in october', 'spend by region for us-east-1 and eu-west-1 in october top 10'],
    ['aws spend for charge period 1-7 october', 'aws spend from 2026-10-01 to 2026-10-07'],
    ['aws spend the first week of october', 'aws spend from 2026-10-01 to 2026-10-07'],
    ['azure last week of october', 'azure spend from 2026-10-25 to 2026-10-31'],
    ['aws spend on 2026-10-03', 'aws spend from 2026-10-03 to 2026-10-03'],
    ['aws spend 10/2026', 'aws spend october 2026'],
  ])('plans "%s" as "%s"', async (variant, plain) => {
    expect(await callsOf(variant)).toEqual(await callsOf(plain));
  });

  it('lists every group of a breakdown with no "top N" said, as far as a chat table reads', async () => {
    expect((await callsOf('october actuals by cost centre for the close pack'))[0]?.arguments).toMatchObject({
      groupBy: 'cost_center',
      top: 25,
    });
  });

  it('gives billed and effective cost side by side for "billed vs effective"', async () => {
    const calls = await callsOf('aws billed vs effective cost october');
    expect(calls.map((call) => [call.tool, call.arguments.costType])).toEqual([
      ['get_spend', 'billed'],
      ['get_spend', 'effective'],
    ]);
  });
});

describe('ninth blind set, the questions it declined', () => {
  const { callsOf } = plannerOverFixture();

  it.each([
    ['how much headroom does CC200 have left in november', 'CC200 budget status for november'],
    ['november accrual estimate across all vendors', 'forecast spend for november'],
    ['how much should i accrue for lumen in november?', 'forecast lumen spend for november'],
    ['full year outturn for telecom incl mobile', 'forecast telecom spend for the full year'],
    ["cloud jumped in october - what's behind it", 'cloud spend october vs september'],
    ['how many mobile lines are marked disconnected in inventory', 'how many disconnected mobile lines'],
    ['any sims sitting idle we can cancel', 'lines with no usage'],
    ['did we miss the salesforce cancellation window', 'salesforce notice deadline'],
    ['@Ledgerline lumen spend aprl thx', 'lumen spend april'],
    ['compare att septmber and octobr', 'att september vs october'],
    ['how much unallocated in octbr', 'unallocated spend in october'],
  ])('plans "%s" as "%s"', async (variant, plain) => {
    expect(await callsOf(variant)).toEqual(await callsOf(plain));
  });
});
