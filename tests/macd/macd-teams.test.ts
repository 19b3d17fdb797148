import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { User } from '../../src/db/generated/client.js';
import type { Database } from '../../src/db/open-database.js';
import { openTestDatabase } from '../support/test-database.js';
import { loadMacdFixture, today, type PersonName } from './support/macd-fixture.js';
import { startMacdTeamsTestbed, type MacdTeamsTestbed } from './support/macd-teams-testbed.js';

let database: Database;
let users: Record<PersonName, User>;
let bed: MacdTeamsTestbed;
let sequence = 0;

beforeAll(async () => {
  database = await openTestDatabase();
  users = await loadMacdFixture(database.prisma);
  bed = await startMacdTeamsTestbed({ database, now: () => today });
});
afterAll(async () => {
  await bed.close();
  await database.close();
});
beforeEach(() => bed.connector.clear());

type Card = { body: Array<Record<string, unknown>>; actions?: Array<{ title: string; verb: string; data: Record<string, unknown> }> };
const teamsId = (person: PersonName) => users[person].teamsUserId ?? '';
const chatOf = (person: PersonName) => `a:personal-${teamsId(person)}`;
const base = (person: PersonName) => ({
  channelId: 'msteams',
  from: { id: teamsId(person), name: users[person].name },
  conversation: { conversationType: 'personal', tenantId: 'tenant-1', id: chatOf(person) },
  recipient: { id: '28:ledgerline', name: 'Ledgerline' },
  channelData: { tenant: { id: 'tenant-1' } },
});

async function say(person: PersonName, text: string): Promise<Card | undefined> {
  await bed.post({ ...base(person), type: 'message', id: `m-${(sequence += 1)}`, text });
  const reply = bed.connector.posted.filter((entry) => entry.conversationId === chatOf(person)).at(-1);
  return (reply?.activity.attachments as Array<{ content: Card }> | undefined)?.[0]?.content;
}

/** Presses an Action.Execute button (with the card's inputs merged into data, as Teams does). */
async function press(
  person: PersonName,
  verb: string,
  data: Record<string, unknown>,
  options: { replyToId?: string; activityId?: string } = {},
) {
  const response = await bed.post({
    ...base(person),
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: options.activityId ?? `i-${(sequence += 1)}`,
    replyToId: options.replyToId ?? `card-${sequence}`,
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  });
  expect(response.status).toBe(200);
  const body = response.body as { statusCode: number; type: string; value: Card };
  expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
  return body.value;
}

const texts = (card: Card | undefined) => JSON.stringify(card?.body ?? []);
const verbs = (card: Card | undefined) => (card?.actions ?? []).map((action) => action.title);
const approvalCardFor = (person: PersonName, requestId: number) =>
  bed.connector.posted.find(
    (entry) => entry.conversationId === chatOf(person) && JSON.stringify(entry.activity).includes(`Request ${requestId} ·`),
  );
const inputIds = (card: Card | undefined) =>
  (card?.body ?? []).filter((element) => String(element.type).startsWith('Input.')).map((element) => element.id);

async function submitRequest(person: PersonName, values: Record<string, string>) {
  const receipt = await press(person, 'macd.submit', values);
  const request = await database.prisma.macdRequest.findFirstOrThrow({ orderBy: { id: 'desc' } });
  return { receipt, request };
}

