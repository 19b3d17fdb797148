import { createServer } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';

// A local stand-in for the Teams connector (the activity's serviceUrl). It speaks the Bot
// Connector REST shape the SDK calls, records what the bot sent, and can be scripted to fail
// the way Teams does (429 with Retry-After, 5xx).

export interface RecordedActivity {
  conversationId: string;
  /** Present when the bot replied to an activity: POST …/activities/{replyToId}. */
  replyToId?: string;
  activity: Record<string, unknown>;
  authorization?: string;
}

export interface ScriptedFailure {
  status: number;
  retryAfterSeconds?: number;
}

export interface TeamsMember {
  id: string;
  name?: string;
  aadObjectId?: string;
  email?: string;
  userPrincipalName?: string;
}

export interface FakeTeamsConnector {
  /** Put this in an activity's serviceUrl; it ends with "/amer/" like the real one. */
  serviceUrl: string;
  /** Activities the connector accepted (failed attempts are not recorded here). */
  activities: RecordedActivity[];
  /** Activities the bot replaced in place (PUT …/activities/{id}: updateActivity), in order. */
  updates: RecordedActivity[];
  /** Every POST of an activity, failed ones included. */
  attempts: number;
  /** Members the roster answers for GET …/members/{id}. */
  members: Map<string, TeamsMember>;
  /** The next POSTs of activities fail in this order. */
  failNext(...failures: ScriptedFailure[]): void;
  waitForActivities(count: number, timeoutMs?: number): Promise<RecordedActivity[]>;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const activitiesPath = /\/v3\/conversations\/(.+?)\/activities(?:\/([^/]+))?$/;
const memberPath = /\/v3\/conversations\/(.+?)\/members\/([^/]+)$/;

export async function startFakeTeamsConnector(): Promise<FakeTeamsConnector> {
  const activities: RecordedActivity[] = [];
  const updates: RecordedActivity[] = [];
  const failures: ScriptedFailure[] = [];
  const members = new Map<string, TeamsMember>();
  const waiters = new Set<() => void>();
  let attempts = 0;

  const server: Server = createServer((request, response) => {
    void (async () => {
      const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
      const body = await readBody(request);
      const activityMatch = activitiesPath.exec(pathname);
      if (request.method === 'POST' && activityMatch) {
        attempts++;
        const failure = failures.shift();
        if (failure) {
          const headers: Record<string, string> = { 'content-type': 'application/json' };
          if (failure.retryAfterSeconds !== undefined) headers['retry-after'] = String(failure.retryAfterSeconds);
          response.writeHead(failure.status, headers).end(JSON.stringify({ error: { code: 'Throttled', message: 'scripted failure' } }));
          return;
        }
        const recorded: RecordedActivity = {
          conversationId: decodeURIComponent(activityMatch[1] ?? ''),
          activity: JSON.parse(body) as Record<string, unknown>,
          ...(activityMatch[2] ? { replyToId: decodeURIComponent(activityMatch[2]) } : {}),
          ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}),
        };
        activities.push(recorded);
        for (const wake of waiters) wake();
        response.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `activity-${activities.length}` }));
        return;
      }
      if (request.method === 'PUT' && activityMatch?.[2]) {
        updates.push({
          conversationId: decodeURIComponent(activityMatch[1] ?? ''),
          replyToId: decodeURIComponent(activityMatch[2]),
          activity: JSON.parse(body) as Record<string, unknown>,
        });
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: decodeURIComponent(activityMatch[2]) }));
        return;
      }
      const memberMatch = memberPath.exec(pathname);
      if (request.method === 'GET' && memberMatch) {
        const member = members.get(decodeURIComponent(memberMatch[2] ?? ''));
        if (!member) {
          response
            .writeHead(404, { 'content-type': 'application/json' })
            .end(JSON.stringify({ error: { code: 'MemberNotFoundInConversation' } }));
          return;
        }
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(member));
        return;
      }
      response.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'NotFound', path: pathname } }));
    })();
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return {
    serviceUrl: `http://127.0.0.1:${port}/amer/`,
    activities,
    updates,
    get attempts() {
      return attempts;
    },
    members,
    failNext(...next) {
      failures.push(...next);
    },
    waitForActivities(count, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (activities.length >= count) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(activities.slice(0, count));
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`expected ${count} activities at the fake Teams connector, got ${activities.length}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
