import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDisputesCsv } from '../../src/domain/disputes/export-disputes-csv.js';
import { listDisputes } from '../../src/domain/disputes/list-disputes.js';
import { openDisputes } from '../../src/domain/disputes/open-disputes.js';
import { recordDisputeCredits } from '../../src/domain/disputes/record-dispute-credits.js';
import { setDisputeStatus } from '../../src/domain/disputes/set-dispute-status.js';
import { LedgerlineError } from '../../src/errors.js';
import { headers, invoiceLine, openAuditTest, type AuditTest } from '../audit/audit-test-support.js';
import { august, correctedJuly, june, loadMeridian } from '../audit/meridian-fixture.js';

describe('disputes', () => {
  let test: AuditTest;
  beforeAll(async () => {
    test = await openAuditTest();
    await loadMeridian(test);
  });
  afterAll(async () => test.close());

  const byInvoice = async () => new Map((await listDisputes({}, test.deps)).map((dispute) => [dispute.invoiceNumber, dispute]));

  it('groups billing errors into one dispute per vendor and invoice; review findings stay out', async () => {
    expect(await openDisputes({}, test.deps)).toEqual({ created: 2, updated: 0, withdrawn: 0, unchanged: 0 });
    const disputes = await byInvoice();
    expect(disputes.get('MER-2026-06')).toMatchObject({
      status: 'open',
      amountDisputed: '43.20',
      creditsReceived: '0.00',
      outstanding: '43.20',
      currency: 'USD',
    });
    const july = disputes.get('MER-2026-07');
    expect(july?.amountDisputed).toBe('205.00');
    expect(july?.findings.map((finding) => `${finding.kind} ${finding.identifier} ${finding.amount}`).sort()).toEqual([
      'billed_after_disconnect 312-555-0102 35.00',
      'duplicate_charge 312-555-0103 35.00',
      'not_in_inventory 312-555-0199 35.00',
      'rate_variance CIR-001 100.00',
    ]);
    // Running again changes nothing.
    expect(await openDisputes({}, test.deps)).toEqual({ created: 0, updated: 0, withdrawn: 0, unchanged: 2 });
  });

  it('an open dispute follows a corrected invoice: updated, or withdrawn when nothing is left', async () => {
    await test.importRows('invoices', headers.invoices, correctedJuly);
    const correctedJune = [
      invoiceLine(june, { identifier: 'CIR-001', type: 'recurring', description: 'MPLS Port 100 Mbps', amount: '1000.00' }),
      invoiceLine(june, { identifier: '312-555-0101', type: 'recurring', description: 'Unlimited Plan', amount: '40.00' }),
    ];
    await test.importRows('invoices', headers.invoices, correctedJune);
    expect(await openDisputes({}, test.deps)).toEqual({ created: 0, updated: 1, withdrawn: 1, unchanged: 0 });
    const disputes = await byInvoice();
    expect([...disputes.keys()]).toEqual(['MER-2026-07']);
    expect(disputes.get('MER-2026-07')?.amountDisputed).toBe('70.00');
  });

  it('tracks credits expected vs received from later invoices, then marks the dispute credited', async () => {
    const july = (await byInvoice()).get('MER-2026-07')!;
    await setDisputeStatus({ disputeId: july.id, status: 'submitted' }, test.deps);
    await test.importRows('invoices', headers.invoices, [
      invoiceLine(august, { identifier: 'CIR-001', type: 'recurring', description: 'MPLS Port 100 Mbps', amount: '900.00' }),
      invoiceLine(august, { identifier: '312-555-0102', type: 'credit', description: 'Credit: billed after disconnect', amount: '-35.00' }),
    ]);
    expect((await byInvoice()).get('MER-2026-07')).toMatchObject({ status: 'submitted', creditsReceived: '35.00', outstanding: '35.00' });
    expect(await recordDisputeCredits(test.deps)).toEqual([]);

    await test.importRows('invoices', headers.invoices, [
      invoiceLine(
        { ...august, number: 'MER-2026-08B' },
        { type: 'credit', description: 'Dispute settlement MER-2026-07', amount: '-35.00' },
      ),
    ]);
    expect(await recordDisputeCredits(test.deps)).toEqual([july.id]);
    const settled = (await byInvoice()).get('MER-2026-07');
    expect(settled).toMatchObject({ status: 'credited', creditsReceived: '70.00', outstanding: '0.00' });
    expect(settled?.credits.map((credit) => `${credit.invoiceNumber} ${credit.amount}`)).toEqual([
      'MER-2026-08 -35.00',
      'MER-2026-08B -35.00',
    ]);
  });

  it('refuses a status change out of order', async () => {
    const july = (await byInvoice()).get('MER-2026-07')!;
    await expect(setDisputeStatus({ disputeId: july.id, status: 'submitted' }, test.deps)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(setDisputeStatus({ disputeId: 99999, status: 'denied' }, test.deps)).rejects.toBeInstanceOf(LedgerlineError);
  });

  it('exports the disputed charges as CSV for the carrier', async () => {
    const vendor = await test.database.prisma.vendor.findFirstOrThrow({ where: { name: 'Meridian Telecom' } });
    const { csv, rowCount } = await exportDisputesCsv({ vendorId: vendor.id, status: ['credited'] }, test.deps);
    const rows = parse(csv, { columns: true }) as Array<Record<string, string>>;
    expect(rowCount).toBe(2);
    expect(
      rows
        .map((row) => `${row.invoice_number} ${row.billing_period} ${row.identifier} ${row.finding} ${row.amount_disputed} ${row.currency}`)
        .sort(),
    ).toEqual([
      'MER-2026-07 2026-07 312-555-0102 billed_after_disconnect 35.00 USD',
      'MER-2026-07 2026-07 312-555-0199 not_in_inventory 35.00 USD',
    ]);
    expect(rows.every((row) => /^\d+( \d+)*$/.test(row.invoice_line_ids ?? ''))).toBe(true);
  });
});
