import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { Assistant } from './assistant/assistant.js';
import { createAssistant } from './assistant/create-assistant.js';
import { startConsoleChat } from './bot/console/start-console-chat.js';
import { consoleLogger } from './bot/console/console-logger.js';
import type { ConsoleChat } from './bot/console/start-console-chat.js';
import { healthRoute } from './bot/health-route.js';
import { createHttpServer, listen } from './bot/http-server.js';
import type { Routes } from './bot/http-server.js';
import { createSlackSurface } from './bot/slack/create-slack-surface.js';
import type { SlackSurface } from './bot/slack/create-slack-surface.js';
import { createTeamsSurface } from './bot/teams/create-teams-surface.js';
import type { Config } from './config.js';
import type { AlertDestination } from './domain/alerts/alert-destination.js';
import type { ChatImportOptions } from './domain/ingest/chat-import/chat-import-deps.js';
import { createAlertActionHandler } from './domain/alerts/create-alert-action-handler.js';
import { createConsoleDestination } from './domain/alerts/create-console-destination.js';
import { createAlertJobs } from './jobs/alert-jobs.js';
import { createMacdNotificationJob } from './jobs/macd-notification-jobs.js';
import { createMaintenanceJobs } from './jobs/maintenance-jobs.js';
import { startScheduler } from './jobs/start-scheduler.js';
import type { Scheduler } from './jobs/start-scheduler.js';
import type { Runtime } from './runtime.js';
import { loadDemoIfEmpty, openRuntime } from './runtime.js';

// The composition root: the one place that builds the real collaborators and wires surfaces.

export interface RunningProduct {
  runtime: Runtime;
  assistant: Assistant;
  server: Server;
  url: string;
  /** Resolves when the person leaves the console chat ("exit"); absent without a console. */
  consoleFinished?: Promise<void>;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Open the console chat on these streams (npm start passes stdin/stdout when stdin is a terminal). */
  console?: { input: Readable & { isTTY?: boolean }; output: Writable };
}

export async function startProduct(config: Config, options: StartOptions = {}): Promise<RunningProduct> {
  // A person typing at the console prompt sees warnings and errors only; the rest goes to a file.
  const runtime = await openRuntime(config, options.console?.input.isTTY === true ? { logger: consoleLogger(config) } : {});
  const { logger } = runtime;
  logger.info('database ready', { kind: runtime.database.kind, location: runtime.database.location });
  await loadDemoIfEmpty(runtime);

  const assistant = createAssistant({
    prisma: runtime.prisma,
    now: runtime.now,
    logger,
    llm: config.llm,
    readReplica: runtime.database.readReplica,
  });
  logger.info('assistant ready', { planner: config.llm ? `llm (${config.llm.model}) with offline fallback` : 'offline' });

  // Files dropped in a direct chat wait under the data folder (the temporary folder for an in-memory database).
  const fileImports: ChatImportOptions = {
    costCenterTagKeys: config.costCenterTagKeys,
    database: runtime.database,
    chatImports: {
      folder: path.join(config.dataDir.includes('://') ? path.join(tmpdir(), 'ledgerline') : config.dataDir, 'chat-imports'),
      importRoles: config.chatImports.importRoles,
      maximumBytes: config.chatImports.maximumBytes,
      progressEveryMs: 2_000,
    },
  };

  const routes: Routes = new Map();
  routes.set('GET /healthz', healthRoute(runtime.prisma, runtime.database.kind));
  const destinations: AlertDestination[] = [createConsoleDestination(process.stderr)];
  // Acknowledge / mark as expected / snooze from either platform; redraws every posted copy.
  const onAlertAction = createAlertActionHandler({ prisma: runtime.prisma, now: runtime.now, logger, destinations: () => destinations });

  const teams = createTeamsSurface({
    config: {
      ...(config.teams.appId ? { appId: config.teams.appId } : {}),
      ...(config.teams.appPassword ? { appPassword: config.teams.appPassword } : {}),
      ...(config.teams.tenantId ? { tenantId: config.teams.tenantId } : {}),
      ...(config.teams.managedIdentity ? { managedIdentity: config.teams.managedIdentity } : {}),
    },
    assistant,
    prisma: runtime.prisma,
    now: runtime.now,
    logger,
    defaultRole: config.defaultRole,
    admins: config.admins,
    onAlertAction,
    fileImports,
  });
  for (const [route, handler] of teams.routes) routes.set(route, handler);
  destinations.push(teams.destination);

  let slack: SlackSurface | undefined;
  if (config.slack) {
    slack = createSlackSurface({
      config: {
        botToken: config.slack.botToken,
        ...(config.slack.signingSecret ? { signingSecret: config.slack.signingSecret } : {}),
        ...(config.slack.appToken ? { appToken: config.slack.appToken } : {}),
        ...(config.slack.apiUrl ? { apiUrl: config.slack.apiUrl } : {}),
      },
      assistant,
      prisma: runtime.prisma,
      now: runtime.now,
      logger,
      defaultRole: config.defaultRole,
      admins: config.admins,
      onAlertAction,
      fileImports,
    });
    for (const [route, handler] of slack.routes) routes.set(route, handler);
    destinations.push(slack.destination);
    logger.info('slack enabled', { mode: slack.mode });
  }

  // Emulator mode accepts unauthenticated Teams activities: never expose that beyond this machine.
  const host = teams.isEmulatorMode ? '127.0.0.1' : config.host;
  if (teams.isEmulatorMode && config.host && config.host !== '127.0.0.1') {
    logger.warn('HOST ignored: Teams runs in emulator mode without credentials, so the server listens on 127.0.0.1 only', {
      host: config.host,
    });
  }
  const server = createHttpServer(routes, logger);
  const address = await listen(server, config.port, host);
  const url = `http://${address.host === '0.0.0.0' ? '127.0.0.1' : address.host}:${address.port}`;
  logger.info('http server listening', { url, routes: [...routes.keys()] });
  await slack?.start();

  let scheduler: Scheduler | undefined;
  if (config.scheduler.isEnabled) {
    scheduler = startScheduler({
      prisma: runtime.prisma,
      now: runtime.now,
      logger,
      destinations,
      jobs: [
        ...createAlertJobs({
          schedules: config.scheduler.schedules,
          anomalyThresholds: { minimumImpact: config.scheduler.anomalyMinImpact, minimumPercent: config.scheduler.anomalyMinPercent },
          noticeThresholds: config.scheduler.noticeDays,
          budgetThresholds: config.scheduler.budgetThresholds,
        }),
        ...createMaintenanceJobs(),
        createMacdNotificationJob({ notifiers: () => [teams.macdNotifier, ...(slack ? [slack.macdNotifier] : [])] }),
      ],
    });
  }

  let consoleChat: ConsoleChat | undefined;
  if (options.console) {
    consoleChat = startConsoleChat({ assistant, input: options.console.input, output: options.console.output });
  }

  let isStopped = false;
  return {
    runtime,
    assistant,
    server,
    url,
    ...(consoleChat ? { consoleFinished: consoleChat.finished } : {}),
    stop: async () => {
      if (isStopped) return;
      isStopped = true;
      consoleChat?.close();
      await scheduler?.stop();
      await slack?.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.close();
    },
  };
}
