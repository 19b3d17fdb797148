import { createServer } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// A local stand-in for Slack: the Web API (POST /api/<method>), the file upload URLs it hands
// out, and response_url endpoints. It records every call and answers the way Slack does.

export interface RecordedCall {
  /** Web API method ("chat.postMessage"), or "response_url" / "file_upload". */
  method: string;
  body: Record<string, unknown>;
  /** Milliseconds since the fake started. */
  at: number;
  /** Wall-clock time of arrival (Date.now()), to compare with another thread's clock. */
  epochMs: number;
  /** What the fake answered (Web API calls), e.g. the `ts` of a posted message. */
  response?: Record<string, unknown>;
}

export interface FakeSlackUser {
  id: string;
  name: string;
  realName: string;
  email?: string;
}

export interface FakeSlackApi {
  /** Pass as SLACK_API_URL / clientOptions.slackApiUrl. */
  apiUrl: string;
  /** A response_url Slack would put into a slash command or interaction payload. */
  responseUrl(name: string): string;
  calls: RecordedCall[];
  callsTo(method: string): RecordedCall[];
  addUser(user: FakeSlackUser): void;
  /** Resolves when `predicate` holds for the recorded calls; fails after `timeoutMs`. */
  waitFor(predicate: (calls: RecordedCall[]) => boolean, timeoutMs?: number): Promise<void>;
  /**
   * chat.postMessage into this channel (a user id for a DM) answers `{ ok: false, error }` as Slack
   * does (e.g. `channel_not_found`) until called again with `null`.
   */
  failPostsTo(channel: string, error: string | null): void;
  /**
   * A file someone shared: served at the returned `url_private_download` to a request bearing
   * the bot token (Slack answers its sign-in page otherwise). Each download is recorded as
   * "file_download".
   */
  addFile(file: { id: string; name: string; content: string | Buffer }): { url_private_download: string };
  /** Delay every Web API answer (to test the "Working on it…" path or slow networks). */
  setDelay(milliseconds: number): void;
  clear(): void;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Slack's Web API client sends form fields; structured ones (blocks, view) are JSON strings. */
function parseBody(contentType: string | undefined, raw: Buffer): Record<string, unknown> {
  const text = raw.toString('utf8');
  if (contentType?.includes('application/json')) return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  if (contentType?.includes('application/x-www-form-urlencoded')) {
    const fields: Record<string, unknown> = {};
    for (const [key, value] of new URLSearchParams(text)) {
      fields[key] = /^[[{]/.test(value) ? (JSON.parse(value) as unknown) : value;
    }
    return fields;
  }
  return { bytes: raw.length };
}

export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const calls: RecordedCall[] = [];
  const users = new Map<string, FakeSlackUser>();
  const started = performance.now();
  let delayMs = 0;
  let sequence = 0;
  const refusedChannels = new Map<string, string>();
  const sharedFiles = new Map<string, Buffer>();
  /** Messages posted per channel, newest first (conversations.history). */
  const history = new Map<string, Array<{ ts: string; text: unknown; blocks: unknown; metadata: unknown }>>();
  // As Slack's: the seconds it was posted, then a sequence that keeps every ts apart.
  const nextTs = () => `${Math.floor(Date.now() / 1000)}.${String((sequence += 1)).padStart(6, '0')}`;
  let baseUrl = '';

  const answer = (method: string, body: Record<string, unknown>): Record<string, unknown> => {
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://ledgerline-test.slack.com/',
          team: 'Test',
          user: 'ledgerline',
          team_id: 'T111',
          user_id: 'W111',
          bot_id: 'B111',
        };
      case 'chat.postMessage': {
        const refusal = refusedChannels.get(String(body.channel));
        if (refusal) return { ok: false, error: refusal };
        const message = { ts: nextTs(), text: body.text, blocks: body.blocks, metadata: body.metadata };
        history.set(String(body.channel), [message, ...(history.get(String(body.channel)) ?? [])]);
        return { ok: true, channel: body.channel, ts: message.ts, message: { text: body.text, blocks: body.blocks } };
      }
      case 'conversations.history': {
        // Newest first, from `oldest` on; metadata only when asked for, as Slack does.
        const withMetadata = body.include_all_metadata === true || body.include_all_metadata === 'true';
        const messages = (history.get(String(body.channel)) ?? [])
          .filter((message) => body.oldest === undefined || Number(message.ts) >= Number(body.oldest))
          .map(({ metadata, ...message }) => ({ type: 'message', ...message, ...(withMetadata && metadata ? { metadata } : {}) }));
        return { ok: true, messages, has_more: false };
      }
      case 'chat.update':
        return { ok: true, channel: body.channel, ts: body.ts, text: body.text };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: nextTs() };
      case 'views.publish':
        return { ok: true, view: { id: 'V111', type: 'home', blocks: (body.view as { blocks?: unknown } | undefined)?.blocks ?? [] } };
      case 'users.info': {
        const user = users.get(String(body.user));
        if (!user) return { ok: false, error: 'user_not_found' };
        return {
          ok: true,
          user: {
            id: user.id,
            name: user.name,
            real_name: user.realName,
            profile: { real_name: user.realName, display_name: user.name, email: user.email },
          },
        };
      }
      case 'files.getUploadURLExternal': {
        const fileId = `F${(sequence += 1)}`;
        return { ok: true, upload_url: `${baseUrl}/upload/${fileId}`, file_id: fileId };
      }
      case 'files.completeUploadExternal':
        return { ok: true, files: body.files };
      default:
        return { ok: true };
    }
  };

  const server: Server = createServer((request, response) => {
    void (async () => {
      const raw = await readBody(request);
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      const body = path.startsWith('/upload/') ? {} : parseBody(request.headers['content-type'], raw);
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      const at = performance.now() - started;
      const epochMs = Date.now();
      if (path.startsWith('/api/')) {
        const method = path.slice('/api/'.length);
        const answered = answer(method, body);
        calls.push({ method, body, at, epochMs, response: answered });
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answered));
        return;
      }
      if (path.startsWith('/files/')) {
        const authorization = request.headers.authorization ?? '';
        calls.push({ method: 'file_download', body: { path, authorization }, at, epochMs });
        const content = sharedFiles.get(path);
        if (!content) {
          response.writeHead(404).end();
          return;
        }
        if (authorization !== 'Bearer xoxb-test') {
          response.writeHead(200, { 'content-type': 'text/html' }).end('<html>Sign in to Slack</html>');
          return;
        }
        response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(content);
        return;
      }
      if (path.startsWith('/upload/')) {
        // The client may send the bytes raw or inside multipart form data: look for the PNG signature.
        const hasPng = raw.includes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
        const text = hasPng ? undefined : raw.toString('utf8');
        calls.push({
          method: 'file_upload',
          body: { bytes: raw.length, hasPng, fileId: path.slice('/upload/'.length), ...(text === undefined ? {} : { text }) },
          at,
          epochMs,
        });
        response.writeHead(200, { 'content-type': 'text/plain' }).end('OK');
        return;
      }
      if (path.startsWith('/response/')) {
        calls.push({ method: 'response_url', body: { ...body, responseUrl: path.slice('/response/'.length) }, at, epochMs });
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true }));
        return;
      }
      response.writeHead(404).end();
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: `${baseUrl}/api/`,
    responseUrl: (name) => `${baseUrl}/response/${name}`,
    calls,
    callsTo: (method) => calls.filter((call) => call.method === method),
    addUser: (user) => users.set(user.id, user),
    async waitFor(predicate, timeoutMs = 10_000) {
      const deadline = performance.now() + timeoutMs;
      while (!predicate(calls)) {
        if (performance.now() > deadline)
          throw new Error(`fake Slack: condition not met within ${timeoutMs} ms; calls: ${calls.map((call) => call.method).join(', ')}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    addFile: (file) => {
      const filePath = `/files/${file.id}/${encodeURIComponent(file.name)}`;
      sharedFiles.set(filePath, Buffer.from(file.content));
      return { url_private_download: `${baseUrl}${filePath}` };
    },
    failPostsTo: (channel, error) => {
      if (error === null) refusedChannels.delete(channel);
      else refusedChannels.set(channel, error);
    },
    setDelay: (milliseconds) => {
      delayMs = milliseconds;
    },
    clear: () => {
      calls.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
