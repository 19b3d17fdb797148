import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AuthConfiguration } from '@microsoft/agents-hosting';
import { AuthType, CloudAdapter } from '@microsoft/agents-hosting';
import type { Assistant } from '../../assistant/assistant.js';
import type { PrismaClient } from '../../db/generated/client.js';
import type { AlertDestination } from '../../domain/alerts/alert-destination.js';
import type { ChatImportOptions } from '../../domain/ingest/chat-import/chat-import-deps.js';
import type { MacdApproverNotifier } from '../../domain/macd/macd-approver-notifier.js';
import type { Viewer } from '../../domain/shared/viewer.js';
import type { Logger } from '../../logger.js';
import type { Routes } from '../http-server.js';
import type { RetryPolicy } from './connector-retry.js';
import type { AlertActionHandler } from '../../domain/alerts/create-alert-action-handler.js';
import { LedgerlineAgent } from './ledgerline-agent.js';
import { withMacdTeams } from './macd/macd-teams-handler.js';
import { createTeamsMacdNotifier } from './macd/teams-macd-notifier.js';
import { checkActivity, readJsonBody, toSdkRequest, toWebResponse } from './node-http-bridge.js';
import { createTeamsAlertDestination } from './teams-alert-destination.js';

/**
 * The bot's Entra app registration. None set → emulator mode: unauthenticated activities are
 * accepted, so the server must then listen on 127.0.0.1 only.
 */
export interface TeamsCredentials {
  appId?: string;
  /** Client secret of a single-tenant app registration. */
  appPassword?: string;
  tenantId?: string;
  /** Use the host's managed identity instead of a secret (appId = its client id when user-assigned). */
  managedIdentity?: 'system' | 'user';
}

export interface TeamsSurfaceOptions {
  config: TeamsCredentials;
  assistant: Assistant;
  prisma: PrismaClient;
  now: () => Date;
  logger: Logger;
  defaultRole: Viewer['role'];
  /** LEDGERLINE_ADMINS: Teams AAD ids, 29: ids or e-mails who are admins from their first message. */
  admins?: readonly string[] | undefined;
  onAlertAction?: AlertActionHandler;
  /** Tests shorten the waits; production uses the default backoff. */
  retryPolicy?: RetryPolicy;
  /** Files attached in a personal chat are imported with these; without, they are not read. */
  fileImports?: ChatImportOptions;
}

export interface TeamsSurface {
  routes: Routes;
  destination: AlertDestination;
  /** Approval cards of MACD requests; the macd-notifications job retries through it. */
  macdNotifier: MacdApproverNotifier;
  isEmulatorMode: boolean;
}

const teamsMessagesPath = '/api/messages';

function authConfiguration(credentials: TeamsCredentials): AuthConfiguration | undefined {
  if (!credentials.appId) return undefined;
  const base: AuthConfiguration = { clientId: credentials.appId, ...(credentials.tenantId ? { tenantId: credentials.tenantId } : {}) };
  if (credentials.managedIdentity === 'system') return { ...base, authType: AuthType.SystemManagedIdentity };
  if (credentials.managedIdentity === 'user') return { ...base, authType: AuthType.UserManagedIdentity };
  return { ...base, authType: AuthType.ClientSecret, ...(credentials.appPassword ? { clientSecret: credentials.appPassword } : {}) };
}

export function createTeamsSurface(options: TeamsSurfaceOptions): TeamsSurface {
  const { config, logger, prisma, retryPolicy } = options;
  const auth = authConfiguration(config);
  const isEmulatorMode = auth === undefined;
  // Emulator mode hands the SDK an empty configuration: no client id, so no token to validate
  // and anonymous calls to the connector.
  const adapter = new CloudAdapter(auth ?? { clientId: '' });
  // MACD turns (request forms, approval cards) are handled first; see src/bot/teams/macd.
  const macdNotifier = createTeamsMacdNotifier({ adapter, appId: config.appId });
  const agent = withMacdTeams(new LedgerlineAgent({ ...options, ...(retryPolicy ? { retryPolicy } : {}) }), { ...options, macdNotifier });
  adapter.onTurnError = async (_context, error) => {
    // Never answer with the SDK's "please fix the source code"; the agent already replied if it could.
    logger.error('teams turn failed', { error });
  };

  const handleMessages = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const refuse = (refusal: { status: number; reason: string }) => {
      logger.warn('teams request refused', { status: refusal.status, reason: refusal.reason });
      response.writeHead(refusal.status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: refusal.reason }));
    };
    const body = await readJsonBody(request);
    if (!body.ok) {
      refuse(body);
      return;
    }
    const sdkRequest = toSdkRequest(request, body.body);
    const webResponse = toWebResponse(response);
    const process = async () => {
      const activity = checkActivity(body.body);
      if (!activity.ok) {
        refuse(activity);
        return;
      }
      await adapter.process(sdkRequest, webResponse, (context) => agent.run(context));
      // E.g. an invoke no handler recognised (501): the SDK answers without a word in our log.
      if (response.statusCode >= 400) logger.warn('teams request failed', { status: response.statusCode, type: body.body.type });
    };
    if (isEmulatorMode) {
      // The SDK would also accept anonymous calls, but only when NODE_ENV is not "production";
      // emulator mode is decided here, from the configuration, not from NODE_ENV.
      sdkRequest.user = { name: 'anonymous' };
      await process();
      return;
    }
    // Unauthenticated callers learn only that (401), whatever the activity looks like.
    let isAuthorized = false;
    await adapter.authorizeRequest(sdkRequest, webResponse, () => {
      isAuthorized = true;
    });
    if (!isAuthorized) {
      webResponse.end();
      return;
    }
    await process();
  };

  if (isEmulatorMode) {
    logger.warn('teams: no app credentials — emulator mode, unauthenticated activities accepted; listen on 127.0.0.1 only', {
      path: teamsMessagesPath,
    });
  } else {
    logger.info('teams: app credentials configured; incoming tokens are validated', { appId: config.appId, path: teamsMessagesPath });
  }

  const routes: Routes = new Map([[`POST ${teamsMessagesPath}`, handleMessages]]);
  const destination = createTeamsAlertDestination({
    adapter,
    prisma,
    logger,
    appId: config.appId,
    ...(retryPolicy ? { retryPolicy } : {}),
  });
  return { routes, destination, macdNotifier, isEmulatorMode };
}
