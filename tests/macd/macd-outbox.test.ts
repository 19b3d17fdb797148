import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../src/db/generated/client.js';
import type { Database } from '../../src/db/open-database.js';
import { deliverMacdNotifications } from '../../src/domain/macd/deliver-macd-notifications.js';
import type { MacdApproverNotifier } from '../../src/domain/macd/macd-approver-notifier.js';
import { cancelMacdRequest } from '../../src/domain/macd/cancel-macd-request.js';
import { submitMacdRequest } from '../../src/domain/macd/submit-macd-request.js';
import { openTestDatabase } from '../support/test-database.js';
import { domainDeps, loadMacdFixture, today, viewerOf, type PersonName } from './support/macd-fixture.js';

// The outbox and the resubmit rule in the domain, without a chat platform: what the adapters rely on.

let database: Database;
let users: Record<PersonName, User>;
const as = (person: PersonName) => viewerOf(users[person]);
const at = (minutes: number) => domainDeps(database.prisma, () => new Date(today.getTime() + minutes * 60_000));

beforeAll(async () => {
  database = await openTestDatabase();
  users = await loadMacdFixture(database.prisma);
});
afterAll(async () => database.close());

/** A notifier that records what it was asked to send and refuses the recipients in `refusing`. */
function recordingNotifier(refusing: Set<string>, delayMs = 0): MacdApproverNotifier & { sent: string[] } {
  const sent: string[] = [];
  return {
    platform: 'slack',
    sent,
    async send({ recipientId, request }) {
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (refusing.has(recipientId)) throw new Error('An API error occurred: channel_not_found');
      sent.push(`${recipientId}:${request.id}`);
      return { conversationId: recipientId, messageId: `${request.id}.${sent.length}` };
    },
  };
}

const add = {
  kind: 'add',
  serviceType: 'mobile_line',
  vendor: 'Verizon',
  plan: 'Unlimited',
  location: 'Chicago HQ',
  costCenter: 'CC100',
  assignee: 'New Hire',
  date: '2026-12-10',
};

describe('MACD outbox and resubmits', () => {
  it('two presses of Submit at once on two forms (no shared key) make one request', async () => {
    const [first, second] = await Promise.all([
      submitMacdRequest({ requester: as('requester'), values: add, notify: { platform: 'slack' } }, at(0)),
      submitMacdRequest({ requester: as('requester'), values: add, notify: { platform: 'slack' } }, at(0)),
    ]);
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(first.request.id).toBe(second.request.id);
    expect([first.isResubmit, second.isResubmit].sort()).toEqual([false, true]);
    expect(await database.prisma.macdRequest.count({ where: { kind: 'add' } })).toBe(1);
    expect(await database.prisma.macdNotification.count({ where: { requestId: first.request.id } })).toBe(2);

    // Another plan is another request; the same form after the window is a new one too.
    const other = await submitMacdRequest({ requester: as('requester'), values: { ...add, plan: 'Basic' } }, at(1));
    expect(other.ok && other.request.id !== first.request.id).toBe(true);
    const later = await submitMacdRequest({ requester: as('requester'), values: add }, at(11));
    expect(later.ok && later.request.id !== first.request.id && !later.isResubmit).toBe(true);
  });

  it('a resubmit of a cancelled request makes a new one', async () => {
    const values = { kind: 'change', service: 'S7', attribute: 'assignee', newValue: 'Lobby' };
    const first = await submitMacdRequest({ requester: as('requester'), values }, at(0));
    if (!first.ok) throw new Error(first.error.message);
    await cancelMacdRequest({ requestId: first.request.id, actor: as('requester') }, at(1));
    const again = await submitMacdRequest({ requester: as('requester'), values }, at(2));
    expect(again.ok && again.request.id !== first.request.id && !again.isResubmit).toBe(true);
  });

  it('each due notification is sent once among concurrent runs; a refused one is retried with backoff and given up after the last attempt', async () => {
    const values = { kind: 'disconnect', service: 'S6', date: '2026-12-20', reason: 'left' };
    const submitted = await submitMacdRequest({ requester: as('requester'), values, notify: { platform: 'slack' } }, at(0));
    if (!submitted.ok) throw new Error(submitted.error.message);
    const requestId = submitted.request.id;
    const refusing = new Set(['UBEA']);
    const notifier = recordingNotifier(refusing, 20);
    const runs = await Promise.all(
      [1, 2, 3, 4].map(() => deliverMacdNotifications({ notifiers: [notifier], requestId, maxAttempts: 3 }, at(0))),
    );
    expect(notifier.sent).toEqual([`UALAN:${requestId}`]);
    expect(runs.reduce((sum, run) => sum + run.sent, 0)).toBe(1);
    expect(runs.reduce((sum, run) => sum + run.retrying, 0)).toBe(1);

    const bea = () => database.prisma.macdNotification.findFirstOrThrow({ where: { requestId, recipientId: 'UBEA' } });
    expect((await bea()).nextAttemptAt.toISOString()).toBe(new Date(today.getTime() + 5 * 60_000).toISOString());
    await deliverMacdNotifications({ notifiers: [notifier], maxAttempts: 3 }, at(4));
    expect((await bea()).attempts).toBe(1);
    await deliverMacdNotifications({ notifiers: [notifier], maxAttempts: 3 }, at(5));
    // Second failure: the wait doubles.
    expect([(await bea()).attempts, (await bea()).nextAttemptAt.toISOString()]).toEqual([
      2,
      new Date(today.getTime() + 15 * 60_000).toISOString(),
    ]);
    await deliverMacdNotifications({ notifiers: [notifier], maxAttempts: 3 }, at(15));
    expect([(await bea()).state, (await bea()).attempts, (await bea()).lastError]).toEqual([
      'failed',
      3,
      'An API error occurred: channel_not_found',
    ]);
    await deliverMacdNotifications({ notifiers: [notifier], maxAttempts: 3 }, at(600));
    expect((await bea()).attempts).toBe(3);
    expect(notifier.sent.filter((entry) => entry.endsWith(`:${requestId}`))).toEqual([`UALAN:${requestId}`]);
  });

  it('an approver still being retried is not sent a request that was cancelled meanwhile', async () => {
    const values = { kind: 'disconnect', service: 'S3', date: '2026-12-20', reason: 'retired' };
    const submitted = await submitMacdRequest({ requester: as('requester'), values, notify: { platform: 'slack' } }, at(0));
    if (!submitted.ok) throw new Error(submitted.error.message);
    const notifier = recordingNotifier(new Set(['UBEA']));
    await deliverMacdNotifications({ notifiers: [notifier], requestId: submitted.request.id }, at(0));
    await cancelMacdRequest({ requestId: submitted.request.id, actor: as('requester') }, at(1));
    await deliverMacdNotifications({ notifiers: [recordingNotifier(new Set())] }, at(10));
    const states = await database.prisma.macdNotification.findMany({
      where: { requestId: submitted.request.id },
      orderBy: { id: 'asc' },
      select: { recipientId: true, state: true },
    });
    expect(states).toEqual([
      { recipientId: 'UALAN', state: 'sent' },
      { recipientId: 'UBEA', state: 'skipped' },
    ]);
  });
});
