import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJobsCommand } from '../../src/cli/commands/jobs.js';
import type { Database } from '../../src/db/open-database.js';
import { subscribeChannel } from '../../src/domain/alerts/subscribe-channel.js';
import { silentLogger } from '../../src/logger.js';
import { openTestDatabase } from '../support/test-database.js';

function capture() {
  let text = '';
  return { stream: { write: (chunk: string) => (text += chunk) }, text: () => text };
}

describe('ledgerline jobs run', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
    const { prisma } = database;
    const aws = await prisma.vendor.create({ data: { name: 'AWS', key: 'aws', domain: 'cloud' } });
    const costCenter = await prisma.costCenter.create({ data: { code: 'CC-630', name: 'Data Platform' } });
    await prisma.budget.create({ data: { costCenterId: costCenter.id, month: new Date('2026-11-01'), amount: '1000.00' } });
    // 60 days of EC2 at USD 50 a day, with a USD 400 spike on 20 Nov.
    const days = Array.from({ length: 60 }, (_, offset) => new Date(Date.UTC(2026, 8, 26 + offset)));
    await prisma.costDaily.createMany({
      data: days.map((day) => ({
        day,
        vendorId: aws.id,
        billingAccountId: '111122223333',
        billingPeriodStart: new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1)),
        subAccountId: 'prod',
        serviceName: 'Amazon EC2',
        regionId: 'us-east-1',
        chargeCategory: 'Usage',
        costCenterId: costCenter.id,
        currency: 'USD',
        billedCost: day.toISOString().startsWith('2026-11-20') ? '450.00' : (50 + (day.getUTCDate() % 3)).toFixed(2),
        effectiveCost: '0',
        rowCount: 1,
      })),
    });
    await subscribeChannel({ platform: 'console', channelId: 'console', kinds: ['anomaly', 'budget'], costCenters: ['CC-630'] }, database);
  });
  afterAll(async () => database.close());

  const runJob = async (argv: string[]) => {
    const stdout = capture();
    const stderr = capture();
    const deps = { prisma: database.prisma, now: () => new Date('2026-11-26T12:00:00Z'), logger: silentLogger };
    const exitCode = await runJobsCommand(argv, deps, { stdout: stdout.stream, stderr: stderr.stream });
    return { exitCode, stdout: stdout.text(), stderr: stderr.text() };
  };

  it('prints the alerts a run created as JSON, and an empty array when run again', async () => {
    const first = await runJob(['run', 'budgets', '--as-of', '2026-11-26', '--json']);
    expect(first.exitCode).toBe(0);
    const alerts = JSON.parse(first.stdout) as Array<{ kind: string; dedupeKey: string; title: string }>;
    // 25 days × ~USD 51 + the spike ≈ USD 1,680 spent of USD 1,000: past the 120% line.
    expect(alerts.map((alert) => alert.dedupeKey)).toEqual(['budget:CC-630:2026-11-01:120:exceeded']);
    expect(first.stderr).toContain('[BUDGET] CC-630 Data Platform has spent');
    const second = await runJob(['run', 'budgets', '--as-of', '2026-11-26', '--json']);
    expect(JSON.parse(second.stdout)).toEqual([]);
    expect(second.stderr).toBe('');
  });

  it('finds the anomaly once, with the expected and actual figures, across re-runs', async () => {
    const first = await runJob(['run', 'anomalies', '--as-of', '2026-11-26']);
    expect(first.stdout).toContain('anomalies (as of 2026-11-26): 1 new alert(s).');
    expect(first.stdout).toContain('[ANOMALY] Cost anomaly: AWS · 111122223333 · Amazon EC2 +USD');
    expect(first.stdout).toContain('Actual: USD 450.00');
    const again = await runJob(['run', 'anomalies', '--as-of', '2026-11-27', '--json']);
    expect(JSON.parse(again.stdout)).toEqual([]);
    expect(await database.prisma.alert.count({ where: { kind: 'anomaly' } })).toBe(1);
    expect(await database.prisma.alertDelivery.count({ where: { status: 'sent', platform: 'console' } })).toBe(2);
  });

  it('lists the jobs and rejects an unknown one', async () => {
    expect((await runJob(['list'])).stdout).toMatch(/^anomalies\s+0 6 \* \* \*/m);
    const unknown = await runJob(['run', 'payroll']);
    expect(unknown.exitCode).toBe(1);
    expect(unknown.stderr).toContain('Unknown job "payroll". Jobs: anomalies, notice-deadlines, budgets');
  });
});
