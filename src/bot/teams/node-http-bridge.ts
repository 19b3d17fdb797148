import type { IncomingMessage, ServerResponse } from 'node:http';
import { activityZodSchema } from '@microsoft/agents-activity';
import type { Request, WebResponse } from '@microsoft/agents-hosting';

// The SDK expects an Express-shaped request/response; node:http gives neither. These few lines
// translate bytes, nothing more (the adapter and the JWT middleware hold the behaviour).

/** Activities are small; anything larger is not Teams talking to us. */
const maximumBodyBytes = 1_000_000;

export type BodyReadResult = { ok: true; body: Record<string, unknown> } | { ok: false; status: 400 | 413; reason: string };

export async function readJsonBody(request: IncomingMessage): Promise<BodyReadResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maximumBodyBytes) return { ok: false, status: 413, reason: 'body too large' };
    chunks.push(buffer);
  }
  try {
    const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return { ok: false, status: 400, reason: 'body is not a JSON object' };
    }
    return { ok: true, body: parsed as Record<string, unknown> };
  } catch {
    return { ok: false, status: 400, reason: 'body is not JSON' };
  }
}

/**
 * The SDK parses the activity with this same schema inside `adapter.process` and throws on a
 * mismatch (a 500 with the whole zod report); checked first, it is a 400 and one log line.
 */
export function checkActivity(body: Record<string, unknown>): { ok: true } | { ok: false; status: 400; reason: string } {
  const parsed = activityZodSchema.safeParse(body);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'activity';
    return { ok: false, status: 400, reason: `${where}: ${issue?.message ?? 'invalid'}` };
  }
  // The SDK also refuses these (400) but says so only in its own log.
  if (!parsed.data.conversation?.id) return { ok: false, status: 400, reason: 'conversation.id: Required' };
  return { ok: true };
}

export function toSdkRequest(request: IncomingMessage, body: Record<string, unknown>): Request {
  return { body, headers: request.headers, method: request.method ?? 'POST' };
}

/** Wraps a node ServerResponse in the `status().send().end()` surface the SDK writes to. */
export function toWebResponse(response: ServerResponse): WebResponse {
  let pendingBody: string | undefined;
  const web: WebResponse = {
    get headersSent() {
      return response.headersSent;
    },
    get writableEnded() {
      return response.writableEnded;
    },
    status(code: number) {
      response.statusCode = code;
      return web;
    },
    setHeader(name: string, value: string) {
      response.setHeader(name, value);
      return web;
    },
    send(body?: unknown) {
      if (body === undefined || body === null) return web;
      if (typeof body === 'string' || Buffer.isBuffer(body)) {
        pendingBody = body.toString();
      } else {
        if (!response.hasHeader('content-type')) response.setHeader('content-type', 'application/json');
        pendingBody = JSON.stringify(body);
      }
      return web;
    },
    end() {
      if (!response.writableEnded) response.end(pendingBody);
      return web;
    },
  };
  return web;
}
