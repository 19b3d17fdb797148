import { App, HTTPModuleFunctions, HTTPReceiver, SocketModeReceiver, webApi } from '@slack/bolt';
import type { Receiver } from '@slack/bolt';
import type { Assistant } from '../../assistant/assistant.js';
import type { PrismaClient } from '../../db/generated/client.js';
import type { AlertDestination } from '../../domain/alerts/alert-destination.js';
import type { ChatImportOptions } from '../../domain/ingest/chat-import/chat-import-deps.js';
import type { MacdApproverNotifier } from '../../domain/macd/macd-approver-notifier.js';
import type { Role } from '../../domain/people/resolve-chat-user.js';
import type { Logger } from '../../logger.js';
import type { Routes } from '../http-server.js';
import { toBoltLogger } from './bolt-logger.js';
import { createSlackAlertDestination } from './create-slack-alert-destination.js';
import type { AlertActionHandler } from '../../domain/alerts/create-alert-action-handler.js';
import { registerSlackListeners } from './register-slack-listeners.js';
import { registerMacdSlackListeners } from './macd/register-macd-slack-listeners.js';
import { createSlackMacdNotifier } from './macd/notify-macd-slack.js';
import { registerChatImportListeners } from './chat-import/register-chat-import-listeners.js';
import { screenSlackRequest } from './screen-slack-request.js';
import { createSlackViewerResolver } from './slack-viewer.js';

export interface SlackConfig {
  botToken: string;
  /** HTTP mode: requests to POST /slack/events are verified with it. */
  signingSecret?: string | undefined;
  /** Socket Mode when set: no public URL needed. */
  appToken?: string | undefined;
  /** Web API base URL, e.g. "http://127.0.0.1:4000/api/" in tests; Slack's own by default. */
  apiUrl?: string | undefined;
}

export interface SlackSurfaceOptions {
  config: SlackConfig;
  assistant: Assistant;
  prisma: PrismaClient;
  now: () => Date;
  logger: Logger;
  /** Role of Slack users not in the User table. */
  defaultRole: Role;
  /** Their cost-center scope; '*' for admin and none otherwise unless set (see resolve-chat-user.ts). */
  defaultCostCenterScope?: '*' | string[];
  /** LEDGERLINE_ADMINS: Slack ids or e-mails who are admins from their first message. */
  admins?: readonly string[] | undefined;
  /** "Working on it…" appears when an answer takes longer than this (default 1,000 ms). */
  workingNoticeAfterMs?: number;
  /** Answers computed at once; more wait in line so acks stay fast (default 4). */
  maximumConcurrentAnswers?: number;
  /** Alert buttons other than "ask" (acknowledge, snooze, …) are handed to the alerts feature. */
  onAlertAction?: AlertActionHandler;
  /** Files dropped in a DM are imported (after Import is pressed); without it they are not read. */
  fileImports?: ChatImportOptions;
}

export interface SlackSurface {
  mode: 'http' | 'socket';
  /** POST /slack/events in HTTP mode; empty in Socket Mode. Mount on the shared server. */
  routes: Routes;
  destination: AlertDestination;
  /** Approval messages of MACD requests; the macd-notifications job retries through it. */
  macdNotifier: MacdApproverNotifier;
  start(): Promise<void>;
  /** Stops Socket Mode and waits for answers still being written. */
  stop(): Promise<void>;
}

