import type { Server } from 'node:http';
import type { Answer } from '../../../src/assistant/answer.js';
import type { AskInput } from '../../../src/assistant/assistant.js';
import { createHttpServer, listen } from '../../../src/bot/http-server.js';
import { createSlackSurface, type SlackSurface } from '../../../src/bot/slack/create-slack-surface.js';
import type { Database } from '../../../src/db/open-database.js';
import { createLogger } from '../../../src/logger.js';
import { startFakeSlackApi, type FakeSlackApi } from '../../../scripts/support/fake-slack-api.js';
import { postRaw, signature, signingSecret, type SentRequest, type SlackRequest } from '../../slack/support/slack-testbed.js';

// The product's Slack surface (a real Bolt app in HTTP mode, question and MACD listeners) on the
// product's HTTP server; Slack's Web API is the local stand-in. Requests are signed as Slack signs them.

export interface MacdSlackTestbed {
  fake: FakeSlackApi;
  surface: SlackSurface;
  questions: string[];
  logLines: string[];
  send(request: SlackRequest): Promise<SentRequest>;
  /** Waits for notifications still being sent. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export async function startMacdSlackTestbed(input: { database: Database; now: () => Date }): Promise<MacdSlackTestbed> {
  const fake = await startFakeSlackApi();
  const logLines: string[] = [];
  const logger = createLogger('warn', (line) => logLines.push(line));
  const questions: string[] = [];
  const assistant = {
    async ask(ask: AskInput): Promise<Answer> {
      questions.push(ask.question);
      return { text: 'an answer', facts: [], toolCalls: [], followUps: [], context: {}, plannedBy: 'offline' };
    },
  };
  const surface = createSlackSurface({
    config: { botToken: 'xoxb-test', signingSecret, apiUrl: fake.apiUrl },
    assistant,
    prisma: input.database.prisma,
    now: input.now,
    logger,
    defaultRole: 'viewer',
  });
  await surface.start();
  const server: Server = createHttpServer(surface.routes, logger);
  const address = await listen(server, 0, '127.0.0.1');
  const url = `http://127.0.0.1:${address.port}/slack/events`;
  // In HTTP mode stop() only waits for the work still running (notifications), so it settles.
  const settle = () => surface.stop();
  return {
    fake,
    surface,
    questions,
    logLines,
    send(request) {
      const timestamp = Math.floor(Date.now() / 1000);
      return postRaw(
        url,
        {
          'content-type': request.contentType,
          'x-slack-request-timestamp': String(timestamp),
          'x-slack-signature': signature(signingSecret, timestamp, request.rawBody),
        },
        request.rawBody,
      );
    },
    settle,
    async close() {
      await settle();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await fake.close();
    },
  };
}
