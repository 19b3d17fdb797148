import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant/create-assistant.js';
import type { AdaptiveCard, FactSet, TableElement } from '../../src/bot/teams/adaptive-card.js';
import { cardCharacterBudget } from '../../src/bot/teams/choose-table-layout.js';
import type { Database } from '../../src/db/open-database.js';
import type { DemoAnswerKey } from '../../src/demo/demo-answer-key.js';
import { loadDemoEnterprise } from '../../src/demo/load-demo-enterprise.js';
import { formatMoney } from '../../src/domain/shared/format.js';
import { silentLogger } from '../../src/logger.js';
import type { RecordedActivity } from '../support/fake-teams-connector.js';
import { openTestDatabase } from '../support/test-database.js';
import { checkAdaptiveCard } from './check-adaptive-card.js';
import type { ActivityJson, FixtureName, TeamsTestbed } from './teams-testbed.js';
import { loadActivity, openTeamsTestbed } from './teams-testbed.js';

// What a new Teams user meets: the welcome, "help", follow-up buttons on older answers, the
// subscription reply, wide tables and the command menu — through the real /api/messages endpoint.

const asOf = new Date('2026-11-26T12:00:00Z');
const now = () => asOf;

let database: Database;
let testbed: TeamsTestbed;
let answerKey: DemoAnswerKey;
let everyoneAadId: string;
/** The vendor and the cost center with the most services, as the database has them. */
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
    where: { costCenters: { has: '*' }, teamsUserId: { not: null } },
    orderBy: { id: 'asc' },
  });
  everyoneAadId = admin?.teamsUserId ?? '';
  const [vendor] = await database.prisma.vendor.findMany({ orderBy: [{ services: { _count: 'desc' } }, { name: 'asc' }], take: 1 });
  const [costCenter] = await database.prisma.costCenter.findMany({ orderBy: [{ services: { _count: 'desc' } }, { code: 'asc' }], take: 1 });
  busiestVendor = vendor?.name ?? '';
  busiestCostCenter = costCenter?.code ?? '';
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

/** The bot as membersAdded names it (the docs' sample keeps a placeholder recipient). */
const bot = { id: '28:f5d48856-5b42-41a0-8c3a-c5f944b679b0', name: 'Ledgerline' };

function fromEveryone(name: FixtureName, changes: Record<string, unknown>): ActivityJson {
  const activity = loadActivity(name, testbed.connector.serviceUrl, changes);
  return { ...activity, from: { id: '29:Everyone-Id', name: 'Demo admin', aadObjectId: everyoneAadId } };
}

/** A personal chat of its own per test, so conversation state does not leak between tests. */
function personalMessage(conversationId: string, id: string, text: string): ActivityJson {
  return fromEveryone('botbuilder-js_teams_message_personal', {
    id,
    text,
    conversation: { conversationType: 'personal', tenantId: 'tenantId-Guid', id: conversationId },
  });
}

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

