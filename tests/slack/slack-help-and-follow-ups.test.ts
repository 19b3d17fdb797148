import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant/create-assistant.js';
import { checkSlackLimits } from '../../src/bot/slack/check-slack-limits.js';
import type { Database } from '../../src/db/open-database.js';
import type { DemoAnswerKey } from '../../src/demo/demo-answer-key.js';
import { loadDemoEnterprise } from '../../src/demo/load-demo-enterprise.js';
import { formatMoney } from '../../src/domain/shared/format.js';
import { silentLogger } from '../../src/logger.js';
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

// What a new Slack user meets — help, the welcome, a follow-up button on an older answer, wide
// tables — through the real Bolt app over HTTP and a local Web API.

const asOf = new Date('2026-11-26T12:00:00Z');
const now = () => asOf;

let database: Database;
let slack: SlackTestbed;
let answerKey: DemoAnswerKey;
let adminSlackId: string;
let busiestVendor: string;
let busiestCostCenter: string;

beforeAll(async () => {
  database = await openTestDatabase();
  const loaded = await loadDemoEnterprise(
    { asOf, seed: 42, scale: 0.02 },
    { prisma: database.prisma, now, logger: silentLogger, costCenterTagKeys: ['cost-center'] },
  );
  answerKey = loaded.answerKey;
  const admin = await database.prisma.user.findFirst({
    where: { costCenters: { has: '*' }, slackUserId: { not: null } },
    orderBy: { id: 'asc' },
  });
  adminSlackId = admin?.slackUserId ?? '';
  const [vendor] = await database.prisma.vendor.findMany({ orderBy: [{ services: { _count: 'desc' } }, { name: 'asc' }], take: 1 });
  const [costCenter] = await database.prisma.costCenter.findMany({ orderBy: [{ services: { _count: 'desc' } }, { code: 'asc' }], take: 1 });
  busiestVendor = vendor?.name ?? '';
  busiestCostCenter = costCenter?.code ?? '';
  slack = await startSlackTestbed({ database, now, assistant: ({ logger }) => createAssistant({ prisma: database.prisma, now, logger }) });
});

afterAll(async () => {
  await slack?.close();
  await database?.close();
});

afterEach(() => {
  for (const call of slack.fake.calls.filter((recorded) => recorded.method === 'chat.postMessage' || recorded.method === 'response_url')) {
    expect(checkSlackLimits(call.body.blocks, { text: call.body.text })).toEqual([]);
  }
  slack.fake.clear();
});

const invoiced = (vendor: string, month: string) => {
  const row = answerKey.spend.byVendorMonth.find((candidate) => candidate.vendor === vendor && candidate.month === month);
  if (!row) throw new Error(`the demo answer key has no ${vendor} spend for ${month}`);
  return formatMoney(row.amount, 'USD');
};

const postsTo = (calls: RecordedCall[], channel: string) =>
  calls.filter((call) => call.method === 'chat.postMessage' && call.body.channel === channel && call.body.text !== 'Working on it…');

async function askInDm(channel: string, eventId: string, text: string): Promise<Record<string, unknown>> {
  const before = postsTo(slack.fake.calls, channel).length;
  await slack.send(directMessageRequest({ eventId, text, channel, user: adminSlackId }));
  await slack.fake.waitFor((calls) => postsTo(calls, channel).length > before, 30_000);
  return postsTo(slack.fake.calls, channel)[before]!.body;
}

