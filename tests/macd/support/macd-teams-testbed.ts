import type { Server } from 'node:http';
import type { Answer } from '../../../src/assistant/answer.js';
import type { AskInput } from '../../../src/assistant/assistant.js';
import { createHttpServer, listen } from '../../../src/bot/http-server.js';
import { createTeamsSurface, type TeamsSurface } from '../../../src/bot/teams/create-teams-surface.js';
import type { Database } from '../../../src/db/open-database.js';
import { silentLogger } from '../../../src/logger.js';
import { startFakeTeamsPersonalChats, type FakeTeamsPersonalChats } from './fake-teams-personal-chats.js';

// The product's Teams surface (the Agents SDK's CloudAdapter, emulator mode: no credentials) on
// the product's HTTP server; the connector is the local stand-in.

export interface MacdTeamsTestbed {
  connector: FakeTeamsPersonalChats;
  surface: TeamsSurface;
  questions: string[];
  post(activity: Record<string, unknown>): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

export async function startMacdTeamsTestbed(input: { database: Database; now: () => Date }): Promise<MacdTeamsTestbed> {
  const connector = await startFakeTeamsPersonalChats();
  const questions: string[] = [];
  const assistant = {
    async ask(ask: AskInput): Promise<Answer> {
      questions.push(ask.question);
      return { text: 'an answer', facts: [], toolCalls: [], followUps: [], context: {}, plannedBy: 'offline' };
    },
  };
  const surface = createTeamsSurface({
    config: {},
    assistant,
    prisma: input.database.prisma,
    now: input.now,
    logger: silentLogger,
    defaultRole: 'viewer',
  });
  const server: Server = createHttpServer(surface.routes, silentLogger);
  const { port } = await listen(server, 0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}/api/messages`;
  return {
    connector,
    surface,
    questions,
    async post(activity) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...activity, serviceUrl: connector.serviceUrl }),
      });
      const text = await response.text();
      return { status: response.status, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await connector.close();
    },
  };
}
