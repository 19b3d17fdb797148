import type { Server } from 'node:http';
import type { Answer } from '../../../src/assistant/answer.js';
import type { AskInput } from '../../../src/assistant/assistant.js';
import { createHttpServer, listen } from '../../../src/bot/http-server.js';
import type { Routes } from '../../../src/bot/http-server.js';
import { createSlackSurface } from '../../../src/bot/slack/create-slack-surface.js';
import type { SlackSurface } from '../../../src/bot/slack/create-slack-surface.js';
import { createTeamsSurface } from '../../../src/bot/teams/create-teams-surface.js';
import type { TeamsSurface } from '../../../src/bot/teams/create-teams-surface.js';
import type { Database } from '../../../src/db/open-database.js';
import type { AlertDestination } from '../../../src/domain/alerts/alert-destination.js';
import { createAlertActionHandler } from '../../../src/domain/alerts/create-alert-action-handler.js';
import { subscribeChannel } from '../../../src/domain/alerts/subscribe-channel.js';
import type { StoredAlert } from '../../../src/domain/alerts/alert-draft.js';
import { createAlertJobs } from '../../../src/jobs/alert-jobs.js';
import type { JobId } from '../../../src/jobs/job.js';
import { createLogger } from '../../../src/logger.js';
import { startFakeSlackApi } from '../../../scripts/support/fake-slack-api.js';
import type { FakeSlackApi } from '../../../scripts/support/fake-slack-api.js';
import { startFakeTeamsConnector } from '../../support/fake-teams-connector.js';
import type { FakeTeamsConnector } from '../../support/fake-teams-connector.js';
import { postRaw, signature, signingSecret } from '../../slack/support/slack-testbed.js';
import type { SentRequest, SlackRequest } from '../../slack/support/slack-testbed.js';
import { loadActivity } from '../../teams/teams-testbed.js';

// The product's Slack and Teams surfaces on one HTTP server, wired the way src/main.ts should
// wire them: one createAlertActionHandler as both surfaces' onAlertAction, both destinations
// given to the alert jobs. Slack's Web API and the Teams connector are the local stand-ins.

export const slackChannel = 'C-FINOPS';
export const teamsChannel = '19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2';
export const people = {
  ana: {
    name: 'Ana Ruiz',
    email: 'ana@example.com',
    slackUserId: 'U-ANA',
    teamsUserId: 'aad-ana',
    role: 'approver' as const,
    costCenters: ['*'],
  },
  bo: {
    name: 'Bo Chen',
    email: 'bo@example.com',
    slackUserId: 'U-BO',
    teamsUserId: 'aad-bo',
    role: 'approver' as const,
    costCenters: ['*'],
  },
  vic: {
    name: 'Vic Viewer',
    email: 'vic@example.com',
    slackUserId: 'U-VIC',
    teamsUserId: 'aad-vic',
    role: 'viewer' as const,
    costCenters: ['*'],
  },
};
export type PersonName = keyof typeof people;

/** The clock every part reads; tests move it. */
export interface TestClock {
  now: Date;
}

export interface AlertActionsTestbed {
  clock: TestClock;
  slack: FakeSlackApi;
  teams: FakeTeamsConnector;
  slackSurface: SlackSurface;
  teamsSurface: TeamsSurface;
  /** questions the stand-in assistant was asked */
  questions: string[];
  sendSlack(request: SlackRequest): Promise<SentRequest>;
  postTeams(activity: Record<string, unknown>): Promise<{ status: number; body: unknown }>;
  runJob(id: JobId, asOf: string, options?: { noticeThresholds?: number[] }): Promise<StoredAlert[]>;
  close(): Promise<void>;
}

const answerTo = (question: string): Answer => ({
  text: `Answer to: ${question}`,
  facts: [],
  toolCalls: [],
  followUps: [],
  context: {},
  plannedBy: 'offline',
});

