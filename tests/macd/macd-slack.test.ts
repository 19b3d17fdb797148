import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { User } from '../../src/db/generated/client.js';
import type { Database } from '../../src/db/open-database.js';
import type { RecordedCall } from '../../scripts/support/fake-slack-api.js';
import { openTestDatabase } from '../support/test-database.js';
import { buttonsOf, slashCommandRequest, textOf } from '../slack/support/slack-testbed.js';
import { loadMacdFixture, today, type PersonName } from './support/macd-fixture.js';
import { startMacdSlackTestbed, type MacdSlackTestbed } from './support/macd-slack-testbed.js';
import { blockSuggestion, kindPicked, messageButtonClick, viewSubmission, type CapturedView } from './support/slack-payloads.js';

let database: Database;
let users: Record<PersonName, User>;
let bed: MacdSlackTestbed;
let clicks = 0;

beforeAll(async () => {
  database = await openTestDatabase();
  users = await loadMacdFixture(database.prisma);
  bed = await startMacdSlackTestbed({ database, now: () => today });
});
afterAll(async () => {
  await bed.close();
  await database.close();
});
beforeEach(() => bed.fake.clear());

const slackId = (person: PersonName) => users[person].slackUserId ?? '';
const viewOf = (call: RecordedCall | undefined) => call?.body.view as CapturedView & { external_id?: string };
const postsTo = (person: PersonName) => bed.fake.callsTo('chat.postMessage').filter((call) => call.body.channel === slackId(person));
const lastPostTo = (person: PersonName) => postsTo(person).at(-1);

async function openForm(words: string, person: PersonName = 'requester'): Promise<CapturedView> {
  const sent = await bed.send(
    slashCommandRequest({
      text: `request ${words}`.trim(),
      responseUrl: bed.fake.responseUrl('command'),
      triggerId: `t-${(clicks += 1)}`,
      user: slackId(person),
    }),
  );
  expect(sent.status).toBe(200);
  await bed.settle();
  await bed.fake.waitFor((calls) =>
    calls.some(
      (call) => call.method === (words && !['move', 'add', 'change', 'disconnect'].includes(words) ? 'views.update' : 'views.open'),
    ),
  );
  return viewOf(bed.fake.callsTo('views.update').at(-1) ?? bed.fake.callsTo('views.open').at(-1));
}

async function submitForm(
  view: CapturedView,
  values: Record<string, string>,
  person: PersonName = 'requester',
  viewId = `V-${(clicks += 1)}`,
) {
  const sent = await bed.send(viewSubmission({ view, viewId, values, user: slackId(person) }));
  await bed.settle();
  return { status: sent.status, body: sent.body === '' ? {} : (JSON.parse(sent.body) as Record<string, unknown>), viewId };
}

async function click(person: PersonName, actionId: string, on: RecordedCall | undefined, triggerId = `click-${(clicks += 1)}`) {
  const channel = String(on?.body.channel);
  const requestId = buttonsOf(on?.body.blocks).find((button) => button.action_id === actionId)?.value ?? '0';
  // The message's ts as Slack returned it when it was posted (kept for in-place updates).
  const recorded = await database.prisma.macdMessage.findFirst({ where: { requestId: Number(requestId), conversationId: channel } });
  const ts = recorded?.messageId ?? 'notice-ts';
  const sent = await bed.send(messageButtonClick({ actionId, value: requestId, user: slackId(person), channel, messageTs: ts, triggerId }));
  expect(sent.status).toBe(200);
  await bed.settle();
  return { triggerId, requestId: Number(requestId) };
}

/** Submits a request through the modal and returns the approval messages it produced. */
async function requestThroughModal(words: string, values: Record<string, string>, person: PersonName = 'requester') {
  const view = await openForm(words, person);
  const submitted = await submitForm(view, values, person);
  expect(submitted.body).toEqual({});
  const request = await database.prisma.macdRequest.findFirstOrThrow({ orderBy: { id: 'desc' } });
  return { request, view };
}

const buttonLabels = (call: RecordedCall | undefined) => buttonsOf(call?.body.blocks).map((button) => button.text.text);
const updatesOf = (requestId: number) =>
  bed.fake.callsTo('chat.update').filter((call) => String(call.body.text).startsWith(`Request ${requestId}:`));

