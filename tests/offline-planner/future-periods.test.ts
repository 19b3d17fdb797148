import { describe, expect, it } from 'vitest';
import { runQuestion } from '../eval/run-question.js';
import { plannerOverFixture } from './support/planner-over-fixture.js';

// Spend in a period that has not begun is its forecast; "next month" is the coming calendar month.
// Today is Thu 26 Nov 2026.
describe('periods after today', () => {
  const { callsOf, context } = plannerOverFixture();

  it.each([
    ['what will our cloud bill be in 2027', 'forecast cloud spend for 2027'],
    ['cloud spend in 2027', 'forecast cloud spend for 2027'],
    ['how much will aws cost us next month', 'forecast aws for december 2026'],
    ['aws spend next month', 'forecast aws for december 2026'],
    ['what will we spend next quarter', 'forecast spend for q1 2027'],
    ['forecast for next year', 'forecast spend for 2027'],
  ])('answers "%s" as "%s"', async (question, plain) => {
    expect(await callsOf(question)).toEqual(await callsOf(plain));
  });

  it('reads the forecast plainly said as the coming period', async () => {
    expect(await callsOf('forecast aws for december 2026')).toEqual([
      { tool: 'forecast_spend', arguments: { period: { start: '2026-12-01', end: '2027-01-01' }, vendors: ['Amazon Web Services'] } },
    ]);
  });

  it('keeps a period that has begun as spend to date, and a past month as spend', async () => {
    expect((await callsOf('verizon spend this month'))[0]?.tool).toBe('get_spend');
    expect((await callsOf('total spend in december'))[0]).toEqual({
      tool: 'get_spend',
      arguments: { period: { start: '2025-12-01', end: '2026-01-01' } },
    });
  });

  it('reads "since 3 months ago" from that month to today', async () => {
    expect(await callsOf('lumen spend since 3 months ago')).toEqual(await callsOf('lumen spend since august'));
  });

  it('forecasts up to the end of next year, and says so rather than give a figure for later', async () => {
    const nextYear = await runQuestion('what will our cloud bill be in 2027', context());
    expect(nextYear.text).toMatch(/^Forecast in cloud for 2027: USD [\d,]+\.\d{2}/);
    const later = await runQuestion('what will our cloud bill be in 2028', context());
    expect(later.text).not.toMatch(/USD/);
    expect(later.text).toContain('I forecast up to the end of next year (December 2027)');
  });
});
