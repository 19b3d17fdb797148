import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const projectRoot = path.resolve(import.meta.dirname, '../..');

// `npm start` under a process manager: stdin is not a terminal, the server must keep running
// until it is told to stop, and stop cleanly.
describe('ledgerline start without a terminal', () => {
  it('serves /healthz, keeps running after stdin ends, and exits 0 on SIGTERM', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ledgerline-start-'));
    const child = spawn(process.execPath, ['bin/ledgerline.js', 'start'], {
      cwd: projectRoot,
      env: {
        ...process.env,
        LEDGERLINE_DATA_DIR: dataDir,
        LEDGERLINE_DEMO: '0',
        PORT: '0',
        LEDGERLINE_SCHEDULER: '0',
        LEDGERLINE_LOG_LEVEL: 'warn',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stdin.end();
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /running: (http:\/\/[\d.:]+)\/healthz/.exec(output);
          if (match?.[1]) resolve(match[1]);
        });
        child.once('exit', (code) => reject(new Error(`exited early with ${code}`)));
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(child.exitCode).toBeNull();
      const response = await fetch(`${url}/healthz`);
      expect(response.status).toBe(200);
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
