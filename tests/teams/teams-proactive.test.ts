import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/assistant/assistant.js';
import type { AlertMessage } from '../../src/domain/alerts/alert-destination.js';
import type { Database } from '../../src/db/open-database.js';
import { createAlerts } from '../../src/domain/alerts/create-alerts.js';
import { dispatchAlerts } from '../../src/domain/alerts/dispatch-alerts.js';
import { subscribeChannel } from '../../src/domain/alerts/subscribe-channel.js';
import { isLedgerlineError } from '../../src/errors.js';
import { silentLogger } from '../../src/logger.js';
import { budgetDraft } from '../alerts/alert-drafts.js';
import { openTestDatabase } from '../support/test-database.js';
import { checkAdaptiveCard } from './check-adaptive-card.js';
import type { TeamsTestbed } from './teams-testbed.js';
import { loadActivity, openTeamsTestbed } from './teams-testbed.js';

// Installation, conversation references and proactive alerts: nothing here asks a question.
const assistantNeverAsked: Assistant = { ask: () => Promise.reject(new Error('these tests ask no question')) };
const now = () => new Date('2026-11-26T12:00:00Z');

const teamChannelId = '19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2';

function alert(alertId: number): AlertMessage {
  return {
    alertId,
    kind: 'budget',
    title: 'Sales is at 112% of its November budget',
    summary: 'USD 56,000.00 spent against a budget of USD 50,000.00.',
    facts: [
      { label: 'Spent', value: 'USD 56,000.00' },
      { label: 'Budget', value: 'USD 50,000.00' },
    ],
    actions: [{ id: 'acknowledge', label: 'Acknowledge', value: String(alertId) }],
    freshness: 'Cloud costs through 25 Nov 2026',
  };
}

let database: Database;
let testbed: TeamsTestbed;

beforeAll(async () => {
  database = await openTestDatabase();
  testbed = await openTeamsTestbed({ database, assistant: assistantNeverAsked, now });
});

afterAll(async () => {
  await testbed.close();
  await database.close();
});

beforeEach(async () => {
  testbed.connector.activities.length = 0;
  testbed.retry.delays.length = 0;
  await database.prisma.conversationReference.deleteMany();
});

