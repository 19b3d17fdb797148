import { describe, expect, it } from 'vitest';
import { plannerOverFixture } from './support/planner-over-fixture.js';

// Rules behind the misses of an eleventh blind set (the unseen company, asked by a TEM analyst
// auditing bills, an IT manager watching inventory, a FinOps lead, an executive in whole sentences
// and people with chat habits), asked here with the fixture's names. Today is Thu 26 Nov 2026.
describe('eleventh blind set, the questions it answered wrongly', () => {
  const { callsOf } = plannerOverFixture();

  it.each([
    // an overcharge is any finding that bills too much, not only a duplicate
    ['any duplicate charges or overcharges on the lumen bills??', 'audit lumen invoices'],
    ['lines or circuits billed after their disconnect date — anything?', 'anything billed after disconnect?'],
    ['are we paying for any circuits we dont have on record', 'invoice lines not in inventory'],
    // "cost centre" is not a cost: the lines of a cost center are inventory
    ['mobile lines on cost centre CC100?', 'mobile lines for sales?'],
    ['which 3 circuits cost us the most in october', 'top 3 most expensive circuits in october'],
    // the year said of one half is the other's
    ['How did our total spend in the first half of last year compare with the second half?', 'compare spend h2 2025 vs h1 2025'],
    ['Could you set H1 against H2 2025 for total spend, please?', 'compare spend h2 2025 vs h1 2025'],
    // "how much with each": every vendor, not the top five
    [
      'Over the trailing twelve months, which vendors have we spent the most with, and how much with each?',
      'spend by vendor last 12 months',
    ],
    // the year said at the end of a span is its start's too
    ['Between March and June of last year, what did we spend with lumen in total?', 'lumen spend from 2025-03-01 to 2025-06-30'],
    // "from january through april" compared with the same months a year before
    [
      'Compared with the same period last year, how has our SaaS spend moved from January through April?',
      'saas spend jan-apr 2026 vs jan-apr 2025',
    ],
    ['Year on year, how much more or less did we spend overall in Q1 than in Q1 2025?', 'compare spend q1 2026 vs q1 2025'],
  ])('answers "%s" as "%s"', async (question, plain) => {
    expect(await callsOf(question)).toEqual(await callsOf(plain));
  });

  it('keeps "between march and june" two periods to compare when the question compares', async () => {
    const [call] = await callsOf('how did lumen spend change between march and june');
    expect(call).toMatchObject({
      tool: 'compare_spend',
      arguments: { period: { start: '2026-06-01', end: '2026-07-01' }, comparedTo: { start: '2026-03-01', end: '2026-04-01' } },
    });
  });

  it('does not carry a year onto a relative quarter', async () => {
    const [call] = await callsOf('last quarter vs q3 2025 spend');
    expect(call).toMatchObject({
      tool: 'compare_spend',
      arguments: { period: { start: '2026-07-01', end: '2026-10-01' }, comparedTo: { start: '2025-07-01', end: '2025-10-01' } },
    });
  });
});

describe('eleventh blind set, the words it did not read', () => {
  const { callsOf } = plannerOverFixture();

  it.each([
    ['@Ledgerline run an audit on all the carrier bills, what comes up?', 'audit invoices'],
    ['how did cloud spend move october vs september', 'cloud spend october vs september'],
    ['Which five vendors accounted for the most spend in H2 2025?', 'top 5 vendors by spend h2 2025'],
    ['If you rank our sites by telecom spend for the first quarter, which come out on top?', 'top 5 locations by telecom spend q1'],
    ['how much did the organisation spend on saas over the last three months', 'saas spend last 3 months'],
    ['how much has the sales east programme spent so far this year', 'sales east spend ytd'],
    // what the asker has in mind before the comma is not a filter
    ["Given the ec2 growth we've seen, where is cloud likely to end up for the full year?", 'forecast cloud spend this year'],
  ])('answers "%s" as "%s"', async (question, plain) => {
    expect(await callsOf(question)).toEqual(await callsOf(plain));
  });
});

describe('eleventh blind set, figures it must not show', () => {
  const { plan } = plannerOverFixture();

  it('declines "what handsets are on the verizon lines": handset models are not recorded', async () => {
    const result = await plan('what handsets are on the verizon lines');
    if (result.kind !== 'clarify') throw new Error(`expected a clarification, got ${result.kind}`);
    expect(result.message).toMatch(/Handset makes and models are not recorded/);
  });
});
