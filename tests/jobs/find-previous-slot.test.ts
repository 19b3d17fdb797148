import { describe, expect, it } from 'vitest';
import { findPreviousSlot } from '../../src/jobs/find-previous-slot.js';

// The slot a replica that was down catches up: the latest firing at or before now, in UTC.
describe('findPreviousSlot', () => {
  const at = new Date('2026-12-05T13:10:30.500Z');
  const cases: Array<[string, string | null]> = [
    ['0 8 * * *', '2026-12-05T08:00:00.000Z'],
    ['*/5 * * * *', '2026-12-05T13:10:00.000Z'],
    ['0 9 * * 1', '2026-11-30T09:00:00.000Z'],
    ['30 7 1 * *', '2026-12-01T07:30:00.000Z'],
    ['*/10 * * * * *', '2026-12-05T13:10:30.000Z'],
    ['15 13 * * *', '2026-12-04T13:15:00.000Z'],
    ['10 13 5 12 *', '2026-12-05T13:10:00.000Z'],
    ['0 0 29 2 *', null],
  ];
  it.each(cases)('%s fired last at %s', (schedule, expected) => {
    expect(findPreviousSlot(schedule, at)?.toISOString() ?? null).toBe(expected);
  });

  it('counts a slot exactly at now as due', () => {
    expect(findPreviousSlot('0 8 * * *', new Date('2026-12-05T08:00:00.000Z'))?.toISOString()).toBe('2026-12-05T08:00:00.000Z');
  });
});
