import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/open-database.js';
import type { StoredAlert } from '../../src/domain/alerts/alert-draft.js';
import type { CostAnomaly } from '../../src/domain/anomalies/detect-cost-anomalies.js';
import { addPeriods } from '../../src/domain/anomalies/period-axis.js';
import { Decimal } from '../../src/domain/shared/decimal.js';
import { createAlertJobs } from '../../src/jobs/alert-jobs.js';
import { silentLogger } from '../../src/logger.js';
import { openTestDatabase } from '../support/test-database.js';
import { noise } from './synthetic-series.js';

// Issue 17: a managed database whose daily cost rose by 40% (USD 50 → 70 a day, +USD 20) and stayed
// there. Three days of the step are USD 60, under the USD 100 minimum; judged by its run-rate it
// passes once it has lasted five days. The anomalies job runs every morning with the clock set to
// that day, as the scheduler would, reading the rows imported so far.
const stepDay = '2026-07-01';
const returnDay = '2026-08-15';
const firstDay = '2026-03-01';
const lastRun = '2026-09-20';

interface DayCost {
  day: string;
  region: string;
  billedCost: string;
}

/** Primary instance about USD 30 and replica about USD 20 a day (±5%); the primary adds USD 20 from the step until the return. */
function databaseCosts(): DayCost[] {
  const random = noise(17);
  const rows: DayCost[] = [];
  for (let day = firstDay; day < lastRun; day = addPeriods(day, 1, 'day')) {
    const isStepped = day >= stepDay && day < returnDay;
    rows.push({ day, region: 'us-east-1', billedCost: ((30 + (isStepped ? 20 : 0)) * (1 + 0.1 * random())).toFixed(2) });
    rows.push({ day, region: 'us-west-2', billedCost: (20 * (1 + 0.1 * random())).toFixed(2) });
  }
  return rows;
}

