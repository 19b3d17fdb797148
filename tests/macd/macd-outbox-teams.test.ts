import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../../src/db/generated/client.js';
import type { Database } from '../../src/db/open-database.js';
import { loadMacdRequestView } from '../../src/domain/macd/macd-request-view.js';
import { createMacdNotificationJob } from '../../src/jobs/macd-notification-jobs.js';
import { silentLogger } from '../../src/logger.js';
import { openTestDatabase } from '../support/test-database.js';
import { loadMacdFixture, today, type PersonName } from './support/macd-fixture.js';
import { startMacdTeamsTestbed, type MacdTeamsTestbed } from './support/macd-teams-testbed.js';

// Through the Agents SDK adapter: one of two approvers' personal chats answers 404 (in real Teams,
// someone who never installed the app). The submit is one request and a truthful receipt, never
// "Something went wrong" over a request that exists; a resubmit returns it; the job retries.

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

type Card = { body: Array<Record<string, unknown>>; actions?: Array<{ title: string; verb: string; data: Record<string, unknown> }> };
const teamsId = (person: PersonName) => users[person].teamsUserId ?? '';
const chatOf = (person: PersonName) => `a:personal-${teamsId(person)}`;

async function press(person: PersonName, verb: string, data: Record<string, unknown>, replyToId: string): Promise<Card> {
  const response = await bed.post({
    channelId: 'msteams',
    from: { id: teamsId(person), name: users[person].name },
    conversation: { conversationType: 'personal', tenantId: 'tenant-1', id: chatOf(person) },
    recipient: { id: '28:ledgerline', name: 'Ledgerline' },
    channelData: { tenant: { id: 'tenant-1' } },
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: `i-${(sequence += 1)}`,
    replyToId,
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  });
  expect(response.status).toBe(200);
  return (response.body as { value: Card }).value;
}

const texts = (card: Card) => JSON.stringify(card.body);
const approvalCardsTo = (person: PersonName, requestId: number) =>
  bed.connector.posted.filter(
    (entry) => entry.conversationId === chatOf(person) && JSON.stringify(entry.activity).includes(`Request ${requestId} ·`),
  );
const values = { kind: 'disconnect', service: 'S1', date: '2026-12-15', reason: 'Employee left' };

describe('MACD submit in Teams when one approver cannot be reached', () => {
  it('creates one request, tells the requester who was reached, answers a resubmit with the same request, and retries the other approver', async () => {
    bed.connector.unreachable.add(teamsId('secondApprover'));
    const receipt = await press('requester', 'macd.submit', values, 'form-card-1');

    const requests = await database.prisma.macdRequest.findMany();
    expect(requests).toHaveLength(1);
    const requestId = requests[0]?.id ?? 0;
    expect(texts(receipt)).toContain(
      `Your request ${requestId} (Disconnect 253-555-0100 (mobile line, Verizon Wireless)) was submitted and is waiting for approval. ` +
        'Approvers notified: Alan Approver. Could not reach Bea Approver on Teams (Ledgerline may not be installed for them); Ledgerline keeps trying.',
    );
    expect(texts(receipt)).not.toContain('Something went wrong');
    expect(receipt.actions?.map((action) => action.title)).toEqual(['Cancel request']);
    expect(approvalCardsTo('approver', requestId)).toHaveLength(1);
    expect(approvalCardsTo('secondApprover', requestId)).toHaveLength(0);
    expect(bed.connector.refused).toEqual([`create chat with ${teamsId('secondApprover')}`]);
    const listed = (await loadMacdRequestView(requestId, { prisma: database.prisma }))?.notifications;
    expect(listed?.map((notification) => [notification.approverName, notification.state, notification.attempts])).toEqual([
      ['Alan Approver', 'sent', 1],
      ['Bea Approver', 'pending', 1],
    ]);
    expect(listed?.[1]?.lastError).toContain('404');

    // "Try again" on a fresh form card: the request that exists, nobody told twice.
    const again = await press('requester', 'macd.submit', values, 'form-card-2');
    expect(await database.prisma.macdRequest.count()).toBe(1);
    expect(texts(again)).toContain(`Your request ${requestId} (`);
    expect(texts(again)).toContain('You had already submitted this form; this is that request.');
    expect(approvalCardsTo('approver', requestId)).toHaveLength(1);
    expect(bed.connector.refused).toHaveLength(1);

    // Bea installs the app; the job reaches her once her backoff has passed, and only her.
    bed.connector.unreachable.delete(teamsId('secondApprover'));
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
    expect(approvalCardsTo('secondApprover', requestId)).toHaveLength(0);
    await runAt(6);
    await runAt(30);
    const toBea = approvalCardsTo('secondApprover', requestId);
    expect(toBea).toHaveLength(1);
    expect(approvalCardsTo('approver', requestId)).toHaveLength(1);
    expect(
      (await loadMacdRequestView(requestId, { prisma: database.prisma }))?.notifications.map((notification) => notification.state),
    ).toEqual(['sent', 'sent']);

    // Her card works like any other: approving it redraws Alan's copy.
    const approved = await press('secondApprover', 'macd.approve', { requestId }, toBea[0]?.activityId ?? '');
    expect(texts(approved)).toContain('Approved by Bea Approver on 26 Nov 2026');
    const alanCard = approvalCardsTo('approver', requestId)[0]?.activityId ?? '';
    expect(JSON.stringify(bed.connector.latestCard(alanCard))).toContain('Approved by Bea Approver on 26 Nov 2026');
  });
});