export async function startAlertActionsTestbed(database: Database, clock: TestClock): Promise<AlertActionsTestbed> {
  const { prisma } = database;
  const now = () => clock.now;
  const logger = createLogger('error', () => undefined);
  const questions: string[] = [];
  const assistant = {
    async ask(input: AskInput): Promise<Answer> {
      questions.push(input.question);
      return answerTo(input.question);
    },
  };
  const slack = await startFakeSlackApi();
  const teams = await startFakeTeamsConnector();
  for (const person of Object.values(people)) {
    await prisma.user.create({ data: person });
    slack.addUser({ id: person.slackUserId, name: person.name, realName: person.name, email: person.email });
  }
  const destinations: AlertDestination[] = [];
  const onAlertAction = createAlertActionHandler({ prisma, now, logger, destinations: () => destinations });
  const slackSurface = createSlackSurface({
    config: { botToken: 'xoxb-test', signingSecret, apiUrl: slack.apiUrl },
    assistant,
    prisma,
    now,
    logger,
    defaultRole: 'viewer',
    onAlertAction,
  });
  const teamsSurface = createTeamsSurface({
    config: {},
    assistant,
    prisma,
    now,
    logger,
    defaultRole: 'viewer',
    onAlertAction,
    retryPolicy: { maximumAttempts: 1, baseDelayMs: 1, maximumDelayMs: 1, sleep: async () => undefined },
  });
  destinations.push(slackSurface.destination, teamsSurface.destination);
  await slackSurface.start();
  const routes: Routes = new Map([...slackSurface.routes, ...teamsSurface.routes]);
  const server: Server = createHttpServer(routes, logger);
  const { port } = await listen(server, 0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${port}`;

  const postTeams = async (activity: Record<string, unknown>) => {
    const response = await fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    const text = await response.text();
    return { status: response.status, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
  };
  // The app is installed in the Teams channel (so alerts can be posted there), and both channels subscribe.
  await postTeams(loadActivity('msteams-docs_conversationUpdate_bot_added_to_team', teams.serviceUrl));
  for (const [platform, channelId] of [
    ['slack', slackChannel],
    ['teams', teamsChannel],
  ] as const) {
    await subscribeChannel({ platform, channelId, kinds: ['anomaly', 'notice-deadline'] }, { prisma });
  }

  return {
    clock,
    slack,
    teams,
    slackSurface,
    teamsSurface,
    questions,
    async sendSlack(request) {
      const timestamp = Math.floor(Date.now() / 1000);
      return postRaw(
        `${baseUrl}/slack/events`,
        {
          'content-type': request.contentType,
          'x-slack-request-timestamp': String(timestamp),
          'x-slack-signature': signature(signingSecret, timestamp, request.rawBody),
        },
        request.rawBody,
      );
    },
    postTeams,
    async runJob(id, asOf, options = {}) {
      const job = createAlertJobs({
        ...(options.noticeThresholds ? { noticeThresholds: options.noticeThresholds } : {}),
        dispatch: { maxAttempts: 1, sleep: async () => undefined },
      }).find((candidate) => candidate.id === id)!;
      return job.run({ prisma, now, logger, asOf, destinations });
    },
    async close() {
      await slackSurface.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await slack.close();
      await teams.close();
    },
  };
}

/** A Teams user pressing an Action.Execute button on the card the bot posted in the team channel. */
export function teamsInvoke(input: {
  serviceUrl: string;
  person: PersonName;
  replyToId: string;
  verb: string;
  data: unknown;
  id?: string;
}): Record<string, unknown> {
  const person = people[input.person];
  return loadActivity('msteams-docs_invoke_adaptiveCard_action_request', input.serviceUrl, {
    id: input.id ?? `invoke-${Math.random().toString(16).slice(2)}`,
    channelId: 'msteams',
    from: { id: `29:${person.teamsUserId}`, aadObjectId: person.teamsUserId, name: person.name },
    recipient: { id: '28:ledgerline-bot', name: 'Ledgerline' },
    conversation: { id: teamsChannel, conversationType: 'channel', tenantId: 'b28fdbfd-2b78-4f93-b0f8-8881793f0f8f' },
    channelData: { tenant: { id: 'b28fdbfd-2b78-4f93-b0f8-8881793f0f8f' } },
    replyToId: input.replyToId,
    value: { action: { type: 'Action.Execute', id: 'pressed', verb: input.verb, data: input.data }, trigger: 'manual' },
  });
}

/** Every TextBlock text and FactSet value in a card, to read it as a person would. */
export function cardText(card: unknown): string {
  return JSON.stringify(card);
}