function cardOf(recorded: RecordedActivity | undefined): AdaptiveCard {
  const attachments = recorded?.activity.attachments as Array<{ contentType: string; content: AdaptiveCard }> | undefined;
  expect(attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  const card = attachments?.[0]?.content;
  expect(checkAdaptiveCard(card)).toEqual([]);
  return card!;
}

async function ask(activity: ActivityJson): Promise<AdaptiveCard> {
  const before = testbed.connector.activities.length;
  expect((await testbed.post(activity)).status).toBe(200);
  const replies = await testbed.connector.waitForActivities(before + 1);
  return cardOf(replies[before]);
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('welcome and help in Teams', () => {
  it('welcomes a person once when the app is installed, with examples naming this database’s vendor and cost center', async () => {
    const added = loadActivity('msteams-docs_conversationUpdate_bot_added_personal', testbed.connector.serviceUrl, {
      recipient: bot,
      conversation: { conversationType: 'personal', id: 'a:welcomePersonal' },
      from: { id: '29:Everyone-Id', aadObjectId: everyoneAadId },
    });
    expect((await testbed.post(added)).status).toBe(200);
    const [welcome] = await testbed.connector.waitForActivities(1);
    expect(welcome?.conversationId).toBe('a:welcomePersonal');
    const text = cardTexts(cardOf(welcome)).join('\n');
    expect(text).toContain("Hi, I'm Ledgerline");
    expect(text).toContain(`What did we spend with ${busiestVendor} last month?`);
    expect(text).toContain(`Budget status for ${busiestCostCenter}`);

    // The same install said again (a second conversationUpdate, then installationUpdate): no second welcome.
    await testbed.post(added);
    await testbed.post({ ...added, type: 'installationUpdate', action: 'add', membersAdded: undefined });
    await settle();
    expect(testbed.connector.activities).toHaveLength(1);
  });

  it('welcomes a team once when the app is added to it', async () => {
    const added = loadActivity('msteams-docs_conversationUpdate_bot_added_to_team', testbed.connector.serviceUrl);
    await testbed.post(added);
    const [welcome] = await testbed.connector.waitForActivities(1);
    expect(cardTexts(cardOf(welcome)).join('\n')).toContain('thanks for adding me here');
    await testbed.post(added);
    await settle();
    expect(testbed.connector.activities).toHaveLength(1);
  });

  it('answers "help" after a question with the help, not as a follow-up to that question', async () => {
    await ask(personalMessage('a:helpChat', 'helpQ1', 'What did we spend with AT&T in September 2026?'));
    const help = cardTexts(await ask(personalMessage('a:helpChat', 'helpQ2', 'help'))).join('\n');
    expect(help).toContain('For example:');
    expect(help).toContain(`Show the monthly trend for ${busiestVendor}`);
    expect(help).not.toContain('follow-up');
    expect(help).not.toContain(invoiced('AT&T', '2026-09'));
  });
});

describe('follow-up buttons in Teams', () => {
  it('acts on the answer the button is on, not the newest one, and draws twelve months for a one-month answer', async () => {
    const first = await ask(personalMessage('a:buttonsChat', 'buttonsQ1', 'What did we spend with AT&T in September 2026?'));
    await ask(personalMessage('a:buttonsChat', 'buttonsQ2', 'What did we spend with Lumen in October 2026?'));
    const trend = first.actions?.find((action) => action.title === 'Show the monthly trend');
    expect(trend?.type).toBe('Action.Execute');

    const invoke = loadActivity('msteams-docs_invoke_adaptiveCard_action_request', testbed.connector.serviceUrl, {
      id: 'buttonsInvoke',
      channelId: 'msteams',
      from: { id: '29:Everyone-Id', name: 'Demo admin', aadObjectId: everyoneAadId },
      recipient: bot,
      conversation: { conversationType: 'personal', tenantId: 'tenantId-Guid', id: 'a:buttonsChat' },
      value: {
        action: { type: 'Action.Execute', id: 'trend', verb: 'ask', data: trend && 'data' in trend ? trend.data : {} },
        trigger: 'manual',
      },
    });
    const response = await testbed.post(invoke);
    const card = (response.body as { value: AdaptiveCard }).value;
    expect(checkAdaptiveCard(card)).toEqual([]);
    const text = cardTexts(card).join('\n');
    expect(text).toContain('Monthly spend with AT&T in Oct 2025 – Sep 2026');
    expect(text).toContain(invoiced('AT&T', '2026-09'));
    expect(text).toContain(invoiced('AT&T', '2025-10'));
    expect(text).not.toContain('Lumen');
  });
});

describe('subscriptions in Teams', () => {
  it('lists what a 1:1 chat now receives, calling it "this chat"', async () => {
    const text = cardTexts(await ask(personalMessage('a:subscribeChat', 'subscribeQ', 'subscribe this channel to budget alerts'))).join(
      '\n',
    );
    expect(text).toContain('Subscribed this chat to budget alerts. It now receives:');
    expect(text).toContain('- budget alerts (all)');
    expect(text).toContain('Delivered one message per alert.');
    expect(text).not.toContain('Teams channel');
  });

  it('says "this Teams channel" in a channel', async () => {
    const mention = fromEveryone('botbuilder-js_teams_message_channel_mention', {
      id: 'subscribeChannelQ',
      text: '<at>Teams Bot</at> subscribe this channel to anomalies\n',
    });
    const text = cardTexts(await ask(mention)).join('\n');
    expect(text).toContain('Subscribed this Teams channel to cost anomalies. It now receives:');
    expect(text).toContain('- cost anomalies (all)');
  });
});

const longestWord = (text: string) => Math.max(0, ...text.split(/\s+/).map((word) => word.length));

describe('wide answers in Teams', () => {
  it(`shows a seven-column contracts answer without a column narrower than its longest word at ${cardCharacterBudget} characters`, async () => {
    const card = await ask(personalMessage('a:contractsChat', 'contractsQ', 'List all active contracts'));
    const tables = card.body.filter((element): element is TableElement => element.type === 'Table');
    for (const table of tables) {
      const total = table.columns.reduce((sum, column) => sum + column.width, 0);
      table.columns.forEach((column, index) => {
        const words = table.rows.map((row) => cardTexts(row.cells[index]).join(' '));
        expect((column.width / total) * cardCharacterBudget).toBeGreaterThanOrEqual(Math.max(...words.map(longestWord)));
      });
    }
    // Every contract's name is shown whole, as a fact of its row.
    const contracts = await database.prisma.contract.findMany({ select: { name: true } });
    const facts = JSON.stringify(card.body);
    const shown = contracts.filter((contract) => facts.includes(JSON.stringify({ title: 'Name', value: contract.name }).slice(1, -1)));
    expect(shown.length).toBeGreaterThanOrEqual(Math.min(10, contracts.length));
    expect(
      card.body.some(
        (element) =>
          element.type === 'Container' && element.items.some((item) => item.type === 'FactSet' && (item as FactSet).facts.length >= 5),
      ),
    ).toBe(true);
  });
});

interface ManifestCommand {
  title: string;
  description: string;
}

describe('the Teams command menu', () => {
  const manifest = JSON.parse(readFileSync(new URL('../../teams/manifest.json', import.meta.url), 'utf8')) as {
    bots: Array<{ commandLists: Array<{ commands: ManifestCommand[] }> }>;
  };
  const commands = manifest.bots[0]?.commandLists[0]?.commands ?? [];
  const command = (title: string) => commands.find((candidate) => candidate.title === title);

  it('"active mobile lines by location" answers a count per location', async () => {
    expect(command('active mobile lines by location')?.description).toMatch(/count/i);
    const text = cardTexts(await ask(personalMessage('a:menuLines', 'menuLinesQ', 'active mobile lines by location'))).join('\n');
    const activeLines = answerKey.counts.activeServicesByType.mobile_line ?? 0;
    expect(text).toContain(`${activeLines} active mobile lines`);
    const locations = await database.prisma.location.findMany({
      where: { services: { some: { type: 'mobile_line', status: 'active' } } },
      select: { name: true },
    });
    for (const location of locations) expect(text).toContain(location.name);
    // A count per location, not the lines themselves.
    expect(text).not.toMatch(/\d{3}-555-\d{4}/);
  });

  it('"contracts due for notice" uses the window its description promises', async () => {
    const days = /next (\d+) days/.exec(command('contracts due for notice')?.description ?? '')?.[1];
    expect(days).toBeDefined();
    const text = cardTexts(await ask(personalMessage('a:menuNotice', 'menuNoticeQ', 'contracts due for notice'))).join('\n');
    expect(text).toContain(`notice deadline in the next ${days} days`);
  });
});
