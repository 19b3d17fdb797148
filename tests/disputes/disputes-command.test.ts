import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDisputesCommand } from '../../src/cli/commands/disputes.js';
import { openAuditTest, type AuditTest } from '../audit/audit-test-support.js';
import { loadMeridian } from '../audit/meridian-fixture.js';

function capture() {
  let text = '';
  return { stream: { write: (chunk: string) => (text += chunk) }, text: () => text };
}

describe('ledgerline disputes', () => {
  let test: AuditTest;
  beforeAll(async () => {
    test = await openAuditTest();
    await loadMeridian(test);
  });
  afterAll(async () => test.close());

  const disputes = async (argv: string[]) => {
    const stdout = capture();
    const stderr = capture();
    const exitCode = await runDisputesCommand(argv, test.deps, { stdout: stdout.stream, stderr: stderr.stream });
    return { exitCode, stdout: stdout.text(), stderr: stderr.text() };
  };

  it('opens disputes from the audit and lists them with amounts', async () => {
    expect((await disputes(['open'])).stdout).toBe('Disputes: 2 opened, 0 updated, 0 withdrawn, 0 unchanged; 0 fully credited.\n');
    const listed = await disputes(['list', '--vendor', 'meridian']);
    expect(listed.stdout.split('\n').filter(Boolean)).toEqual([
      '#1 Meridian Telecom MER-2026-06 (2026-06) open: disputed USD 43.20, credited 0.00, outstanding 43.20 — 1 charge(s)',
      '#2 Meridian Telecom MER-2026-07 (2026-07) open: disputed USD 205.00, credited 0.00, outstanding 205.00 — 4 charge(s)',
    ]);
  });

  it('export --vendor --out writes the carrier CSV; without --vendor it explains what is missing', async () => {
    const out = path.join(await mkdtemp(path.join(tmpdir(), 'ledgerline-disputes-')), 'meridian.csv');
    const exported = await disputes(['export', '--vendor', 'Meridian Telecom', '--out', out]);
    expect(exported.exitCode).toBe(0);
    expect(exported.stderr).toContain('Wrote 5 disputed charge(s) from 2 dispute(s) of Meridian Telecom');
    const csv = await readFile(out, 'utf8');
    expect(csv.split('\n')[0]).toBe(
      'dispute_id,vendor,account,invoice_number,billing_period,identifier,finding,charge_description,billed,expected,amount_disputed,currency,invoice_line_ids,status',
    );
    expect(csv).toContain(',CIR-001,rate_variance,MPLS Port 100 Mbps,1000.00,900.00,100.00,USD,');
    const missing = await disputes(['export']);
    expect(missing.exitCode).toBe(1);
    expect(missing.stderr).toContain('disputes export needs --vendor');
  });

  it('moves a dispute along its statuses and refuses a jump', async () => {
    expect((await disputes(['set', '2', 'submitted'])).stdout).toBe('Dispute #2 is now submitted.\n');
    await expect(disputes(['set', '1', 'credited'])).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
