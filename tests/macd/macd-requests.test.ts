import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../src/db/generated/client.js';
import type { Database } from '../../src/db/open-database.js';
import { approveMacdRequest } from '../../src/domain/macd/approve-macd-request.js';
import { cancelMacdRequest } from '../../src/domain/macd/cancel-macd-request.js';
import { completeMacdRequest } from '../../src/domain/macd/complete-macd-request.js';
import { findApprovers } from '../../src/domain/macd/find-approvers.js';
import { getRequestStatus } from '../../src/domain/macd/get-request-status.js';
import { listMyRequests } from '../../src/domain/macd/list-my-requests.js';
import { parseMacdForm } from '../../src/domain/macd/macd-forms.js';
import { prefillMacdForm } from '../../src/domain/macd/prefill-macd-form.js';
import { rejectMacdRequest } from '../../src/domain/macd/reject-macd-request.js';
import { startMacdWork } from '../../src/domain/macd/start-macd-work.js';
import { submitMacdRequest } from '../../src/domain/macd/submit-macd-request.js';
import { isLedgerlineError } from '../../src/errors.js';
import { openTestDatabase } from '../support/test-database.js';
import { domainDeps, loadMacdFixture, viewerOf, type PersonName } from './support/macd-fixture.js';

let database: Database;
let users: Record<PersonName, User>;
const as = (person: PersonName) => viewerOf(users[person]);
const deps = () => domainDeps(database.prisma);

beforeAll(async () => {
  database = await openTestDatabase();
  users = await loadMacdFixture(database.prisma);
});
afterAll(async () => database.close());

async function submitted(values: Record<string, string>, person: PersonName = 'requester') {
  const result = await submitMacdRequest({ requester: as(person), values }, deps());
  if (!result.ok) throw new Error(`submission refused: ${result.error.message}`);
  return result.request;
}

