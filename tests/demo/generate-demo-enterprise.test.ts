import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoAnswerKey } from '../../src/demo/demo-answer-key.js';
import { generateDemoEnterprise } from '../../src/demo/generate-demo-enterprise.js';
import { Decimal } from '../../src/domain/shared/decimal.js';
import { identifierKey } from '../../src/domain/shared/normalize.js';

// The full (1×) enterprise, generated twice with one seed and once with another. Every expectation
// below is recomputed from the CSV files themselves, not taken from the answer key.
const asOf = new Date('2026-11-26T00:00:00Z');
let root: string;
let first: { dir: string; answerKey: DemoAnswerKey };
let otherSeedDir: string;

type Row = Record<string, string>;
// Parsed once per file: several checks read the same 54,000 invoice lines.
const parsed = new Map<string, Promise<Row[]>>();
const readCsv = (dir: string, file: string): Promise<Row[]> => {
  const path = join(dir, file);
  const cached = parsed.get(path) ?? readFile(path).then((content) => parse(content, { columns: true }) as Row[]);
  parsed.set(path, cached);
  return cached;
};
const filesOf = async (dir: string, prefix: string) => (await readdir(dir)).filter((file) => file.startsWith(prefix)).sort();
const readAll = async (dir: string, prefix: string) =>
  (await Promise.all((await filesOf(dir, prefix)).map((file) => readCsv(dir, file)))).flat();

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ledgerline-demo-test-'));
  const generated = await generateDemoEnterprise({ asOf, seed: 42, outDir: join(root, 'a') });
  first = { dir: join(root, 'a'), answerKey: generated.answerKey };
  await generateDemoEnterprise({ asOf, seed: 42, outDir: join(root, 'b') });
  otherSeedDir = join(root, 'c');
  await generateDemoEnterprise({ asOf, seed: 7, outDir: otherSeedDir });
}, 120_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('demo enterprise generation', () => {
  it('writes byte-identical files for the same seed and as-of date, and different ones for another seed', async () => {
    const names = (await readdir(first.dir)).sort();
    expect(names).toEqual((await readdir(join(root, 'b'))).sort());
    for (const name of names) {
      const left = await readFile(join(first.dir, name));
      const right = await readFile(join(root, 'b', name));
      expect(left.equals(right), name).toBe(true);
    }
    const inventory = await readFile(join(first.dir, 'inventory.csv'));
    expect(inventory.equals(await readFile(join(otherSeedDir, 'inventory.csv')))).toBe(false);
    const invoices = await readFile(join(first.dir, 'invoices-verizon.csv'));
    expect(invoices.equals(await readFile(join(otherSeedDir, 'invoices-verizon.csv')))).toBe(false);
  });

  it('has the carriers, lines, circuits, locations, cost centers and budgets of a real enterprise', async () => {
    const vendors = await readCsv(first.dir, 'vendors.csv');
    expect(vendors.filter((vendor) => vendor.domain === 'telecom').length).toBeGreaterThanOrEqual(3);
    expect(
      vendors
        .filter((vendor) => vendor.domain === 'mobility')
        .map((vendor) => vendor.name)
        .sort(),
    ).toEqual(['T-Mobile', 'Verizon']);
    expect(
      vendors
        .filter((vendor) => vendor.domain === 'cloud')
        .map((vendor) => vendor.name)
        .sort(),
    ).toEqual(['AWS', 'Google Cloud', 'Microsoft']);
    expect(vendors.filter((vendor) => vendor.domain === 'saas').length).toBeGreaterThanOrEqual(2);

    const inventory = await readCsv(first.dir, 'inventory.csv');
    const active = (type: string) => inventory.filter((service) => service.type === type && service.status === 'active');
    expect(active('mobile_line').length).toBeGreaterThanOrEqual(1900);
    expect(active('mobile_line').length).toBeLessThanOrEqual(2100);
    expect(active('mobile_line').every((line) => /^\d{3}-555-01\d{2}$/.test(line.identifier ?? '') && (line.assignee ?? '') !== '')).toBe(
      true,
    );
    expect(active('circuit').length).toBeGreaterThanOrEqual(110);
    expect(active('circuit').length).toBeLessThanOrEqual(130);
    expect(active('voice_trunk').length).toBeGreaterThan(10);
    expect(active('pots_line').length).toBeGreaterThan(30);
    expect(new Set(inventory.map((service) => identifierKey(service.identifier ?? ''))).size).toBe(inventory.length);

    const locations = await readCsv(first.dir, 'locations.csv');
    expect(locations.length).toBeGreaterThanOrEqual(15);
    expect(new Set(locations.map((location) => location.country)).size).toBeGreaterThanOrEqual(3);

    const costCenters = await readCsv(first.dir, 'cost-centers.csv');
    expect(costCenters.length).toBeGreaterThanOrEqual(20);
    expect(
      costCenters
        .filter((costCenter) => costCenter.parent !== '')
        .every((costCenter) => costCenters.some((parent) => parent.code === costCenter.parent)),
    ).toBe(true);
    const budgets = await readCsv(first.dir, 'budgets.csv');
    expect(budgets.length).toBe(costCenters.length * 25);

    const users = await readCsv(first.dir, 'users.csv');
    expect(new Set(users.map((user) => user.role))).toEqual(new Set(['admin', 'approver', 'requester', 'viewer']));
    expect(users.every((user) => /^U[A-Z0-9]{8,}$/.test(user.slack_user_id ?? ''))).toBe(true);
  });

  it('covers 24 full months of invoices, usage and daily FOCUS rows ending the month before as-of', async () => {
    const invoices = await readAll(first.dir, 'invoices-');
    const invoiceMonths = [...new Set(invoices.map((line) => (line.period_start ?? '').slice(0, 7)))].sort();
    expect(invoiceMonths).toHaveLength(24);
    expect(invoiceMonths[0]).toBe('2024-11');
    expect(invoiceMonths[23]).toBe('2026-10');
    expect(invoices.length).toBeLessThanOrEqual(100_000);
    const usage = await readCsv(first.dir, 'usage.csv');
    expect([...new Set(usage.map((row) => row.period))].sort()).toEqual(invoiceMonths);
    const focus = await readAll(first.dir, 'focus-');
    const providers = new Set(focus.map((row) => row.ProviderName));
    for (const provider of ['AWS', 'Microsoft', 'Google Cloud']) expect(providers.has(provider)).toBe(true);
    const days = new Set(focus.map((row) => (row.ChargePeriodStart ?? '').slice(0, 10)));
    expect(days.has('2024-11-01')).toBe(true);
    expect(days.has('2026-10-31')).toBe(true);
    expect(days.has('2026-11-26')).toBe(false);
    expect(focus.length).toBeLessThanOrEqual(60_000);
    expect(focus.some((row) => !(row.Tags ?? '').includes('cost-center'))).toBe(true);
  });

  it('bills every recurring line at its contract rate except the planted overbilling', async () => {
    const rates = await readCsv(first.dir, 'contract-rates.csv');
    const contracts = await readCsv(first.dir, 'contracts.csv');
    const inventory = await readCsv(first.dir, 'inventory.csv');
    const invoices = await readAll(first.dir, 'invoices-');
    const vendorOfContract = new Map(contracts.map((contract) => [contract.contract_id, contract.vendor]));
    const rateOf = new Map(
      rates.map((rate) => [`${vendorOfContract.get(rate.contract_id ?? '')}|${rate.service_type}|${rate.description}`, rate.unit_price]),
    );
    const serviceOf = new Map(inventory.map((service) => [identifierKey(service.identifier ?? ''), service]));
    const overbilled = new Map<string, Set<string>>();
    for (const line of invoices.filter((candidate) => candidate.charge_type === 'recurring')) {
      const service = serviceOf.get(identifierKey(line.identifier ?? ''));
      expect(service, `billed identifier ${line.identifier} is in the inventory`).toBeDefined();
      const contracted = rateOf.get(`${line.vendor}|${service?.type}|${line.description}`);
      expect(contracted).toBeDefined();
      if (!new Decimal(line.unit_price ?? '0').eq(contracted ?? '0')) {
        const months = overbilled.get(line.identifier ?? '') ?? new Set<string>();
        months.add(`${line.invoice_number}|${line.unit_price}`);
        overbilled.set(line.identifier ?? '', months);
      }
    }
    const planted = first.answerKey.findings.overbilling;
    expect([...overbilled.keys()].sort()).toEqual(planted.map((finding) => finding.identifier).sort());
    for (const finding of planted) {
      expect([...(overbilled.get(finding.identifier) ?? [])].sort()).toEqual(
        finding.months.map((month) => `${month.invoiceNumber}|${finding.billedUnitPrice}`).sort(),
      );
      expect(new Decimal(finding.billedUnitPrice).minus(finding.contractedUnitPrice).times(finding.quantity).toFixed(2)).toBe(
        finding.excessPerMonth,
      );
    }
  });

  it('has exactly the planted duplicate and the planted charges after disconnect, and bills every active service every month', async () => {
    const inventory = await readCsv(first.dir, 'inventory.csv');
    const invoices = await readAll(first.dir, 'invoices-');
    const recurring = invoices.filter((line) => line.charge_type === 'recurring');
    const seen = new Map<string, number>();
    for (const line of recurring) {
      const key = `${line.invoice_number}|${line.identifier}|${line.description}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    const duplicates = [...seen.entries()].filter(([, count]) => count > 1).map(([key]) => key);
    expect(duplicates).toEqual(
      first.answerKey.findings.duplicateCharges.map((finding) => `${finding.invoiceNumber}|${finding.identifier}|${finding.description}`),
    );

    const serviceOf = new Map(inventory.map((service) => [identifierKey(service.identifier ?? ''), service]));
    const afterEnd = recurring
      .filter((line) => {
        const end = serviceOf.get(identifierKey(line.identifier ?? ''))?.end_date ?? '';
        return end !== '' && end < (line.period_start ?? '');
      })
      .map((line) => `${line.identifier}|${line.invoice_number}`);
    const planted = first.answerKey.findings.disconnectedStillBilled.flatMap((finding) =>
      finding.months.map((month) => `${finding.identifier}|${month.invoiceNumber}`),
    );
    expect(afterEnd.sort()).toEqual(planted.sort());

    const billedMonths = new Map<string, Set<string>>();
    for (const line of recurring) {
      const key = identifierKey(line.identifier ?? '');
      const months = billedMonths.get(key) ?? new Set<string>();
      months.add((line.period_start ?? '').slice(0, 7));
      billedMonths.set(key, months);
    }
    const unbilled = inventory
      .filter(
        (service) => service.status === 'active' && ['mobile_line', 'circuit', 'voice_trunk', 'pots_line'].includes(service.type ?? ''),
      )
      .filter((service) => {
        const from = (service.start_date ?? '') < '2024-11-01' ? '2024-11' : (service.start_date ?? '').slice(0, 7);
        const months = billedMonths.get(identifierKey(service.identifier ?? '')) ?? new Set<string>();
        return first.answerKey.months.some((month) => month >= from && !months.has(month));
      });
    expect(unbilled.map((service) => service.identifier)).toEqual([]);
  });

  it('has exactly the planted zero-usage lines, and every other line uses something every month', async () => {
    const usage = await readCsv(first.dir, 'usage.csv');
    const lastThree = first.answerKey.months.slice(-3);
    const silentMonths = new Map<string, number>();
    for (const row of usage) {
      const isSilent = row.data_mb === '0' && row.voice_minutes === '0' && row.messages === '0';
      if (isSilent) silentMonths.set(row.identifier ?? '', (silentMonths.get(row.identifier ?? '') ?? 0) + 1);
      if (isSilent) expect(first.answerKey.findings.zeroUsageLines.map((line) => line.identifier)).toContain(row.identifier);
    }
    const silentLastThree = [
      ...new Set(usage.filter((row) => lastThree.includes(row.period ?? '') && row.data_mb === '0').map((row) => row.identifier)),
    ];
    expect(silentLastThree.sort()).toEqual(first.answerKey.findings.zeroUsageLines.map((line) => line.identifier).sort());
    for (const line of first.answerKey.findings.zeroUsageLines) {
      expect(line.zeroMonths).toBeGreaterThanOrEqual(3);
      expect(silentMonths.get(line.identifier)).toBe(line.zeroMonths);
    }
  });

  it('puts contract notice deadlines in the next 7, 30, 60 and 90 days of as-of', async () => {
    const contracts = await readCsv(first.dir, 'contracts.csv');
    const daysAway = contracts.map((contract) => {
      const end = new Date(`${contract.end_date}T00:00:00Z`);
      const deadline = contract.auto_renew === 'true' ? new Date(end.getTime() - Number(contract.notice_days) * 86_400_000) : end;
      return Math.round((deadline.getTime() - asOf.getTime()) / 86_400_000);
    });
    expect(daysAway.some((days) => days >= 0 && days <= 7)).toBe(true);
    expect(daysAway.some((days) => days > 7 && days <= 30)).toBe(true);
    expect(daysAway.some((days) => days > 30 && days <= 60)).toBe(true);
    expect(daysAway.some((days) => days > 60 && days <= 90)).toBe(true);
    expect(daysAway.every((days) => days >= 0)).toBe(true);
    expect(first.answerKey.noticeDeadlines.map((deadline) => deadline.daysFromAsOf).sort((a, b) => a - b)).toEqual(
      [...daysAway].sort((a, b) => a - b),
    );
  });

  it('has cloud cost spikes only on the planted days, with the planted top contributor', async () => {
    const focus = await readAll(first.dir, 'focus-');
    const step = first.answerKey.findings.stepChanges[0];
    const series = new Map<string, { day: string; cost: number; isWeekend: boolean }[]>();
    for (const row of focus) {
      const key = `${row.ProviderName}|${row.SubAccountId}|${row.ServiceName}|${row.RegionId}`;
      const day = (row.ChargePeriodStart ?? '').slice(0, 10);
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      const list = series.get(key) ?? [];
      // A float is fine here: this only measures shape, never a figure shown to anyone.
      list.push({ day, cost: Number(row.BilledCost), isWeekend: weekday === 0 || weekday === 6 });
      series.set(key, list);
    }
    const flagged: string[] = [];
    for (const [key, points] of series) {
      if (step && key === `${step.providerName}|${step.subAccountId}|${step.serviceName}|${step.regionId}`) continue;
      points.forEach((point, index) => {
        const history = points
          .slice(Math.max(0, index - 42), index)
          .filter((candidate) => candidate.isWeekend === point.isWeekend)
          .slice(-8);
        if (history.length < 4) return;
        const sorted = history.map((candidate) => candidate.cost).sort((a, b) => a - b);
        const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
        if (point.cost > median * 1.3 || point.cost < median * 0.75) flagged.push(`${key}|${point.day}`);
      });
    }
    const planted = first.answerKey.findings.costSpikes.flatMap((spike) =>
      spike.contributors.map(
        (contributor) => `${spike.providerName}|${spike.subAccountId}|${contributor.serviceName}|${contributor.regionId}|${spike.day}`,
      ),
    );
    expect(flagged.sort()).toEqual(planted.sort());
    expect(first.answerKey.findings.costSpikes.length).toBeGreaterThanOrEqual(3);
    for (const spike of first.answerKey.findings.costSpikes) {
      expect(new Decimal(spike.actual).minus(spike.expected).toFixed(2)).toBe(spike.impact);
      expect(spike.topContributor.serviceName).toBe(spike.contributors[0]?.serviceName);
    }
    expect(step).toBeDefined();
    expect(new Decimal(step?.dailyAfter ?? '0').div(step?.dailyBefore ?? '1').toNumber()).toBeGreaterThan(1.5);
  });

  it('keeps every telecom account steady month over month apart from the planted credits', async () => {
    const invoices = await readAll(first.dir, 'invoices-');
    const totals = new Map<string, Map<string, Decimal>>();
    for (const line of invoices.filter((candidate) => candidate.charge_type !== 'credit')) {
      const months = totals.get(line.account ?? '') ?? new Map<string, Decimal>();
      const month = (line.period_start ?? '').slice(0, 7);
      months.set(month, (months.get(month) ?? new Decimal(0)).plus(line.amount ?? '0'));
      totals.set(line.account ?? '', months);
    }
    for (const [account, months] of totals) {
      const series = [...months.entries()].sort(([left], [right]) => left.localeCompare(right)).map(([, total]) => total);
      for (let index = 1; index < series.length; index++) {
        const change = (series[index] as Decimal)
          .div(series[index - 1] as Decimal)
          .minus(1)
          .abs()
          .toNumber();
        expect(change, `${account} month ${index}`).toBeLessThan(0.08);
      }
    }
  });

  it('puts over-budget cost centers in the as-of month only where planted', () => {
    const asOfRows = first.answerKey.budgets.asOfMonth.rows;
    expect(asOfRows.filter((row) => row.status === 'over').length).toBeGreaterThanOrEqual(1);
    expect(first.answerKey.findings.budgetOverruns.map((row) => row.costCenter).sort()).toEqual(['CC-220', 'CC-610', 'CC-620']);
    expect(first.answerKey.budgets.lastFullMonth.rows.every((row) => row.status === 'within')).toBe(true);
    for (const row of asOfRows) {
      const isOver = new Decimal(row.actual).gt(row.budget);
      expect(row.status === 'over').toBe(isOver);
    }
  });
});
