import { describe, expect, it } from 'vitest';
import { plannerOverFixture } from './support/planner-over-fixture.js';

// Rules behind the misses of a third blind question set (over the unseen company: a CFO's full
// sentences, an analyst's fragments, phone typing), asked here with the fixture's names.
describe('third blind set', () => {
  const { plan, callsOf } = plannerOverFixture(async (prisma) => {
    await prisma.costCenter.create({ data: { code: 'CC400', name: 'Production' } });
  });

  it.each([
    ['lumen ckts in chicago', 'lumen circuits in chicago'],
    ['How many circuits do we currently operate?', 'How many circuits do we have?'],
    ['What circuits are installed at our Denver Office?', 'What circuits are at our Denver Office?'],
    ['hw many phones r in chicago', 'how many phones are in chicago'],
    ['How many circuits do we have across the whole estate?', 'How many circuits do we have?'],
    ['list the mobile lines belonging to engineering', 'list the mobile lines of engineering'],
    ['wats the notice deadline for lumen', "what's the notice deadline for lumen"],
    ['Will the Lumen agreement renew automatically, and by when must we give notice?', 'When must we give notice on the Lumen agreement?'],
    [
      'Which contracts require a cancellation or renewal decision within the next thirty days?',
      'Which contracts have a notice deadline in the next 30 days?',
    ],
    ['How much of the Verizon annual commitment have we consumed to date?', 'verizon commitment status'],
    ['verizon marc status', 'verizon commitment status'],
    ['r we gonna meet our verizon commitment', 'will we meet our verizon commitment'],
    ['Which cost centres exceeded their budgets in October?', 'Which cost centres were over budget in October?'],
    ['which budgets did we blow in october', 'which cost centers were over budget in october'],
    [
      'Please list all mobile lines that have recorded no usage over the last three months.',
      'mobile lines with no usage in the last 3 months',
    ],
    ['r there any lines nobody is using', 'are there any lines nobody is using'],
    ['cost center with the biggest decline q3 vs q2', 'cost center with the biggest drop q3 vs q2'],
    ['whats the avg price of a lumen circuit', "what's the average cost of a lumen circuit"],
    ['Please summarise the billing errors identified by the invoice audit.', 'billing errors found by the invoice audit'],
    ['How many mobile lines does sales have incl. sub cost centers', 'How many mobile lines does sales have including sub cost centers'],
  ])('plans "%s" as "%s"', async (variant, plain) => {
    const expected = await callsOf(plain);
    expect(await callsOf(variant)).toEqual(expected);
  });

  it('does not answer "lines that aren\'t <vendor>" with that vendor\'s lines', async () => {
    for (const question of ["mobile lines that aren't verizon", 'circuits which are not lumen']) {
      expect((await plan(question)).kind).toBe('clarify');
    }
  });

  it('does not read a planner word as a typo of a name ("projection" is not the Production cost center)', async () => {
    const [call] = await callsOf('mobility eoy projection');
    expect(call?.tool).toBe('forecast_spend');
    expect(call?.arguments.costCenters).toBeUndefined();
  });

  it('reads "at each of our locations" as a breakdown by location', async () => {
    const [call] = await callsOf('What is the average monthly cost per circuit at each of our locations?');
    expect(call).toMatchObject({ tool: 'get_unit_costs', arguments: { serviceType: 'circuit', groupBy: 'location' } });
  });

  it('reads "savings our disconnects delivered" as savings already made', async () => {
    const [call] = await callsOf('What savings have our disconnects delivered so far this year?');
    expect(call?.tool).toBe('get_realized_savings');
  });
});

describe('a person by first or last name', () => {
  const { plan } = plannerOverFixture(async (prisma) => {
    await prisma.service.update({ where: { externalId: 'S2' }, data: { assignee: 'Dana Whitfield' } });
    await prisma.service.update({ where: { externalId: 'S3' }, data: { assignee: 'Dana Okoro' } });
  });

  it('lists the lines of the one person with that last name', async () => {
    const result = await plan('what lines does whitfield have');
    if (result.kind !== 'calls') throw new Error(`expected calls, got: ${result.message}`);
    expect(result.calls[0]).toMatchObject({ tool: 'list_services', arguments: { assignee: 'Dana Whitfield' } });
  });

  it('asks which person when two share the first name', async () => {
    const result = await plan('what lines does dana have');
    expect(result.kind).toBe('clarify');
    if (result.kind === 'clarify') {
      expect(result.message).toContain('Dana Whitfield');
      expect(result.message).toContain('Dana Okoro');
    }
  });

  it('reads "lines nobody is using" as lines without usage', async () => {
    const result = await plan('r there any lines nobody is using');
    if (result.kind !== 'calls') throw new Error(`expected calls, got: ${result.message}`);
    expect(result.calls[0]?.tool).toBe('find_zero_usage_lines');
  });
});

describe('which services, and what they cost', () => {
  const { plan } = plannerOverFixture();

  it('lists the circuits (each with its monthly cost) for "what circuits are at X, and what do they cost"', async () => {
    const result = await plan('What circuits are installed at our Denver Office, and what do they cost?');
    if (result.kind !== 'calls') throw new Error(`expected calls, got: ${result.message}`);
    expect(result.calls[0]).toMatchObject({ tool: 'list_services', arguments: { types: ['circuit'], locations: ['Denver Office'] } });
  });
});

describe('chat shorthand is lower case', () => {
  const { callsOf } = plannerOverFixture(async (prisma) => {
    await prisma.location.create({ data: { name: 'Plant R', key: 'plantr', city: 'Gary' } });
  });

  it('keeps a capital R that is part of a name', async () => {
    const [call] = await callsOf('how many circuits at Plant R');
    expect(call).toMatchObject({ tool: 'count_services', arguments: { locations: ['Plant R'] } });
  });
});
