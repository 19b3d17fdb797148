import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkSlackLimits } from '../../src/bot/slack/check-slack-limits.js';
import type { Database } from '../../src/db/open-database.js';
import { getSpend } from '../../src/domain/spend/get-spend.js';
import { formatMoney } from '../../src/assistant/format.js';
import type { RecordedCall } from '../support/fake-slack-api.js';
import { openTestDatabase } from '../support/test-database.js';
import { fixtureAsOf, loadFixtureEnterprise } from '../tools/support/fixture-enterprise.js';
import { toolContext } from '../tools/support/tool-context.js';
import { createSpendAssistant } from './support/spend-assistant.js';
import type { SlackTestbed } from './support/slack-testbed.js';
import {
  buttonClickRequest,
  buttonsOf,
  directMessageRequest,
  mentionRequest,
  signingSecret,
  slashCommandRequest,
  startSlackTestbed,
  textOf,
} from './support/slack-testbed.js';

// The Slack app end to end: real Bolt over HTTP, signed requests from real payloads, a local
// Web API; every figure below is recomputed from the fixture enterprise's invoice lines.

let database: Database;
let slack: SlackTestbed;
const now = () => fixtureAsOf;

beforeAll(async () => {
  database = await openTestDatabase();
  await loadFixtureEnterprise(database.prisma);
  // Dana is known by e-mail only (linked on first contact); Chen by Slack id, limited to CC200.
  await database.prisma.user.create({ data: { email: 'dana@example.com', name: 'Dana Whitfield', role: 'admin', costCenters: ['*'] } });
  await database.prisma.user.create({ data: { email: 'chen@example.com', name: 'Chen Li', role: 'viewer', costCenters: ['CC200'], slackUserId: 'W333' } });
  slack = await startSlackTestbed({ database, now, assistant: ({ logger }) => createSpendAssistant({ prisma: database.prisma, now, logger }) });
  slack.fake.addUser({ id: 'W222', name: 'dana', realName: 'Dana Whitfield', email: 'Dana@Example.com' });
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
    expect(checkSlackLimits(blocks, { surface, text: call.body.text }), `${call.method} ${JSON.stringify(call.body).slice(0, 200)}`).toEqual([]);
  }
  slack.fake.clear();
});

// AT&T in October 2026: 1,200.00 + 65.25 + 98.10 tax − 150.00 credit.
const attOctober = 'USD 1,213.35';
// Lumen in October 2026: 800.50 + 350.00 one-time.
const lumenOctober = 'USD 1,150.50';

const postsIn = (calls: RecordedCall[], channel: string, threadTs?: string) =>
  calls.filter((call) => call.method === 'chat.postMessage' && call.body.channel === channel && call.body.thread_ts === threadTs);

