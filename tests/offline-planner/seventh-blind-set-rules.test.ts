import { describe, expect, it } from 'vitest';
import { plannerOverFixture } from './support/planner-over-fixture.js';

// Rules behind the misses of a seventh blind set (the held-out company, asked by a vendor manager
// before a renewal, a FinOps engineer, an analyst closing the month, a site's IT lead and an
// executive assistant asking for a VP), asked here with the fixture's names. Today is Thu 26 Nov 2026.
describe('seventh blind set, figures it must not show', () => {
  const { plan } = plannerOverFixture();

  it.each([
    // nothing records whose sites or team are "mine"
    'spend across my sites last month',
    // advice is not a figure the data holds
    'what discount should we push lumen for at renewal',
    // no fiscal calendar is recorded
    'fy26 q3 carrier spend',
  ])('does not answer "%s" with a figure', async (question) => {
    expect((await plan(question)).kind).toBe('clarify');
  });
});

describe('seventh blind set, the questions it answered wrongly', () => {
  const { callsOf } = plannerOverFixture();

  it.each([
    // a purpose clause is not the question: "renewal" there asks for no contract
    ['for the renewal call tomorrow, what have we paid lumen in total over the last 12 months?', 'lumen spend over the last 12 months'],
    ['how much more do we need to spend with verizon to hit the annual minimum', 'verizon commitment status'],
    ['carrier spend over the last 12 months, ranked', 'telecom spend by carrier over the last 12 months'],
    ['aws spend for the week of nov 9', 'aws spend from 2026-11-09 to 2026-11-15'],
    ['aws billed cost 11/9 - 11/15', 'aws spend from 2026-11-09 to 2026-11-15'],
    ['saas by month, jan to date', 'saas spend by month since january'],
    ['lumen invoice sept -> oct, what moved', 'lumen spend october vs september'],
    ['wireless spend per month, trailing 12 mo', 'wireless spend by month over the last 12 months'],
    ['which wireless number had the biggest charges in oct', 'most expensive mobile lines in october'],
    ['q3 savings from the lines and circuits we cut', 'realized savings in q3'],
    ['site-by-site lumen charges for oct', 'lumen spend by location for october'],
    ['chicago hq: oct up or down on sep?', 'chicago hq october vs september'],
    // one month said twice beside "this time last year" is that month a year apart, not against the whole year
    ['has lumen gotten more expensive since this time last year? oct vs oct', 'lumen spend october year over year'],
    ['lumen sip trunk inventory w/ monthly cost', 'list lumen sip trunks and their monthly cost'],
    ['lumen circuits at chicago hq + what each one costs a month', 'list lumen circuits at chicago hq and their monthly cost'],
  ])('plans "%s" as "%s"', async (variant, plain) => {
    expect(await callsOf(variant)).toEqual(await callsOf(plain));
  });

  it('reads "where does lumen land for full-year 2026 at the current pace" as a forecast, not a run rate', async () => {
    const [call] = await callsOf('where does lumen land for full-year 2026 at the current pace');
    expect(call).toMatchObject({ tool: 'forecast_spend', arguments: { vendors: ['Lumen'] } });
  });
});

describe('seventh blind set, the questions it declined', () => {
  const { callsOf } = plannerOverFixture();

  it.each([
    // who asks, and what for, is not part of the question
    ['Hi! My VP asked how much we spent on technology in total last quarter - could you pull that for me?', 'total spend last quarter'],
    ['On behalf of my VP: could you list the top five cost centres by spend year to date?', 'top 5 cost centers by spend ytd'],
    ['Quick one for my VP — who was our single biggest supplier by spend in Q3?', 'top vendor by spend in q3'],
    ['The VP is asking how much of our Q3 telecom spend was in chicago.', 'q3 telecom spend in chicago'],
    ['How much has CC100 spent this year? My VP owns that area.', 'CC100 spend this year'],
    ["She'd like to see our total spend month by month for this year, please.", 'total spend month by month this year'],
    [
      'My boss would like to know whether any department went over its budget last month.',
      'which cost centers were over budget last month',
    ],
    ['For the VP’s staff meeting: how many mobile lines are we paying for in total?', 'how many mobile lines'],
    ['Could you tell me when our contract with lumen expires? My VP is meeting them next week.', 'when does our lumen contract expire'],
    ['need our ytd salesforce number before the QBR with their account team', 'salesforce spend ytd'],
    ['going into the lumen negotiation: when does our current term with them end?', 'when does our lumen contract end'],
    // other words for things the planner reads
    ['lumen opt-out deadline before it auto-rolls?', 'lumen notice deadline'],
    ['any auto-renewals I need to get ahead of in the next 60 days?', 'notice deadlines in the next 60 days'],
    ['what are we worth to salesforce per year at the current monthly rate', 'salesforce run rate'],
    ['what share of oct cloud spend had no cost center tag', 'unallocated cloud spend in october'],
    ['where do our carrier billing disputes stand', 'billing disputes'],
    ['audit the lumen invoices for circuit ids we don’t recognise', 'lumen charges not in inventory'],
    ['zero-usage lines, 3 straight months', 'lines with no usage for 3 months'],
    ['which phones have sat unused since august', 'lines with no usage for 3 months'],
    ['verizon lines with no calls, texts or data for three months', 'verizon lines with no usage for 3 months'],
    ['biggest site-level drop in spend, q2 → q3', 'which location decreased the most in q3 vs q2'],
    ['chicago: how many circuits is lumen providing', 'how many lumen circuits in chicago'],
    ['Roughly where will Q4 total spend come in, based on what we know so far?', 'forecast total spend for q4'],
    ['My VP asked what our cost-reduction work has actually saved in 2026 so far.', 'realized savings ytd'],
    [
      'lumen month by month for the last six months, I want to show the trend in the deck',
      'lumen spend month by month for the last six months',
    ],
  ])('plans "%s" as "%s"', async (variant, plain) => {
    expect(await callsOf(variant)).toEqual(await callsOf(plain));
  });
});

