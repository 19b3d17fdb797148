import type { Server } from 'node:http';
import { CloudAdapter } from '@microsoft/agents-hosting';
import type { Answer } from '../../../src/assistant/answer.js';
import type { AskInput } from '../../../src/assistant/assistant.js';
import { createHttpServer, listen } from '../../../src/bot/http-server.js';
import { LedgerlineAgent } from '../../../src/bot/teams/ledgerline-agent.js';
import { withMacdTeams } from '../../../src/bot/teams/macd/macd-teams-handler.js';
import { readJsonBody, toSdkRequest, toWebResponse } from '../../../src/bot/teams/node-http-bridge.js';
import type { Database } from '../../../src/db/open-database.js';
import { silentLogger } from '../../../src/logger.js';
import { startFakeTeamsPersonalChats, type FakeTeamsPersonalChats } from './fake-teams-personal-chats.js';

// The Agents SDK's CloudAdapter in emulator mode (as createTeamsSurface runs it without
// credentials) with the question agent wrapped by the MACD handler, on the product's HTTP server;
// the connector is the local stand-in.

export interface MacdTeamsTestbed {
  connector: FakeTeamsPersonalChats;
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
  const deps = { prisma: input.database.prisma, now: input.now, logger: silentLogger, defaultRole: 'viewer' as const };
  const adapter = new CloudAdapter({ clientId: '' });
  const agent = withMacdTeams(new LedgerlineAgent({ ...deps, assistant }), deps);
  const server: Server = createHttpServer(
    new Map([
      [
        'POST /api/messages',
        async (request, response) => {
          const body = await readJsonBody(request);
          if (!body.ok) return void response.writeHead(body.status).end();
          const sdkRequest = toSdkRequest(request, body.body);
          sdkRequest.user = { name: 'anonymous' };
          await adapter.process(sdkRequest, toWebResponse(response), (context) => agent.run(context));
        },
      ],
    ]),
    silentLogger,
  );
  const { port } = await listen(server, 0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}/api/messages`;
  return {
    connector,
    questions,
    async post(activity) {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...activity, serviceUrl: connector.serviceUrl }) });
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