describe('MACD through the Slack adapter', () => {
  it('words → prefilled modal → picker → field errors → submit → approver message → approve → work → completed, inventory changed', async () => {
    const started = performance.now();
    const sent = await bed.send(
      slashCommandRequest({
        text: 'request disconnect 253-555-0100',
        responseUrl: bed.fake.responseUrl('c1'),
        triggerId: 'trigger-1',
        user: slackId('requester'),
      }),
    );
    expect(sent.status).toBe(200);
    await bed.fake.waitFor((calls) => calls.some((call) => call.method === 'views.update'));
    await bed.settle();
    // The modal opened inside Slack's 3-second trigger window, then filled in from the words.
    const opened = bed.fake.callsTo('views.open')[0];
    expect(opened?.body.trigger_id).toBe('trigger-1');
    expect((opened?.at ?? Infinity) - (bed.fake.calls[0]?.at ?? 0)).toBeLessThan(3_000);
    expect(performance.now() - started).toBeLessThan(3_000);
    const update = bed.fake.callsTo('views.update')[0];
    expect(update?.body.external_id).toBe(viewOf(opened).external_id);
    const form = viewOf(update);
    expect(form.blocks.map((block) => block.block_id)).toEqual(['macd_kind', 'macd_service', 'macd_date', 'macd_reason']);
    expect(textOf(form.blocks)).toContain('253-555-0100 · mobile line · Verizon Wireless · Chicago HQ');
    expect(bed.questions).toEqual([]);

    const options = await bed.send(blockSuggestion({ view: form, query: '253-555', user: slackId('requester') }));
    expect((JSON.parse(options.body) as { options: Array<{ value: string }> }).options.map((option) => option.value)).toEqual([
      'S1',
      'S6',
      'S7',
    ]);

    const invalid = await submitForm(form, { service: 'S1', date: '2026-11-01' });
    expect(invalid.body).toEqual({
      response_action: 'errors',
      errors: { macd_date: 'The date 2026-11-01 is in the past.', macd_reason: 'Enter a reason.' },
    });
    expect(await database.prisma.macdRequest.count()).toBe(0);

    const valid = await submitForm(form, { service: 'S1', date: '2026-12-15', reason: 'Employee left' });
    expect(valid.body).toEqual({});
    const request = await database.prisma.macdRequest.findFirstOrThrow({ where: { serviceId: { not: null } } });
    const toAlan = lastPostTo('approver');
    const toBea = lastPostTo('secondApprover');
    expect(postsTo('outsider')).toEqual([]);
    for (const message of [toAlan, toBea]) {
      expect(textOf(message?.body.blocks)).toContain(`Request ${request.id} · Disconnect 253-555-0100 (mobile line, Verizon Wireless)`);
      expect(textOf(message?.body.blocks)).toContain('*Current monthly cost*\\nUSD 45.00');
      expect(textOf(message?.body.blocks)).toContain('saves USD 45.00 a month');
      expect(buttonLabels(message)).toEqual(['Approve', 'Reject']);
    }
    expect(String(lastPostTo('requester')?.body.text)).toBe(
      `Your request ${request.id} (Disconnect 253-555-0100 (mobile line, Verizon Wireless)) was submitted and is waiting for approval. Approvers notified: Alan Approver and Bea Approver.`,
    );

    // Slack delivers the same submission again: no second request, no second set of messages.
    const postsBefore = bed.fake.callsTo('chat.postMessage').length;
    const retried = await submitForm(form, { service: 'S1', date: '2026-12-15', reason: 'Employee left' }, 'requester', valid.viewId);
    expect(retried.body).toEqual({});
    expect(await database.prisma.macdRequest.count()).toBe(1);
    expect(bed.fake.callsTo('chat.postMessage')).toHaveLength(postsBefore);

    bed.fake.clear();
    const approval = await click('approver', 'macd_approve', toAlan);
    const updates = updatesOf(request.id);
    expect(updates.map((call) => call.body.channel).sort()).toEqual(['UALAN', 'UBEA']);
    for (const updated of updates) {
      expect(textOf(updated.body.blocks)).toContain('Approved by Alan Approver on 26 Nov 2026');
      expect(buttonLabels(updated)).toEqual(['Start work']);
    }
    expect(String(lastPostTo('requester')?.body.text)).toContain(`Your request ${request.id}`);
    expect(String(lastPostTo('requester')?.body.text)).toContain('Approved by Alan Approver on 26 Nov 2026.');

    // The same click delivered again changes nothing and says nothing.
    bed.fake.clear();
    await click('approver', 'macd_approve', toAlan, approval.triggerId);
    expect(bed.fake.calls).toEqual([]);

    await click('approver', 'macd_start', updates[0]);
    await click('approver', 'macd_complete', updatesOf(request.id).at(-1));
    expect(textOf(updatesOf(request.id).at(-1)?.body.blocks)).toContain('Completed by Alan Approver on 26 Nov 2026');
    expect(buttonLabels(updatesOf(request.id).at(-1))).toEqual([]);
    expect(String(lastPostTo('requester')?.body.text)).toContain('Completed by Alan Approver');
    const line = await database.prisma.service.findUniqueOrThrow({ where: { externalId: 'S1' } });
    expect([line.status, line.endDate?.toISOString().slice(0, 10)]).toEqual(['disconnected', '2026-12-15']);
  });

  it('picking the kind redraws the form; a plain /ledger question still goes to the assistant', async () => {
    const picker = await openForm('');
    expect(picker.blocks.map((block) => block.block_id)).toEqual(['macd_kind']);
    await bed.send(kindPicked({ view: picker, viewId: 'V-kind', kind: 'move', user: slackId('requester') }));
    await bed.fake.waitFor((calls) => calls.some((call) => call.method === 'views.update'));
    const update = bed.fake.callsTo('views.update')[0];
    expect(update?.body.view_id).toBe('V-kind');
    expect(viewOf(update).blocks.map((block) => block.block_id)).toEqual(['macd_kind', 'macd_service', 'macd_newLocation', 'macd_date']);
    await bed.send(
      slashCommandRequest({ text: 'how many lines in Chicago', responseUrl: bed.fake.responseUrl('q'), user: slackId('requester') }),
    );
    await bed.settle();
    expect(bed.questions).toEqual(['how many lines in Chicago']);
  });

  it('reject asks for a reason, updates the message with it and tells the requester', async () => {
    const { request } = await requestThroughModal('change 253-555-0177', { service: 'S6', attribute: 'assignee', newValue: 'Sales Pool' });
    const message = lastPostTo('approver');
    await click('approver', 'macd_reject', message);
    await bed.fake.waitFor((calls) =>
      calls.some((call) => call.method === 'views.open' && viewOf(call).callback_id === 'macd_reject_reason'),
    );
    const reasonModal = viewOf(bed.fake.callsTo('views.open').at(-1));
    expect(reasonModal.callback_id).toBe('macd_reject_reason');
    const empty = await submitForm(reasonModal, { reason: ' ' }, 'approver');
    expect(empty.body).toEqual({ response_action: 'errors', errors: { macd_reason: 'Give a reason for the rejection.' } });
    const rejected = await submitForm(reasonModal, { reason: 'Sam still uses it' }, 'approver');
    expect(rejected.body).toEqual({});
    await bed.settle();
    const updated = updatesOf(request.id);
    expect(updated).toHaveLength(2);
    expect(textOf(updated[0]?.body.blocks)).toContain('Rejected by Alan Approver on 26 Nov 2026: Sam still uses it');
    expect(String(lastPostTo('requester')?.body.text)).toContain('Rejected by Alan Approver on 26 Nov 2026: Sam still uses it.');
    expect((await database.prisma.service.findUniqueOrThrow({ where: { externalId: 'S6' } })).assignee).toBe('Sam Sales');
  });

  it("the requester cancels from their notice; the approvers' messages show it", async () => {
    const { request } = await requestThroughModal('move 253-555-0188', { service: 'S7', newLocation: 'Austin Office', date: '2026-12-01' });
    const notice = lastPostTo('requester');
    expect(buttonLabels(notice)).toEqual(['Cancel request']);
    await click('requester', 'macd_cancel', notice);
    expect((await database.prisma.macdRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe('cancelled');
    expect(
      updatesOf(request.id)
        .map((call) => call.body.channel)
        .sort(),
    ).toEqual(['UALAN', 'UBEA']);
    expect(textOf(updatesOf(request.id)[0]?.body.blocks)).toContain('Cancelled by Rita Requester');
  });

  it('self-approval and out-of-scope approvers are refused, privately, and nothing changes', async () => {
    const { request } = await requestThroughModal(
      'change 415-555-0199',
      { service: 'S5', attribute: 'monthly_cost', newValue: '40' },
      'secondApprover',
    );
    // Bea asked; CC200's other approver is Otto. Bea clicks Approve on Otto's message; Alan (CC100 only) too.
    const toOtto = lastPostTo('outsider');
    expect(postsTo('approver').filter((call) => String(call.body.text).startsWith(`Request ${request.id}:`))).toEqual([]);
    expect(textOf(toOtto?.body.blocks)).toContain('saves USD 15.00 a month');
    const respondedBefore = bed.fake.callsTo('response_url').length;
    const sendWithResponse = async (person: PersonName) => {
      const payload = messageButtonClick({
        actionId: 'macd_approve',
        value: String(request.id),
        user: slackId(person),
        channel: 'UOTTO',
        messageTs: '1',
        triggerId: `x-${(clicks += 1)}`,
      });
      const body = new URLSearchParams(payload.rawBody);
      const parsed = JSON.parse(body.get('payload') ?? '{}') as Record<string, unknown>;
      parsed.response_url = bed.fake.responseUrl(person);
      await bed.send({ ...payload, rawBody: new URLSearchParams({ payload: JSON.stringify(parsed) }).toString() });
      await bed.settle();
    };
    await sendWithResponse('secondApprover');
    await sendWithResponse('approver');
    const replies = bed.fake
      .callsTo('response_url')
      .slice(respondedBefore)
      .map((call) => call.body.text);
    expect(replies).toEqual([
      `You cannot approve your own request ${request.id}; another approver has to decide it.`,
      `Only an approver of cost center CC200 can approve request ${request.id}.`,
    ]);
    expect((await database.prisma.macdRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe('submitted');
    expect(updatesOf(request.id)).toEqual([]);
  });

  it('two approvers click at the same moment: exactly one decision; the other is told who decided', async () => {
    const { request } = await requestThroughModal('disconnect 312-555-0900', { service: 'S3', date: '2026-12-31', reason: 'POTS retired' });
    const messages = { approver: lastPostTo('approver'), secondApprover: lastPostTo('secondApprover') };
    const clickWithResponse = (person: 'approver' | 'secondApprover') => {
      const payload = JSON.parse(
        new URLSearchParams(
          messageButtonClick({
            actionId: 'macd_approve',
            value: String(request.id),
            user: slackId(person),
            channel: slackId(person),
            messageTs: String(messages[person]?.at),
            triggerId: `both-${person}`,
          }).rawBody,
        ).get('payload') ?? '{}',
      ) as Record<string, unknown>;
      payload.response_url = bed.fake.responseUrl(`both-${person}`);
      return bed.send({
        rawBody: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
        contentType: 'application/x-www-form-urlencoded',
      });
    };
    await Promise.all([clickWithResponse('approver'), clickWithResponse('secondApprover')]);
    await bed.settle();
    const decisions = await database.prisma.macdEvent.findMany({ where: { requestId: request.id, fromStatus: 'submitted' } });
    expect(decisions).toHaveLength(1);
    const winner = decisions[0]?.actor === users.approver.email ? users.approver : users.secondApprover;
    const refusals = bed.fake.callsTo('response_url').filter((call) => String(call.body.responseUrl).startsWith('both-'));
    expect(refusals.map((call) => call.body.text)).toEqual([
      `That changed in the meantime: Request ${request.id} was already approved by ${winner.name} on 2026-11-26.`,
    ]);
    const finalTexts = new Set(updatesOf(request.id).map((call) => textOf(call.body.blocks).includes(`Approved by ${winner.name}`)));
    expect([...finalTexts]).toEqual([true]);
  });
});
