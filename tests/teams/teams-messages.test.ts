import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant/create-assistant.js';
import { formatMoney } from '../../src/domain/shared/format.js';
import type { Database } from '../../src/db/open-database.js';
import type { DemoAnswerKey } from '../../src/demo/demo-answer-key.js';
import { loadDemoEnterprise } from '../../src/demo/load-demo-enterprise.js';
import { silentLogger } from '../../src/logger.js';
import type { RecordedActivity } from '../support/fake-teams-connector.js';
import { openTestDatabase } from '../support/test-database.js';
import { checkAdaptiveCard } from './check-adaptive-card.js';
import type { ActivityJson, FixtureName, TeamsTestbed } from './teams-testbed.js';
import { loadActivity, openTeamsTestbed } from './teams-testbed.js';

// Real-shaped Teams activities posted to the running /api/messages endpoint; the shipped
// assistant answers over a small demo enterprise, and the expected figures come from the
// generator's answer key (computed from its own data, never read back from the database).

const asOf = new Date('2026-11-26T12:00:00Z');
const now = () => asOf;

let database: Database;
let testbed: TeamsTestbed;
let answerKey: DemoAnswerKey;
/** A demo person who may see every cost center, as Teams identifies them (AAD object id). */
let everyoneAadId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  const loaded = await loadDemoEnterprise(
    { asOf, seed: 42, scale: 0.02 },
    { prisma: database.prisma, now, logger: silentLogger, costCenterTagKeys: ['cost-center'] },
  );
  answerKey = loaded.answerKey;
  const admin = await database.prisma.user.findFirst({
    where: { costCenters: { has: '*' }, teamsUserId: { not: null } },
    orderBy: { id: 'asc' },
  });
  everyoneAadId = admin?.teamsUserId ?? '';
  testbed = await openTeamsTestbed({ database, now, assistant: createAssistant({ prisma: database.prisma, now, logger: silentLogger }) });
});

afterAll(async () => {
  await testbed.close();
  await database.close();
});

beforeEach(() => {
  testbed.connector.activities.length = 0;
});

const invoiced = (vendor: string, month: string) => {
  const row = answerKey.spend.byVendorMonth.find((candidate) => candidate.vendor === vendor && candidate.month === month);
  if (!row) throw new Error(`the demo answer key has no ${vendor} spend for ${month}`);
  return formatMoney(row.amount, 'USD');
};

/** A fixture activity from the demo person who sees everything. */
function fromEveryone(name: FixtureName, changes: Record<string, unknown>): ActivityJson {
  const activity = loadActivity(name, testbed.connector.serviceUrl, changes);
  return { ...activity, from: { id: '29:Everyone-Id', name: 'Demo admin', aadObjectId: everyoneAadId } };
}

/** Every string a person reads on the card (fallback copies excluded). */
function cardTexts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(cardTexts);
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const own = typeof record.text === 'string' ? [record.text] : [];
  const facts = Array.isArray(record.facts) ? (record.facts as Array<{ value: string }>).map((fact) => fact.value) : [];
  return [
    ...own,
    ...facts,
    ...Object.entries(record)
      .filter(([key]) => key !== 'fallback')
      .flatMap(([, child]) => cardTexts(child)),
  ];
}

