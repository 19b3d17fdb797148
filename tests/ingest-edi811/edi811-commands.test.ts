import { execFile } from 'node:child_process';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = (name: string) => path.join(projectRoot, 'tests/fixtures/edi811', name);

/** Runs `ledgerline …` as a user would (an embedded database in a temp folder); never throws on exit codes. */
async function ledgerline(args: string[], dataDir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['bin/ledgerline.js', ...args], {
      cwd: projectRoot,
      env: { ...process.env, LEDGERLINE_DATA_DIR: dataDir, LEDGERLINE_LOG_LEVEL: 'warn', DATABASE_URL: '' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('ledgerline import edi811 and demo --invoice-format edi811', () => {
  it('names rejected segments, takes --vendor, and audits the imported invoices', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'ledgerline-edi811-cli-'));
    const rejected = await ledgerline(['import', 'edi811', fixture('malformed-charge-code.x12')], dataDir);
    expect(rejected.code).toBe(1);
    expect(rejected.stdout).toContain('segment 30, IT107 "XYZ": Unknown charge category (in HL 4)');
    expect(rejected.stdout).toContain('status:        rejected');

    const imported = await ledgerline(
      ['import', 'edi811', fixture('credits-adjustments.x12'), '--vendor', 'Ridgeline Communications'],
      dataDir,
    );
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/rows accepted: +6\n/);
    expect(imported.stdout).toContain('Invoice audit: disputes');

    const misplaced = await ledgerline(
      ['import', 'invoices', fixture('credits-adjustments.x12'), '--vendor', 'Ridgeline Communications'],
      dataDir,
    );
    expect(misplaced.code).toBe(1);
    expect(misplaced.stderr).toContain('--vendor is for edi811 files');
  }, 120_000);

  it('writes the demo invoices as 811 files on request and refuses an unknown format', async () => {
    const outDir = await mkdtemp(path.join(tmpdir(), 'ledgerline-edi811-demo-'));
    const written = await ledgerline(
      ['demo', '--out', outDir, '--scale', '0.02', '--as-of', '2026-11-26', '--invoice-format', 'edi811'],
      outDir,
    );
    expect(written.code).toBe(0);
    expect(written.stdout).toMatch(/edi811 +\S+invoices-\S+\.x12/);
    const files = await readdir(outDir);
    expect(files.filter((file) => file.startsWith('invoices-') && file.endsWith('.x12')).length).toBeGreaterThan(0);
    expect(files.filter((file) => file.startsWith('invoices-') && file.endsWith('.csv'))).toEqual([]);

    const refused = await ledgerline(['demo', '--out', outDir, '--invoice-format', 'pdf'], outDir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--invoice-format must be one of csv, edi811');
  }, 120_000);
});
