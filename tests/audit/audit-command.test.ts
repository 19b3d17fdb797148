import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAuditCommand } from '../../src/cli/commands/audit.js';
import type { AuditFinding } from '../../src/domain/audit/audit-finding.js';
import { openAuditTest, type AuditTest } from './audit-test-support.js';
import { loadMeridian } from './meridian-fixture.js';

function capture() {
  let text = '';
  return { stream: { write: (chunk: string) => (text += chunk) }, text: () => text };
}

describe('ledgerline audit', () => {
  let test: AuditTest;
  beforeAll(async () => {
    test = await openAuditTest();
    await loadMeridian(test);
  });
  afterAll(async () => test.close());

  const audit = async (argv: string[]) => {
    const stdout = capture();
    const stderr = capture();
    const exitCode = await runAuditCommand(argv, test.deps, { stdout: stdout.stream, stderr: stderr.stream });
    return { exitCode, stdout: stdout.text(), stderr: stderr.text() };
  };

  it('prints the findings by kind with the amount at stake', async () => {
    const { exitCode, stdout } = await audit(['--vendor', 'meridian', '--from', '2026-07', '--to', '2026-07']);
    expect(exitCode).toBe(0);
    expect(stdout).toContain('rate variance — 1 finding(s), USD 100.00\n');
    expect(stdout).toContain('billed after disconnect — 1 finding(s), USD 35.00\n');
    expect(stdout).not.toContain('MER-2026-06 ');
  });

  it('--json gives the findings with their evidence lines', async () => {
    const { stdout } = await audit(['--json']);
    const { findings } = JSON.parse(stdout) as { findings: AuditFinding[] };
    expect(findings).toHaveLength(7);
    expect(findings.find((finding) => finding.kind === 'duplicate_charge')?.evidence).toHaveLength(2);
  });

  it('rejects a month it cannot read', async () => {
    const { exitCode, stderr } = await audit(['--from', 'July']);
    expect(exitCode).toBe(1);
    expect(stderr).toContain('"July" is not a month; write YYYY-MM.');
  });
});
