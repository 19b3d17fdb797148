import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/assistant/planner.js';
import { plannerOverFixture } from './support/planner-over-fixture.js';

const askedBack = (result: Plan) => {
  if (result.kind !== 'clarify') throw new Error(`expected a question back, got: ${JSON.stringify(result.calls)}`);
  return result.message;
};

// Written before the rules, from the eighteenth blind set's misses over the unseen company
// (tests/eval-unseen/eighteenth-questions.ts), reworded over the fixture's names. The fixture's
// as-of is Thu 26 Nov 2026: usage runs to October, this half is July to 26 November.
describe('the eighteenth blind set: rules', () => {
  const { plan, callsOf } = plannerOverFixture();

  // Slack's formatting is typed into the message: emphasis, bullets, code fences.
  it.each([
    ['lines with *zero* usage in the last 3 months…', 'find_zero_usage_lines'],
    ['• _verizon_ spend *last month*', 'get_spend'],
    ['```aws spend last month```', 'get_spend'],
    ['quick one\n- how many active mobile lines in denver?', 'count_services'],
    ['1. ~lumen~ at&t spend in october', 'get_spend'],
  ])('reads the words inside Slack formatting: "%s"', async (question, tool) => {
    expect((await callsOf(question))[0]?.tool).toBe(tool);
  });

  it('"this half vs last half" compares the half-years, not the months', async () => {
    const [call] = await callsOf('cloud spend this half vs last half');
    expect(call?.tool).toBe('compare_spend');
    expect(call?.arguments).toMatchObject({
      period: { start: '2026-07-01' },
      comparedTo: { start: '2026-01-01', end: '2026-07-01' },
    });
  });

  it('"ytd vs the same point last year" compares the year to date with the same days last year', async () => {
    const [call] = await callsOf('saas ytd vs the same point last year');
    expect(call?.tool).toBe('compare_spend');
    expect(call?.arguments).toMatchObject({
      period: { start: '2026-01-01', end: '2026-11-27' },
      comparedTo: { start: '2025-01-01', end: '2025-11-27' },
    });
  });

  it('lines a person is "holding" are theirs', async () => {
    const [call] = await callsOf('how many lines is Ana Silva holding?');
    expect(call?.tool).toBe('count_services');
    expect(call?.arguments).toMatchObject({ assignee: 'Ana Silva' });
  });

  it.each([
    ['lines with no usage since january — probably leavers we never cut off', 10],
    ['phones nobody has used at all this year', 10],
    ['sims with no usage since august', 3],
  ])('lines unused "this year" / "since <month>" count the usage months since then: "%s"', async (question, months) => {
    const [call] = await callsOf(question);
    expect(call?.tool).toBe('find_zero_usage_lines');
    expect(call?.arguments).toMatchObject({ months });
  });

  it('lines "cut off" are disconnected lines, not a notice cut-off', async () => {
    const [call] = await callsOf('how many mobile lines have been cut off (disconnected)?');
    expect(call?.tool).toBe('count_services');
    expect(call?.arguments).toMatchObject({ statuses: ['disconnected'] });
  });

  it('"serve notice" on a contract is its notice deadline', async () => {
    const [call] = await callsOf('by when must we serve notice on K-ATT-1 to stop it auto-renewing?');
    expect(['get_contract', 'find_notice_deadlines']).toContain(call?.tool);
  });

  it('"this calendar year" is the rest of the year, not the next 90 days', async () => {
    const [call] = await callsOf('which contracts end this calendar year?');
    expect(call?.tool).toBe('list_contracts');
    expect(call?.arguments).not.toMatchObject({ endingWithinDays: 90 });
  });

  it('"anything expiring in the next 60 days" is contracts ending', async () => {
    const [call] = await callsOf('anything expiring in the next 60 days?');
    expect(call?.tool).toBe('list_contracts');
    expect(call?.arguments).toMatchObject({ endingWithinDays: 60 });
  });

  it('"have we met the commit" is the commitment status', async () => {
    expect((await callsOf('have we met the annual commit on K-ATT-1?'))[0]?.tool).toBe('get_commitment_status');
  });

  it.each([
    ['october usage 001 312 555 0100', '001 312 555 0100'],
    ['october usage +1 (312) 555-0100', '+1 (312) 555-0100'],
  ])('reads a number with the international call prefix as the line: "%s"', async (question, identifier) => {
    const [call] = await callsOf(question);
    expect(call?.tool).toBe('get_line_usage');
    expect(call?.arguments).toMatchObject({ identifier });
  });

  it('names a name that is not here as it was typed, its last word too', async () => {
    const said = askedBack(await plan('Vending Services spend growth year over year'));
    expect(said).toMatch(/called "Vending Services"/);
    expect(said).not.toMatch(/did not understand "Vending"/);
  });

  it.each(['usage for the line?', 'what did that line cost last month'])(
    '"the line" with nothing before it is asked back, not every line: "%s"',
    async (question) => {
      expect(askedBack(await plan(question))).toMatch(/line|number|earlier/i);
    },
  );
});
