import { describe, expect, it } from 'vitest';
import { findService } from '../../src/domain/inventory/find-service.js';
import { getLineUsage } from '../../src/domain/usage/get-line-usage.js';
import { presentLineUsage } from '../../src/assistant/present/present-usage.js';
import { plannerOverFixture } from '../offline-planner/support/planner-over-fixture.js';

// A number typed the way it is dialled at home ("06 9342 7505") is the line recorded in its
// international form ("+31 6 9342 7505"): "No usage recorded" for it would be wrong.
describe('a phone number typed in national form', () => {
  const fixture = plannerOverFixture(async (prisma) => {
    const vendor = await prisma.vendor.findFirstOrThrow({ where: { name: 'Verizon Wireless' } });
    for (const [externalId, identifier, key] of [
      ['NL-1', '+31 6 9342 7505', '31693427505'],
      // Two lines ending the same way: "0 4455 6677" could be either, so it stands for neither.
      ['AU-1', '+61 4455 6677', '6144556677'],
      ['NZ-1', '+64 4455 6677', '6444556677'],
    ] as const) {
      await prisma.service.create({
        data: { externalId, type: 'mobile_line', identifier, identifierKey: key, vendorId: vendor.id, status: 'active' },
      });
    }
    await prisma.mobileUsage.create({
      data: {
        identifier: '+31 6 9342 7505',
        identifierKey: '31693427505',
        period: new Date('2026-10-01T00:00:00Z'),
        dataMb: '9235.2',
        voiceMinutes: 41,
        messages: 7,
      },
    });
  });
  const period = { start: '2026-10-01', end: '2026-11-01' };

  it("shows the line's usage and finds the line", async () => {
    const usage = await getLineUsage.run(getLineUsage.input.parse({ identifier: '06 9342 7505', period }), fixture.context());
    expect(usage.rows.map((row) => [row.identifier, row.dataMb])).toEqual([['+31 6 9342 7505', '9235.2']]);
    const found = await findService.run(findService.input.parse({ identifier: '06-9342-7505' }), fixture.context());
    expect(found.matches.map((match) => match.identifier)).toEqual(['+31 6 9342 7505']);
  });

  it('finds nothing when two lines end with the number', async () => {
    const usage = await getLineUsage.run(getLineUsage.input.parse({ identifier: '0 4455 6677', period }), fixture.context());
    expect(usage.rows).toEqual([]);
  });

  // Dialled from abroad ("0031 …") or written with the bracketed trunk 0 ("+31 (0)6 …"): the same line.
  it.each(['0031 6 93427505', '+31 (0)6 9342 7505', '+31.6.9342.7505'])('reads "%s" as the line', async (identifier) => {
    const usage = await getLineUsage.run(getLineUsage.input.parse({ identifier, period }), fixture.context());
    expect(usage.rows.map((row) => [row.identifier, row.dataMb])).toEqual([['+31 6 9342 7505', '9235.2']]);
    const found = await findService.run(findService.input.parse({ identifier }), fixture.context());
    expect(found.matches.map((match) => match.identifier)).toEqual(['+31 6 9342 7505']);
  });

  it('says a number nobody has is not a line, not that it had no usage', async () => {
    const unknown = await getLineUsage.run(getLineUsage.input.parse({ identifier: '+31 6 0458 1190', period }), fixture.context());
    expect(unknown.lineKnown).toBe(false);
    expect(presentLineUsage(unknown).text).toMatch(/No line \+31 6 0458 1190 is in the inventory/);
    const idle = await getLineUsage.run(getLineUsage.input.parse({ identifier: '+64 4455 6677', period }), fixture.context());
    expect(idle.lineKnown).toBe(true);
    expect(presentLineUsage(idle).text).toMatch(/No usage recorded for line \+64 4455 6677/);
  });
});
