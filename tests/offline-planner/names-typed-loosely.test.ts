import { describe, expect, it } from 'vitest';
import { plannerOverFixture } from './support/planner-over-fixture.js';

// Names typed the way people type them when they half-know them: a one-word name split in two
// after other words ("we pay marsh fold"), the initials of a name of three words or more, a
// two-company family told apart by a slip in its second word ("hollowbrook telecom" for
// "Hollowbrook Telekom"), and a cost-center code dictated as words ("forty four ten").
// (Rules behind misses of earlier blind sets over another company; the names are coined here.)
describe('names typed loosely', () => {
  const { callsOf, plan } = plannerOverFixture(async (prisma) => {
    await prisma.vendor.create({ data: { name: 'Marshfold', key: 'marshfold' } });
    await prisma.vendor.create({ data: { name: 'Brightmoor Data Group', key: 'brightmoordatagroup' } });
    await prisma.vendor.create({ data: { name: 'Hollowbrook Telekom', key: 'hollowbrooktelekom' } });
    await prisma.vendor.create({ data: { name: 'Hollowbrook Connect', key: 'hollowbrookconnect' } });
    await prisma.costCenter.create({ data: { code: '4410', name: 'Store Systems' } });
    await prisma.costCenter.create({ data: { code: '8820', name: 'Pricing Engine' } });
  });

  it.each([
    ['what did we pay marsh fold in q1', 'what did we pay marshfold in q1'],
    ['how much did we spend with marsh fold last month', 'how much did we spend with marshfold last month'],
    ['bdg spend last month', 'brightmoor data group spend last month'],
    ['what did we pay BDG in march?', 'what did we pay brightmoor data group in march?'],
    ['hollowbrook telecom spend march', 'hollowbrook telekom spend march'],
    ['how much did cost center forty four ten spend in april', 'how much did cost center 4410 spend in april'],
    ['budget versus actual for cost center eighty eight twenty in april', 'budget versus actual for cost center 8820 in april'],
    ['cost centre four four one zero spend last month', 'cost centre 4410 spend last month'],
    ['how is the march spend divided between the cost centers', 'march spend by cost center'],
  ])('answers "%s" as "%s"', async (question, plain) => {
    expect(await callsOf(question)).toEqual(await callsOf(plain));
  });

  it.each(['xqz spend last month', 'hollowbrook spend last month'])('does not guess a name for "%s"', async (question) => {
    expect((await plan(question)).kind).toBe('clarify');
  });
});
