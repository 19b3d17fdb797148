import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A local stand-in for an OpenAI-compatible endpoint: `POST /v1/chat/completions`, non-streaming,
// answering from a script the test writes. The real LangChain/OpenAI client talks to it over HTTP.

export interface ScriptedToolCall {
  name: string;
  /** An object is sent as JSON; a string is sent verbatim (to script malformed arguments). */
  arguments: Record<string, unknown> | string;
}

export type ScriptedResponse =
  | { toolCalls: ScriptedToolCall[]; content?: string }
  | { content: string }
  | { status: number; body?: unknown }
  /** Accept the request and never answer: the client's timeout must end it. */
  | { hang: true };

/** What the client sent, parsed: the tools schema and the messages (tool results included). */
export interface RecordedRequest {
  model: string;
  messages: Array<{ role: string; content?: unknown; tool_call_id?: string; tool_calls?: unknown[] }>;
  tools?: Array<{ type: string; function: { name: string; description?: string; parameters?: Record<string, unknown> } }>;
}

export interface FakeOpenAiServer {
  /** Pass as the client's base URL (ends with /v1). */
  baseUrl: string;
  requests: RecordedRequest[];
  /** Responses are served in order, one per request; an empty queue answers 500. */
  enqueue(...responses: ScriptedResponse[]): void;
  /** Scripted responses not yet served. */
  pending(): number;
  /** Forgets the script and the recorded requests (between tests). */
  reset(): void;
  close(): Promise<void>;
}

export async function startFakeOpenAiServer(): Promise<FakeOpenAiServer> {
  const queue: ScriptedResponse[] = [];
  const requests: RecordedRequest[] = [];
  let completionCount = 0;

  const server = createServer((request, response) => {
    void handle(request, response);
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(request);
    if (request.method !== 'POST' || !request.url?.endsWith('/chat/completions')) {
      sendJson(response, 404, { error: { message: `No route ${request.method} ${request.url}`, type: 'invalid_request_error' } });
      return;
    }
    const parsed = JSON.parse(body) as RecordedRequest;
    requests.push(parsed);
    const next = queue.shift();
    if (!next) {
      sendJson(response, 500, { error: { message: 'The fake server has no scripted response left', type: 'server_error' } });
      return;
    }
    if ('hang' in next) return;
    if ('status' in next) {
      sendJson(response, next.status, next.body ?? { error: { message: `Scripted status ${next.status}`, type: 'server_error' } });
      return;
    }
    completionCount += 1;
    const toolCalls =
      'toolCalls' in next
        ? next.toolCalls.map((call, index) => ({
            id: `call_${completionCount}_${index}`,
            type: 'function',
            function: {
              name: call.name,
              arguments: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments),
            },
          }))
        : undefined;
    sendJson(response, 200, {
      id: `chatcmpl-${completionCount}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: parsed.model,
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: next.content ?? null, ...(toolCalls ? { tool_calls: toolCalls } : {}) },
          finish_reason: toolCalls ? 'tool_calls' : 'stop',
        },
      ],
      usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
    });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (...responses) => {
      queue.push(...responses);
    },
    pending: () => queue.length,
    reset: () => {
      queue.length = 0;
      requests.length = 0;
    },
    close: async () => {
      // Hanging requests keep their sockets open; end them so close() returns.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}
