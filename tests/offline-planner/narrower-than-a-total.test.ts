import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/assistant/planner.js';
import { plannerOverFixture } from './support/planner-over-fixture.js';

const calls = (result: Plan) => {
  if (result.kind !== 'calls') throw new Error(`expected calls, got: ${result.message}`);
  return result.calls;
};
const askedBack = (result: Plan) => {
  if (result.kind !== 'clarify') throw new Error(`expected a question back, got: ${JSON.stringify(result.calls)}`);
  return result.message;
};

// Written before the rules, from a probe of questions typed as in Slack: each was answered with a
// vendor's, a domain's or everyone's total — a real figure for a broader question than the one asked.
describe('questions narrower than a total are not answered with one', () => {
  const { plan } = plannerOverFixture();

  it.each([
    ['how much are we paying per gb on verizon', /per GB/i],
    ['whats our cost per minute with at&t last month', /per minute/i],
    ['$/gb for verizon in october', /per GB/i],
  ])('says a rate per unit of use is not worked out: "%s"', async (question, said) => {
    expect(askedBack(await plan(question))).toMatch(said);
  });

  it.each(['salesforce licences count', 'how many salesforce licenses do we have', 'number of seats on salesforce'])(
    'says seat counts are not recorded: "%s"',
    async (question) => {
      expect(askedBack(await plan(question))).toMatch(/licen[cs]e|seat/i);
    },
  );

  it.each([
    'how much did we spend on mobile devices last quarter',
    'handset spend last month',
    'what did verizon charge us for equipment in october',
  ])('says bills do not separate devices: "%s"', async (question) => {
    expect(askedBack(await plan(question))).toMatch(/device|equipment|handset/i);
  });

  it.each(['biggest invoice last month', 'what was our largest single bill in october'])(
    'says single invoices are not ranked: "%s"',
    async (question) => {
      expect(askedBack(await plan(question))).toMatch(/invoice|bill/i);
    },
  );

  it.each([
    ['what % of our spend is cloud', 'domain'],
    ['what percentage of total spend was aws in q3', 'vendor'],
    ['what share of our costs is saas this year', 'domain'],
  ])('answers "%s" with the breakdown that shows the share', async (question, groupBy) => {
    const [call] = calls(await plan(question));
    expect(call?.tool).toBe('get_spend');
    expect(call?.arguments).toMatchObject({ groupBy });
    expect(call?.arguments).not.toHaveProperty('domains');
    expect(call?.arguments).not.toHaveProperty('vendors');
  });

  it.each(['net spend after credits last month', 'verizon spend net of credits in october', 'aws spend including credits last month'])(
    'answers "%s" with the total, which has the credits',
    async (question) => {
      const [call] = calls(await plan(question));
      expect(call?.tool).toBe('get_spend');
      expect(call?.arguments).not.toHaveProperty('chargeTypes');
    },
  );

  // Here the vendor is the whole and the taxes its part: never the taxes of every vendor.
  it('does not drop the vendor from "what portion of the verizon bill is taxes"', async () => {
    const result = await plan('what portion of the verizon bill is taxes');
    if (result.kind === 'calls') expect(result.calls[0]?.arguments).toMatchObject({ vendors: ['Verizon Wireless'] });
    else expect(result.message).toMatch(/portion/);
  });

  it.each([
    ['how much do we pay for salesforce licences', 'get_spend'],
    ['how much credit did verizon give us last quarter', 'get_spend'],
    ['which company sent us the biggest bill last month', 'get_spend'],
    ['average cost per line for verizon', 'get_unit_costs'],
    ['which vendor billed us the most last month', 'get_spend'],
    ['verizon spend last month', 'get_spend'],
  ])('still answers "%s"', async (question, tool) => {
    const [call] = calls(await plan(question));
    expect(call?.tool).toBe(tool);
  });
});
