import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliTarget } from './support/cli-target.js';
import { createCliTarget } from './support/cli-target.js';

// Whatever makes `ledgerline import` fail, the operator reads one line naming what failed and
// what to do; the stack only with LEDGERLINE_LOG_LEVEL=debug.

const stackLine = /^\s+at .+:\d+:\d+\)?$/m;

function productLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line.trim() !== '' && !/DeprecationWarning|--trace-deprecation/.test(line));
}

describe('a failing ledgerline import', () => {
  let target: CliTarget;
  let folder: string;
  beforeAll(async () => {
    target = await createCliTarget();
    await (await target.open()).close();
    folder = await mkdtemp(path.join(tmpdir(), 'ledgerline-failing-import-'));
  });
  afterAll(async () => target?.drop());

  it('prints one line when the import itself fails (a folder given as the file), and the stack under debug', async () => {
    const failed = await target.run(['import', 'invoices', folder]);
    expect(failed.code).toBe(1);
    expect(failed.stdout + failed.stderr).not.toMatch(stackLine);
    expect(productLines(failed.stderr)).toEqual([
      `Import of ${path.basename(folder)} failed: EISDIR: illegal operation on a directory, read. Nothing was written; import it again (LEDGERLINE_LOG_LEVEL=debug shows the stack).`,
    ]);

    const debug = await target.run(['import', 'invoices', folder], { LEDGERLINE_LOG_LEVEL: 'debug' });
    expect(debug.code).toBe(1);
    expect(debug.stderr).toContain(`Import of ${path.basename(folder)} failed: EISDIR`);
    // The error's stack follows (a file-system error's stack is its first line only).
    expect(productLines(debug.stderr).slice(1)[0]).toBe('Error: EISDIR: illegal operation on a directory, read');
  }, 120_000);

  it('prints one line when the database cannot be reached', async () => {
    const failed = await target.run(['import', 'invoices', path.join(folder, '..', path.basename(folder))], {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nothing',
    });
    expect(failed.code).toBe(1);
    expect(failed.stdout + failed.stderr).not.toMatch(stackLine);
    expect(productLines(failed.stderr)).toEqual([
      'ledgerline import failed: Please make sure your database server is running at `127.0.0.1:1`. Run it again; LEDGERLINE_LOG_LEVEL=debug shows the stack.',
    ]);
  }, 120_000);
});
