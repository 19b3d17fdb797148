import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant/create-assistant.js';
import type { AskInput } from '../../src/assistant/assistant.js';
import type { Assistant } from '../../src/assistant/assistant.js';
import type { Database } from '../../src/db/open-database.js';
import { actOnAlert } from '../../src/domain/alerts/act-on-alert.js';
import { needsChannelMessage } from '../../src/domain/alerts/chat-subscription-rules.js';
import type { ChatPlace } from '../../src/domain/shared/chat-place.js';
import type { Viewer } from '../../src/domain/shared/viewer.js';
import { silentLogger } from '../../src/logger.js';
import { openTestDatabase } from '../support/test-database.js';
import { fixtureAsOf, loadFixtureEnterprise } from '../tools/support/fixture-enterprise.js';

// Subscriptions from chat, through the whole assistant (offline planner, tools, presenters): the
// channel is the place the surface passes, never something the question or a model chooses.

let database: Database;
let assistant: Assistant;
const admin: Viewer = { displayName: 'Ada Admin', role: 'admin', costCenterScope: '*' };
const viewer: Viewer = { displayName: 'Val Viewer', role: 'viewer', costCenterScope: '*' };
const finance: ChatPlace = { platform: 'slack', channelId: 'C-FINANCE' };
const ops: ChatPlace = { platform: 'teams', channelId: '19:ops@thread.tacv2' };

beforeAll(async () => {
  database = await openTestDatabase();
  await loadFixtureEnterprise(database.prisma);
  assistant = createAssistant({ prisma: database.prisma, now: () => fixtureAsOf, logger: silentLogger });
});
afterAll(async () => database.close());

const ask = (question: string, who: Viewer, place?: ChatPlace): AskInput => ({
  question,
  conversationKey: `subscriptions:${place?.channelId ?? 'none'}:${question}`,
  viewer: who,
  surface: place?.platform ?? 'cli',
  ...(place ? { place } : {}),
});

const storedSubscription = (place: ChatPlace) =>
  database.prisma.subscription.findUnique({ where: { platform_channelId: { platform: place.platform, channelId: place.channelId } } });

describe('channel subscriptions from chat', () => {
  it('subscribes the channel asked in, lists it, and unsubscribes it', async () => {
    const subscribed = await assistant.ask(ask('Subscribe this channel to anomalies for CC100', admin, finance));
    expect(subscribed.toolCalls.map((call) => call.name)).toEqual(['subscribe_channel']);
    expect(subscribed.text).toContain('CC100');
    expect((await storedSubscription(finance))?.alertKinds).toEqual(['anomaly']);
    // Another channel is untouched.
    expect(await storedSubscription(ops)).toBeNull();

    const digest = await assistant.ask(ask('send budget alerts here as a daily digest', admin, finance));
    expect(digest.text).toContain('digest');
    const stored = await storedSubscription(finance);
    expect(stored?.alertKinds).toEqual(['anomaly', 'budget']);
    expect(stored?.filters).toMatchObject({ isDigest: true, byKind: { anomaly: { costCenters: ['CC100'] }, budget: { costCenters: [] } } });

    const listed = await assistant.ask(ask('What is this channel subscribed to?', viewer, finance));
    expect(listed.toolCalls.map((call) => call.name)).toEqual(['list_channel_subscriptions']);
    expect(listed.text).toContain('CC100');
    expect(listed.text).toContain('digest');

    const stopBudgets = await assistant.ask(ask('stop budget alerts here', admin, finance));
    expect(stopBudgets.toolCalls[0]?.arguments).toEqual({ kinds: ['budget'] });
    expect((await storedSubscription(finance))?.alertKinds).toEqual(['anomaly']);

    const unsubscribed = await assistant.ask(ask('unsubscribe', admin, finance));
    expect(unsubscribed.toolCalls.map((call) => call.name)).toEqual(['unsubscribe_channel']);
    expect(unsubscribed.text).toContain('no alerts');
    expect(await storedSubscription(finance)).toBeNull();
  });

  it('refuses a viewer with a FORBIDDEN explanation and changes nothing', async () => {
    const answer = await assistant.ask(ask('subscribe this channel to budget alerts', viewer, ops));
    expect(answer.toolCalls[0]?.error?.code).toBe('FORBIDDEN');
    expect(answer.text).toContain('Only approvers and admins');
    expect(await storedSubscription(ops)).toBeNull();
  });

  it('lets an approver limited to some cost centers subscribe only for them', async () => {
    const approver: Viewer = { displayName: 'Sam Approver', role: 'approver', costCenterScope: ['CC200'] };
    const everything = await assistant.ask(ask('subscribe this channel to anomalies', approver, ops));
    expect(everything.toolCalls[0]?.error?.code).toBe('FORBIDDEN');
    const own = await assistant.ask(ask('subscribe this channel to anomalies for CC200', approver, ops));
    expect(own.toolCalls[0]?.error).toBeUndefined();
    expect((await storedSubscription(ops))?.alertKinds).toEqual(['anomaly']);
  });

  it('without a place, says subscriptions are per channel', async () => {
    for (const question of ['subscribe this channel to anomalies', 'unsubscribe', 'what is this channel subscribed to?']) {
      const answer = await assistant.ask(ask(question, admin));
      expect(answer.text, question).toContain(needsChannelMessage);
    }
    expect(await database.prisma.subscription.count({ where: { channelId: 'console' } })).toBe(0);
  });

  it('shows recent alerts with their delivery status, and which failed', async () => {
    const alert = await database.prisma.alert.create({
      data: {
        kind: 'budget',
        dedupeKey: 'budget:CC100:2026-11:100',
        title: 'Sales is over its November budget',
        payload: {
          message: {
            kind: 'budget',
            title: 'Sales is over its November budget',
            summary: 'USD 1,200.00 of USD 1,000.00',
            facts: [],
            actions: [],
            freshness: '',
          },
          scope: { costCenters: ['CC100'], vendors: [] },
          finding: null,
        },
        status: 'failed',
        deliveries: {
          create: [
            { platform: 'slack', channelId: 'C-FINANCE', status: 'sent', attempts: 1 },
            { platform: 'teams', channelId: ops.channelId, status: 'failed', attempts: 5, lastError: 'Teams returned 502' },
          ],
        },
      },
    });
    const failed = await assistant.ask(ask('which alerts failed?', viewer, finance));
    expect(failed.toolCalls[0]).toMatchObject({ name: 'list_alerts', arguments: { statuses: ['failed'] } });
    expect(failed.text).toContain(`#${alert.id}`);
    expect(failed.text).toContain('Teams returned 502');
    // In the Slack channel, its own delivery went out.
    const here = await assistant.ask(ask('alerts in this channel', viewer, finance));
    expect(here.table?.rows[0]).toMatchObject({ id: String(alert.id), status: 'sent' });
    // Who handled it shows beside it.
    await actOnAlert(
      { alertId: alert.id, action: 'acknowledge', actor: admin, at: fixtureAsOf },
      { prisma: database.prisma, now: () => fixtureAsOf },
    );
    const handled = await assistant.ask(ask('recent alerts', viewer, finance));
    expect(handled.text).toContain(`#${alert.id}`);
    expect(handled.text).toContain('Acknowledged by Ada Admin');
    // A viewer of another cost center does not see it.
    const other = await assistant.ask(ask('recent alerts', { displayName: 'Eng', role: 'viewer', costCenterScope: ['CC200'] }, finance));
    expect(other.text).not.toContain(`#${alert.id}`);
  });
});
