import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/open-database.js';
import { actOnAlert } from '../../src/domain/alerts/act-on-alert.js';
import type { AlertDestination, AlertMessage } from '../../src/domain/alerts/alert-destination.js';
import { createAlerts } from '../../src/domain/alerts/create-alerts.js';
import { dispatchAlerts } from '../../src/domain/alerts/dispatch-alerts.js';
import { subscribeChannel } from '../../src/domain/alerts/subscribe-channel.js';
import { isLedgerlineError } from '../../src/errors.js';
import { silentLogger } from '../../src/logger.js';
import { openTestDatabase } from '../support/test-database.js';
import { budgetDraft } from './alert-drafts.js';

const ana = { displayName: 'Ana Ruiz', userId: 1, role: 'approver' as const, costCenterScope: '*' as const };
const bo = { displayName: 'Bo Chen', userId: 2, role: 'admin' as const, costCenterScope: '*' as const };

describe('actOnAlert', () => {
  let database: Database;
  let clock = new Date('2026-11-26T10:00:00Z');
  const deps = () => ({ prisma: database.prisma, now: () => clock, logger: silentLogger });
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  beforeEach(async () => {
    await database.prisma.alert.deleteMany();
    await database.prisma.subscription.deleteMany();
    clock = new Date('2026-11-26T10:00:00Z');
  });
  afterAll(async () => database.close());

  it('two people acknowledging at the same moment: one acknowledgement, the other is told who was first', async () => {
    const [alert] = await createAlerts([budgetDraft('CC-630', 100)], deps());
    const results = await Promise.all(
      [ana, bo].map((actor) => actOnAlert({ alertId: alert!.id, action: 'acknowledge', actor, at: clock }, deps())),
    );
    expect(results.map((result) => result.outcome).sort()).toEqual(['already-done', 'done']);
    const first = results.find((result) => result.outcome === 'done')!;
    const second = results.find((result) => result.outcome === 'already-done')!;
    expect(second.reply).toBe(
      `${first.state.acknowledged!.actorName} already acknowledged this alert (26 Nov 2026 10:00 UTC); nothing changed.`,
    );
    expect(second.message.status).toEqual([`Acknowledged by ${first.state.acknowledged!.actorName} · 26 Nov 2026 10:00 UTC`]);
    expect(await database.prisma.alertFeedback.count()).toBe(1);
  });

  it('refuses a person whose cost centers the alert is not about, and an alert that does not exist', async () => {
    const [alert] = await createAlerts([budgetDraft('CC-630', 100)], deps());
    const outsider = { displayName: 'Cy', role: 'approver' as const, costCenterScope: ['CC-100'] };
    const refused = await actOnAlert({ alertId: alert!.id, action: 'snooze-7d', actor: outsider, at: clock }, deps()).catch(
      (error: unknown) => error,
    );
    expect(isLedgerlineError(refused) && refused.code).toBe('FORBIDDEN');
    const missing = await actOnAlert({ alertId: alert!.id + 1000, action: 'acknowledge', actor: ana, at: clock }, deps()).catch(
      (error: unknown) => error,
    );
    expect(isLedgerlineError(missing) && missing.code).toBe('NOT_FOUND');
  });

  it('a snoozed cost center posts its next budget alert only after the 7 days', async () => {
    const posted: AlertMessage[] = [];
    const slack: AlertDestination = {
      platform: 'slack',
      post: async (_channel, message) => (posted.push(message), { messageRef: `C1:${posted.length}` }),
    };
    await subscribeChannel({ platform: 'slack', channelId: 'C1', kinds: ['budget'] }, deps());
    const [first] = await createAlerts([budgetDraft('CC-630', 100)], deps());
    await dispatchAlerts({ destinations: [slack] }, deps());
    await actOnAlert({ alertId: first!.id, action: 'snooze-7d', actor: ana, at: clock }, deps());

    clock = new Date('2026-11-29T10:00:00Z');
    await createAlerts([budgetDraft('CC-630', 120), budgetDraft('CC-100', 100)], deps());
    expect(await dispatchAlerts({ destinations: [slack] }, deps())).toEqual({ sent: 1, failed: 0, waiting: 1 });
    expect(posted.map((message) => message.title)).toEqual([
      'CC-630 passed 100% of its November budget',
      'CC-100 passed 100% of its November budget',
    ]);

    clock = new Date('2026-12-03T10:00:01Z');
    expect(await dispatchAlerts({ destinations: [slack] }, deps())).toEqual({ sent: 1, failed: 0, waiting: 0 });
    expect(posted.at(-1)?.title).toBe('CC-630 passed 120% of its November budget');
  });
});