export function createSlackSurface(options: SlackSurfaceOptions): SlackSurface {
  const { config, logger } = options;
  const boltLogger = toBoltLogger(logger);
  const clientOptions: webApi.WebClientOptions = { logger: boltLogger, ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}) };
  const client = new webApi.WebClient(config.botToken, clientOptions);

  let receiver: Receiver;
  let httpReceiver: HTTPReceiver | undefined;
  if (config.appToken) {
    receiver = new SocketModeReceiver({ appToken: config.appToken, logger: boltLogger });
  } else if (config.signingSecret) {
    // Only the request listener is used: it is mounted on the product's one HTTP server.
    httpReceiver = new HTTPReceiver({
      signingSecret: config.signingSecret,
      logger: boltLogger,
      endpoints: ['/slack/events'],
      // Bolt logs a failed event without its cause (that is at debug); name it in one line.
      processEventErrorHandler: async (failure) => {
        logger.warn('slack request failed', { error: String(failure.error) });
        return HTTPModuleFunctions.defaultProcessEventErrorHandler(failure);
      },
    });
    receiver = httpReceiver;
  } else {
    throw new Error('createSlackSurface needs SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP)');
  }

  // One auth.test for the process (Bolt's default single-token authorize repeats it per event
  // when token verification is off): the bot's own ids let Bolt ignore the bot's messages.
  let identity: Promise<{ botUserId?: string; botId?: string; teamId?: string }> | undefined;
  const authorize = async () => {
    identity ??= client.auth.test().then((result) => ({ botUserId: result.user_id, botId: result.bot_id, teamId: result.team_id }));
    try {
      return { botToken: config.botToken, ...(await identity) };
    } catch (error) {
      identity = undefined;
      throw error;
    }
  };

  const app = new App({ receiver, authorize, logger: boltLogger, clientOptions, ignoreSelf: true });
  const inFlight = new Set<Promise<unknown>>();
  let requestsAwaitingAck = 0;
  registerSlackListeners(app, {
    client,
    assistant: options.assistant,
    prisma: options.prisma,
    now: options.now,
    logger,
    defaultRole: options.defaultRole,
    defaultCostCenterScope: options.defaultCostCenterScope,
    admins: options.admins,
    workingNoticeAfterMs: options.workingNoticeAfterMs ?? 1_000,
    maximumConcurrentAnswers: options.maximumConcurrentAnswers ?? 4,
    // Acks first: answers start only while no request waits for its ack. There is no lull after a
    // request any more: under a steady 60 mentions/s answers never started until the traffic
    // stopped (24.6 answers/s, p50 19.6 s); without it 41.0 answers/s, p50 5.5 s, acks p99 26 ms
    // (the embedded database's queries take turns with requests, docs/decisions/0010).
    isTransportIdle: () => requestsAwaitingAck === 0,
    onAlertAction: options.onAlertAction,
    track: (work) => {
      inFlight.add(work);
      void work.finally(() => inFlight.delete(work));
    },
  });
  // MACD requests: "/ledger request", the request modal, approvals (src/bot/slack/macd).
  registerMacdSlackListeners(app, {
    client,
    prisma: options.prisma,
    now: options.now,
    logger,
    defaultRole: options.defaultRole,
    defaultCostCenterScope: options.defaultCostCenterScope,
    admins: options.admins,
    track: (work) => {
      inFlight.add(work);
      void work.finally(() => inFlight.delete(work));
    },
  });

  if (options.fileImports) {
    // Files dropped in a DM: confirm, import through importFile, summarize (src/bot/slack/chat-import).
    const domainDeps = { prisma: options.prisma, now: options.now, logger };
    registerChatImportListeners(app, {
      client,
      botToken: config.botToken,
      apiUrl: config.apiUrl,
      prisma: options.prisma,
      now: options.now,
      logger,
      viewerFor: createSlackViewerResolver(
        { client, defaultRole: options.defaultRole, defaultCostCenterScope: options.defaultCostCenterScope, admins: options.admins },
        domainDeps,
      ),
      fileImports: options.fileImports,
      track: (work) => {
        inFlight.add(work);
        void work.finally(() => inFlight.delete(work));
      },
    });
  }

  const routes: Routes = new Map();
  if (httpReceiver && config.signingSecret) {
    const listener = httpReceiver.requestListener;
    const signingSecret = config.signingSecret;
    routes.set('POST /slack/events', async (request, response) => {
      requestsAwaitingAck += 1;
      response.once('close', () => {
        requestsAwaitingAck -= 1;
      });
      const screen = await screenSlackRequest(request, signingSecret);
      if (!screen.isAccepted) {
        logger.warn('slack request refused', { status: screen.status, reason: screen.reason });
        response.writeHead(screen.status).end();
        return;
      }
      listener(request, response);
    });
  }

  return {
    mode: config.appToken ? 'socket' : 'http',
    routes,
    destination: createSlackAlertDestination(client, logger),
    macdNotifier: createSlackMacdNotifier(client),
    async start() {
      if (config.appToken) await app.start();
      logger.info('slack surface started', { mode: config.appToken ? 'socket' : 'http' });
    },
    async stop() {
      if (config.appToken) await app.stop();
      await Promise.allSettled([...inFlight]);
    },
  };
}
