import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import type { Server } from 'node:http';
import type { Assistant } from '../../../src/assistant/assistant.js';
import { createHttpServer, listen } from '../../../src/bot/http-server.js';
import { createSlackSurface } from '../../../src/bot/slack/create-slack-surface.js';
import type { SlackSurface } from '../../../src/bot/slack/create-slack-surface.js';
import type { Database } from '../../../src/db/open-database.js';
import type { ChatImportOptions } from '../../../src/domain/ingest/chat-import/chat-import-deps.js';
import type { Logger } from '../../../src/logger.js';
import { createLogger } from '../../../src/logger.js';
import { startFakeSlackApi } from '../../../scripts/support/fake-slack-api.js';
import type { FakeSlackApi } from '../../../scripts/support/fake-slack-api.js';

// A real Bolt app in HTTP mode on the product's HTTP server, a local stand-in for Slack's Web
// API, and requests built from real Slack payloads (tests/fixtures/external/slack), signed as
// Slack signs them.

const fixturesDirectory = new URL('../../fixtures/external/slack/', import.meta.url);
export const readFixture = (name: string): string => readFileSync(new URL(name, fixturesDirectory), 'utf8');
export const readJsonFixture = <T>(name: string): T => JSON.parse(readFixture(name)) as T;

/** The signing secret from Slack's "verifying requests" documentation (bolt-js test vector). */
export const signingSecret = readJsonFixture<{ signingSecret: string }>('bolt-js_signature_test_vector.json').signingSecret;

export function signature(secret: string, timestamp: number, rawBody: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

/**
 * What a person typed, as Slack puts it in a message event's `text`: "&", "<" and ">" escaped,
 * e-mail addresses as <mailto:…|…>, links as <…>; mentions already written as <@U123> stay.
 */
export function asSlackMessageText(typed: string): string {
  return typed
    .split(/(<@[UW][A-Z0-9]+>)/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part
            .replace(/&/g, '&amp;')
            .replace(/</g, '&lt;')
            .replace(/>/g, '&gt;')
            .replace(/\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g, (address) => `<mailto:${address}|${address}>`)
            .replace(/\bhttps?:\/\/[^\s<>|]+/g, (link) => `<${link}>`),
    )
    .join('');
}

/** What a person typed, as a slash command's `text` arrives: "&", "<" and ">" escaped. */
export const asSlashCommandText = (typed: string): string => typed.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface SlackRequest {
  rawBody: string;
  contentType: 'application/json' | 'application/x-www-form-urlencoded';
}

export interface SentRequest {
  status: number;
  body: string;
  milliseconds: number;
}

export interface SendOptions {
  /** Seconds since the epoch; now by default. */
  timestamp?: number;
  secret?: string;
  isUnsigned?: boolean;
  retryNum?: number;
}

export interface SlackTestbed {
  url: string;
  fake: FakeSlackApi;
  surface: SlackSurface;
  logLines: string[];
  send(request: SlackRequest, options?: SendOptions): Promise<SentRequest>;
  close(): Promise<void>;
}

export async function startSlackTestbed(input: {
  database: Database;
  assistant: (deps: { logger: Logger }) => Assistant;
  now: () => Date;
  workingNoticeAfterMs?: number;
  /** LEDGERLINE_ADMINS as the product would pass it. */
  admins?: string[];
  /** Files dropped in a DM are imported with these (as main.ts passes them). */
  fileImports?: ChatImportOptions;
}): Promise<SlackTestbed> {
  const fake = await startFakeSlackApi();
  const logLines: string[] = [];
  const logger = createLogger('warn', (line) => logLines.push(line));
  const surface = createSlackSurface({
    config: { botToken: 'xoxb-test', signingSecret, apiUrl: fake.apiUrl },
    assistant: input.assistant({ logger }),
    prisma: input.database.prisma,
    now: input.now,
    logger,
    defaultRole: 'viewer',
    ...(input.admins ? { admins: input.admins } : {}),
    ...(input.fileImports ? { fileImports: input.fileImports } : {}),
    // "Working on it…" only where a test asks for it: on a loaded machine an answer slower than the
    // product's default would arrive as a chat.update that tests waiting for the answer's post miss.
    workingNoticeAfterMs: input.workingNoticeAfterMs ?? 10 * 60_000,
  });
  await surface.start();
  const server: Server = createHttpServer(surface.routes, logger);
  const address = await listen(server, 0, '127.0.0.1');
  const url = `http://127.0.0.1:${address.port}`;

  return {
    url,
    fake,
    surface,
    logLines,
    async send(request, options = {}) {
      const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
      const headers: Record<string, string> = { 'content-type': request.contentType };
      if (!options.isUnsigned) {
        headers['x-slack-request-timestamp'] = String(timestamp);
        headers['x-slack-signature'] = signature(options.secret ?? signingSecret, timestamp, request.rawBody);
      }
      if (options.retryNum !== undefined) {
        headers['x-slack-retry-num'] = String(options.retryNum);
        headers['x-slack-retry-reason'] = 'http_timeout';
      }
      return postRaw(`${url}/slack/events`, headers, request.rawBody);
    },
    async close() {
      await surface.stop();
      agent.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await fake.close();
    },
  };
}

const agent = new Agent({ keepAlive: true, maxSockets: 100 });

/** A plain node:http POST (lighter than fetch when fifty share the test's event loop), timed from send to full response. */
export function postRaw(url: string, headers: Record<string, string>, rawBody: string): Promise<SentRequest> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const outgoing = request(
      url,
      { method: 'POST', agent, headers: { ...headers, 'content-length': String(Buffer.byteLength(rawBody)) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            milliseconds: performance.now() - started,
          }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(rawBody);
  });
}

