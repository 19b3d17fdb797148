import { describe, expect, it } from 'vitest';
import { plannerOverFixture } from './support/planner-over-fixture.js';

// A question about something nothing here records is declined with what is not recorded and what
// can be asked instead — not with the words quoted back as if they were a typo.
describe('questions about what is not recorded', () => {
  const { plan } = plannerOverFixture();

  it.each([
    ['when is the lumen october invoice due', /due dates .* not recorded/],
    ['has the at&t october invoice been paid yet', /been paid is not recorded/],
    ['payment status of the verizon bill', /been paid is not recorded/],
    ['who approved the last lumen invoice', /Who approved, signed off or paid an invoice is not recorded/],
    ['what handset is Ana Silva on', /Handset makes and models are not recorded/],
    ["who's our account manager at verizon", /account managers and contacts are not recorded/],
    ['fiscal q1 spend for lumen', /No fiscal calendar is recorded/],
    ['what would cloud cost if ec2 went back to september levels', /not what-if scenarios/],
    ['how much did my sites spend last month', /which sites, teams or lines are yours/],
    ['what discount should we ask verizon for', /not advise on a negotiation/],
  ])('declines "%s" and says what is not recorded', async (question, said) => {
    const result = await plan(question);
    if (result.kind !== 'clarify') throw new Error(`expected a clarification, got ${result.kind}`);
    expect(result.message).toMatch(said);
    expect(result.message).not.toMatch(/did not understand/);
    expect(result.message).not.toMatch(/USD|\d+\.\d{2}/);
  });
});
