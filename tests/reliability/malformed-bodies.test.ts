import type { Server } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant/create-assistant.js';
import { createHttpServer, listen } from '../../src/bot/http-server.js';
import type { TeamsCredentials } from '../../src/bot/teams/create-teams-surface.js';
import { createTeamsSurface } from '../../src/bot/teams/create-teams-surface.js';
import type { Database } from '../../src/db/open-database.js';
import type { DemoAnswerKey } from '../../src/demo/demo-answer-key.js';
import { loadDemoEnterprise } from '../../src/demo/load-demo-enterprise.js';
import { formatMoney } from '../../src/domain/shared/format.js';
import { createLogger, silentLogger } from '../../src/logger.js';
import type { FakeTeamsConnector } from '../support/fake-teams-connector.js';
import { startFakeTeamsConnector } from '../support/fake-teams-connector.js';
import { openTestDatabase } from '../support/test-database.js';
import type { SlackRequest, SlackTestbed } from '../slack/support/slack-testbed.js';
import { directMessageRequest, postRaw, readFixture, startSlackTestbed } from '../slack/support/slack-testbed.js';
import { loadActivity } from '../teams/teams-testbed.js';

// No request ends the process. Correctly signed Slack requests and Teams activities whose bodies
// are not what the platform sends (null, arrays, scalars, wrong field types, truncated JSON) go
// through the real Bolt app and the real Agents SDK adapter over HTTP; each gets an error status
// (or a harmless 200) and the process keeps answering. Node ends the process on an unhandled
// rejection or exception, so those are recorded here and must stay at zero.

const asOf = new Date('2026-11-26T12:00:00Z');
const now = () => asOf;

let database: Database;
let answerKey: DemoAnswerKey;
let adminSlackId: string;
let adminAadId: string;

const processFailures: unknown[] = [];
const recordFailure = (error: unknown) => processFailures.push(error);

beforeAll(async () => {
  process.on('unhandledRejection', recordFailure);
  process.on('uncaughtException', recordFailure);
  database = await openTestDatabase();
  const loaded = await loadDemoEnterprise(
    { asOf, seed: 42, scale: 0.02 },
    { prisma: database.prisma, now, logger: silentLogger, costCenterTagKeys: ['cost-center'] },
  );
  answerKey = loaded.answerKey;
  const admin = await database.prisma.user.findFirstOrThrow({
    where: { costCenters: { has: '*' }, slackUserId: { not: null }, teamsUserId: { not: null } },
    orderBy: { id: 'asc' },
  });
  adminSlackId = admin.slackUserId ?? '';
  adminAadId = admin.teamsUserId ?? '';
});

afterAll(async () => {
  process.off('unhandledRejection', recordFailure);
  process.off('uncaughtException', recordFailure);
  await database?.close();
});

afterEach(() => {
  const failures = processFailures.splice(0).map(String);
  expect(failures).toEqual([]);
});

const lumenSeptember = () => {
  const row = answerKey.spend.byVendorMonth.find((candidate) => candidate.vendor === 'Lumen' && candidate.month === '2026-09');
  if (!row) throw new Error('the demo answer key has no Lumen spend for September 2026');
  return `Spend with Lumen in September 2026: ${formatMoney(row.amount, 'USD')}`;
};