function cardOf(recorded: RecordedActivity | undefined): Record<string, unknown> {
  const attachments = recorded?.activity.attachments as Array<{ contentType: string; content: Record<string, unknown> }> | undefined;
  expect(attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  const card = attachments?.[0]?.content ?? {};
  expect(checkAdaptiveCard(card)).toEqual([]);
  return card;
}

describe('questions in Teams', () => {
  it('answers a personal chat message with an Adaptive Card reply carrying the invoiced figure', async () => {
    const message = fromEveryone('botbuilder-js_teams_message_personal', { text: 'What did we spend with AT&T in September 2026?' });
    expect((await testbed.post(message)).status).toBe(200);

    const [reply] = await testbed.connector.waitForActivities(1);
    expect(reply?.conversationId).toBe('a:oneOnOneConversationId');
    expect(reply?.replyToId).toBe('oneOnOneActivityId');
    const card = cardOf(reply);
    expect(cardTexts(card)).toEqual(expect.arrayContaining([expect.stringContaining(invoiced('AT&T', '2026-09'))]));
    expect(card.version).toBe('1.5');
  });

  it('answers a channel @mention in its thread and keeps context for the follow-up', async () => {
    const mention = fromEveryone('botbuilder-js_teams_message_channel_mention', {
      text: '<at>Teams Bot</at> What did we spend with Lumen in October 2026?\n',
    });
    await testbed.post(mention);
    const [first] = await testbed.connector.waitForActivities(1);
    expect(first?.conversationId).toBe('19:generalChannelIdgeneralChannelId@thread.skype;messageid=teamActivityId');
    expect(cardTexts(cardOf(first))).toEqual(expect.arrayContaining([expect.stringContaining(invoiced('Lumen', '2026-10'))]));

    const followUp = fromEveryone('botbuilder-js_teams_message_channel_mention', {
      id: 'followUpActivityId',
      text: '<at>Teams Bot</at> and in September?\n',
    });
    await testbed.post(followUp);
    const [, second] = await testbed.connector.waitForActivities(2);
    expect(second?.replyToId).toBe('followUpActivityId');
    expect(cardTexts(cardOf(second))).toEqual(expect.arrayContaining([expect.stringContaining(invoiced('Lumen', '2026-09'))]));

    // The channel (not the thread) is remembered for alerts.
    const reference = await database.prisma.conversationReference.findUnique({
      where: { platform_conversationId: { platform: 'teams', conversationId: '19:generalChannelIdgeneralChannelId@thread.skype' } },
    });
    expect(reference).not.toBeNull();
  });

  it('answers a follow-up button (Action.Execute) with the documented invoke response carrying the new card', async () => {
    const personal = fromEveryone('botbuilder-js_teams_message_personal', { text: 'What did we spend with AT&T in September 2026?' });
    await testbed.post(personal);
    const invoke = loadActivity('msteams-docs_invoke_adaptiveCard_action_request', testbed.connector.serviceUrl, {
      id: 'invokeActivityId',
      channelId: 'msteams',
      from: personal.from,
      recipient: personal.recipient,
      conversation: personal.conversation,
      value: { action: { type: 'Action.Execute', id: 'ask-1', verb: 'ask', data: { question: 'and in October?' } }, trigger: 'manual' },
    });
    const response = await testbed.post(invoke);
    expect(response.status).toBe(200);
    const body = response.body as { statusCode: number; type: string; value: Record<string, unknown> };
    expect(body.statusCode).toBe(200);
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(checkAdaptiveCard(body.value)).toEqual([]);
    expect(cardTexts(body.value)).toEqual(expect.arrayContaining([expect.stringContaining(invoiced('AT&T', '2026-10'))]));
  });

  it('answers the Action.Submit fallback of a follow-up button like a typed question', async () => {
    const submitted = fromEveryone('botbuilder-js_teams_message_groupchat_mention', {
      text: undefined,
      value: { verb: 'ask', question: 'What did we spend with Lumen in September 2026?' },
    });
    await testbed.post(submitted);
    const [reply] = await testbed.connector.waitForActivities(1);
    expect(reply?.conversationId).toBe('19:groupChatId@thread.v2');
    expect(cardTexts(cardOf(reply))).toEqual(expect.arrayContaining([expect.stringContaining(invoiced('Lumen', '2026-09'))]));
  });

  it('still delivers the answer when the connector throttles the reply (429, then 502)', async () => {
    testbed.connector.failNext({ status: 429, retryAfterSeconds: 1 }, { status: 502 });
    const message = fromEveryone('botbuilder-js_teams_message_personal', { text: 'What did we spend with AT&T in October 2026?' });
    expect((await testbed.post(message)).status).toBe(200);
    const [reply] = await testbed.connector.waitForActivities(1);
    expect(cardTexts(cardOf(reply))).toEqual(expect.arrayContaining([expect.stringContaining(invoiced('AT&T', '2026-10'))]));
  });

  it('draws a monthly trend into the card as a PNG, within the Teams message size', async () => {
    await testbed.post(
      fromEveryone('botbuilder-js_teams_message_personal', { id: 'trendActivityId', text: 'Azure spend by month this year' }),
    );
    const [reply] = await testbed.connector.waitForActivities(1);
    const card = cardOf(reply);
    const image = (card.body as Array<{ type: string; url?: string }>).find((element) => element.type === 'Image');
    expect(image?.url).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    expect(cardTexts(card).join(' ')).toContain(invoiced('Microsoft', '2026-10'));
    expect(Buffer.byteLength(JSON.stringify(reply?.activity))).toBeLessThan(28_000);
  });

  it('recognises a person by the e-mail Teams reports and shows only their cost centers', async () => {
    const scoped = await database.prisma.user.findFirst({ where: { NOT: { costCenters: { has: '*' } } }, orderBy: { id: 'asc' } });
    if (!scoped) throw new Error('the demo enterprise has no user limited to some cost centers');
    // As if they had never used Teams with Ledgerline: only their e-mail can recognise them.
    await database.prisma.user.update({ where: { id: scoped.id }, data: { teamsUserId: null } });
    testbed.connector.members.set('29:Scoped-Id', {
      id: '29:Scoped-Id',
      name: scoped.name,
      aadObjectId: 'Scoped-aadObjectId',
      email: scoped.email.toUpperCase(),
    });
    const message = loadActivity('botbuilder-js_teams_message_personal', testbed.connector.serviceUrl, {
      id: 'scopedActivityId',
      text: 'What did we spend with AT&T in October 2026?',
      from: { id: '29:Scoped-Id', name: scoped.name, aadObjectId: 'Scoped-aadObjectId' },
      conversation: { conversationType: 'personal', tenantId: 'tenantId-Guid', id: 'a:scopedConversationId' },
    });
    await testbed.post(message);
    const [reply] = await testbed.connector.waitForActivities(1);
    const texts = cardTexts(cardOf(reply)).join(' ');
    expect(texts).not.toContain(invoiced('AT&T', '2026-10'));
    // Linked: the next message is recognised by the AAD object id alone.
    expect((await database.prisma.user.findUnique({ where: { id: scoped.id } }))?.teamsUserId).toBe('Scoped-aadObjectId');
  });
});
