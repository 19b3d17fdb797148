import { describe, expect, it } from 'vitest';
import { findPeriods } from '../../src/assistant/offline/parse-period.js';

const asOf = new Date('2026-11-26T12:00:00Z');
const periodOf = (question: string) => {
  const found = findPeriods(question, asOf);
  return found.map((mention) => [mention.period.start, mention.period.end]);
};

describe('periods as people say them, resolved against as-of 26 Nov 2026', () => {
  it.each([
    ['spend in September', [['2026-09-01', '2026-10-01']]],
    ['Sep 2026', [['2026-09-01', '2026-10-01']]],
    ['december', [['2025-12-01', '2026-01-01']]],
    ['last quarter', [['2026-07-01', '2026-10-01']]],
    ['Q3', [['2026-07-01', '2026-10-01']]],
    ['q4 2025', [['2025-10-01', '2026-01-01']]],
    ['YTD', [['2026-01-01', '2026-11-27']]],
    ['last 3 months', [['2026-08-01', '2026-11-01']]],
    ['this month', [['2026-11-01', '2026-12-01']]],
    ['last month', [['2026-10-01', '2026-11-01']]],
    ['since June', [['2026-06-01', '2026-11-27']]],
    ['two months ago', [['2026-09-01', '2026-10-01']]],
    ['since 3 months ago', [['2026-08-01', '2026-11-27']]],
    ['the last three full months', [['2026-08-01', '2026-11-01']]],
    ['the past two quarters', [['2026-04-01', '2026-10-01']]],
    ['over the past half year', [['2026-05-01', '2026-11-01']]],
    ['since 2026-03', [['2026-03-01', '2026-11-27']]],
    ['since 2026-01-15', [['2026-01-15', '2026-11-27']]],
    ['from march 2025 to date', [['2025-03-01', '2026-11-27']]],
    ['the last quarter of last year', [['2025-10-01', '2026-01-01']]],
    ['the last quarter of 2025', [['2025-10-01', '2026-01-01']]],
    ['since a quarter ago', [['2026-07-01', '2026-11-27']]],
    ['in 2025', [['2025-01-01', '2026-01-01']]],
    ['2026-02', [['2026-02-01', '2026-03-01']]],
    ['last 30 days', [['2026-10-28', '2026-11-27']]],
  ])('%s', (question, expected) => {
    expect(periodOf(question)).toEqual(expected);
  });

  it('keeps two periods in the order they were said', () => {
    expect(periodOf('October vs September')).toEqual([
      ['2026-10-01', '2026-11-01'],
      ['2026-09-01', '2026-10-01'],
    ]);
  });

  it('does not read the verb "may" as a month', () => {
    expect(periodOf('may I see the spend')).toEqual([]);
    expect(periodOf('spend in May 2026')).toEqual([['2026-05-01', '2026-06-01']]);
  });
});