/** Lets late work (Bolt's detached request handling, answers in flight) fail if it is going to. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

const json = (rawBody: string): SlackRequest => ({ rawBody, contentType: 'application/json' });
const form = (fields: Record<string, string>): SlackRequest => ({
  rawBody: new URLSearchParams(fields).toString(),
  contentType: 'application/x-www-form-urlencoded',
});

const mentionFixture = readFixture('bolt-python_app_mention_event_callback.json');
const blockActionsFixture = readFixture('bolt-python_block_actions_button.json');
const slashCommandFixture = readFixture('bolt-python_slash_command.form.txt').trim();
const withFields = (fixture: string, changes: Record<string, unknown>) =>
  JSON.stringify({ ...(JSON.parse(fixture) as object), ...changes });
const withEvent = (changes: Record<string, unknown>) => {
  const body = JSON.parse(mentionFixture) as { event: Record<string, unknown> };
  return JSON.stringify({ ...body, event_id: `Ev-bad-${Math.random().toString(16).slice(2)}`, event: { ...body.event, ...changes } });
};
const slashWith = (changes: Record<string, string>) => {
  const fields = new URLSearchParams(slashCommandFixture);
  for (const [key, value] of Object.entries(changes)) fields.set(key, value);
  return { rawBody: fields.toString(), contentType: 'application/x-www-form-urlencoded' } as const;
};

/** Bodies a signed sender could post to /slack/events (JSON events, interaction forms, slash-command forms). */
const slackBodies: Array<[string, SlackRequest]> = [
  ['JSON null', json('null')],
  ['JSON array', json('[]')],
  ['JSON array of objects', json('[{"type":"event_callback"}]')],
  ['empty object', json('{}')],
  ['string', json('"event_callback"')],
  ['number', json('42')],
  ['boolean', json('true')],
  ['empty body', json('')],
  ['truncated JSON', json('{"type":"event_callback","event":{"type":"app_')],
  ['type of the wrong kind', json('{"type":5}')],
  ['type as an array', json('{"type":["event_callback"]}')],
  ['url_verification without challenge', json('{"type":"url_verification"}')],
  ['url_verification with an object challenge', json('{"type":"url_verification","challenge":{"a":1}}')],
  ['event_callback without event', json('{"type":"event_callback"}')],
  ['event_callback with null event', json('{"type":"event_callback","event":null}')],
  ['event_callback with an array event', json('{"type":"event_callback","event":[]}')],
  ['event_callback with a string event', json('{"type":"event_callback","event":"app_mention"}')],
  ['mention with null text', json(withEvent({ text: null }))],
  ['mention with numeric text', json(withEvent({ text: 5 }))],
  ['mention with an object user', json(withEvent({ user: { id: 'W1' } }))],
  ['mention with null channel', json(withEvent({ channel: null }))],
  ['mention with array ts', json(withEvent({ ts: ['1'], event_ts: ['1'] }))],
  ['mention with an object event_id', json(withFields(mentionFixture, { event_id: { id: 1 } }))],
  ['mention with null authorizations', json(withFields(mentionFixture, { event_id: 'Ev-bad-auth', authorizations: null }))],
  ['message event with null channel_type', json(withEvent({ type: 'message', channel_type: null }))],
  ['block_actions without actions', json('{"type":"block_actions"}')],
  ['block_actions JSON with null actions', json(withFields(blockActionsFixture, { actions: null }))],
  ['form payload=null', form({ payload: 'null' })],
  ['form payload=[]', form({ payload: '[]' })],
  ['form payload=5', form({ payload: '5' })],
  ['form payload string', form({ payload: '"block_actions"' })],
  ['form payload={}', form({ payload: '{}' })],
  ['form payload truncated', form({ payload: '{"type":"block_actions","actions":[' })],
  ['form block_actions without actions', form({ payload: '{"type":"block_actions"}' })],
  ['form block_actions with [null] actions', form({ payload: withFields(blockActionsFixture, { actions: [null] }) })],
  ['form block_actions with an empty action', form({ payload: withFields(blockActionsFixture, { actions: [{}] }) })],
  ['form block_actions with null user', form({ payload: withFields(blockActionsFixture, { user: null }) })],
  [
    'form block_actions with a numeric value',
    form({ payload: withFields(blockActionsFixture, { actions: [{ action_id: 'ask', type: 'button', value: 5 }] }) }),
  ],
  ['form view_submission with null view', form({ payload: '{"type":"view_submission","view":null}' })],
  ['form view_submission with an empty view', form({ payload: '{"type":"view_submission","view":{}}' })],
  ['form ssl_check with payload=null', form({ ssl_check: '1', payload: 'null' })],
  ['slash command without text or user', form({ command: '/ledger' })],
  [
    'slash command with repeated fields',
    { rawBody: `${slashCommandFixture}&text=a&text=b&user_id=x&command=%2Fledger`, contentType: 'application/x-www-form-urlencoded' },
  ],
  ['slash command with an unknown command', slashWith({ command: '/nope', text: 'hello' })],
  [
    'slash command without response_url',
    { rawBody: slashCommandFixture.replace(/&?response_url=[^&]*/, ''), contentType: 'application/x-www-form-urlencoded' },
  ],
  ['form with no fields', { rawBody: '', contentType: 'application/x-www-form-urlencoded' }],
  ['form of garbage', { rawBody: '%%%&&&===', contentType: 'application/x-www-form-urlencoded' }],
];