describe('an occasion is dropped only as whole words', () => {
  const { callsOf } = plannerOverFixture(async (prisma) => {
    await prisma.costCenter.create({ data: { code: 'PKG-1', name: 'Packaging Line' } });
  });

  it('keeps "the packaging line" in "circuits for the packaging line in chicago"', async () => {
    expect(await callsOf('circuits for the packaging line in chicago')).toEqual(await callsOf('circuits for packaging line in chicago'));
  });
});

describe('a sub-account name several accounts share', () => {
  const { callsOf } = plannerOverFixture(async (prisma) => {
    const [lumen, att] = await Promise.all([
      prisma.vendor.findFirstOrThrow({ where: { name: 'Lumen' } }),
      prisma.vendor.findFirstOrThrow({ where: { name: 'AT&T' } }),
    ]);
    await prisma.account.create({ data: { vendorId: lumen.id, number: 'LUM-77001', name: 'Atlas Orion' } });
    await prisma.account.create({ data: { vendorId: att.id, number: 'ATT-88002', name: 'Atlas Orion' } });
  });

  it('names every account of that name, not the first found', async () => {
    const [call] = await callsOf('atlas orion account spend last month');
    expect(new Set((call?.arguments as { accounts?: string[] }).accounts)).toEqual(
      new Set(['ATT-88002', 'LUM-77001'].map((id) => id.toLowerCase().replace(/[^a-z0-9]/g, ''))),
    );
  });
});

describe('part of a month of monthly bills', () => {
  const { plan } = plannerOverFixture();

  it.each([
    'telecom spend last week',
    'what did verizon charge us in the past 7 days',
    'lumen spend since 15 november',
    'total spend for the week of nov 9',
  ])('does not answer "%s" with a figure, and says why', async (question) => {
    const result = await plan(question);
    expect(result.kind).toBe('clarify');
    if (result.kind === 'clarify') expect(result.message).toMatch(/bills are monthly/);
  });

  it.each(['aws spend for the week of nov 9', 'cloud spend last week', 'verizon spend this month so far', 'telecom spend ytd'])(
    'answers "%s": daily costs, or whole months',
    async (question) => {
      expect((await plan(question)).kind).toBe('calls');
    },
  );
});

describe('a day beside a month', () => {
  const { callsOf, plan } = plannerOverFixture();

  it.each([
    ['cloud spend since 15 october', 'cloud spend from 2026-10-15 to 2026-11-26'],
    ['cloud spend since october 15', 'cloud spend from 2026-10-15 to 2026-11-26'],
  ])('plans "%s" as "%s"', async (variant, plain) => {
    expect(await callsOf(variant)).toEqual(await callsOf(plain));
  });

  it.each(['aws spend on 15 october', 'cloud costs oct 15'])('does not read "%s" as the whole month: it is the day', async (question) => {
    const result = await plan(question);
    expect(result.kind).toBe('calls');
    if (result.kind === 'calls') expect(result.calls[0]?.arguments).toMatchObject({ period: { start: '2026-10-15', end: '2026-10-16' } });
  });

  it('still reads a deadline day', async () => {
    expect((await plan('notice deadlines before 25 december')).kind).toBe('calls');
  });
});