describe('a level shift judged by its run-rate, run day by day as the scheduler would', () => {
  let database: Database;
  const created: Array<{ runDay: string; alert: StoredAlert }> = [];
  const rows = databaseCosts();
  const sumRows = (from: string, through: string) =>
    rows.filter((row) => row.day >= from && row.day <= through).reduce((sum, row) => sum.plus(row.billedCost), new Decimal(0));

  beforeAll(async () => {
    database = await openTestDatabase();
    const { prisma } = database;
    const aws = await prisma.vendor.create({ data: { name: 'AWS', key: 'aws', domain: 'cloud' } });
    const costCenter = await prisma.costCenter.create({ data: { code: 'CC-100', name: 'Platform' } });
    await prisma.costDaily.createMany({
      data: rows.map((row) => ({
        day: new Date(`${row.day}T00:00:00Z`),
        vendorId: aws.id,
        billingAccountId: '111122223333',
        billingPeriodStart: new Date(`${row.day.slice(0, 7)}-01T00:00:00Z`),
        subAccountId: 'prod',
        serviceName: 'Amazon Relational Database Service',
        regionId: row.region,
        chargeCategory: 'Usage',
        costCenterId: costCenter.id,
        currency: 'USD',
        billedCost: row.billedCost,
        effectiveCost: '0',
        rowCount: 1,
      })),
    });
    const job = createAlertJobs().find((candidate) => candidate.id === 'anomalies')!;
    for (let runDay = addPeriods(stepDay, -3, 'day'); runDay <= lastRun; runDay = addPeriods(runDay, 1, 'day')) {
      const clock = new Date(`${runDay}T06:00:00Z`);
      const context = { prisma, now: () => clock, logger: silentLogger, asOf: runDay, destinations: [] };
      for (const alert of await job.run(context)) created.push({ runDay, alert });
    }
  }, 300_000);
  afterAll(async () => database?.close());

  const findingOf = (alert: StoredAlert) => alert.finding as CostAnomaly;
  const rises = () => created.filter(({ alert }) => findingOf(alert).direction === 'up');
  const drops = () => created.filter(({ alert }) => findingOf(alert).direction === 'down');

  it('alerts the step once, within 14 days, dated from its first day', () => {
    expect(rises().map(({ alert }) => alert.dedupeKey)).toEqual([
      `anomaly:cloud-service:AWS|111122223333|Amazon Relational Database Service|USD:${stepDay}`,
    ]);
    const [{ runDay, alert }] = rises() as [{ runDay: string; alert: StoredAlert }];
    // Not on the first mornings (USD 20–60 is under the minimum), but as soon as the sum passes it.
    expect(runDay > addPeriods(stepDay, 3, 'day')).toBe(true);
    expect(runDay <= addPeriods(stepDay, 14, 'day')).toBe(true);
    const finding = findingOf(alert);
    expect(finding).toMatchObject({ start: stepDay, isLevelShift: true, shape: 'step', detectedOn: addPeriods(runDay, -1, 'day') });
    // Only the cost-service series alerts: the cost-center total is the same change seen from another angle.
    expect(created.filter(({ alert: other }) => findingOf(other).family === 'cloud-cost-center')).toEqual([]);
  });

  it('states old and new level, monthly (≈ USD 600) and annualized impact, and the top contributor, in exact money', () => {
    const [{ alert }] = rises() as [{ runDay: string; alert: StoredAlert }];
    const finding = findingOf(alert);
    const runRate = finding.runRate!;
    // The figures the alert shows, recomputed from the raw rows.
    const actual = sumRows(finding.start, finding.end);
    expect(finding.actual).toBe(actual.toFixed(2));
    const days = runRate.periods;
    expect(days).toBe(Math.round((Date.parse(finding.end) - Date.parse(finding.start)) / 86_400_000) + 1);
    expect(runRate.newLevel).toBe(actual.div(days).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2));
    expect(new Decimal(runRate.newLevel).minus(runRate.oldLevel).toFixed(2)).toBe(runRate.change);
    expect(new Decimal(runRate.change).times(365).toFixed(2)).toBe(runRate.annual);
    expect(new Decimal(runRate.annual).div(12).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)).toBe(runRate.monthly);
    expect(Number(runRate.monthly)).toBeGreaterThan(540);
    expect(Number(runRate.monthly)).toBeLessThan(660);
    expect(Number(runRate.oldLevel)).toBeGreaterThan(47.5);
    expect(Number(runRate.oldLevel)).toBeLessThan(52.5);
    expect(Number(finding.impact)).toBeGreaterThanOrEqual(100);
    expect(finding.contributors[0]).toMatchObject({ attribute: 'region', value: 'us-east-1' });
    expect(alert.title).toBe(
      `Cost step change: AWS · 111122223333 · Amazon Relational Database Service +USD ${Number(runRate.monthly).toLocaleString('en-US', { minimumFractionDigits: 2 })}/month (≈ +USD ${Number(runRate.annual).toLocaleString('en-US', { minimumFractionDigits: 2 })}/year) since 1 Jul 2026`,
    );
    expect(alert.message.facts).toEqual(
      expect.arrayContaining([
        { label: 'New level', value: `USD ${runRate.newLevel}/day` },
        { label: 'Old level', value: `USD ${runRate.oldLevel}/day` },
        { label: 'Since', value: '1 Jul 2026' },
      ]),
    );
  });

  it('says nothing more while the new level holds', () => {
    const beforeReturn = created.filter(({ runDay }) => runDay <= returnDay);
    expect(beforeReturn).toHaveLength(1);
  });

  it('alerts the return to the old level once, as a drop', () => {
    expect(drops()).toHaveLength(1);
    const [{ runDay, alert }] = drops() as [{ runDay: string; alert: StoredAlert }];
    const finding = findingOf(alert);
    expect(finding.start).toBe(returnDay);
    expect(runDay <= addPeriods(returnDay, 14, 'day')).toBe(true);
    expect(alert.title.startsWith('Cost drop: AWS · 111122223333 · Amazon Relational Database Service USD -')).toBe(true);
    expect(Number(finding.runRate!.monthly)).toBeGreaterThan(-660);
    expect(Number(finding.runRate!.monthly)).toBeLessThan(-540);
    expect(finding.actual).toBe(sumRows(finding.start, finding.end).toFixed(2));
    expect(created).toHaveLength(2);
  });
});