describe('Teams installation and proactive alerts', () => {
  it('stores one conversation reference when the app is added to a team, however often Teams says so', async () => {
    const added = loadActivity('msteams-docs_conversationUpdate_bot_added_to_team', testbed.connector.serviceUrl);
    expect((await testbed.post(added)).status).toBe(200);
    expect((await testbed.post(added)).status).toBe(200);

    const references = await database.prisma.conversationReference.findMany();
    expect(references).toHaveLength(1);
    expect(references[0]).toMatchObject({
      platform: 'teams',
      conversationId: teamChannelId,
      reference: {
        serviceUrl: testbed.connector.serviceUrl,
        channelId: 'msteams',
        conversation: { id: teamChannelId, conversationType: 'channel', tenantId: 'b28fdbfd-2b78-4f93-b0f8-8881793f0f8f' },
      },
    });
    expect(testbed.surface.isEmulatorMode).toBe(true);
  });

  it('refreshes the stored reference when the service URL moves', async () => {
    // The docs' sample keeps "<BOT ID>" placeholders; in a real install the recipient is the bot
    // that membersAdded names.
    const bot = { recipient: { id: '28:f5d48856-5b42-41a0-8c3a-c5f944b679b0', name: 'Ledgerline' } };
    await testbed.post(loadActivity('msteams-docs_conversationUpdate_bot_added_personal', testbed.connector.serviceUrl, bot));
    const movedUrl = testbed.connector.serviceUrl.replace('/amer/', '/emea/');
    await testbed.post(loadActivity('msteams-docs_conversationUpdate_bot_added_personal', movedUrl, bot));
    const references = await database.prisma.conversationReference.findMany();
    expect(references).toHaveLength(1);
    expect(references[0]?.reference).toMatchObject({ serviceUrl: movedUrl });
  });

  it('remembers a group chat when the app is installed there (installationUpdate) and forgets nothing on a second install', async () => {
    const groupChat = loadActivity('botbuilder-js_teams_message_groupchat_mention', testbed.connector.serviceUrl);
    const installed = {
      ...groupChat,
      type: 'installationUpdate',
      action: 'add',
      text: undefined,
      entities: undefined,
      attachments: undefined,
    };
    expect((await testbed.post(installed)).status).toBe(200);
    expect((await testbed.post({ ...installed, action: 'add-upgrade' })).status).toBe(200);
    const references = await database.prisma.conversationReference.findMany();
    expect(references.map((reference) => reference.conversationId)).toEqual(['19:groupChatId@thread.v2']);

    // Removed from the chat: no alert should be aimed there any more.
    expect((await testbed.post({ ...installed, action: 'remove' })).status).toBe(200);
    expect(await database.prisma.conversationReference.count()).toBe(0);
  });

  it('posts an alert card into the channel through the stored reference', async () => {
    await testbed.post(loadActivity('msteams-docs_conversationUpdate_bot_added_to_team', testbed.connector.serviceUrl));
    const { messageRef } = await testbed.surface.destination.post(teamChannelId, alert(41), [41]);

    const [delivered] = await testbed.connector.waitForActivities(1);
    expect(delivered?.conversationId).toBe(teamChannelId);
    // A new post in the channel, not a reply to some earlier message.
    expect(delivered?.replyToId).toBeUndefined();
    expect(messageRef).toBe(`${teamChannelId}:activity-1`);
    const attachments = delivered?.activity.attachments as Array<{ contentType: string; content: unknown }>;
    expect(attachments[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(checkAdaptiveCard(attachments[0]?.content)).toEqual([]);
    expect(JSON.stringify(attachments[0]?.content)).toContain('USD 56,000.00');
  });

  it('through the outbox, waits out a 429 (Retry-After) and a 500 from the connector, then delivers once', async () => {
    await testbed.post(loadActivity('msteams-docs_conversationUpdate_bot_added_to_team', testbed.connector.serviceUrl));
    const deps = { prisma: database.prisma, logger: silentLogger };
    await database.prisma.alert.deleteMany();
    await subscribeChannel({ platform: 'teams', channelId: teamChannelId, kinds: ['budget'] }, deps);
    await createAlerts([budgetDraft('CC-420', 100)], deps);
    const attemptsBefore = testbed.connector.attempts;
    testbed.connector.failNext({ status: 429, retryAfterSeconds: 1 }, { status: 500 });

    const delays: number[] = [];
    const summary = await dispatchAlerts(
      { destinations: [testbed.surface.destination], baseDelayMs: 20, sleep: async (milliseconds) => void delays.push(milliseconds) },
      deps,
    );

    expect(summary).toEqual({ sent: 1, failed: 0, waiting: 0 });
    expect(testbed.connector.attempts - attemptsBefore).toBe(3);
    expect(testbed.connector.activities).toHaveLength(1);
    // Retry-After said one second; the 5xx backoff is the outbox's second step. One retry loop:
    // the destination itself waited for nothing.
    expect(delays).toEqual([1000, 40]);
    expect(testbed.retry.delays).toEqual([]);
  });

  it('posts once and throws UNAVAILABLE on a 503, leaving retries to the outbox, which gives up after its last attempt', async () => {
    await testbed.post(loadActivity('msteams-docs_conversationUpdate_bot_added_to_team', testbed.connector.serviceUrl));
    const attemptsBefore = testbed.connector.attempts;
    testbed.connector.failNext({ status: 503 });
    const failure = await testbed.surface.destination.post(teamChannelId, alert(43), [43]).catch((error: unknown) => error);
    expect(isLedgerlineError(failure) && failure.code).toBe('UNAVAILABLE');
    expect(testbed.connector.attempts - attemptsBefore).toBe(1);

    const deps = { prisma: database.prisma, logger: silentLogger };
    await database.prisma.alert.deleteMany();
    await subscribeChannel({ platform: 'teams', channelId: teamChannelId, kinds: ['budget'] }, deps);
    await createAlerts([budgetDraft('CC-430', 100)], deps);
    testbed.connector.failNext({ status: 503 }, { status: 503 }, { status: 503 }, { status: 503 });
    const summary = await dispatchAlerts(
      { destinations: [testbed.surface.destination], maxAttempts: 4, baseDelayMs: 1, sleep: async () => {} },
      deps,
    );
    expect(summary).toEqual({ sent: 0, failed: 1, waiting: 0 });
    expect(testbed.connector.attempts - attemptsBefore).toBe(5);
    expect(testbed.connector.activities).toHaveLength(0);
    // The endpoint still answers afterwards: a failed post never takes the process down.
    expect(
      (await testbed.post(loadActivity('msteams-docs_conversationUpdate_bot_added_to_team', testbed.connector.serviceUrl))).status,
    ).toBe(200);
  });

  it('tries an alert that Teams keeps refusing five times in all, the outbox default, not the outbox times a connector retry', async () => {
    await testbed.post(loadActivity('msteams-docs_conversationUpdate_bot_added_to_team', testbed.connector.serviceUrl));
    const deps = { prisma: database.prisma, logger: silentLogger };
    await database.prisma.alert.deleteMany();
    await subscribeChannel({ platform: 'teams', channelId: teamChannelId, kinds: ['budget'] }, deps);
    await createAlerts([budgetDraft('CC-440', 100)], deps);
    const attemptsBefore = testbed.connector.attempts;
    testbed.connector.failNext(...Array.from({ length: 5 }, () => ({ status: 503 })));

    const delays: number[] = [];
    const summary = await dispatchAlerts(
      { destinations: [testbed.surface.destination], sleep: async (milliseconds) => void delays.push(milliseconds) },
      deps,
    );

    expect(summary).toEqual({ sent: 0, failed: 1, waiting: 0 });
    expect(testbed.connector.attempts - attemptsBefore).toBe(5);
    // The outbox's backoff (1 s doubling) between its five attempts; the connector call never waited.
    expect(delays).toEqual([1000, 2000, 4000, 8000]);
    expect(testbed.retry.delays).toEqual([]);
    // A failed delivery stays failed: a later run does not try it again.
    expect(await dispatchAlerts({ destinations: [testbed.surface.destination], sleep: async () => {} }, deps)).toEqual({
      sent: 0,
      failed: 0,
      waiting: 0,
    });
    expect(testbed.connector.attempts - attemptsBefore).toBe(5);
  });

  it('refuses to post into a conversation the app was never installed in', async () => {
    const failure = await testbed.surface.destination
      .post('19:never-installed@thread.tacv2', alert(44), [44])
      .catch((error: unknown) => error);
    expect(isLedgerlineError(failure) && failure.code).toBe('NOT_FOUND');
  });
});

describe('Teams endpoint with app credentials', () => {
  let secured: TeamsTestbed;
  beforeAll(async () => {
    secured = await openTeamsTestbed({
      database,
      assistant: assistantNeverAsked,
      now,
      credentials: {
        appId: '6c1f1a4e-3c1b-4a53-9c57-2b1b2b0c9d11',
        appPassword: 'not-a-real-secret',
        tenantId: 'b28fdbfd-2b78-4f93-b0f8-8881793f0f8f',
      },
    });
  });
  afterAll(async () => secured.close());

  const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

  it('rejects an activity without a token with 401 and stores nothing', async () => {
    expect(secured.surface.isEmulatorMode).toBe(false);
    const response = await secured.post(loadActivity('msteams-docs_conversationUpdate_bot_added_to_team', secured.connector.serviceUrl));
    expect(response.status).toBe(401);
    expect(await database.prisma.conversationReference.count()).toBe(0);
  });

  it('rejects a token issued for another app with 401', async () => {
    const token = `${base64url({ alg: 'RS256', typ: 'JWT', kid: 'k' })}.${base64url({ aud: 'some-other-app', iss: 'https://api.botframework.com', exp: 4102444800 })}.c2ln`;
    const response = await secured.post(loadActivity('botbuilder-js_teams_message_personal', secured.connector.serviceUrl), {
      authorization: `Bearer ${token}`,
    });
    expect(response.status).toBe(401);
    expect(secured.connector.activities).toHaveLength(0);
  });
});
