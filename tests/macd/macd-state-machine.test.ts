import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MacdStatus, User } from '../../src/db/generated/client.js';
import type { Database } from '../../src/db/open-database.js';
import { approveMacdRequest } from '../../src/domain/macd/approve-macd-request.js';
import { cancelMacdRequest } from '../../src/domain/macd/cancel-macd-request.js';
import { completeMacdRequest } from '../../src/domain/macd/complete-macd-request.js';
import { rejectMacdRequest } from '../../src/domain/macd/reject-macd-request.js';
import { startMacdWork } from '../../src/domain/macd/start-macd-work.js';
import type { MacdAction } from '../../src/domain/macd/transition-macd-request.js';
import { isLedgerlineError } from '../../src/errors.js';
import { openTestDatabase } from '../support/test-database.js';
import { domainDeps, loadMacdFixture, viewerOf, type PersonName } from './support/macd-fixture.js';

// Every status × every action × every kind of person, and what must happen. Written out by hand
// (not derived from the code's own rule table) so a change to the rules shows up here.

type Outcome = 'moves' | 'CONFLICT' | 'FORBIDDEN';
type Actor = 'requester' | 'approver' | 'outsider' | 'admin' | 'viewer';
const M: Outcome = 'moves';
const C: Outcome = 'CONFLICT';
const F: Outcome = 'FORBIDDEN';

//                              requester approver outsider admin viewer
const row = (requester: Outcome, approver: Outcome, outsider: Outcome, admin: Outcome, viewer: Outcome): Record<Actor, Outcome> => ({
  requester,
  approver,
  outsider,
  admin,
  viewer,
});

const expected: Record<MacdAction, Record<MacdStatus, Record<Actor, Outcome>>> = {
  approve: {
    submitted: row(F, M, F, M, F),
    approved: row(F, C, F, C, F),
    rejected: row(F, C, F, C, F),
    in_progress: row(F, C, F, C, F),
    completed: row(F, C, F, C, F),
    cancelled: row(F, C, F, C, F),
  },
  reject: {
    submitted: row(F, M, F, M, F),
    approved: row(F, C, F, C, F),
    rejected: row(F, C, F, C, F),
    in_progress: row(F, C, F, C, F),
    completed: row(F, C, F, C, F),
    cancelled: row(F, C, F, C, F),
  },
  start: {
    submitted: row(F, C, F, C, F),
    approved: row(F, M, F, M, F),
    rejected: row(F, C, F, C, F),
    in_progress: row(F, C, F, C, F),
    completed: row(F, C, F, C, F),
    cancelled: row(F, C, F, C, F),
  },
  complete: {
    submitted: row(F, C, F, C, F),
    approved: row(F, C, F, C, F),
    rejected: row(F, C, F, C, F),
    in_progress: row(F, M, F, M, F),
    completed: row(F, C, F, C, F),
    cancelled: row(F, C, F, C, F),
  },
  cancel: {
    submitted: row(M, F, F, M, F),
    approved: row(M, F, F, M, F),
    rejected: row(C, F, F, C, F),
    in_progress: row(M, F, F, M, F),
    completed: row(C, F, F, C, F),
    cancelled: row(C, F, F, C, F),
  },
};

const nextStatus: Record<MacdAction, MacdStatus> = {
  approve: 'approved',
  reject: 'rejected',
  start: 'in_progress',
  complete: 'completed',
  cancel: 'cancelled',
};

let database: Database;
let users: Record<PersonName, User>;
let serviceId: number;
let costCenterId: number;

beforeAll(async () => {
  database = await openTestDatabase();
  users = await loadMacdFixture(database.prisma);
  const service = await database.prisma.service.findUniqueOrThrow({ where: { externalId: 'S3' } });
  serviceId = service.id;
  costCenterId = service.costCenterId ?? 0;
});
afterAll(async () => database.close());

/** A change request (assignee) placed directly in `status`, so each row starts from a known state. */
async function requestIn(status: MacdStatus): Promise<number> {
  const request = await database.prisma.macdRequest.create({
    data: {
      kind: 'change',
      status,
      requesterId: users.requester.id,
      serviceId,
      costCenterId,
      details: { attribute: 'assignee', newValue: 'Front Desk' },
    },
  });
  await database.prisma.macdEvent.create({ data: { requestId: request.id, actor: users.requester.email, toStatus: 'submitted' } });
  if (status !== 'submitted') {
    await database.prisma.macdEvent.create({
      data: { requestId: request.id, actor: users.secondApprover.email, fromStatus: 'submitted', toStatus: status },
    });
  }
  return request.id;
}

function act(action: MacdAction, requestId: number, actor: Actor) {
  const deps = domainDeps(database.prisma);
  const viewer = viewerOf(users[actor]);
  switch (action) {
    case 'approve':
      return approveMacdRequest({ requestId, actor: viewer }, deps);
    case 'reject':
      return rejectMacdRequest({ requestId, actor: viewer, reason: 'not in budget' }, deps);
    case 'start':
      return startMacdWork({ requestId, actor: viewer }, deps);
    case 'complete':
      return completeMacdRequest({ requestId, actor: viewer }, deps);
    case 'cancel':
      return cancelMacdRequest({ requestId, actor: viewer }, deps);
  }
}

const cases = Object.entries(expected).flatMap(([action, byStatus]) =>
  Object.entries(byStatus).flatMap(([status, byActor]) =>
    Object.entries(byActor).map(([actor, outcome]) => ({
      action: action as MacdAction,
      status: status as MacdStatus,
      actor: actor as Actor,
      outcome,
    })),
  ),
);

describe('MACD state machine', () => {
  it('covers every status, action and person', () => {
    expect(cases).toHaveLength(6 * 5 * 5);
  });

  it.each(cases)('$action on a $status request by the $actor → $outcome', async ({ action, status, actor, outcome }) => {
    const requestId = await requestIn(status);
    const eventsBefore = await database.prisma.macdEvent.count({ where: { requestId } });
    const result = await act(action, requestId, actor).then(
      (view) => ({ outcome: 'moves' as const, view, message: '' }),
      (error: unknown) => {
        if (!isLedgerlineError(error)) throw error;
        return { outcome: error.code, view: undefined, message: error.message };
      },
    );
    expect(result.outcome).toBe(outcome);
    const stored = await database.prisma.macdRequest.findUniqueOrThrow({
      where: { id: requestId },
      include: { events: { orderBy: { id: 'asc' } } },
    });
    if (outcome === 'moves') {
      expect(stored.status).toBe(nextStatus[action]);
      expect(stored.events).toHaveLength(eventsBefore + 1);
      expect(stored.events.at(-1)).toMatchObject({ actor: users[actor].email, fromStatus: status, toStatus: nextStatus[action] });
      expect(result.view?.status).toBe(nextStatus[action]);
    } else {
      expect(stored.status).toBe(status);
      expect(stored.events).toHaveLength(eventsBefore);
    }
    if (outcome === 'CONFLICT' && status !== 'submitted') expect(result.message).toContain('Bea Approver');
  });
});