function appHomeOpened(eventId: string, channel: string, tab: 'home' | 'messages') {
  const body = JSON.parse(mentionRequest({ eventId, question: '' }).rawBody) as { event: Record<string, unknown> };
  body.event = { type: 'app_home_opened', user: adminSlackId, channel, tab, event_ts: '1595926230.001000' };
  return { rawBody: JSON.stringify(body), contentType: 'application/json' as const };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

describe('help and welcome in Slack', () => {
  it('answers "help" after a question with the help and this database’s names, not as a follow-up', async () => {
    await askInDm('D301', 'Ev-help-1', 'What did we spend with AT&T in September 2026?');
    const help = textOf((await askInDm('D301', 'Ev-help-2', 'help')).blocks);
    expect(help).toContain(`What did we spend with ${busiestVendor.replaceAll('&', '&amp;')} last month?`);
    expect(help).toContain(`Budget status for ${busiestCostCenter}`);
    expect(help).not.toContain('follow-up');
  });

  it('answers a bare /ledger and /ledger help privately with the help', async () => {
    for (const [index, text] of ['', 'help'].entries()) {
      await slack.send(
        slashCommandRequest({
          text,
          responseUrl: slack.fake.responseUrl(`help-${index}`),
          triggerId: `trigger-help-${index}`,
          user: adminSlackId,
        }),
      );
    }
    await slack.fake.waitFor((calls) => calls.filter((call) => call.method === 'response_url').length === 2);
    for (const reply of slack.fake.callsTo('response_url')) {
      expect(reply.body).toMatchObject({ response_type: 'ephemeral' });
      expect(textOf(reply.body.blocks)).toContain(`Show the monthly trend for ${busiestVendor.replaceAll('&', '&amp;')}`);
    }
  });

  it('welcomes a person in the DM the first time they open the app, once', async () => {
    await slack.send(appHomeOpened('Ev-home-1', 'D302', 'messages'));
    await slack.fake.waitFor((calls) => postsTo(calls, 'D302').length === 1, 30_000);
    expect(textOf(postsTo(slack.fake.calls, 'D302')[0]?.body.blocks)).toContain("Hi, I'm Ledgerline");
    await slack.send(appHomeOpened('Ev-home-2', 'D302', 'home'));
    await slack.fake.waitFor((calls) => calls.some((call) => call.method === 'views.publish'), 30_000);
    await settle();
    expect(postsTo(slack.fake.calls, 'D302')).toHaveLength(1);
  });

  it('welcomes a channel once when the app is added to it, and ignores other people joining', async () => {
    const joined = (eventId: string, user: string) => {
      const body = JSON.parse(mentionRequest({ eventId, question: '' }).rawBody) as { event: Record<string, unknown> };
      body.event = {
        type: 'member_joined_channel',
        user,
        channel: 'C303',
        channel_type: 'C',
        team: 'T111',
        inviter: adminSlackId,
        event_ts: '1595926230.002000',
      };
      return { rawBody: JSON.stringify(body), contentType: 'application/json' as const };
    };
    // W111 is the bot user the local auth.test reports.
    await slack.send(joined('Ev-join-1', 'W111'));
    await slack.fake.waitFor((calls) => postsTo(calls, 'C303').length === 1, 30_000);
    expect(textOf(postsTo(slack.fake.calls, 'C303')[0]?.body.blocks)).toContain('thanks for adding me here');
    await slack.send(joined('Ev-join-2', 'W111'));
    await slack.send(joined('Ev-join-3', 'W999'));
    await settle();
    expect(postsTo(slack.fake.calls, 'C303')).toHaveLength(1);
  });
});

describe('follow-up buttons in Slack', () => {
  it('acts on the answer the button is on in a DM, not the newest one', async () => {
    const first = await askInDm('D304', 'Ev-older-1', 'What did we spend with AT&T in September 2026?');
    await askInDm('D304', 'Ev-older-2', 'What did we spend with Lumen in October 2026?');
    const trend = buttonsOf(first.blocks).find((button) => button.text.text === 'Show the monthly trend');
    expect(trend).toBeDefined();
    const before = postsTo(slack.fake.calls, 'D304').length;
    await slack.send(
      buttonClickRequest({ button: trend!, responseUrl: slack.fake.responseUrl('older-click'), channel: 'D304', user: adminSlackId }),
    );
    await slack.fake.waitFor((calls) => postsTo(calls, 'D304').length > before, 30_000);
    const answer = postsTo(slack.fake.calls, 'D304')[before]?.body;
    expect(answer?.text).toMatch(/^Monthly spend with AT&T in Oct 2025 – Sep 2026/);
    expect(String(answer?.text)).toContain(invoiced('AT&T', '2026-09'));
    expect(String(answer?.text)).not.toContain('Lumen');
  });
});

describe('tables in Slack', () => {
  it('never posts a code-block table wider than 80 characters (contracts, mobile lines)', async () => {
    for (const [index, question] of [
      'List all active contracts',
      'List all active mobile lines',
      'active mobile lines by location',
    ].entries()) {
      const blocks = (await askInDm('D305', `Ev-table-${index}`, question)).blocks;
      const codeLines = [...textOf(blocks).matchAll(/```\\n([\s\S]*?)\\n```/g)].flatMap((match) => (match[1] ?? '').split('\\n'));
      for (const line of codeLines) expect(line.replaceAll('&amp;', '&').length, `${question}: ${line}`).toBeLessThanOrEqual(80);
    }
    const contracts = await database.prisma.contract.findMany({ select: { name: true }, take: 3, orderBy: { endDate: 'asc' } });
    const listed = textOf(postsTo(slack.fake.calls, 'D305')[0]?.body.blocks);
    for (const contract of contracts) expect(listed).toContain(`Name: ${contract.name.replaceAll('&', '&amp;')}`);
  });
});
