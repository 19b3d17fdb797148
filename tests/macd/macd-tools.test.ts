import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../src/db/generated/client.js';
import type { Database } from '../../src/db/open-database.js';
import { approveMacdRequest } from '../../src/domain/macd/approve-macd-request.js';
import { completeMacdRequest } from '../../src/domain/macd/complete-macd-request.js';
import { startMacdWork } from '../../src/domain/macd/start-macd-work.js';
import { submitMacdRequest } from '../../src/domain/macd/submit-macd-request.js';
import { getRequestStatusTool } from '../../src/domain/macd/get-request-status.js';
import { listMyRequestsTool } from '../../src/domain/macd/list-my-requests.js';
import { summarizeDisconnectsTool } from '../../src/domain/macd/summarize-disconnects.js';
import type { ToolContext } from '../../src/domain/tools/define-tool.js';
import type { Viewer } from '../../src/domain/shared/viewer.js';
import { silentLogger } from '../../src/logger.js';
import { openTestDatabase } from '../support/test-database.js';
import { domainDeps, loadMacdFixture, today, viewerOf, type PersonName } from './support/macd-fixture.js';

let database: Database;
let users: Record<PersonName, User>;
const as = (person: PersonName) => viewerOf(users[person]);
const context = (viewer: Viewer): ToolContext => ({ prisma: database.prisma, now: () => today, logger: silentLogger, viewer, asOf: today });
const ids: number[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  users = await loadMacdFixture(database.prisma);
  // Two disconnects completed in October (one per cost center), one still waiting.
  const october = domainDeps(database.prisma, () => new Date('2026-10-20T09:00:00Z'));
  for (const [person, approver, service] of [
    ['requester', 'approver', 'S3'],
    ['secondApprover', 'admin', 'S5'],
  ] as const) {
    const submitted = await submitMacdRequest(
      { requester: as(person), values: { kind: 'disconnect', service, date: '2026-10-20', reason: 'unused' } },
      october,
    );
    if (!submitted.ok) throw submitted.error;
    ids.push(submitted.request.id);
    for (const step of [approveMacdRequest, startMacdWork, completeMacdRequest])
      await step({ requestId: submitted.request.id, actor: as(approver) }, october);
  }
  const open = await submitMacdRequest(
    { requester: as('requester'), values: { kind: 'disconnect', service: 'S6', date: '2026-12-20', reason: 'left' } },
    domainDeps(database.prisma),
  );
  if (!open.ok) throw open.error;
  ids.push(open.request.id);
});
afterAll(async () => database.close());

describe('MACD chat tools', () => {
  it("summarize_disconnects: last month's completed disconnects and what they save, within the viewer's scope", async () => {
    const all = await summarizeDisconnectsTool.run({}, context(as('admin')));
    expect(all.period?.label).toBe('October 2026');
    expect(all.disconnects.map((row) => [row.identifier, row.monthlySaving])).toEqual([
      ['312-555-0900', '65.25'],
      ['415-555-0199', '55.00'],
    ]);
    expect(all.totals).toEqual([{ currency: 'USD', monthlySaving: '120.25', annualSaving: '1443.00', count: 2 }]);
    const sales = await summarizeDisconnectsTool.run({}, context(as('approver')));
    expect(sales.totals).toEqual([{ currency: 'USD', monthlySaving: '65.25', annualSaving: '783.00', count: 1 }]);
    const november = await summarizeDisconnectsTool.run({ period: { start: '2026-11-01', end: '2026-12-01' } }, context(as('admin')));
    expect(november.disconnects).toEqual([]);
  });

  it('list_my_requests and get_request_status', async () => {
    const mine = await listMyRequestsTool.run({}, context(as('requester')));
    expect(mine.requests.map((request) => [request.id, request.status])).toEqual([[ids[2], 'submitted']]);
    const everything = await listMyRequestsTool.run({ isOpenOnly: false }, context(as('requester')));
    expect(everything.requests.map((request) => request.id)).toEqual([ids[2], ids[0]]);
    const status = await getRequestStatusTool.run({ requestId: ids[0] ?? 0 }, context(as('requester')));
    expect(status.request?.events.map((event) => `${event.toStatus} by ${event.actorName}`)).toEqual([
      'submitted by Rita Requester',
      'approved by Alan Approver',
      'in_progress by Alan Approver',
      'completed by Alan Approver',
    ]);
    expect((await getRequestStatusTool.run({ requestId: ids[1] ?? 0 }, context(as('requester')))).request).toBeNull();
    expect(
      (await listMyRequestsTool.run({}, context({ displayName: 'stranger', role: 'viewer', costCenterScope: [] }))).isKnownPerson,
    ).toBe(false);
  });
});
