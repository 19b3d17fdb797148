import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCents } from '../../src/demo/cents.js';
import type { DemoAnswerKey } from '../../src/demo/demo-answer-key.js';
import { cloudProviders } from '../../src/demo/demo-cloud-catalog.js';
import { generateDemoEnterprise } from '../../src/demo/generate-demo-enterprise.js';
import { identifierKey } from '../../src/domain/shared/normalize.js';

// Above 1× the generator copies every cloud and SaaS billing account and hands out phone numbers
// past the 555-01xx block. At 1.5× (two copies of each billing account, 1.5× the mobile lines,
// more lines in Chicago than the reserved block holds) the answer key must still be the truth
// about the files: every figure below is recomputed from the CSV files, no database needed.
const asOf = new Date('2026-11-26T00:00:00Z');
const scale = 1.5;
let dir: string;
let answerKey: DemoAnswerKey;

type Row = Record<string, string>;
// Parsed once per file: several checks read the same ~80,000 invoice lines.
const parsed = new Map<string, Promise<Row[]>>();
const readCsv = (file: string): Promise<Row[]> => {
  const rows = parsed.get(file) ?? readFile(join(dir, file)).then((content) => parse(content, { columns: true }) as Row[]);
  parsed.set(file, rows);
  return rows;
};
const readAll = async (prefix: string): Promise<Row[]> =>
  (
    await Promise.all(
      (await readdir(dir))
        .filter((file) => file.startsWith(prefix))
        .sort()
        .map(readCsv),
    )
  ).flat();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ledgerline-demo-scaled-'));
  ({ answerKey } = await generateDemoEnterprise({ asOf, seed: 42, outDir: dir, scale }));
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe(`demo enterprise at ${scale}×`, () => {
  it('counts exactly the rows it wrote, file by file', async () => {
    for (const file of answerKey.files) expect((await readCsv(file.file)).length, file.file).toBe(file.rows);
    const rowsOf = (kind: string) => answerKey.files.filter((file) => file.kind === kind).reduce((sum, file) => sum + file.rows, 0);
    expect(answerKey.counts.focusRows).toBe(rowsOf('focus'));
    expect(answerKey.counts.invoiceLines).toBe(rowsOf('invoices'));
    expect(answerKey.counts.usageRows).toBe(rowsOf('usage'));
  });

  it('has two of every cloud and SaaS billing account, each with its own sub-accounts and resources', async () => {
    const focus = await readAll('focus-');
    const billingAccounts = new Set(focus.map((row) => row.BillingAccountId));
    expect(billingAccounts.size).toBe(cloudProviders.length * 2);
    for (const provider of cloudProviders) expect(billingAccounts.has(provider.billingAccountId)).toBe(true);
    const subAccounts = new Set(focus.map((row) => row.SubAccountId));
    expect(subAccounts.size).toBe(cloudProviders.reduce((sum, provider) => sum + provider.subAccounts.length, 0) * 2);
    const inventory = await readCsv('inventory.csv');
    const cloudServices = inventory.filter((service) => service.type === 'cloud_account' || service.type === 'saas_subscription');
    expect(new Set(cloudServices.map((service) => service.identifier))).toEqual(subAccounts);
  });

  it('scales the mobile lines, numbering every one uniquely past the reserved 555-01xx block', async () => {
    const inventory = await readCsv('inventory.csv');
    const activeLines = inventory.filter((service) => service.type === 'mobile_line' && service.status === 'active');
    expect(activeLines.length).toBe(answerKey.counts.mobileLinesByStatus.active);
    expect(activeLines.length).toBeGreaterThanOrEqual(2_900);
    expect(activeLines.some((line) => /^\d{3}-555-[2-9]\d{3}$/.test(line.identifier ?? ''))).toBe(true);
    expect(new Set(inventory.map((service) => identifierKey(service.identifier ?? ''))).size).toBe(inventory.length);
  });

  it('sums the files to the answer key, vendor by vendor and month by month, to the cent', async () => {
    const sums = new Map<string, number>();
    const add = (vendor: string, month: string, amount: string) =>
      sums.set(`${vendor}|${month}`, (sums.get(`${vendor}|${month}`) ?? 0) + toCents(amount));
    for (const line of await readAll('invoices-')) add(line.vendor ?? '', (line.period_start ?? '').slice(0, 7), line.amount ?? '0');
    for (const row of await readAll('focus-')) {
      const vendor = cloudProviders.find((provider) => provider.providerName === row.ProviderName)?.vendor ?? '';
      add(vendor, (row.ChargePeriodStart ?? '').slice(0, 7), row.BilledCost ?? '0');
    }
    const expected = new Map(answerKey.spend.byVendorMonth.map((entry) => [`${entry.vendor}|${entry.month}`, toCents(entry.amount)]));
    expect(sums).toEqual(expected);
  });

  it('keeps every planted finding on the catalog accounts, as at 1×', async () => {
    const findings = answerKey.findings;
    expect(findings.costSpikes).toHaveLength(4);
    expect(findings.stepChanges).toHaveLength(1);
    expect(findings.overbilling.length).toBeGreaterThan(0);
    expect(findings.duplicateCharges).toHaveLength(1);
    expect(findings.disconnectedStillBilled).toHaveLength(3);
    expect(findings.zeroUsageLines).toHaveLength(8);
    expect(findings.budgetOverruns.length).toBeGreaterThan(0);
    const focus = await readAll('focus-');
    for (const spike of findings.costSpikes) {
      expect(cloudProviders.some((provider) => provider.billingAccountId === spike.billingAccountId)).toBe(true);
      const rows = focus.filter((row) => row.SubAccountId === spike.subAccountId && (row.ChargePeriodStart ?? '').startsWith(spike.day));
      expect(
        rows.reduce((sum, row) => sum + toCents(row.BilledCost ?? '0'), 0),
        `${spike.vendor} ${spike.day}`,
      ).toBe(toCents(spike.actual));
    }
  });
});
