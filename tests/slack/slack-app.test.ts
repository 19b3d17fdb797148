import { inOneCurrency } from '../support/in-one-currency.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../src/assistant/assistant.js';
import { createAssistant } from '../../src/assistant/create-assistant.js';
import { formatMoney } from '../../src/domain/shared/format.js';
import { checkSlackLimits } from '../../src/bot/slack/check-slack-limits.js';
import type { Database } from '../../src/db/open-database.js';
import type { DemoAnswerKey } from '../../src/demo/demo-answer-key.js';
import { loadDemoEnterprise } from '../../src/demo/load-demo-enterprise.js';
import { getSpend } from '../../src/domain/spend/get-spend.js';
import type { Viewer } from '../../src/domain/shared/viewer.js';
import { silentLogger } from '../../src/logger.js';
import type { Logger } from '../../src/logger.js';
import type { RecordedCall } from '../../scripts/support/fake-slack-api.js';
import { openTestDatabase } from '../support/test-database.js';
import type { SlackTestbed } from './support/slack-testbed.js';
import {
  buttonClickRequest,
  buttonsOf,
  directMessageRequest,
  mentionRequest,
  slashCommandRequest,
  startSlackTestbed,
  textOf,
} from './support/slack-testbed.js';

// The Slack app end to end: real Bolt over HTTP, signed requests built from real payloads, a
// local Web API, and the shipped assistant over a small demo enterprise. Expected figures come
// from the generator's answer key (computed from its own data, never read back from the database).

const asOf = new Date('2026-11-26T12:00:00Z');
const now = () => asOf;

let database: Database;
let slack: SlackTestbed;
let answerKey: DemoAnswerKey;
/** A demo admin known to Ledgerline by Slack user id. */
let adminSlackId: string;
/** A demo person limited to some cost centers, known by Slack user id. */
let scoped: { slackUserId: string; viewer: Viewer };
/** Slack's id for a demo admin whom Ledgerline knows only by e-mail. */
const emailOnlySlackId = 'W222';

const realAssistant = ({ logger }: { logger: Logger }): Assistant => createAssistant({ prisma: database.prisma, now, logger });

beforeAll(async () => {
  database = await openTestDatabase();
  const loaded = await loadDemoEnterprise(
    { asOf, seed: 42, scale: 0.02 },
    { prisma: database.prisma, now, logger: silentLogger, costCenterTagKeys: ['cost-center'] },
  );
  answerKey = loaded.answerKey;
  const [admin, emailOnly] = await database.prisma.user.findMany({
    where: { costCenters: { has: '*' }, slackUserId: { not: null } },
    orderBy: { id: 'asc' },
    take: 2,
  });
  adminSlackId = admin?.slackUserId ?? '';
  await database.prisma.user.update({ where: { id: emailOnly?.id ?? 0 }, data: { slackUserId: null } });
  const limited = await database.prisma.user.findFirstOrThrow({
    where: { role: 'viewer', slackUserId: { not: null }, NOT: { costCenters: { has: '*' } } },
    orderBy: { id: 'asc' },
  });
  scoped = {
    slackUserId: limited.slackUserId ?? '',
    viewer: { userId: limited.id, displayName: limited.name, role: limited.role, costCenterScope: limited.costCenters },
  };
  slack = await startSlackTestbed({ database, now, assistant: realAssistant });
  slack.fake.addUser({
    id: emailOnlySlackId,
    name: 'demo',
    realName: emailOnly?.name ?? '',
    email: (emailOnly?.email ?? '').toUpperCase(),
  });
});

afterAll(async () => {
  await slack?.close();
  await database?.close();
});

const messageMethods = new Set(['chat.postMessage', 'chat.update', 'chat.postEphemeral', 'response_url', 'views.publish']);

afterEach(() => {
  // Every message Slack received in the test must be one Slack would accept.
  for (const call of slack.fake.calls.filter((recorded) => messageMethods.has(recorded.method))) {
    const surface = call.method === 'views.publish' ? 'home' : 'message';
    const blocks = call.method === 'views.publish' ? (call.body.view as { blocks: unknown }).blocks : call.body.blocks;
    expect(
      checkSlackLimits(blocks, { surface, text: call.body.text }),
      `${call.method} ${JSON.stringify(call.body).slice(0, 200)}`,
    ).toEqual([]);
  }
  slack.fake.clear();
});

const invoiced = (vendor: string, month: string) => {
  const row = answerKey.spend.byVendorMonth.find((candidate) => candidate.vendor === vendor && candidate.month === month);
  if (!row) throw new Error(`the demo answer key has no ${vendor} spend for ${month}`);
  return formatMoney(row.amount, 'USD');
};