// ---- payloads built from the fixtures --------------------------------------------------------

interface EventCallback {
  event_id: string;
  team_id: string;
  event: Record<string, unknown>;
}

/** bolt-python's app_mention event_callback, asking `question` of the bot (W111, the fixture's authed user). */
export function mentionRequest(input: { eventId: string; question: string; user?: string; channel?: string; ts?: string }): SlackRequest {
  const body = readJsonFixture<EventCallback>('bolt-python_app_mention_event_callback.json');
  body.event_id = input.eventId;
  body.event = {
    ...body.event,
    text: `<@W111> ${asSlackMessageText(input.question)}`,
    user: input.user ?? 'W222',
    channel: input.channel ?? 'C111',
    ...(input.ts ? { ts: input.ts, event_ts: input.ts } : {}),
  };
  return { rawBody: JSON.stringify(body), contentType: 'application/json' };
}

/** bolt-python's message event_callback, turned into a direct message (channel_type "im"). */
export function directMessageRequest(input: { eventId: string; text: string; user?: string; channel?: string }): SlackRequest {
  const body = readJsonFixture<EventCallback>('bolt-python_message_event_callback.json');
  body.event_id = input.eventId;
  body.event = {
    ...body.event,
    text: asSlackMessageText(input.text),
    user: input.user ?? 'W222',
    channel: input.channel ?? 'D111',
    channel_type: 'im',
    blocks: [],
  };
  return { rawBody: JSON.stringify(body), contentType: 'application/json' };
}

/**
 * A file shared in a DM with the bot, as Slack sends it: bolt-python's message event_callback
 * with subtype "file_share" and the file's id, name and private download URL.
 */
export function fileShareRequest(input: {
  eventId: string;
  file: { id: string; name: string; url_private_download: string };
  user?: string;
  channel?: string;
}): SlackRequest {
  const body = readJsonFixture<EventCallback>('bolt-python_message_event_callback.json');
  body.event_id = input.eventId;
  const { id, name, url_private_download } = input.file;
  body.event = {
    ...body.event,
    subtype: 'file_share',
    text: '',
    user: input.user ?? 'W222',
    channel: input.channel ?? 'D111',
    channel_type: 'im',
    blocks: [],
    upload: false,
    files: [
      {
        id,
        name,
        title: name,
        mimetype: 'text/csv',
        filetype: 'csv',
        size: 0,
        mode: 'hosted',
        is_external: false,
        url_private: url_private_download,
        url_private_download,
      },
    ],
  };
  return { rawBody: JSON.stringify(body), contentType: 'application/json' };
}

/** bolt-python's slash command form, as `/ledger <text>`, answering to a response_url on the fake. */
export function slashCommandRequest(input: { text: string; responseUrl: string; triggerId?: string; user?: string }): SlackRequest {
  const form = new URLSearchParams(readFixture('bolt-python_slash_command.form.txt').trim());
  form.set('command', '/ledger');
  form.set('text', asSlashCommandText(input.text));
  form.set('response_url', input.responseUrl);
  form.set('user_id', input.user ?? 'W222');
  if (input.triggerId) form.set('trigger_id', input.triggerId);
  return { rawBody: form.toString(), contentType: 'application/x-www-form-urlencoded' };
}

/** bolt-python's block_actions payload, clicking `button` (as rendered in a captured message). */
export function buttonClickRequest(input: {
  button: { action_id: string; value: string; text: { text: string } };
  /** Slack gives every click its own trigger id. */
  triggerId?: string;
  responseUrl: string;
  user?: string;
  channel?: string;
  messageTs?: string;
}): SlackRequest {
  const payload = readJsonFixture<Record<string, unknown> & { actions: Array<Record<string, unknown>>; user: Record<string, unknown> }>(
    'bolt-python_block_actions_button.json',
  );
  payload.user = { ...payload.user, id: input.user ?? 'W222' };
  payload.response_url = input.responseUrl;
  payload.trigger_id = input.triggerId ?? `${Date.now()}.${Math.random().toString(16).slice(2)}`;
  payload.container = {
    type: 'message',
    message_ts: input.messageTs ?? '111.222',
    channel_id: input.channel ?? 'C111',
    is_ephemeral: false,
  };
  payload.channel = { id: input.channel ?? 'C111', name: 'test-channel' };
  payload.actions = [
    {
      ...payload.actions[0],
      action_id: input.button.action_id,
      value: input.button.value,
      text: { type: 'plain_text', text: input.button.text.text },
    },
  ];
  const form = new URLSearchParams({ payload: JSON.stringify(payload) });
  return { rawBody: form.toString(), contentType: 'application/x-www-form-urlencoded' };
}

// ---- reading what Slack received ------------------------------------------------------------

export interface CapturedButton {
  type: 'button';
  action_id: string;
  value: string;
  text: { text: string };
}

/** Every button in a captured message's blocks. */
export function buttonsOf(blocks: unknown): CapturedButton[] {
  if (!Array.isArray(blocks)) return [];
  return blocks.flatMap((block: { type?: string; elements?: unknown[] }) =>
    block.type === 'actions' && Array.isArray(block.elements)
      ? (block.elements as CapturedButton[]).filter((element) => element.type === 'button')
      : [],
  );
}

/** All the text a person would read in a captured message's blocks. */
export function textOf(blocks: unknown): string {
  return JSON.stringify(blocks ?? []);
}