describe('Slack app over HTTP', () => {
  it('answers an @mention in its thread with the figure, within Slack limits', async () => {
    const response = await slack.send(mentionRequest({ eventId: 'Ev-mention', question: 'what did we spend with AT&T last month?', ts: '1595926230.009600' }));
    expect(response.status).toBe(200);
    expect(response.milliseconds).toBeLessThan(3_000);

    await slack.fake.waitFor((calls) => postsIn(calls, 'C111', '1595926230.009600').length === 1);
    const [answer] = postsIn(slack.fake.calls, 'C111', '1595926230.009600');
    expect(answer?.body.text).toBe(`Spend with AT&T in October 2026: ${attOctober}.`);
    expect(textOf(answer?.body.blocks)).toContain(attOctober);
    expect(textOf(answer?.body.blocks)).toContain('October 2026');
    expect(buttonsOf(answer?.body.blocks).map((button) => button.text.text)).toEqual(['Spend by vendor', 'Show the trend by month']);

    // Dana was found by the e-mail Slack reported, and her Slack id is remembered.
    expect(slack.fake.callsTo('users.info').map((call) => call.body.user)).toEqual(['W222']);
    const dana = await database.prisma.user.findUniqueOrThrow({ where: { email: 'dana@example.com' } });
    expect(dana.slackUserId).toBe('W222');
  });

  it('answers a direct message in the DM', async () => {
    const response = await slack.send(directMessageRequest({ eventId: 'Ev-dm', text: 'how much did Lumen cost?' }));
    expect(response.status).toBe(200);
    await slack.fake.waitFor((calls) => postsIn(calls, 'D111').length === 1);
    expect(postsIn(slack.fake.calls, 'D111')[0]?.body.text).toBe(`Spend with Lumen in October 2026: ${lumenOctober}.`);
  });

  it('applies the cost-center scope of the person asking', async () => {
    const scoped = await getSpend.run(
      { period: { start: '2026-10-01', end: '2026-11-01' }, vendors: ['AT&T'] },
      toolContext(database.prisma, { displayName: 'Chen Li', role: 'viewer', costCenterScope: ['CC200'] }),
    );
    const expected = formatMoney(scoped.total, scoped.currency);
    expect(expected).not.toBe(attOctober);

    await slack.send(mentionRequest({ eventId: 'Ev-scoped', question: 'AT&T spend?', user: 'W333', ts: '1595926230.000333' }));
    await slack.fake.waitFor((calls) => postsIn(calls, 'C111', '1595926230.000333').length === 1);
    expect(postsIn(slack.fake.calls, 'C111', '1595926230.000333')[0]?.body.text).toBe(`Spend with AT&T in October 2026: ${expected}.`);
    expect(slack.fake.callsTo('users.info')).toEqual([]);
  });

  it('answers /ledger privately with a Share button that posts the answer to the channel', async () => {
    const response = await slack.send(slashCommandRequest({ text: 'spend with AT&T', responseUrl: slack.fake.responseUrl('command-1'), triggerId: 'trigger-1' }));
    expect(response.status).toBe(200);
    expect(response.body).toBe('');
    expect(response.milliseconds).toBeLessThan(3_000);

    await slack.fake.waitFor((calls) => calls.some((call) => call.method === 'response_url' && call.body.text !== undefined));
    const [privateAnswer] = slack.fake.callsTo('response_url');
    expect(privateAnswer?.body).toMatchObject({ response_type: 'ephemeral', text: `Spend with AT&T in October 2026: ${attOctober}.` });
    expect(slack.fake.callsTo('chat.postMessage')).toEqual([]);
    const share = buttonsOf(privateAnswer?.body.blocks).find((button) => button.text.text === 'Share in channel');
    expect(share).toBeDefined();

    slack.fake.clear();
    const click = await slack.send(buttonClickRequest({ button: share!, responseUrl: slack.fake.responseUrl('share-1') }));
    expect(click.status).toBe(200);
    await slack.fake.waitFor((calls) => calls.some((call) => call.method === 'response_url'));
    const [shared] = postsIn(slack.fake.calls, 'C111');
    expect(shared?.body.text).toBe(`Spend with AT&T in October 2026: ${attOctober}.`);
    expect(textOf(shared?.body.blocks)).toContain('<@W222> asked');
    expect(slack.fake.callsTo('response_url')[0]?.body).toMatchObject({ delete_original: true });
  });

  it('asks a follow-up button in the same conversation and attaches the chart', async () => {
    await slack.send(directMessageRequest({ eventId: 'Ev-dm-2', text: 'Lumen spend', channel: 'D222' }));
    await slack.fake.waitFor((calls) => postsIn(calls, 'D222').length === 1);
    const trend = buttonsOf(postsIn(slack.fake.calls, 'D222')[0]?.body.blocks).find((button) => button.text.text === 'Show the trend by month');

    slack.fake.clear();
    const click = await slack.send(buttonClickRequest({ button: trend!, responseUrl: slack.fake.responseUrl('click-1'), channel: 'D222' }));
    expect(click.status).toBe(200);
    await slack.fake.waitFor((calls) => calls.some((call) => call.method === 'files.completeUploadExternal'));
    // Still about Lumen (the conversation remembered it): September 800.50 + October 1,150.50.
    expect(postsIn(slack.fake.calls, 'D222')[0]?.body.text).toMatch(/^Spend from .+: USD 1,951\.00\.$/);
    const [upload] = slack.fake.callsTo('file_upload');
    expect(upload?.body.hasPng).toBe(true);
    expect(slack.fake.callsTo('files.completeUploadExternal')[0]?.body).toMatchObject({ channel_id: 'D222' });
  });
});