describe('Slack /slack/events with correctly signed malformed bodies', () => {
  let slack: SlackTestbed;
  beforeAll(async () => {
    slack = await startSlackTestbed({
      database,
      now,
      assistant: ({ logger }) => createAssistant({ prisma: database.prisma, now, logger }),
    });
  });
  afterAll(async () => slack?.close());

  it('answers each with a status and keeps answering questions', async () => {
    // All at once, as a burst would arrive.
    const sent = await Promise.all(slackBodies.map(async ([name, request]) => [name, (await slack.send(request)).status] as const));
    const statuses = Object.fromEntries(sent);
    await settle();

    // Bodies that are not an object never reach Bolt; every request got an answer, none posted anything.
    for (const name of [
      'JSON null',
      'JSON array',
      'JSON array of objects',
      'string',
      'number',
      'boolean',
      'truncated JSON',
      'form payload=null',
      'form payload=[]',
      'form payload=5',
    ]) {
      expect(statuses[name], name).toBe(400);
    }
    expect(sent.filter(([, status]) => status < 200)).toEqual([]);
    // Each refusal and each failure is in the log, with its reason.
    const refusals = slack.logLines.filter((line) => line.includes('slack request refused'));
    const failures = slack.logLines.filter((line) => line.includes('slack request failed'));
    expect(refusals.length).toBe(
      sent.filter(([name]) =>
        [
          'JSON null',
          'JSON array',
          'JSON array of objects',
          'string',
          'number',
          'boolean',
          'form payload=null',
          'form payload=[]',
          'form payload=5',
          'form payload string',
        ].includes(name),
      ).length,
    );
    expect(failures.length).toBe(sent.filter(([, status]) => status >= 500).length);

    const unsigned = await slack.send(json('null'), { isUnsigned: true });
    expect(unsigned.status).toBe(401);

    // Still alive, still answering.
    const question = await slack.send(
      directMessageRequest({ eventId: 'Ev-after-bad-bodies', text: 'What did we spend with Lumen in September 2026?', user: adminSlackId }),
    );
    expect(question.status).toBe(200);
    await slack.fake.waitFor((calls) =>
      calls.some((call) => call.method === 'chat.postMessage' && String(call.body.text).startsWith('Spend with Lumen')),
    );
    const answer = slack.fake.calls.find(
      (call) => call.method === 'chat.postMessage' && String(call.body.text).startsWith('Spend with Lumen'),
    );
    expect(answer?.body.text).toContain(lumenSeptember());
  });
});

interface TeamsBed {
  url: string;
  connector: FakeTeamsConnector;
  logLines: string[];
  close(): Promise<void>;
}

