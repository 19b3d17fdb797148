import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { RunningProduct } from '../../src/main.js';
import { startProduct } from '../../src/main.js';

describe('GET /healthz', () => {
  let product: RunningProduct;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'ledgerline-healthz-'));
    const databaseUrl = process.env.LEDGERLINE_TEST_DATABASE_URL;
    product = await startProduct(
      loadConfig({
        LEDGERLINE_DATA_DIR: dataDir,
        PORT: '0',
        HOST: '127.0.0.1',
        LEDGERLINE_DEMO: '0',
        LEDGERLINE_LOG_LEVEL: 'silent',
        DATABASE_URL: databaseUrl,
      }),
    );
  });
  afterAll(async () => {
    await product.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('reports the database as reachable', async () => {
    const response = await fetch(`${product.url}/healthz`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; database: { reachable: boolean } };
    expect(body.status).toBe('ok');
    expect(body.database.reachable).toBe(true);
  });

  it('answers 404 for unknown paths', async () => {
    expect((await fetch(`${product.url}/nope`)).status).toBe(404);
  });
});

// Always on the embedded engine: closing it is the one way to make a database vanish under a
// running server on every machine (a PostgreSQL pool simply reconnects).
describe('GET /healthz without a database', () => {
  it('reports 503 and says the database is unreachable', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ledgerline-healthz-'));
    const product = await startProduct(
      loadConfig({
        LEDGERLINE_DATA_DIR: dataDir,
        PORT: '0',
        HOST: '127.0.0.1',
        LEDGERLINE_DEMO: '0',
        LEDGERLINE_SCHEDULER: '0',
        LEDGERLINE_LOG_LEVEL: 'silent',
      }),
    );
    try {
      await product.runtime.database.close();
      const response = await fetch(`${product.url}/healthz`);
      expect(response.status).toBe(503);
      expect(((await response.json()) as { database: { reachable: boolean } }).database.reachable).toBe(false);
    } finally {
      await product.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