const postsIn = (calls: RecordedCall[], channel: string, threadTs?: string) =>
  calls.filter((call) => call.method === 'chat.postMessage' && call.body.channel === channel && call.body.thread_ts === threadTs);

/**
 * What a person ends up reading in a place: each posted message, or — when it was "Working on it…"
 * (a busy machine) — the update that replaced it; a notice not yet replaced is not an answer yet.
 */
const answersIn = (calls: RecordedCall[], channel: string, threadTs?: string): Array<Record<string, unknown>> =>
  postsIn(calls, channel, threadTs).flatMap((post) => {
    if (post.body.text !== 'Working on it…') return [post.body];
    const update = calls.find((call) => call.method === 'chat.update' && call.body.ts === post.response?.ts);
    return update ? [update.body] : [];
  });

const attSeptember = () => `Spend with AT&T in September 2026: ${invoiced('AT&T', '2026-09')}`;

describe('Slack app over HTTP', () => {
  it('answers an @mention in its thread with the figure, within Slack limits', async () => {
    const response = await slack.send(
      mentionRequest({
        eventId: 'Ev-mention',
        question: 'What did we spend with AT&T in September 2026?',
        user: emailOnlySlackId,
        ts: '1595926230.009600',
      }),
    );
    expect(response.status).toBe(200);
    expect(response.milliseconds).toBeLessThan(3_000);

    await slack.fake.waitFor((calls) => answersIn(calls, 'C111', '1595926230.009600').length === 1);
    const [answer] = answersIn(slack.fake.calls, 'C111', '1595926230.009600');
    expect(answer?.text).toContain(attSeptember());
    expect(textOf(answer?.blocks)).toContain(invoiced('AT&T', '2026-09'));
    expect(textOf(answer?.blocks)).toContain('*Period:* September 2026');
    expect(buttonsOf(answer?.blocks).map((button) => button.text.text)).toContain('Show the monthly trend');

    // The person was found by the e-mail Slack reported, and the Slack id is remembered.
    expect(slack.fake.callsTo('users.info').map((call) => call.body.user)).toEqual([emailOnlySlackId]);
    expect(await database.prisma.user.count({ where: { slackUserId: emailOnlySlackId } })).toBe(1);
  });

  it('answers a direct message in the DM', async () => {
    const response = await slack.send(
      directMessageRequest({ eventId: 'Ev-dm', text: 'What did we spend with Lumen in September 2026?', user: adminSlackId }),
    );
    expect(response.status).toBe(200);
    await slack.fake.waitFor((calls) => answersIn(calls, 'D111').length === 1);
    expect(answersIn(slack.fake.calls, 'D111')[0]?.text).toContain(`Spend with Lumen in September 2026: ${invoiced('Lumen', '2026-09')}`);
  });

  it('applies the cost-center scope of the person asking', async () => {
    const september = { period: { start: '2026-09-01', end: '2026-10-01' } };
    const everything = inOneCurrency(
      await getSpend.run(september, {
        prisma: database.prisma,
        now,
        logger: silentLogger,
        asOf,
        viewer: { displayName: 'all', role: 'admin', costCenterScope: '*' },
      }),
    );
    const theirs = inOneCurrency(
      await getSpend.run(september, { prisma: database.prisma, now, logger: silentLogger, asOf, viewer: scoped.viewer }),
    );
    expect(theirs.total).not.toBe(everything.total);

    await slack.send(
      mentionRequest({
        eventId: 'Ev-scoped',
        question: 'What did we spend in September 2026?',
        user: scoped.slackUserId,
        ts: '1595926230.000333',
      }),
    );
    await slack.fake.waitFor((calls) => answersIn(calls, 'C111', '1595926230.000333').length === 1);
    const text = String(answersIn(slack.fake.calls, 'C111', '1595926230.000333')[0]?.text);
    expect(text).toContain(formatMoney(theirs.total, theirs.currency));
    expect(text).not.toContain(formatMoney(everything.total, everything.currency));
    expect(slack.fake.callsTo('users.info')).toEqual([]);
  });

  it('answers /ledger privately with a Share button that posts the answer to the channel', async () => {
    const response = await slack.send(
      slashCommandRequest({
        text: 'What did we spend with AT&T in September 2026?',
        responseUrl: slack.fake.responseUrl('command-1'),
        triggerId: 'trigger-1',
        user: adminSlackId,
      }),
    );
    expect(response.status).toBe(200);
    expect(response.body).toBe('');
    expect(response.milliseconds).toBeLessThan(3_000);

    const isAnswer = (call: RecordedCall) => call.method === 'response_url' && call.body.text !== 'Working on it…';
    await slack.fake.waitFor((calls) => calls.some(isAnswer));
    const privateAnswer = slack.fake.calls.find(isAnswer);
    expect(privateAnswer?.body).toMatchObject({ response_type: 'ephemeral' });
    expect(privateAnswer?.body.text).toContain(attSeptember());
    expect(slack.fake.callsTo('chat.postMessage')).toEqual([]);
    const share = buttonsOf(privateAnswer?.body.blocks).find((button) => button.text.text === 'Share in channel');
    expect(share).toBeDefined();

    slack.fake.clear();
    const click = await slack.send(
      buttonClickRequest({ button: share!, responseUrl: slack.fake.responseUrl('share-1'), user: adminSlackId }),
    );
    expect(click.status).toBe(200);
    await slack.fake.waitFor((calls) => calls.some((call) => call.method === 'response_url'));
    const [shared] = answersIn(slack.fake.calls, 'C111');
    expect(shared?.text).toContain(attSeptember());
    expect(textOf(shared?.blocks)).toContain(`<@${adminSlackId}> asked`);
    expect(slack.fake.callsTo('response_url')[0]?.body).toMatchObject({ delete_original: true });
  });

  it('asks a follow-up button in the same conversation and attaches the chart', async () => {
    await slack.send(
      directMessageRequest({
        eventId: 'Ev-dm-2',
        text: 'What did we spend with Lumen in September 2026?',
        channel: 'D222',
        user: adminSlackId,
      }),
    );
    await slack.fake.waitFor((calls) => answersIn(calls, 'D222').length === 1);
    const trend = buttonsOf(answersIn(slack.fake.calls, 'D222')[0]?.blocks).find((button) => button.text.text === 'Show the monthly trend');
    expect(trend).toBeDefined();

    slack.fake.clear();
    const click = await slack.send(
      buttonClickRequest({ button: trend!, responseUrl: slack.fake.responseUrl('click-1'), channel: 'D222', user: adminSlackId }),
    );
    expect(click.status).toBe(200);
    await slack.fake.waitFor((calls) => calls.some((call) => call.method === 'files.completeUploadExternal'), 30_000);
    // Still about Lumen: the conversation remembered the vendor, and September's figure is in the trend.
    const [followUp] = answersIn(slack.fake.calls, 'D222');
    expect(followUp?.text).toMatch(/^Monthly spend with Lumen/);
    expect(textOf(followUp?.blocks)).toContain(invoiced('Lumen', '2026-09'));
    expect(slack.fake.callsTo('file_upload')[0]?.body.hasPng).toBe(true);
    expect(slack.fake.callsTo('files.completeUploadExternal')[0]?.body).toMatchObject({ channel_id: 'D222' });
  });

  it('rejects a bad signature, a stale timestamp and a missing signature with 401 and no Web API call', async () => {
    const request = mentionRequest({
      eventId: 'Ev-forged',
      question: 'What did we spend with AT&T in September 2026?',
      user: adminSlackId,
      ts: '1595926230.000401',
    });
    const forged = await slack.send(request, { secret: 'not-the-signing-secret' });
    const replayed = await slack.send(request, { timestamp: Math.floor(Date.now() / 1000) - 10 * 60 });
    const unsigned = await slack.send(request, { isUnsigned: true });
    expect([forged.status, replayed.status, unsigned.status]).toEqual([401, 401, 401]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(slack.fake.calls).toEqual([]);
    expect(await database.prisma.processedEvent.count({ where: { key: 'slack:event:Ev-forged' } })).toBe(0);
  });

  it('answers an event delivered three times (Slack retries) once', async () => {
    const request = mentionRequest({
      eventId: 'Ev-retried',
      question: 'What did we spend with Lumen in September 2026?',
      user: adminSlackId,
      ts: '1595926230.000777',
    });
    const deliveries = [await slack.send(request), await slack.send(request, { retryNum: 1 }), await slack.send(request, { retryNum: 2 })];
    expect(deliveries.map((delivery) => delivery.status)).toEqual([200, 200, 200]);
    await slack.fake.waitFor((calls) => answersIn(calls, 'C111', '1595926230.000777').length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(postsIn(slack.fake.calls, 'C111', '1595926230.000777')).toHaveLength(1);
    expect(await database.prisma.processedEvent.count({ where: { key: 'slack:event:Ev-retried' } })).toBe(1);
  });

  it('answers 50 concurrent mentions, every HTTP response inside 3 s', async () => {
    const mentions = Array.from({ length: 50 }, (_, index) => ({
      ts: `1600000000.${String(index).padStart(6, '0')}`,
      vendor: index % 2 === 1 ? 'Lumen' : 'AT&T',
    }));
    const responses = await Promise.all(
      mentions.map((mention, index) =>
        slack.send(
          mentionRequest({
            eventId: `Ev-load-${index}`,
            question: `What did we spend with ${mention.vendor} in September 2026?`,
            user: adminSlackId,
            ts: mention.ts,
          }),
        ),
      ),
    );
    expect(responses.every((response) => response.status === 200)).toBe(true);
    expect(Math.max(...responses.map((response) => response.milliseconds))).toBeLessThan(3_000);

    await slack.fake.waitFor((calls) => mentions.every((mention) => answersIn(calls, 'C111', mention.ts).length === 1), 60_000);
    for (const mention of mentions) {
      expect(answersIn(slack.fake.calls, 'C111', mention.ts)[0]?.text).toContain(invoiced(mention.vendor, '2026-09'));
    }
  });

  it('offers "Show all" for a long table and posts every row it holds when clicked', async () => {
    await slack.send(
      mentionRequest({ eventId: 'Ev-table', question: 'List all active mobile lines', user: adminSlackId, ts: '1595926230.000888' }),
    );
    await slack.fake.waitFor((calls) => answersIn(calls, 'C111', '1595926230.000888').length === 1);
    const answer = answersIn(slack.fake.calls, 'C111', '1595926230.000888')[0];
    const activeLines = answerKey.counts.activeServicesByType.mobile_line ?? 0;
    const showing = /Showing (\d+) of (\d+) rows/.exec(textOf(answer?.blocks));
    expect(Number(showing?.[2])).toBe(activeLines);
    const showAll = buttonsOf(answer?.blocks).find((button) => button.text.text === 'Show all');

    slack.fake.clear();
    await slack.send(
      buttonClickRequest({
        button: showAll!,
        responseUrl: slack.fake.responseUrl('show-all'),
        user: adminSlackId,
        messageTs: '1595926230.000888',
      }),
    );
    await slack.fake.waitFor(
      (calls) =>
        calls.some(
          (call) =>
            (call.method === 'chat.postMessage' || call.method === 'chat.update') &&
            textOf(call.body.blocks).includes(`of ${activeLines} rows`),
        ),
      30_000,
    );
    const rowsShown = Number(/all (\d+) of/.exec(slack.fake.calls.map((call) => textOf(call.body.blocks)).join(''))?.[1]);
    expect(rowsShown).toBeGreaterThan(Number(showing?.[1]));
  });

  it('publishes the App Home with budget and notice-deadline figures', async () => {
    const event = JSON.parse(mentionRequest({ eventId: 'Ev-home', question: '' }).rawBody) as { event: Record<string, unknown> };
    event.event = { type: 'app_home_opened', user: adminSlackId, channel: 'D111', tab: 'home', event_ts: '1595926230.000999' };
    const response = await slack.send({ rawBody: JSON.stringify(event), contentType: 'application/json' });
    expect(response.status).toBe(200);
    await slack.fake.waitFor((calls) => calls.some((call) => call.method === 'views.publish'), 30_000);
    const [published] = slack.fake.callsTo('views.publish');
    expect(published?.body.user_id).toBe(adminSlackId);
    const home = textOf((published?.body.view as { blocks: unknown }).blocks);
    expect(home).toContain("This month's spend vs budget");
    expect(home).toContain('Budget vs actual, November 2026');
    const upcoming = answerKey.noticeDeadlines.filter((deadline) => deadline.window !== null && deadline.daysFromAsOf >= 0);
    expect(home).toContain(`${upcoming.length} contracts with a notice deadline in the next 90 days`);
    expect(home).toContain('My open MACD requests');
    expect(home).toContain('Open alerts');
  });
});

describe('Slack alert destination', () => {
  it('posts an alert with its figures and buttons, and its chart in the thread', async () => {
    const { messageRef } = await slack.surface.destination.post(
      'C900',
      {
        alertId: 17,
        kind: 'anomaly',
        title: 'Azure spend jumped in Engineering',
        summary: 'Daily Azure cost on 24 Nov 2026 was USD 2,400.00, expected about USD 1,250.00.',
        facts: [
          { label: 'Actual', value: 'USD 2,400.00' },
          { label: 'Expected', value: 'USD 1,250.00' },
        ],
        series: {
          categories: ['2026-11-22', '2026-11-23', '2026-11-24'],
          actual: ['1240.00', '1260.00', '2400.00'],
          expected: ['1250.00', '1250.00', '1250.00'],
          unit: 'USD',
        },
        actions: [
          { id: 'acknowledge', label: 'Acknowledge', value: '17' },
          { id: 'ask', label: 'Why?', value: 'Why did Azure spend jump in Engineering on 24 Nov 2026?' },
        ],
        freshness: 'cloud costs through 24 Nov 2026',
      },
      [170],
    );
    const [posted] = slack.fake.callsTo('chat.postMessage');
    expect(posted?.body.channel).toBe('C900');
    // The outbox delivery it settles goes with the message, so a later run can find it (exactly once).
    expect(posted?.body.metadata).toEqual({ event_type: 'ledgerline_alert_delivery', event_payload: { deliveries: '170' } });
    expect(textOf(posted?.body.blocks)).toContain('USD 2,400.00');
    expect(buttonsOf(posted?.body.blocks).map((button) => button.action_id)).toEqual(['ledger_alert_acknowledge', 'ledger_alert_ask']);
    const ts = messageRef.split(':')[1];
    expect(messageRef).toBe(`C900:${ts}`);
    expect(slack.fake.callsTo('files.completeUploadExternal')[0]?.body).toMatchObject({ channel_id: 'C900', thread_ts: ts });
    expect(slack.fake.callsTo('file_upload')[0]?.body.hasPng).toBe(true);

    // "Why?" asks the question in the alert's thread.
    const why = buttonsOf(posted?.body.blocks)[1];
    slack.fake.clear();
    await slack.send(
      buttonClickRequest({
        button: why!,
        responseUrl: slack.fake.responseUrl('alert-1'),
        channel: 'C900',
        messageTs: ts,
        user: adminSlackId,
      }),
    );
    await slack.fake.waitFor((calls) => answersIn(calls, 'C900', ts).length === 1);
  });
});

describe('slow answers', () => {
  let slowSlack: SlackTestbed;
  beforeAll(async () => {
    // The real assistant behind a 300 ms pause (a slow language model would do the same).
    const pause = () => new Promise((resolve) => setTimeout(resolve, 300));
    slowSlack = await startSlackTestbed({
      database,
      now,
      workingNoticeAfterMs: 50,
      assistant: ({ logger }) => {
        const assistant = realAssistant({ logger });
        return { ask: async (input) => pause().then(() => assistant.ask(input)) };
      },
    });
  });
  afterAll(async () => {
    await slowSlack?.close();
  });

  it('posts "Working on it…" and updates it with the answer', async () => {
    await slowSlack.send(
      mentionRequest({
        eventId: 'Ev-slow',
        question: 'What did we spend with AT&T in September 2026?',
        ts: '1595926230.000555',
        user: adminSlackId,
      }),
    );
    await slowSlack.fake
      .waitFor((calls) => calls.some((call) => call.method === 'chat.update'))
      .catch((error: unknown) => {
        throw new Error(`${String(error)}\n${slowSlack.logLines.join('\n')}`);
      });
    const [working] = postsIn(slowSlack.fake.calls, 'C111', '1595926230.000555');
    expect(working?.body.text).toBe('Working on it…');
    const [update] = slowSlack.fake.callsTo('chat.update');
    expect(update?.body.channel).toBe('C111');
    expect(update?.body.ts).toEqual(expect.any(String));
    expect(update?.body.text).toContain(attSeptember());
    for (const call of slowSlack.fake.calls) expect(checkSlackLimits(call.body.blocks, { text: call.body.text })).toEqual([]);
  });

  it('updates the private "Working on it…" of a slash command through its response_url', async () => {
    await slowSlack.send(
      slashCommandRequest({
        text: 'What did we spend with Lumen in September 2026?',
        responseUrl: slowSlack.fake.responseUrl('slow-command'),
        triggerId: 'trigger-slow',
        user: adminSlackId,
      }),
    );
    await slowSlack.fake.waitFor((calls) => calls.filter((call) => call.method === 'response_url').length === 2);
    const [working, answer] = slowSlack.fake.callsTo('response_url');
    expect(working?.body).toMatchObject({ response_type: 'ephemeral', text: 'Working on it…' });
    expect(answer?.body).toMatchObject({ response_type: 'ephemeral', replace_original: true });
  });
});
