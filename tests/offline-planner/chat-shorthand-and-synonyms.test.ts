import { describe, expect, it } from 'vitest';
import { plannerOverFixture } from './support/planner-over-fixture.js';

// Words people type in Slack for things the planner already answers: each question is planned
// exactly as its plain phrasing is. The plain phrasing is checked to be answered, so a pair cannot
// pass by both being refused. (Written from misses of a blind question set over another company;
// these use the fixture's names.)
describe('shorthand and synonyms, planned as the plain question', () => {
  const { callsOf } = plannerOverFixture(async (prisma) => {
    await prisma.costCenter.create({ data: { code: '4100', name: 'Field Ops' } });
  });

  it.each([
    // "mo" for month after a relative word
    ['what did lumen bill us last mo', 'what did lumen bill us last month'],
    ['att spend this mo', 'att spend this month'],
    ['verizon spend prev month', 'verizon spend previous month'],
    // a half or a quarter of last year
    ['verizon spend h1 last year', 'verizon spend h1 2025'],
    ['q4 last year spend', 'q4 2025 spend'],
    ['AWS spend in the second half of last year', 'AWS spend h2 2025'],
    // a numeric cost-center code written with "cc" in front
    ['cc4100 spend in october', '4100 spend in october'],
    ['CC-4100 spend q3', '4100 spend q3'],
    // "ccs" is cost centers
    ['top 3 ccs by spend in october', 'top 3 cost centers by spend in october'],
    // the services "we pay for" are the services
    ['show me every circuit we pay for', 'show me every circuit'],
    ["list all the mobile lines we're paying for", 'list all the mobile lines'],
    // call minutes are voice minutes
    ['top 3 verizon lines by call minutes last month', 'top 3 verizon lines by voice minutes last month'],
    // the full year is the year
    ['forecast full year 2026 spend', 'forecast 2026 spend'],
    ['projected AT&T spend for the full year', 'projected AT&T spend for the year'],
    // where spend will land is a forecast
    ['where will cloud land this quarter', 'forecast cloud spend this quarter'],
    // not allocated
    ["how much cloud spend isn't allocated to a cost center ytd", 'how much cloud spend is unallocated ytd'],
    ['what aws costs arent allocated last month', 'unallocated aws spend last month'],
    // charging is billing
    ['is lumen still charging us for circuits we disconnected', 'is lumen still billing us for circuits we disconnected'],
  ])('plans "%s" as "%s"', async (variant, plain) => {
    const expected = await callsOf(plain);
    expect(await callsOf(variant)).toEqual(expected);
  });

  it('reads "wireline" as the fixed-line carriers, not mobility', async () => {
    const [call] = await callsOf('wireline spend last month');
    expect(call).toMatchObject({ tool: 'get_spend', arguments: { domains: ['telecom'] } });
  });

  it('reads "what did our disconnects save us" as savings already made', async () => {
    const [call] = await callsOf('what did our disconnects save us last quarter');
    expect(call?.tool).toBe('get_realized_savings');
  });

  it('reads "check invoices against contracted rates" as an invoice audit for overbilling', async () => {
    const [call] = await callsOf('check verizon invoices against contracted rates');
    expect(call?.tool).toBe('audit_invoices');
    expect(call?.arguments.vendors).toEqual(['Verizon Wireless']);
  });

  it('reads "billed for services that are not in our inventory" as the audit finding of that kind', async () => {
    const [call] = await callsOf('are we billed for any services that arent in our inventory');
    expect(call?.tool).toBe('audit_invoices');
  });

  it('reads notice deadlines "by end of q1" up to the end of the coming Q1', async () => {
    // As-of 26 Nov 2026: Q1 2026 is past, so the deadline is 1 April 2027, so the window ends on 1 April 2027.
    const [call] = await callsOf('which contracts have notice deadlines by end of q1');
    expect(call).toMatchObject({ tool: 'find_notice_deadlines', arguments: { through: '2027-04-01' } });
  });
});

// A cost-center code one digit off is another cost center: never answered as the nearest one.
describe('a code one digit off', () => {
  const { plan } = plannerOverFixture(async (prisma) => {
    await prisma.costCenter.create({ data: { code: '4100', name: 'Field Ops' } });
  });

  it.each(['cc4150 spend in october', 'cc 4101 spend q3', 'CC-4109 spend last month'])('does not answer "%s"', async (question) => {
    expect((await plan(question)).kind).toBe('clarify');
  });
});

describe('the newest bill', () => {
  const { plan } = plannerOverFixture();

  it.each(['any billing errors on the last verizon invoice', 'audit our latest AT&T bill', 'overbilling on the most recent invoice'])(
    'audits only the newest bill for "%s"',
    async (question) => {
      const result = await plan(question);
      if (result.kind !== 'calls') throw new Error(`expected calls, got: ${result.message}`);
      expect(result.calls[0]).toMatchObject({ tool: 'audit_invoices', arguments: { latestBill: true } });
      expect(result.calls[0]?.arguments.period).toBeUndefined();
    },
  );

  it('keeps a period that is said', async () => {
    const result = await plan('billing errors on verizon invoices last quarter');
    if (result.kind !== 'calls') throw new Error(`expected calls, got: ${result.message}`);
    expect(result.calls[0]?.arguments.latestBill).toBeUndefined();
  });
});
