import type { Server } from 'node:http';
import type { Config } from './config.js';
import { healthRoute } from './bot/health-route.js';
import { createHttpServer, listen } from './bot/http-server.js';
import type { Routes } from './bot/http-server.js';
import type { Runtime } from './runtime.js';
import { openRuntime } from './runtime.js';

// The composition root: the one place that builds the real collaborators and wires surfaces.

export interface RunningProduct {
  runtime: Runtime;
  server: Server;
  url: string;
  stop(): Promise<void>;
}

export async function startProduct(config: Config): Promise<RunningProduct> {
  const runtime = await openRuntime(config);
  const { logger } = runtime;
  logger.info('database ready', { kind: runtime.database.kind, location: runtime.database.location });

  const routes: Routes = new Map();
  routes.set('GET /healthz', healthRoute(runtime.prisma, runtime.database.kind));

  const server = createHttpServer(routes, logger);
  const address = await listen(server, config.port, config.host);
  const url = `http://${address.host === '0.0.0.0' ? '127.0.0.1' : address.host}:${address.port}`;
  logger.info('http server listening', { url, routes: [...routes.keys()] });

  let isStopped = false;
  return {
    runtime,
    server,
    url,
    stop: async () => {
      if (isStopped) return;
      isStopped = true;
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.close();
    },
  };
}
