import { describe, expect, it } from 'vitest';
import { calendarWindowEnd } from '../../src/assistant/offline/calendar-window.js';

// A deadline window that ends on a day of the year: the next such day from as-of, "before" it
// stopping the day before and "by" it including it (the window's end is exclusive).
describe('a window that ends on a day', () => {
  const asOf = new Date('2026-11-26T00:00:00Z');

  it.each([
    ['renewal decisions before Christmas', '2026-12-25'],
    ['anything due by xmas', '2026-12-26'],
    ['notice deadlines before 25 december', '2026-12-25'],
    ['notice deadlines by the 15th of January', '2027-01-16'],
    ['what must we cancel until march 3rd', '2027-03-04'],
    ['deadlines before Dec 1', '2026-12-01'],
    ['renewals due by jan 31', '2027-02-01'],
  ])('"%s" ends the window on %s', (question, end) => {
    expect(calendarWindowEnd(question, asOf)).toBe(end);
  });

  it('takes next year’s day once this year’s has passed', () => {
    expect(calendarWindowEnd('renewals before Christmas', new Date('2026-12-28T00:00:00Z'))).toBe('2027-12-25');
  });

  it('reads a year after the day as a period, not a day of the window', () => {
    expect(calendarWindowEnd('contracts ending before 1 march 2027', asOf)).toBeUndefined();
    expect(calendarWindowEnd('contracts ending by march 1, 2027', asOf)).toBeUndefined();
  });
});

describe('a window that ends with a calendar period', () => {
  const asOf = new Date('2026-11-26T00:00:00Z');

  it.each([
    ['contracts ending this quarter', '2027-01-01'],
    ['renewals before the end of the month', '2026-12-01'],
    ['what comes up for renewal before the end of next quarter', '2027-04-01'],
    ['notice deadlines by the end of next month', '2027-01-01'],
    ['contracts ending by the end of next year', '2028-01-01'],
  ])('"%s" ends the window on %s', (question, end) => {
    expect(calendarWindowEnd(question, asOf)).toBe(end);
  });
});

describe('a window that ends with a named month', () => {
  const asOf = new Date('2026-11-26T00:00:00Z');

  it.each([
    ['contracts ending by the end of february', '2027-03-01'],
    ['cancellation deadlines between now and the end of november', '2026-12-01'],
    ['which agreements finish before march?', '2027-03-01'],
    ['renewals before december', '2026-12-01'],
  ])('"%s" ends the window on %s', (question, end) => {
    expect(calendarWindowEnd(question, asOf)).toBe(end);
  });
});
