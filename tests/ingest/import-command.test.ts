import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open-database.js';
import { fixture } from './ingest-test-support.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Runs `ledgerline import …` as a user would (an embedded database in a temp folder); never throws on exit codes. */
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

describe('ledgerline import', () => {
  it('prints every problem and exits non-zero when the file is rejected', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'ledgerline-import-cli-'));
    const rejected = await ledgerline(['import', 'inventory', fixture('inventory-invalid.csv')], dataDir);
    expect(rejected.code).toBe(1);
    expect(rejected.stdout).toContain('line 4, monthly_cost "$1,045.00": Formatted for a spreadsheet');
    expect(rejected.stdout).toContain('line 6, cost_center "CC-999": No cost center has this code');
    expect(rejected.stdout).toMatch(/rows read: +6\n +rows accepted: +0\n +rows rejected: +4/);
    expect(rejected.stdout).toContain('status:        rejected');
  }, 120_000);

  it('rebuilds the invoice spend rollup after an invoice import, so answers read it', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'ledgerline-import-cli-'));
    const imported = await ledgerline(['import', 'invoices', fixture('invoices.csv')], dataDir);
    expect(imported.stdout).toContain('status:        imported');
    const database = await openDatabase({ dataDir });
    try {
      const [version] = await database.prisma.$queryRawUnsafe<Array<{ current: boolean }>>(
        `SELECT "sourceVersion" = "builtFromVersion" AS current FROM "SpendRollupVersion" WHERE id = 1`,
      );
      expect(version?.current).toBe(true);
      const rollup = await database.prisma.invoiceSpendDaily.aggregate({ _sum: { amount: true } });
      const lines = await database.prisma.invoiceLine.aggregate({ _sum: { amount: true } });
      expect(rollup._sum.amount?.toFixed(2)).toBe(lines._sum.amount?.toFixed(2));
    } finally {
      await database.close();
    }
  }, 120_000);

  it('names the kinds when the kind is unknown', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'ledgerline-import-cli-'));
    const result = await ledgerline(['import', 'invoice', fixture('invoices.csv')], dataDir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Unknown import kind "invoice"');
    expect(result.stderr).toContain(
      'Kinds: vendors, locations, cost-centers, inventory, contracts, contract-rates, invoices, edi811, usage, budgets, users, focus',
    );
  }, 60_000);
});
