import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../src/db/generated/client.js';
import type { Database } from '../../src/db/open-database.js';
import { loadMacdRequestView } from '../../src/domain/macd/macd-request-view.js';
import { createMacdNotificationJob } from '../../src/jobs/macd-notification-jobs.js';
import { silentLogger } from '../../src/logger.js';
import { openTestDatabase } from '../support/test-database.js';
import { slashCommandRequest, textOf } from '../slack/support/slack-testbed.js';
import { loadMacdFixture, today, type PersonName } from './support/macd-fixture.js';
import { startMacdSlackTestbed, type MacdSlackTestbed } from './support/macd-slack-testbed.js';
import { viewSubmission, type CapturedView } from './support/slack-payloads.js';

// One of two approvers cannot be reached on Slack (chat.postMessage answers channel_not_found):
// the request exists once, the requester reads who has it and who does not, a resubmit of the
// form returns that request, and the retry job reaches the other approver once Slack accepts.

let database: Database;
let users: Record<PersonName, User>;
let bed: MacdSlackTestbed;

beforeAll(async () => {
  database = await openTestDatabase();
  users = await loadMacdFixture(database.prisma);
  bed = await startMacdSlackTestbed({ database, now: () => today });
});
afterAll(async () => {
  await bed.close();
  await database.close();
});

const slackId = (person: PersonName) => users[person].slackUserId ?? '';
const approvalPostsTo = (person: PersonName, requestId: number) =>
  bed.fake
    .callsTo('chat.postMessage')
    .filter((call) => call.body.channel === slackId(person) && String(call.body.text).startsWith(`Request ${requestId}:`));
const delivered = (calls: ReturnType<typeof approvalPostsTo>) => calls.filter((call) => call.response?.ok === true);
const requesterTexts = () =>
  bed.fake
    .callsTo('chat.postMessage')
    .filter((call) => call.body.channel === slackId('requester'))
    .map((call) => String(call.body.text));

async function openForm(words: string, triggerId: string): Promise<CapturedView> {
  await bed.send(
    slashCommandRequest({ text: `request ${words}`, responseUrl: bed.fake.responseUrl(triggerId), triggerId, user: slackId('requester') }),
  );
  await bed.fake.waitFor((calls) =>
    calls.some((call) => call.method === 'views.update' && (call.body.view as { callback_id?: string }).callback_id === 'macd_request'),
  );
  await bed.settle();
  return bed.fake.callsTo('views.update').at(-1)?.body.view as CapturedView;
}

async function submit(view: CapturedView, viewId: string) {
  const sent = await bed.send(
    viewSubmission({ view, viewId, values: { service: 'S1', date: '2026-12-15', reason: 'Employee left' }, user: slackId('requester') }),
  );
  await bed.settle();
  return sent;
}

describe('MACD submit on Slack when one approver cannot be reached', () => {
  it('creates one request, tells the requester who was reached, answers a resubmit with the same request, and retries the other approver', async () => {
    bed.fake.failPostsTo(slackId('secondApprover'), 'channel_not_found');
    const form = await openForm('disconnect 253-555-0100', 'trigger-a');
    const first = await submit(form, 'V-first');
    expect([first.status, first.body]).toEqual([200, '']);

    const requests = await database.prisma.macdRequest.findMany();
    expect(requests).toHaveLength(1);
    const requestId = requests[0]?.id ?? 0;
    expect(delivered(approvalPostsTo('approver', requestId))).toHaveLength(1);
    expect(approvalPostsTo('secondApprover', requestId).map((call) => call.response?.error)).toEqual(['channel_not_found']);
    expect(requesterTexts().at(-1)).toBe(
      `Your request ${requestId} (Disconnect 253-555-0100 (mobile line, Verizon Wireless)) was submitted and is waiting for approval. ` +
        'Approvers notified: Alan Approver. Could not reach Bea Approver on Slack; Ledgerline keeps trying.',
    );
    // The request lists who has it and who is still being tried.
    const listed = (await loadMacdRequestView(requestId, { prisma: database.prisma }))?.notifications;
    expect(listed?.map((notification) => [notification.approverName, notification.state, notification.attempts])).toEqual([
      ['Alan Approver', 'sent', 1],
      ['Bea Approver', 'pending', 1],
    ]);
    expect(listed?.[1]?.lastError).toContain('channel_not_found');
    expect(listed?.[1]?.nextAttemptAt).toBe(new Date(today.getTime() + 5 * 60_000).toISOString());

    // The person fills in the same form again (a new modal): the same request, nobody messaged twice.
    const again = await openForm('disconnect 253-555-0100', 'trigger-b');
    const second = await submit(again, 'V-second');
    expect([second.status, second.body]).toEqual([200, '']);
    expect(await database.prisma.macdRequest.count()).toBe(1);
    expect(requesterTexts().at(-1)).toContain(`Your request ${requestId} (`);
    expect(requesterTexts().at(-1)).toContain(
      'You had already submitted this form; this is that request. Approvers notified: Alan Approver. Could not reach Bea Approver',
    );
    expect(delivered(approvalPostsTo('approver', requestId))).toHaveLength(1);
    expect(approvalPostsTo('secondApprover', requestId)).toHaveLength(1);

    // Slack accepts Bea again; the job retries only once her backoff has passed.
    bed.fake.failPostsTo(slackId('secondApprover'), null);
    const job = createMacdNotificationJob({ notifiers: () => [bed.surface.macdNotifier] });
    const runAt = (minutes: number) => {
      const now = new Date(today.getTime() + minutes * 60_000);
      return job.run({
        prisma: database.prisma,
        now: () => now,
        logger: silentLogger,
        asOf: now.toISOString().slice(0, 10),
        destinations: [],
      });
    };
    await runAt(2);
    expect(approvalPostsTo('secondApprover', requestId)).toHaveLength(1);
    await runAt(6);
    expect(delivered(approvalPostsTo('secondApprover', requestId))).toHaveLength(1);
    expect(textOf(delivered(approvalPostsTo('secondApprover', requestId))[0]?.body.blocks)).toContain('saves USD 45.00 a month');
    await runAt(30);
    expect(approvalPostsTo('secondApprover', requestId)).toHaveLength(2);
    expect(delivered(approvalPostsTo('approver', requestId))).toHaveLength(1);
    const states = (await loadMacdRequestView(requestId, { prisma: database.prisma }))?.notifications.map(
      (notification) => notification.state,
    );
    expect(states).toEqual(['sent', 'sent']);
    // Both copies are recorded, so a decision redraws Bea's message too.
    expect((await database.prisma.macdMessage.findMany({ where: { requestId } })).map((message) => message.conversationId).sort()).toEqual([
      'UALAN',
      'UBEA',
    ]);
  });
});
