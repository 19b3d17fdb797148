import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/open-database.js';
import type { AlertDestination, AlertMessage } from '../../src/domain/alerts/alert-destination.js';
import { createAlerts } from '../../src/domain/alerts/create-alerts.js';
import { createConsoleDestination } from '../../src/domain/alerts/create-console-destination.js';
import { dispatchAlerts } from '../../src/domain/alerts/dispatch-alerts.js';
import { subscribeChannel } from '../../src/domain/alerts/subscribe-channel.js';
import { silentLogger } from '../../src/logger.js';
import { openTestDatabase } from '../support/test-database.js';
import { budgetDraft } from './alert-drafts.js';

/** A chat platform that fails its first `failures` posts, then works. */
function flakyDestination(platform: 'slack' | 'teams', failures: number) {
  const received: Array<{ channelId: string; message: AlertMessage }> = [];
  let calls = 0;
  const destination: AlertDestination = {
    platform,
    post: async (channelId, message) => {
      calls += 1;
      if (calls <= failures) throw new Error(`${platform} is down (call ${calls})`);
      received.push({ channelId, message });
      return { messageRef: `${platform}-ts-${calls}` };
    },
  };
  return { destination, received, calls: () => calls };
}

describe('alert outbox', () => {
  let database: Database;
  const delays: number[] = [];
  const sleep = async (milliseconds: number) => void delays.push(milliseconds);
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  beforeEach(async () => {
    await database.prisma.alert.deleteMany();
    await database.prisma.subscription.deleteMany();
    delays.length = 0;
  });
  afterAll(async () => database.close());

  it('stores an alert once however often the same finding is created', async () => {
    const deps = { prisma: database.prisma, logger: silentLogger };
    const first = await createAlerts([budgetDraft('CC-630', 100)], deps);
    const second = await createAlerts([budgetDraft('CC-630', 100), budgetDraft('CC-630', 120)], deps);
    expect(first.map((alert) => alert.dedupeKey)).toEqual(['budget:CC-630:2026-11-01:100:exceeded']);
    expect(second.map((alert) => alert.dedupeKey)).toEqual(['budget:CC-630:2026-11-01:120:exceeded']);
    expect(await database.prisma.alert.count()).toBe(2);
  });

  it('delivers exactly once to a destination that fails then recovers, without holding up the others', async () => {
    const deps = { prisma: database.prisma, logger: silentLogger };
    await subscribeChannel({ platform: 'slack', channelId: 'C-FINOPS', kinds: ['budget'] }, deps);
    await subscribeChannel({ platform: 'console', channelId: 'console', kinds: ['budget'] }, deps);
    await subscribeChannel({ platform: 'teams', channelId: 'T-FINANCE', kinds: ['budget'] }, deps);
    const [alert] = await createAlerts([budgetDraft('CC-630', 100)], deps);
    const slack = flakyDestination('slack', 2);
    const teams = flakyDestination('teams', 99);
    let printed = '';
    const console = createConsoleDestination({ write: (text: string) => (printed += text) });

    const summary = await dispatchAlerts(
      { destinations: [slack.destination, teams.destination, console], maxAttempts: 4, baseDelayMs: 100, sleep },
      deps,
    );
    await dispatchAlerts({ destinations: [slack.destination, teams.destination, console], sleep }, deps);

    expect(summary).toEqual({ sent: 2, failed: 1, waiting: 0 });
    expect(slack.received).toHaveLength(1);
    expect(slack.received[0]).toMatchObject({
      channelId: 'C-FINOPS',
      message: { alertId: alert!.id, title: 'CC-630 passed 100% of its November budget' },
    });
    expect(printed.match(/CC-630 passed 100%/g)).toHaveLength(1);
    expect(teams.calls()).toBe(4);
    expect([...delays].sort((left, right) => left - right)).toEqual([100, 100, 200, 200, 400]);
    const deliveries = await database.prisma.alertDelivery.findMany({ orderBy: { platform: 'asc' } });
    expect(deliveries.map(({ platform, status, attempts, messageRef }) => ({ platform, status, attempts, messageRef }))).toEqual([
      { platform: 'console', status: 'sent', attempts: 1, messageRef: expect.stringContaining('console:console:') },
      { platform: 'slack', status: 'sent', attempts: 3, messageRef: 'slack-ts-3' },
      { platform: 'teams', status: 'failed', attempts: 4, messageRef: null },
    ]);
    expect(deliveries.find((delivery) => delivery.platform === 'teams')?.lastError).toBe('teams is down (call 4)');
    expect((await database.prisma.alert.findUniqueOrThrow({ where: { id: alert!.id } })).status).toBe('failed');
  });

  it('keeps deliveries for a platform that is not running and posts them when it is', async () => {
    const deps = { prisma: database.prisma, logger: silentLogger };
    await subscribeChannel({ platform: 'slack', channelId: 'C-FINOPS', kinds: ['budget'] }, deps);
    await createAlerts([budgetDraft('CC-630', 100)], deps);
    expect(await dispatchAlerts({ destinations: [], sleep }, deps)).toEqual({ sent: 0, failed: 0, waiting: 1 });
    const slack = flakyDestination('slack', 0);
    expect(await dispatchAlerts({ destinations: [slack.destination], sleep }, deps)).toEqual({ sent: 1, failed: 0, waiting: 0 });
    expect(slack.received).toHaveLength(1);
  });

  it('posts only what a filtered subscription asked for, and a digest channel gets one message', async () => {
    const deps = { prisma: database.prisma, logger: silentLogger };
    await subscribeChannel({ platform: 'slack', channelId: 'C-630', kinds: ['budget'], costCenters: ['CC-630'] }, deps);
    await subscribeChannel({ platform: 'slack', channelId: 'C-DIGEST', kinds: ['budget'], isDigest: true }, deps);
    await createAlerts([budgetDraft('CC-630', 100), budgetDraft('CC-100', 100), budgetDraft('CC-100', 120)], deps);
    const slack = flakyDestination('slack', 0);
    await dispatchAlerts({ destinations: [slack.destination], sleep }, deps);
    const byChannel = (channelId: string) =>
      slack.received.filter((post) => post.channelId === channelId).map((post) => post.message.title);
    expect(byChannel('C-630')).toEqual(['CC-630 passed 100% of its November budget']);
    expect(byChannel('C-DIGEST')).toEqual(['3 new alerts']);
    expect(slack.received.find((post) => post.channelId === 'C-DIGEST')?.message.summary).toContain('CC-100 passed 120%');
  });
});
