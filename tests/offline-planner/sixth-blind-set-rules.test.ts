import { describe, expect, it } from 'vitest';
import { plannerOverFixture } from './support/planner-over-fixture.js';

// Rules behind the misses of a sixth blind set (the unseen company again, asked by analysts, FinOps
// people, IT managers and the CFO's office in Slack and Teams: greetings, British spelling,
// "this past quarter", "racked up"), asked here with the fixture's names. Today is Thu 26 Nov 2026.
describe('sixth blind set, figures it must not show', () => {
  const { plan } = plannerOverFixture();

  it.each([
    // whether an invoice was paid is not recorded: its total is not the answer
    'have we paid the october verizon invoice yet',
    'is the lumen bill for october paid',
    // nobody's account manager is recorded; "manager" is not a typo of a service
    "who's our account manager at verizon",
  ])('does not answer "%s" with a figure', async (question) => {
    expect((await plan(question)).kind).toBe('clarify');
  });

  it('names two unknown words side by side as one phrase', async () => {
    const result = await plan('human resources mobile spend this past quarter');
    expect(result.kind).toBe('clarify');
    if (result.kind === 'clarify') expect(result.message).toContain('"human resources"');
  });
});

describe('sixth blind set, the questions it answered wrongly', () => {
  const { callsOf } = plannerOverFixture();

  it.each([
    // periods
    ['lumen spend for the first four months of the year', 'lumen spend from january to april'],
    ['what did CC200 spend in the quarter just gone?', 'CC200 spend last quarter'],
    ['what did CC200 spend this past quarter', 'CC200 spend last quarter'],
    ['cloud costs across september and october combined', 'cloud spend from september to october'],
    // "the prior quarter" after a quarter is the one before it, not the one before today
    ['need q1 vs the prior quarter, total', 'q1 vs q4 2025 total spend'],
    ['september spend against the previous month', 'september vs august spend'],
    // a British plural of a domain is the domain
    ['top 3 cost centres for telecoms in october', 'top 3 cost centers for telecom in october'],
    // a breakdown below a cost center
    ['CC100 broken down by sub cost centre for october', 'CC100 spend by cost center for october'],
    // the wrong tool
    ['which cost center cut its spending the most last month', 'which cost center decreased the most last month'],
    ["what's verizon running at per year", 'verizon run rate'],
    ['verizon minimum spend - are we going to make it?', 'verizon commitment status'],
    ['were we charged more than the contract price by lumen?', 'audit lumen invoices'],
    ['rate check on lumen - any charges above contract', 'lumen charges above contract rates'],
    ["anything on our invoices we can't match to inventory?", 'invoice charges not in inventory'],
    ['what does one sip trunk cost us with lumen', 'average cost per sip trunk with lumen'],
    ['verizon per-line cost, broken out by location', 'verizon average cost per line by location'],
    ["how much of october's telecoms spend couldn't be allocated to a cost centre?", 'unallocated telecom spend in october'],
    ['how much did our disconnects actually save across september and october', 'realized savings from september to october'],
    ['whats ending by end of february', 'contracts ending by the end of february'],
  ])('plans "%s" as "%s"', async (variant, plain) => {
    expect(await callsOf(variant)).toEqual(await callsOf(plain));
  });

  it('reads "how heavy was <number> on data" as the line’s usage', async () => {
    const [call] = await callsOf('how heavy was +1 312 555 0101 on data in october');
    expect(call?.tool).toBe('get_line_usage');
  });
});

describe('sixth blind set, the questions it declined', () => {
  const { callsOf } = plannerOverFixture();

  it.each([
    // greetings, asides and purposes are not part of the question
    ["Good morning! What's our total spend for the year to date?", 'total spend ytd'],
    ['Could you remind me when our Lumen agreement expires?', 'when does our lumen agreement expire'],
    ['need q3 vs q2, total, for the cfo deck', 'q3 vs q2 total spend'],
    ['CC300 - how much budget do we have left this month per ur numbers', 'CC300 budget this month'],
    ['CC300 - budget position for october', 'CC300 budget for october'],
    // spend said other ways
    ['what did the verizon account come to this past quarter', 'verizon spend last quarter'],
    ['how much telecom has CC100 racked up since january', 'CC100 telecom spend since january'],
    ['aws monthly costs from june onwards', 'aws spend trend since june'],
    // changes
    ['where did costs climb the most in october, by site?', 'which location grew the most in october'],
    ['biggest riser among the vendors, q3 over q2', 'which vendor grew the most in q3 vs q2'],
    // budgets
    ['Hello, did CC200 come in under budget for October?', 'was CC200 under budget in october'],
    ['Hi Ledgerline, which departments overran their budgets in October?', 'which cost centers were over budget in october'],
    // forecasts
    ["Hi Ledgerline, what's the outlook for total spend this quarter?", 'forecast total spend this quarter'],
    ['expected aws spend for this quarter once december is done', 'forecast aws spend this quarter'],
    // contracts
    ['when is the salesforce licence up?', 'when does the salesforce contract end'],
    ['cancellation deadlines between now and the end of february', 'notice deadlines by the end of february'],
    ['IT mgr here - which agreements finish before march?', 'which agreements end before 1 march'],
    // inventory and usage
    ['How many circuits do we run in Chicago at the moment?', 'how many circuits in chicago'],
    ['analogue lines in chicago?', 'pots lines in chicago'],
    ['lines nobody has touched in the past two months', 'lines with no usage in the last 2 months'],
    ['dead verizon sims - nothing used for 3 months', 'verizon lines with no usage for 3 months'],
    ['can u show the top three data consumers last month', 'top 3 data users last month'],
    ['5 chattiest lines in october by call minutes', 'top 5 lines by minutes in october'],
    // unallocated spend
    ['aws costs with no cost-center tag this past quarter', 'unallocated aws spend last quarter'],
    ['cloud spend missing a cost center so far this month', 'unallocated cloud spend this month'],
    // audit, billed after disconnect, disputes
    ['summary of billing exceptions pls', 'audit invoices'],
    ['any zombie circuits still on the bill after we cancelled them', 'circuits billed after disconnect'],
    ['charges continuing after a service was terminated?', 'services billed after disconnect'],
    ['where are we with the verizon overcharge claim', 'verizon disputes'],
    // saas tools are the SaaS services
    ['which saas tools cost the most last month', 'which saas services cost the most last month'],
  ])('plans "%s" as "%s"', async (variant, plain) => {
    expect(await callsOf(variant)).toEqual(await callsOf(plain));
  });
});

describe('what was paid is spend; whether a bill was paid is not recorded', () => {
  const { callsOf } = plannerOverFixture();

  it.each([
    ['how much have the CC100 team paid', 'CC100 spend'],
    ['what has verizon been paid this year', 'verizon spend this year'],
  ])('plans "%s" as "%s"', async (variant, plain) => {
    expect(await callsOf(variant)).toEqual(await callsOf(plain));
  });
});
