import type { Server } from 'node:http';
import { App, HTTPReceiver, webApi } from '@slack/bolt';
import type { Answer } from '../../../src/assistant/answer.js';
import type { AskInput } from '../../../src/assistant/assistant.js';
import { createHttpServer, listen } from '../../../src/bot/http-server.js';
import { registerMacdSlackListeners } from '../../../src/bot/slack/macd/register-macd-slack-listeners.js';
import { registerSlackListeners } from '../../../src/bot/slack/register-slack-listeners.js';
import type { Database } from '../../../src/db/open-database.js';
import { createLogger } from '../../../src/logger.js';
import { startFakeSlackApi, type FakeSlackApi } from '../../support/fake-slack-api.js';
import { postRaw, signature, signingSecret, type SentRequest, type SlackRequest } from '../../slack/support/slack-testbed.js';

// A real Bolt app in HTTP mode with the product's question listeners and the MACD listeners,
// wired as createSlackSurface wires them, on the product's HTTP server; Slack's Web API is the
// local stand-in. Requests are signed as Slack signs them.

export interface MacdSlackTestbed {
  fake: FakeSlackApi;
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
  const clientOptions = { slackApiUrl: fake.apiUrl };
  const client = new webApi.WebClient('xoxb-test', clientOptions);
  const receiver = new HTTPReceiver({ signingSecret, endpoints: ['/slack/events'] });
  const app = new App({ receiver, authorize: async () => ({ botToken: 'xoxb-test', botUserId: 'W111', botId: 'B111', teamId: 'T111' }), clientOptions, ignoreSelf: true });
  const inFlight = new Set<Promise<unknown>>();
  const track = (work: Promise<unknown>) => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  };
  const questions: string[] = [];
  const assistant = {
    async ask(ask: AskInput): Promise<Answer> {
      questions.push(ask.question);
      return { text: 'an answer', facts: [], toolCalls: [], followUps: [], context: {}, plannedBy: 'offline' };
    },
  };
  const common = { client, prisma: input.database.prisma, now: input.now, logger, defaultRole: 'viewer' as const, defaultCostCenterScope: undefined };
  registerSlackListeners(app, {
    ...common,
    assistant,
    workingNoticeAfterMs: 5_000,
    maximumConcurrentAnswers: 2,
    isTransportIdle: () => true,
    onAlertAction: undefined,
    track,
  });
  registerMacdSlackListeners(app, { ...common, track });

  const server: Server = createHttpServer(new Map([['POST /slack/events', receiver.requestListener]]), logger);
  const address = await listen(server, 0, '127.0.0.1');
  const url = `http://127.0.0.1:${address.port}/slack/events`;
  const settle = async () => {
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
  };
  return {
    fake,
    questions,
    logLines,
    send(request) {
      const timestamp = Math.floor(Date.now() / 1000);
      return postRaw(url, { 'content-type': request.contentType, 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature(signingSecret, timestamp, request.rawBody) }, request.rawBody);
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