async function errorOf(work: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await work;
  } catch (error) {
    if (isLedgerlineError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

const service = (externalId: string) =>
  database.prisma.service.findUniqueOrThrow({ where: { externalId }, include: { location: true, costCenter: true } });

describe('MACD forms', () => {
  it('names each missing or malformed field, per kind', () => {
    expect(parseMacdForm({ kind: 'move', service: 'S1' })).toEqual({
      ok: false,
      fieldErrors: { newLocation: 'Enter the new location.', date: 'Pick a date.' },
    });
    expect(parseMacdForm({ kind: 'disconnect', service: 'S1', date: '26/11/2026', reason: '' })).toEqual({
      ok: false,
      fieldErrors: { date: 'Pick a date (YYYY-MM-DD).', reason: 'Enter a reason.' },
    });
    const add = parseMacdForm({
      kind: 'add',
      serviceType: 'spaceship',
      vendor: 'Verizon',
      plan: 'Unlimited',
      location: 'Austin',
      costCenter: 'CC100',
      assignee: 'New Hire',
      date: '2026-12-01',
      monthlyCost: 'forty',
    });
    expect(add).toEqual({ ok: false, fieldErrors: { serviceType: 'Pick a service type.', monthlyCost: 'Enter an amount like 45.00.' } });
    expect(parseMacdForm({ kind: 'change', service: 'S1', attribute: 'monthly_cost', newValue: 'cheaper' })).toEqual({
      ok: false,
      fieldErrors: { newValue: 'Enter the new monthly cost like 45.00.' },
    });
  });

  it('refuses a past date, an unknown location and an unknown vendor next to the field', async () => {
    const past = await submitMacdRequest(
      { requester: as('requester'), values: { kind: 'disconnect', service: 'S6', date: '2026-11-01', reason: 'left' } },
      deps(),
    );
    expect(past.ok ? {} : past.fieldErrors).toEqual({ date: 'The date 2026-11-01 is in the past.' });
    const nowhere = await submitMacdRequest(
      { requester: as('requester'), values: { kind: 'move', service: 'S6', newLocation: 'Atlantis', date: '2026-12-01' } },
      deps(),
    );
    expect(nowhere.ok ? '' : nowhere.fieldErrors.newLocation).toMatch(/^No location "Atlantis"\./);
    const ambiguous = await submitMacdRequest(
      { requester: as('requester'), values: { kind: 'move', service: 'S6', newLocation: 'Denver', date: '2026-12-01' } },
      deps(),
    );
    expect(ambiguous.ok ? '' : ambiguous.fieldErrors.newLocation).toBe(
      '"Denver" is several sites: Denver Office, Denver New Site. Pick one.',
    );
    const vendor = await submitMacdRequest(
      {
        requester: as('requester'),
        values: {
          kind: 'add',
          serviceType: 'mobile_line',
          vendor: 'Nokia',
          plan: 'x',
          location: 'Austin Office',
          costCenter: 'CC100',
          assignee: 'New Hire',
          date: '2026-12-01',
        },
      },
      deps(),
    );
    expect(vendor.ok ? '' : vendor.fieldErrors.vendor).toMatch(/^No vendor named "Nokia"\./);
    expect(await database.prisma.macdRequest.count()).toBe(0);
  });

  it("refuses viewers, people unknown to Ledgerline, and services outside the requester's cost centers", async () => {
    const byViewer = await submitMacdRequest(
      { requester: as('viewer'), values: { kind: 'disconnect', service: 'S6', date: '2026-12-01', reason: 'x' } },
      deps(),
    );
    expect(byViewer.ok ? '' : byViewer.error.code).toBe('FORBIDDEN');
    const byStranger = await submitMacdRequest(
      {
        requester: { displayName: 'U999', role: 'requester', costCenterScope: [] },
        values: { kind: 'disconnect', service: 'S6', date: '2026-12-01', reason: 'x' },
      },
      deps(),
    );
    expect(byStranger.ok ? '' : byStranger.error.code).toBe('FORBIDDEN');
    const otherCostCenter = await submitMacdRequest(
      { requester: as('requester'), values: { kind: 'disconnect', service: 'S5', date: '2026-12-01', reason: 'x' } },
      deps(),
    );
    expect(otherCostCenter.ok ? {} : otherCostCenter.fieldErrors).toEqual({ service: 'No service "S5" in your cost centers.' });
  });
});

describe('MACD lifecycle', () => {
  it('disconnect: summary with the saving, approval, work, completion; the inventory follows only at completion', async () => {
    const request = await submitted({ kind: 'disconnect', service: '253-555-0100', date: '2026-12-15', reason: 'Employee left' });
    expect(request).toMatchObject({
      kind: 'disconnect',
      status: 'submitted',
      title: 'Disconnect 253-555-0100 (mobile line, Verizon Wireless)',
      costCenter: { code: 'CC100', name: 'Sales' },
      currentMonthlyCost: { amount: '45.00', currency: 'USD' },
      monthlyImpact: { amount: '-45.00', currency: 'USD', effect: 'saving' },
      dueDate: '2026-12-15',
    });
    const approvers = await findApprovers({ costCenterId: (await service('S1')).costCenterId, requesterId: users.requester.id }, deps());
    expect(approvers.map((approver) => approver.email)).toEqual(['alan@example.com', 'bea@example.com']);

    await approveMacdRequest({ requestId: request.id, actor: as('approver') }, deps());
    expect((await service('S1')).status).toBe('active');
    await startMacdWork({ requestId: request.id, actor: as('approver'), note: 'Order V-123 placed' }, deps());
    const done = await completeMacdRequest({ requestId: request.id, actor: as('approver') }, deps());
    const line = await service('S1');
    expect(line.status).toBe('disconnected');
    expect(line.endDate?.toISOString().slice(0, 10)).toBe('2026-12-15');
    expect(done.events.map((event) => [event.actorName, event.fromStatus, event.toStatus, event.note])).toEqual([
      ['Rita Requester', null, 'submitted', null],
      ['Alan Approver', 'submitted', 'approved', null],
      ['Alan Approver', 'approved', 'in_progress', 'Order V-123 placed'],
      ['Alan Approver', 'in_progress', 'completed', null],
    ]);
    expect(done.decision).toMatchObject({ status: 'approved', byName: 'Alan Approver' });
  });

  it('refuses a request for a disconnected service, and one for a service with an open request, with the reason', async () => {
    const gone = await submitMacdRequest(
      { requester: as('requester'), values: { kind: 'disconnect', service: 'S4', date: '2026-12-01', reason: 'x' } },
      deps(),
    );
    expect(gone.ok ? '' : `${gone.error.code}: ${gone.fieldErrors.service}`).toBe(
      'CONFLICT: 303-555-0103 is already disconnected since 2026-06-30.',
    );
    const first = await submitted({ kind: 'change', service: 'S3', attribute: 'assignee', newValue: 'Security Desk' });
    const second = await submitMacdRequest(
      { requester: as('requester'), values: { kind: 'disconnect', service: 'S3', date: '2026-12-01', reason: 'x' } },
      deps(),
    );
    expect(second.ok ? '' : second.fieldErrors.service).toBe(
      `312-555-0900 already has open request ${first.id} (change, submitted); finish or cancel it first.`,
    );
    await cancelMacdRequest({ requestId: first.id, actor: as('requester') }, deps());
    expect(
      (
        await submitMacdRequest(
          { requester: as('requester'), values: { kind: 'disconnect', service: 'S3', date: '2026-12-01', reason: 'POTS retired' } },
          deps(),
        )
      ).ok,
    ).toBe(true);
  });

  it('move changes the location; change updates the named attribute; both only on completion', async () => {
    const move = await submitted({ kind: 'move', service: 'MPLS-DEN-0002', newLocation: 'Denver New Site', date: '2026-12-10' });
    expect(move.monthlyImpact).toEqual({ amount: '0.00', currency: 'USD', effect: 'none' });
    await approveMacdRequest({ requestId: move.id, actor: as('secondApprover') }, deps());
    await startMacdWork({ requestId: move.id, actor: as('secondApprover') }, deps());
    expect((await service('S2')).location?.name).toBe('Denver Office');
    await completeMacdRequest({ requestId: move.id, actor: as('secondApprover') }, deps());
    expect((await service('S2')).location?.name).toBe('Denver New Site');

    const change = await submitted({ kind: 'change', service: 'S2', attribute: 'monthly_cost', newValue: '650.50' });
    expect(change.monthlyImpact).toEqual({ amount: '-150.00', currency: 'USD', effect: 'saving' });
    await approveMacdRequest({ requestId: change.id, actor: as('approver') }, deps());
    await startMacdWork({ requestId: change.id, actor: as('approver') }, deps());
    await completeMacdRequest({ requestId: change.id, actor: as('approver') }, deps());
    expect((await service('S2')).monthlyCost?.toFixed(2)).toBe('650.50');

    const costCenter = await submitted({ kind: 'change', service: 'S2', attribute: 'cost_center', newValue: 'Engineering' });
    expect(costCenter.details.newValue).toBe('CC200');
    await approveMacdRequest({ requestId: costCenter.id, actor: as('approver') }, deps());
    await startMacdWork({ requestId: costCenter.id, actor: as('approver') }, deps());
    await completeMacdRequest({ requestId: costCenter.id, actor: as('approver') }, deps());
    expect((await service('S2')).costCenter?.code).toBe('CC200');
  });

  it('add: a pending service when work starts, active on completion, closed if cancelled', async () => {
    const add = await submitted({
      kind: 'add',
      serviceType: 'mobile_line',
      vendor: 'verizon',
      plan: 'Unlimited Pro',
      location: 'Austin Office',
      costCenter: 'Sales',
      assignee: 'New Hire',
      date: '2026-12-05',
      monthlyCost: '60',
    });
    expect(add).toMatchObject({
      title: 'Add mobile line (Verizon Wireless, Unlimited Pro) for New Hire',
      currentMonthlyCost: null,
      monthlyImpact: { amount: '60.00', effect: 'cost' },
    });
    await approveMacdRequest({ requestId: add.id, actor: as('admin') }, deps());
    const started = await startMacdWork({ requestId: add.id, actor: as('admin') }, deps());
    expect(started.service).toMatchObject({
      serviceId: `MACD-${add.id}`,
      status: 'pending',
      vendor: 'Verizon Wireless',
      location: 'Austin Office',
      costCenter: 'CC100 Sales',
      monthlyCost: '60',
    });
    await completeMacdRequest({ requestId: add.id, actor: as('admin') }, deps());
    expect(await service(`MACD-${add.id}`)).toMatchObject({ status: 'active', assignee: 'New Hire' });

    const abandoned = await submitted({
      kind: 'add',
      serviceType: 'circuit',
      vendor: 'Lumen',
      plan: 'DIA 1G',
      location: 'Austin Office',
      costCenter: 'CC100',
      assignee: 'Austin IT',
      date: '2026-12-20',
    });
    await approveMacdRequest({ requestId: abandoned.id, actor: as('approver') }, deps());
    await startMacdWork({ requestId: abandoned.id, actor: as('approver') }, deps());
    await cancelMacdRequest({ requestId: abandoned.id, actor: as('requester'), note: 'site closed' }, deps());
    expect((await service(`MACD-${abandoned.id}`)).status).toBe('disconnected');
  });

  it('rejection carries its reason; self-approval and out-of-scope approvers are refused', async () => {
    const request = await submitted({ kind: 'disconnect', service: 'S6', date: '2026-12-31', reason: 'Not needed' });
    expect(await errorOf(rejectMacdRequest({ requestId: request.id, actor: as('approver'), reason: '  ' }, deps()))).toEqual({
      code: 'INVALID_INPUT',
      message: 'Give a reason for the rejection.',
    });
    expect(await errorOf(approveMacdRequest({ requestId: request.id, actor: as('outsider') }, deps()))).toEqual({
      code: 'FORBIDDEN',
      message: `Only an approver of cost center CC100 can approve request ${request.id}.`,
    });
    const selfApproval = await submitted(
      { kind: 'change', service: 'S5', attribute: 'assignee', newValue: 'Bea Approver' },
      'secondApprover',
    );
    expect(await errorOf(approveMacdRequest({ requestId: selfApproval.id, actor: as('secondApprover') }, deps()))).toEqual({
      code: 'FORBIDDEN',
      message: `You cannot approve your own request ${selfApproval.id}; another approver has to decide it.`,
    });
    const rejected = await rejectMacdRequest({ requestId: request.id, actor: as('secondApprover'), reason: 'Sam still uses it' }, deps());
    expect(rejected.decision).toMatchObject({ status: 'rejected', byName: 'Bea Approver', note: 'Sam still uses it' });
    expect(await errorOf(approveMacdRequest({ requestId: request.id, actor: as('approver') }, deps()))).toEqual({
      code: 'CONFLICT',
      message: `Request ${request.id} was already rejected by Bea Approver on 2026-11-26 (Sam still uses it).`,
    });
    expect((await service('S6')).status).toBe('active');
    const approvers = await findApprovers({ costCenterId: (await service('S1')).costCenterId, requesterId: users.approver.id }, deps());
    expect(approvers.map((approver) => approver.email)).toEqual(['bea@example.com']);
  });

  it('two approvers clicking at once: exactly one decision, the other told who decided', async () => {
    const request = await submitted({ kind: 'change', service: 'S6', attribute: 'assignee', newValue: 'Sales Pool' });
    const outcomes = await Promise.allSettled([
      approveMacdRequest({ requestId: request.id, actor: as('approver') }, deps()),
      rejectMacdRequest({ requestId: request.id, actor: as('secondApprover'), reason: 'no' }, deps()),
      approveMacdRequest({ requestId: request.id, actor: as('approver') }, deps()),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    const decisions = await database.prisma.macdEvent.findMany({ where: { requestId: request.id, fromStatus: 'submitted' } });
    expect(decisions).toHaveLength(1);
    const decider = decisions[0]?.actor === users.approver.email ? 'Alan Approver' : 'Bea Approver';
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') expect(String((outcome.reason as Error).message)).toContain(`by ${decider}`);
    }
  });

  it('an admin decides when no approver covers the cost center; a retried submission creates one request', async () => {
    const approvers = await findApprovers({ costCenterId: null, requesterId: users.requester.id }, deps());
    expect(approvers.map((approver) => [approver.email, approver.isFallback])).toEqual([['ada@example.com', true]]);
    const values = { kind: 'change', service: 'S7', attribute: 'assignee', newValue: 'Reception' };
    const [first, retry] = await Promise.all([
      submitMacdRequest({ requester: as('requester'), values, idempotencyKey: 'slack:view:V1' }, deps()),
      submitMacdRequest({ requester: as('requester'), values, idempotencyKey: 'slack:view:V1' }, deps()),
    ]);
    expect(first.ok && retry.ok && first.request.id === retry.request.id).toBe(true);
    expect([first.ok && first.isDuplicate, retry.ok && retry.isDuplicate].sort()).toEqual([false, true]);
  });

  it('status and lists: the requester sees their own, approvers their scope, others nothing', async () => {
    const mine = await listMyRequests({ viewer: as('requester'), isOpenOnly: true }, deps());
    expect(mine.every((request) => request.requester.email === 'rita@example.com' && request.isOpen)).toBe(true);
    expect(mine.length).toBeGreaterThan(0);
    const [newest] = mine;
    if (!newest) throw new Error('no open request');
    expect((await getRequestStatus({ requestId: newest.id, viewer: as('approver') }, deps())).id).toBe(newest.id);
    expect(await errorOf(getRequestStatus({ requestId: newest.id, viewer: as('outsider') }, deps()))).toEqual({
      code: 'NOT_FOUND',
      message: `There is no request ${newest.id} you can see.`,
    });
  });

  it('words prefill a form and change nothing', async () => {
    const before = await database.prisma.macdRequest.count();
    expect(await prefillMacdForm({ text: 'disconnect 253-555-0177', viewer: as('requester') }, deps())).toMatchObject({
      kind: 'disconnect',
      service: { value: 'S6', label: '253-555-0177 · mobile line · Verizon Wireless · Chicago HQ' },
      values: { service: 'S6' },
    });
    expect(await prefillMacdForm({ text: 'move the Denver circuit to the new site', viewer: as('admin') }, deps())).toMatchObject({
      kind: 'move',
      values: { newLocation: 'new site' },
    });
    expect(await prefillMacdForm({ text: 'disconnect 415-555-0199', viewer: as('requester') }, deps())).toEqual({
      kind: 'disconnect',
      service: null,
      values: {},
    });
    expect(await database.prisma.macdRequest.count()).toBe(before);
  });
});
