import { createServer } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// A local stand-in for the Teams connector with the three calls MACD makes beyond replies:
// create (or find) a personal chat with a person, post into it, and update an activity in place
// (PUT …/activities/{id}). tests/support/fake-teams-connector.ts answers only posts and roster reads.

export interface PostedActivity {
  conversationId: string;
  activityId: string;
  activity: Record<string, unknown>;
}

export interface FakeTeamsPersonalChats {
  serviceUrl: string;
  posted: PostedActivity[];
  updated: PostedActivity[];
  /** Member id → personal chat id created for them. */
  chats: Map<string, string>;
  /**
   * Members Teams cannot reach (in real Teams: they never installed the app): creating their
   * personal chat and posting into it answer 404, as the connector does.
   */
  unreachable: Set<string>;
  /** Refused calls for unreachable members, in order. */
  refused: string[];
  /** The card of the latest post or update of an activity. */
  latestCard(activityId: string): Record<string, unknown> | undefined;
  clear(): void;
  close(): Promise<void>;
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

const activityPath = /\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/;

export async function startFakeTeamsPersonalChats(): Promise<FakeTeamsPersonalChats> {
  const posted: PostedActivity[] = [];
  const updated: PostedActivity[] = [];
  const chats = new Map<string, string>();
  const unreachable = new Set<string>();
  const refused: string[] = [];
  let sequence = 0;
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      const body = await readJson(request);
      const reply = (status: number, json: unknown) =>
        response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
      if (request.method === 'POST' && path.endsWith('/v3/conversations')) {
        const member = (body.members as Array<{ id: string }> | undefined)?.[0]?.id ?? 'nobody';
        if (unreachable.has(member)) {
          refused.push(`create chat with ${member}`);
          reply(404, { error: { code: 'ConversationNotFound', message: 'Conversation not found.' } });
          return;
        }
        const id = chats.get(member) ?? `a:personal-${member}`;
        chats.set(member, id);
        reply(201, { id });
        return;
      }
      const match = activityPath.exec(path);
      if (match && (request.method === 'POST' || request.method === 'PUT')) {
        const conversationId = decodeURIComponent(match[1] ?? '');
        if ([...unreachable].some((member) => chats.get(member) === conversationId)) {
          refused.push(`post to ${conversationId}`);
          reply(404, { error: { code: 'ConversationNotFound', message: 'Conversation not found.' } });
          return;
        }
        if (request.method === 'PUT') {
          const activityId = decodeURIComponent(match[2] ?? '');
          updated.push({ conversationId, activityId, activity: body });
          reply(200, { id: activityId });
          return;
        }
        const activityId = `activity-${(sequence += 1)}`;
        posted.push({ conversationId, activityId, activity: body });
        reply(201, { id: activityId });
        return;
      }
      reply(404, { error: { code: 'NotFound', path } });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const cardOf = (activity: Record<string, unknown>) =>
    (activity.attachments as Array<{ content: Record<string, unknown> }> | undefined)?.[0]?.content;
  return {
    serviceUrl: `http://127.0.0.1:${port}/amer/`,
    posted,
    updated,
    chats,
    unreachable,
    refused,
    latestCard(activityId) {
      const last = [...posted, ...updated].filter((entry) => entry.activityId === activityId).at(-1);
      return last ? cardOf(last.activity) : undefined;
    },
    clear() {
      posted.length = 0;
      updated.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