async function openTeams(credentials: TeamsCredentials): Promise<TeamsBed> {
  const connector = await startFakeTeamsConnector();
  const logLines: string[] = [];
  const logger = createLogger('warn', (line) => logLines.push(line));
  const surface = createTeamsSurface({
    config: credentials,
    assistant: createAssistant({ prisma: database.prisma, now, logger }),
    prisma: database.prisma,
    now,
    logger,
    defaultRole: 'viewer',
    retryPolicy: {
      maximumAttempts: 2,
      baseDelayMs: 5,
      maximumDelayMs: 20,
      sleep: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)),
    },
  });
  const server: Server = createHttpServer(surface.routes, logger);
  const { port } = await listen(server, 0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${port}/api/messages`,
    connector,
    logLines,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await connector.close();
    },
  };
}

function teamsBodies(serviceUrl: string): Array<[string, string]> {
  const message = loadActivity('botbuilder-js_teams_message_personal', serviceUrl);
  // The documentation's invoke sample has no conversation; a real one does.
  const invoke = loadActivity('msteams-docs_invoke_adaptiveCard_action_request', serviceUrl, { conversation: message.conversation });
  const update = loadActivity('msteams-docs_conversationUpdate_bot_added_to_team', serviceUrl);
  const with_ = (activity: object, changes: Record<string, unknown>) => JSON.stringify({ ...activity, ...changes });
  return [
    ['JSON null', 'null'],
    ['JSON array', '[]'],
    ['empty object', '{}'],
    ['string', '"message"'],
    ['number', '42'],
    ['empty body', ''],
    ['truncated JSON', JSON.stringify(message).slice(0, 60)],
    ['type only', '{"type":"message"}'],
    ['type of the wrong kind', with_(message, { type: 5 })],
    ['type as an array', with_(message, { type: ['message'] })],
    ['numeric text', with_(message, { text: 5 })],
    ['object text', with_(message, { text: { value: 'hi' } })],
    ['null from', with_(message, { from: null })],
    ['string from', with_(message, { from: 'someone' })],
    ['null conversation', with_(message, { conversation: null })],
    ['conversation without id', with_(message, { conversation: {} })],
    ['null recipient', with_(message, { recipient: null })],
    ['numeric serviceUrl', with_(message, { serviceUrl: 5 })],
    ['not a URL serviceUrl', with_(message, { serviceUrl: 'not a url' })],
    ['string channelData', with_(message, { channelData: 'teams' })],
    ['entities not an array', with_(message, { entities: { type: 'mention' } })],
    ['entities of nulls', with_(message, { entities: [null, 5] })],
    ['attachments not an array', with_(message, { attachments: 'card' })],
    ['invoke with null value', with_(invoke, { value: null })],
    ['invoke with a string value', with_(invoke, { value: 'x' })],
    ['invoke with an empty action', with_(invoke, { value: { action: {} } })],
    ['invoke with null action data', with_(invoke, { value: { action: { type: 'Action.Execute', verb: 'ask', data: null } } })],
    ['conversationUpdate with null membersAdded', with_(update, { membersAdded: null })],
    ['conversationUpdate with membersAdded of nulls', with_(update, { membersAdded: [null] })],
    ['conversationUpdate with null channelData', with_(update, { channelData: null })],
  ];
}

describe('Teams /api/messages with malformed bodies', () => {
  it('in emulator mode answers each with a status and keeps answering questions', async () => {
    const teams = await openTeams({});
    try {
      const sent = await Promise.all(
        teamsBodies(teams.connector.serviceUrl).map(
          async ([name, rawBody]) => [name, (await postRaw(teams.url, { 'content-type': 'application/json' }, rawBody)).status] as const,
        ),
      );
      const statuses = Object.fromEntries(sent);
      await settle();

      // Anything the SDK would choke on is refused with 400 and a line naming the field; the rest is
      // handled (an unreachable serviceUrl is a logged delivery failure), and every error status is logged.
      for (const name of [
        'JSON null',
        'JSON array',
        'empty object',
        'truncated JSON',
        'type of the wrong kind',
        'null from',
        'null conversation',
        'entities of nulls',
      ]) {
        expect(statuses[name], name).toBe(400);
      }
      expect(sent.filter(([, status]) => status < 200)).toEqual([]);
      const errorStatuses = sent.filter(([, status]) => status >= 400);
      expect(teams.logLines.filter((line) => line.includes('teams request refused') || line.includes('teams request failed'))).toHaveLength(
        errorStatuses.length,
      );
      expect(teams.logLines.some((line) => line.includes('conversation: Expected object, received null'))).toBe(true);

      teams.connector.activities.length = 0;
      const question = loadActivity('botbuilder-js_teams_message_personal', teams.connector.serviceUrl, {
        text: 'What did we spend with Lumen in September 2026?',
        from: { id: '29:admin', name: 'Demo admin', aadObjectId: adminAadId },
      });
      const asked = await postRaw(teams.url, { 'content-type': 'application/json' }, JSON.stringify(question));
      expect(asked.status).toBe(200);
      const replies = await teams.connector.waitForActivities(1);
      expect(JSON.stringify(replies[0]?.activity)).toContain(lumenSeptember().split(': ')[1]);
    } finally {
      await teams.close();
    }
  });

  it('with app credentials refuses each before any work, without a token or with a forged one', async () => {
    const teams = await openTeams({
      appId: '6c1f1a4e-3c1b-4a53-9c57-2b1b2b0c9d11',
      appPassword: 'not-a-real-secret',
      tenantId: 'b28fdbfd-2b78-4f93-b0f8-8881793f0f8f',
    });
    try {
      const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
      const forged = `${base64url({ alg: 'RS256', typ: 'JWT', kid: 'k' })}.${base64url({ aud: '6c1f1a4e-3c1b-4a53-9c57-2b1b2b0c9d11', iss: 'https://api.botframework.com', exp: 4102444800 })}.c2ln`;
      const statuses: number[] = [];
      for (const [, rawBody] of teamsBodies(teams.connector.serviceUrl)) {
        statuses.push((await postRaw(teams.url, { 'content-type': 'application/json' }, rawBody)).status);
        statuses.push(
          (await postRaw(teams.url, { 'content-type': 'application/json', authorization: `Bearer ${forged}` }, rawBody)).status,
        );
        statuses.push((await postRaw(teams.url, { 'content-type': 'application/json', authorization: 'Bearer' }, rawBody)).status);
      }
      await settle();
      expect(statuses.filter((status) => status !== 400 && status !== 401)).toEqual([]);
      expect(teams.connector.activities).toEqual([]);
    } finally {
      await teams.close();
    }
  });
});
