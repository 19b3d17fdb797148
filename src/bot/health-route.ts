import type { PrismaClient } from '../db/generated/client.js';
import type { RouteHandler } from './http-server.js';

/** GET /healthz: 200 when the database answers, 503 when it does not. */
export function healthRoute(prisma: PrismaClient, databaseKind: string): RouteHandler {
  return async (_request, response) => {
    const started = performance.now();
    try {
      await prisma.$queryRaw`SELECT 1`;
      const body = { status: 'ok', database: { kind: databaseKind, reachable: true, latencyMs: Math.round(performance.now() - started) } };
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    } catch (error) {
      const body = { status: 'unavailable', database: { kind: databaseKind, reachable: false, error: String(error) } };
      response.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    }
  };
}
