import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Assistant } from '../../src/assistant/assistant.js';
import { createHttpServer, listen } from '../../src/bot/http-server.js';
import type { RetryPolicy } from '../../src/bot/teams/connector-retry.js';
import type { TeamsCredentials, TeamsSurface } from '../../src/bot/teams/create-teams-surface.js';
import { createTeamsSurface } from '../../src/bot/teams/create-teams-surface.js';
import type { PrismaClient } from '../../src/db/generated/client.js';
import type { Database } from '../../src/db/open-database.js';
import type { ChatImportOptions } from '../../src/domain/ingest/chat-import/chat-import-deps.js';
import { silentLogger } from '../../src/logger.js';
import type { FakeTeamsConnector } from '../support/fake-teams-connector.js';
import { startFakeTeamsConnector } from '../support/fake-teams-connector.js';

// The real /api/messages endpoint on the shared HTTP server, a fake Teams connector as the
// activities' serviceUrl, and a database — what Teams would talk to, with nothing mocked inside.

export type FixtureName =
  | 'botbuilder-js_teams_message_personal'
  | 'botbuilder-js_teams_message_channel_mention'
  | 'botbuilder-js_teams_message_groupchat_mention'
  | 'msteams-docs_conversationUpdate_bot_added_personal'
  | 'msteams-docs_conversationUpdate_bot_added_to_team'
  | 'msteams-docs_invoke_adaptiveCard_action_request';

export type ActivityJson = Record<string, unknown> & { serviceUrl?: string };

/** A real-shaped activity from tests/teams/fixtures with its serviceUrl pointed at the fake connector. */
export function loadActivity(name: FixtureName, serviceUrl: string, changes: Record<string, unknown> = {}): ActivityJson {
  const activity = JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as ActivityJson;
  return { ...activity, ...changes, serviceUrl };
}

export interface RecordedSleep {
  delays: number[];
}

/** Backoff as in production but short, and remembered so tests can read what was waited. */
export function recordingRetryPolicy(): RetryPolicy & RecordedSleep {
  const delays: number[] = [];
  return {
    delays,
    maximumAttempts: 4,
    baseDelayMs: 20,
    maximumDelayMs: 2_000,
    sleep: (milliseconds) => {
      delays.push(milliseconds);
      return new Promise((resolve) => setTimeout(resolve, milliseconds));
    },
  };
}

export interface TeamsTestbed {
  url: string;
  connector: FakeTeamsConnector;
  surface: TeamsSurface;
  prisma: PrismaClient;
  retry: RetryPolicy & RecordedSleep;
  post(activity: unknown, headers?: Record<string, string>): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

export async function openTeamsTestbed(options: {
  database: Database;
  assistant: Assistant;
  now: () => Date;
  credentials?: TeamsCredentials;
  /** LEDGERLINE_ADMINS as the product would pass it. */
  admins?: string[];
  /** Files attached in a personal chat are imported with these (as main.ts passes them). */
  fileImports?: ChatImportOptions;
}): Promise<TeamsTestbed> {
  const connector = await startFakeTeamsConnector();
  const retry = recordingRetryPolicy();
  const surface = createTeamsSurface({
    config: options.credentials ?? {},
    assistant: options.assistant,
    prisma: options.database.prisma,
    now: options.now,
    logger: silentLogger,
    defaultRole: 'viewer',
    ...(options.admins ? { admins: options.admins } : {}),
    ...(options.fileImports ? { fileImports: options.fileImports } : {}),
    retryPolicy: retry,
  });
  const server: Server = createHttpServer(surface.routes, silentLogger);
  const { port } = await listen(server, 0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}/api/messages`;
  return {
    url,
    connector,
    surface,
    prisma: options.database.prisma,
    retry,
    async post(activity, headers = {}) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(activity),
      });
      const text = await response.text();
      let body: unknown = text;
      try {
        body = text === '' ? undefined : (JSON.parse(text) as unknown);
      } catch {
        // Not JSON: keep the text.
      }
      return { status: response.status, body };
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await connector.close();
    },
  };
}
