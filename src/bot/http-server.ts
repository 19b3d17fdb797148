import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Logger } from '../logger.js';

export type RouteHandler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>;

/** `METHOD /path` → handler. Slack mounts POST /slack/events, Teams POST /api/messages. */
export type Routes = Map<string, RouteHandler>;

/** One HTTP server for every surface: it only routes bytes; listeners hold behaviour. */
export function createHttpServer(routes: Routes, logger: Logger): Server {
  return createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const handler = routes.get(`${request.method ?? 'GET'} ${pathname}`);
    if (!handler) {
      response.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'not found' }));
      return;
    }
    // A handler that throws, at once or later, ends its own request with a 500 and a log line;
    // the process keeps serving everyone else.
    Promise.resolve()
      .then(() => handler(request, response))
      .catch((error: unknown) => {
        logger.error('http handler failed', { route: pathname, error });
        if (response.writableEnded) return;
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: 'internal error' }));
      });
  });
}

export function listen(server: Server, port: number, host: string | undefined): Promise<{ port: number; host: string }> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({ port: actualPort, host: host ?? '0.0.0.0' });
    });
  });
}
