import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditInvoices } from '../../src/domain/audit/audit-invoices.js';
import { collectAuditSummaryAlerts } from '../../src/domain/audit/collect-audit-summary-alerts.js';
import type { AuditFinding } from '../../src/domain/audit/audit-finding.js';
import { toIsoDate } from '../../src/domain/periods/period.js';
import { openAuditTest, headers, type AuditTest } from './audit-test-support.js';
import { correctedJuly, loadMeridian } from './meridian-fixture.js';

const summary = (finding: AuditFinding) =>
  `${finding.kind} ${finding.invoiceNumber} ${finding.identifier ?? finding.account} ${finding.periods.join('/')} billed ${finding.billed} expected ${finding.expected} at stake ${finding.amountAtStake} ${finding.currency}`;

describe('invoice audit on hand-built Meridian invoices', () => {
  let test: AuditTest;
  beforeAll(async () => {
    test = await openAuditTest();
    await loadMeridian(test);
  });
  afterAll(async () => test.close());

  it('finds each billing error with its amount, and nothing else', async () => {
    const findings = await auditInvoices({}, test.deps);
    expect(findings.map(summary)).toEqual([
      'rate_variance MER-2026-07 CIR-001 2026-07-01 billed 1000.00 expected 900.00 at stake 100.00 USD',
      'duplicate_charge MER-2026-07 312-555-0103 2026-07-01 billed 70.00 expected 35.00 at stake 35.00 USD',
      'billed_after_disconnect MER-2026-06 312-555-0102 2026-06-01 billed 43.20 expected 0.00 at stake 43.20 USD',
      'billed_after_disconnect MER-2026-07 312-555-0102 2026-07-01 billed 35.00 expected 0.00 at stake 35.00 USD',
      'not_in_inventory MER-2026-07 312-555-0199 2026-07-01 billed 35.00 expected 0.00 at stake 35.00 USD',
      'inventory_not_billed MER-2026-07 312-555-0105 2026-07-01 billed 0.00 expected 35.00 at stake 35.00 USD',
      'month_over_month_jump MER-F-2026-07 MER-200 2026-06-01/2026-07-01 billed 900.00 expected 100.00 at stake 800.00 USD',
    ]);
  });

  it('carries the evidence lines behind each finding', async () => {
    const findings = await auditInvoices({}, test.deps);
    const disconnected = findings.find((finding) => finding.kind === 'billed_after_disconnect' && finding.periods[0] === '2026-06-01');
    expect(disconnected?.evidence.map((line) => `${line.chargeType} ${line.description} ${line.amount}`)).toEqual([
      'recurring Unlimited Plan 40.00',
      'tax State sales tax 3.20',
    ]);
    expect(disconnected?.evidence.every((line) => line.invoiceNumber === 'MER-2026-06' && line.invoiceLineId > 0)).toBe(true);
    const duplicate = findings.find((finding) => finding.kind === 'duplicate_charge');
    expect(new Set(duplicate?.evidence.map((line) => line.invoiceLineId)).size).toBe(2);
  });

  it('uses the contract in force: June at the old MPLS rate is not a variance, July at the old rate is', async () => {
    const june = await auditInvoices({ periodStart: '2026-06-01', periodEnd: '2026-07-01' }, test.deps);
    expect(june.filter((finding) => finding.kind === 'rate_variance')).toEqual([]);
    const july = await auditInvoices({ periodStart: '2026-07-01', periodEnd: '2026-08-01' }, test.deps);
    expect(july.filter((finding) => finding.kind === 'rate_variance').map((finding) => finding.identifier)).toEqual(['CIR-001']);
  });

  it('does not flag a prorated first month or a credited overcharge', async () => {
    const findings = await auditInvoices({}, test.deps);
    expect(findings.some((finding) => finding.identifier === '312-555-0103' && finding.kind === 'rate_variance')).toBe(false);
    expect(findings.some((finding) => finding.identifier === '312-555-0101')).toBe(false);
  });

  it('summarizes last month per vendor as one billing-discrepancy alert', async () => {
    const drafts = await collectAuditSummaryAlerts({ asOf: '2026-08-15' }, test.deps);
    expect(drafts.map((draft) => draft.title)).toEqual(['Meridian Telecom invoices for Jul 2026: USD 205.00 in billing errors']);
    expect(drafts[0]?.message.facts).toEqual([
      { label: 'Above contract rate', value: '1 · USD 100.00' },
      { label: 'Duplicate charges', value: '1 · USD 35.00' },
      { label: 'Billed after disconnect', value: '1 · USD 35.00' },
      { label: 'Not in inventory', value: '1 · USD 35.00' },
    ]);
    expect((await collectAuditSummaryAlerts({ asOf: '2026-08-20' }, test.deps))[0]?.dedupeKey).toBe(drafts[0]?.dedupeKey);
  });

  it('a partly credited overcharge keeps only the uncredited part at stake', async () => {
    await test.importRows('invoices', headers.invoices, [
      'MER-X-1,Meridian Telecom,MER-300,2026-09-30,2026-09-01,2026-09-30,CIR-001,recurring,MPLS Port 100 Mbps,1,,1000.00,USD',
      'MER-X-1,Meridian Telecom,MER-300,2026-09-30,2026-09-01,2026-09-30,CIR-001,credit,Partial credit,1,,-60.00,USD',
    ]);
    const september = await auditInvoices({ periodStart: '2026-09-01', periodEnd: '2026-10-01' }, test.deps);
    const variance = september.find((finding) => finding.kind === 'rate_variance');
    expect(variance).toMatchObject({ billed: '940.00', expected: '900.00', amountAtStake: '40.00' });
    expect(variance?.evidence.map((line) => line.amount)).toEqual(['1000.00', '-60.00']);
    await test.database.prisma.invoice.deleteMany({ where: { invoiceNumber: 'MER-X-1' } });
  });

  it('reads the invoice lines one billing period at a time (at 50× all of them exhaust the heap)', async () => {
    const periodsPerRead: string[][] = [];
    const prisma = test.deps.prisma;
    const invoices = prisma.invoice;
    const recordingInvoices = new Proxy(invoices, {
      get(target, property) {
        if (property !== 'findMany') return Reflect.get(target, property);
        return async (args: Parameters<typeof invoices.findMany>[0]) => {
          const rows = (await target.findMany(args)) as Array<{ periodStart: Date }>;
          if (args?.select?.lines) periodsPerRead.push([...new Set(rows.map((row) => toIsoDate(row.periodStart)))]);
          return rows;
        };
      },
    });
    const recordingPrisma = new Proxy(prisma, {
      get: (target, property) => (property === 'invoice' ? recordingInvoices : Reflect.get(target, property)),
    });
    const findings = await auditInvoices({}, { ...test.deps, prisma: recordingPrisma });
    const periods = await prisma.invoice.findMany({
      distinct: ['periodStart'],
      select: { periodStart: true },
      orderBy: { periodStart: 'asc' },
    });
    expect(periods.length).toBeGreaterThan(1);
    expect(periodsPerRead).toEqual(periods.map((period) => [toIsoDate(period.periodStart)]));
    expect(findings).toEqual(await auditInvoices({}, test.deps));
  });

  it('a corrected invoice re-imported replaces its findings, without duplicates', async () => {
    const before = await auditInvoices({}, test.deps);
    await test.importRows('invoices', headers.invoices, correctedJuly);
    const after = await auditInvoices({}, test.deps);
    const julyKinds = after.filter((finding) => finding.invoiceNumber === 'MER-2026-07').map((finding) => finding.kind);
    expect(julyKinds.sort()).toEqual(['billed_after_disconnect', 'inventory_not_billed', 'not_in_inventory']);
    expect(new Set(after.map((finding) => finding.key)).size).toBe(after.length);
    // The findings the correction did not touch keep their keys.
    const unchanged = after.filter((finding) => finding.kind === 'not_in_inventory').map((finding) => finding.key);
    expect(before.filter((finding) => finding.kind === 'not_in_inventory').map((finding) => finding.key)).toEqual(unchanged);
  });
});