describe('MACD through the Teams adapter', () => {
  it('words → prefilled card → errors in the refreshed card → submit → approval cards → approve → requester told → complete → inventory changed', async () => {
    const form = await say('requester', '<at>Ledgerline</at> request disconnect 253-555-0100');
    expect(form?.body.find((element) => element.id === 'kind')?.value).toBe('disconnect');
    const service = form?.body.find((element) => element.id === 'service') as {
      type: string;
      value: string;
      choices: Array<{ value: string }>;
    };
    expect([service.type, service.value]).toEqual(['Input.ChoiceSet', 'S1']);
    expect(service.choices.map((choice) => choice.value)).toEqual(expect.arrayContaining(['S1', 'S6', 'S7']));
    expect(service.choices.map((choice) => choice.value)).not.toContain('S5');
    expect(inputIds(form)).toEqual(['kind', 'service', 'date', 'reason']);
    expect(form?.body.find((element) => element.id === 'date')?.type).toBe('Input.Date');

    const invalid = await press(
      'requester',
      'macd.submit',
      { kind: 'disconnect', service: 'S1', date: '2026-11-01' },
      { replyToId: 'form-1' },
    );
    expect(inputIds(invalid)).toEqual(['kind', 'service', 'date', 'reason']);
    const errorAfter = (field: string) => invalid.body[invalid.body.findIndex((element) => element.id === field) + 1];
    expect(errorAfter('date')).toMatchObject({ type: 'TextBlock', text: 'The date 2026-11-01 is in the past.', color: 'Attention' });
    expect(errorAfter('reason')).toMatchObject({ type: 'TextBlock', text: 'Enter a reason.', color: 'Attention' });
    expect(await database.prisma.macdRequest.count()).toBe(0);

    const values = { kind: 'disconnect', service: 'S1', date: '2026-12-15', reason: 'Employee left' };
    const receipt = await press('requester', 'macd.submit', values, { replyToId: 'form-1', activityId: 'submit-1' });
    const request = await database.prisma.macdRequest.findFirstOrThrow();
    expect(texts(receipt)).toContain(
      `Your request ${request.id} (Disconnect 253-555-0100 (mobile line, Verizon Wireless)) was submitted and is waiting for approval. Approvers notified: Alan Approver and Bea Approver.`,
    );
    expect(verbs(receipt)).toEqual(['Cancel request']);
    const toAlan = approvalCardFor('approver', request.id);
    const toBea = approvalCardFor('secondApprover', request.id);
    expect(approvalCardFor('outsider', request.id)).toBeUndefined();
    for (const posted of [toAlan, toBea]) {
      const card = bed.connector.latestCard(posted?.activityId ?? '') as Card;
      expect(texts(card)).toContain('"title":"Current monthly cost","value":"USD 45.00"');
      expect(texts(card)).toContain('saves USD 45.00 a month');
      expect(verbs(card)).toEqual(['Approve', 'Reject']);
    }

    // Teams delivers the same submission again: the same receipt, nothing new posted.
    const postedBefore = bed.connector.posted.length;
    expect(texts(await press('requester', 'macd.submit', values, { replyToId: 'form-1', activityId: 'submit-1' }))).toContain(
      `Your request ${request.id}`,
    );
    expect(bed.connector.posted).toHaveLength(postedBefore);
    expect(await database.prisma.macdRequest.count()).toBe(1);

    const approved = await press(
      'approver',
      'macd.approve',
      { requestId: request.id, reason: '' },
      { replyToId: toAlan?.activityId ?? '', activityId: 'approve-1' },
    );
    expect(texts(approved)).toContain('Approved by Alan Approver on 26 Nov 2026');
    expect(verbs(approved)).toEqual(['Start work']);
    expect(bed.connector.updated.map((entry) => [entry.conversationId, entry.activityId])).toEqual([
      [chatOf('secondApprover'), toBea?.activityId],
    ]);
    expect(texts(bed.connector.latestCard(toBea?.activityId ?? '') as Card)).toContain('Approved by Alan Approver on 26 Nov 2026');
    const toRita = bed.connector.posted.filter((entry) => entry.conversationId === chatOf('requester')).at(-1);
    expect(JSON.stringify(toRita?.activity)).toContain(
      `Your request ${request.id} (Disconnect 253-555-0100 (mobile line, Verizon Wireless)): Approved by Alan Approver on 26 Nov 2026.`,
    );

    // The same press delivered again: the current card, no second event, no second notice.
    const eventsBefore = await database.prisma.macdEvent.count({ where: { requestId: request.id } });
    const postsBefore = bed.connector.posted.length;
    expect(
      verbs(
        await press(
          'approver',
          'macd.approve',
          { requestId: request.id },
          { replyToId: toAlan?.activityId ?? '', activityId: 'approve-1' },
        ),
      ),
    ).toEqual(['Start work']);
    expect(await database.prisma.macdEvent.count({ where: { requestId: request.id } })).toBe(eventsBefore);
    expect(bed.connector.posted).toHaveLength(postsBefore);

    expect(verbs(await press('approver', 'macd.start', { requestId: request.id }, { replyToId: toAlan?.activityId ?? '' }))).toEqual([
      'Mark completed',
    ]);
    const completed = await press('approver', 'macd.complete', { requestId: request.id }, { replyToId: toAlan?.activityId ?? '' });
    expect(texts(completed)).toContain('Completed by Alan Approver on 26 Nov 2026');
    expect(verbs(completed)).toEqual([]);
    const line = await database.prisma.service.findUniqueOrThrow({ where: { externalId: 'S1' } });
    expect([line.status, line.endDate?.toISOString().slice(0, 10)]).toEqual(['disconnected', '2026-12-15']);
  });

  it('reject needs a reason; the requester reads it', async () => {
    const { request } = await submitRequest('requester', { kind: 'change', service: 'S6', attribute: 'assignee', newValue: 'Sales Pool' });
    const card = approvalCardFor('approver', request.id);
    const noReason = await press('approver', 'macd.reject', { requestId: request.id, reason: '' }, { replyToId: card?.activityId ?? '' });
    // The error sits under the reason field, like a form's field errors.
    const reasonAt = noReason.body.findIndex((element) => element.id === 'reason');
    expect(noReason.body[reasonAt + 1]).toMatchObject({ type: 'TextBlock', text: 'Give a reason for the rejection.', color: 'Attention' });
    expect(verbs(noReason)).toEqual(['Approve', 'Reject']);
    const rejected = await press(
      'approver',
      'macd.reject',
      { requestId: request.id, reason: 'Sam still uses it' },
      { replyToId: card?.activityId ?? '' },
    );
    expect(texts(rejected)).toContain('Rejected by Alan Approver on 26 Nov 2026: Sam still uses it');
    expect(JSON.stringify(bed.connector.posted.filter((entry) => entry.conversationId === chatOf('requester')).at(-1)?.activity)).toContain(
      'Rejected by Alan Approver on 26 Nov 2026: Sam still uses it.',
    );
  });

  it('two approvers press Approve at once: exactly one decision; the other card says who decided', async () => {
    const { request } = await submitRequest('requester', { kind: 'disconnect', service: 'S3', date: '2026-12-31', reason: 'POTS retired' });
    const [alan, bea] = await Promise.all([
      press(
        'approver',
        'macd.approve',
        { requestId: request.id },
        { replyToId: approvalCardFor('approver', request.id)?.activityId ?? '' },
      ),
      press(
        'secondApprover',
        'macd.approve',
        { requestId: request.id },
        { replyToId: approvalCardFor('secondApprover', request.id)?.activityId ?? '' },
      ),
    ]);
    const decisions = await database.prisma.macdEvent.findMany({ where: { requestId: request.id, fromStatus: 'submitted' } });
    expect(decisions).toHaveLength(1);
    const winner = decisions[0]?.actor === users.approver.email ? users.approver.name : users.secondApprover.name;
    const loserCard = winner === users.approver.name ? bea : alan;
    expect(texts(loserCard)).toContain(`Request ${request.id} was already approved by ${winner} on 2026-11-26.`);
    expect(texts(alan)).toContain(`Approved by ${winner}`);
    expect(texts(bea)).toContain(`Approved by ${winner}`);
  });

  it('self-approval and out-of-scope approvers are refused in the card; the requester can cancel', async () => {
    const { request } = await submitRequest('secondApprover', { kind: 'change', service: 'S5', attribute: 'assignee', newValue: 'Eve E.' });
    const own = await press('secondApprover', 'macd.approve', { requestId: request.id });
    expect(texts(own)).toContain(`You cannot approve your own request ${request.id}; another approver has to decide it.`);
    const outOfScope = await press('approver', 'macd.approve', { requestId: request.id });
    expect(texts(outOfScope)).toContain(`Only an approver of cost center CC200 can approve request ${request.id}.`);
    expect((await database.prisma.macdRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe('submitted');
    const ottoCard = approvalCardFor('outsider', request.id);
    const cancelled = await press('secondApprover', 'macd.cancel', { requestId: request.id });
    expect(texts(cancelled)).toContain('Cancelled by Bea Approver on 26 Nov 2026');
    expect(verbs(cancelled)).toEqual([]);
    expect(texts(bed.connector.latestCard(ottoCard?.activityId ?? '') as Card)).toContain('Cancelled by Bea Approver');
  });

  it('every form card marks its required inputs, each with the message Teams shows when it is left empty', async () => {
    const picker = await press('requester', 'macd.form', {});
    expect(picker.body.find((element) => element.id === 'kind')).toMatchObject({
      isRequired: true,
      errorMessage: 'Pick the kind of request: move, add, change or disconnect.',
    });
    const seen: Record<string, unknown> = {};
    for (const kind of ['move', 'add', 'change', 'disconnect']) {
      const form = await press('requester', 'macd.form', { kind });
      for (const input of form.body.filter((element) => String(element.type).startsWith('Input.'))) {
        seen[String(input.id)] = input.isRequired === true ? input.errorMessage : 'optional';
      }
      // "Other kind" sends no inputs, so empty required fields do not stop it.
      expect(form.actions?.find((action) => action.title === 'Other kind')).toMatchObject({ associatedInputs: 'none' });
    }
    expect(seen).toEqual({
      kind: 'Pick the kind of request: move, add, change or disconnect.',
      service: 'Pick a service.',
      newLocation: 'Enter the new location.',
      date: 'Pick a date.',
      serviceType: 'Pick a service type.',
      vendor: 'Enter the vendor.',
      plan: 'Enter the plan.',
      location: 'Enter the location.',
      costCenter: 'Enter the cost center.',
      assignee: 'Enter who it is for.',
      monthlyCost: 'optional',
      identifier: 'optional',
      attribute: 'Pick what changes.',
      newValue: 'Enter the new value.',
      reason: 'Enter a reason.',
    });
    // The same words come back from the server when a field arrives empty anyway.
    const empty = await press('requester', 'macd.submit', { kind: 'add', date: '2026-12-20' });
    const errorAfter = (field: string) => empty.body[empty.body.findIndex((element) => element.id === field) + 1];
    expect(errorAfter('vendor')).toMatchObject({ type: 'TextBlock', text: 'Enter the vendor.' });
    expect(errorAfter('assignee')).toMatchObject({ type: 'TextBlock', text: 'Enter who it is for.' });
  });

  it('a question that is not a request still goes to the assistant', async () => {
    await say('requester', 'how many lines in Chicago');
    expect(bed.questions).toEqual(['how many lines in Chicago']);
  });
});
