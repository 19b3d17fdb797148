import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeOffer } from '../../../src/domain/ingest/chat-import/describe-chat-import.js';
import { detectImportKind } from '../../../src/domain/ingest/chat-import/detect-import-kind.js';
import { previewImportFile } from '../../../src/domain/ingest/chat-import/preview-import-file.js';
import { fixture } from '../ingest-test-support.js';

// A file dropped in chat has no command line naming its kind: the kind comes from its content,
// and what the person confirms comes from reading it once. Fixtures are the CLI's own.

const edi811Fixture = (name: string) => path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/edi811', name);

async function writeTemp(name: string, content: string | Buffer): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'ledgerline-chat-detect-'));
  const filePath = path.join(folder, name);
  await writeFile(filePath, content);
  return filePath;
}

describe('detectImportKind', () => {
  it.each([
    ['vendors.csv', 'vendors'],
    ['locations.csv', 'locations'],
    ['cost-centers.csv', 'cost-centers'],
    ['inventory.csv', 'inventory'],
    ['contracts.csv', 'contracts'],
    ['contract-rates.csv', 'contract-rates'],
    ['invoices.csv', 'invoices'],
    ['usage.csv', 'usage'],
    ['budgets.csv', 'budgets'],
    ['users.csv', 'users'],
    ['focus-small.csv', 'focus'],
  ])('reads %s as %s from its header', async (name, kind) => {
    expect(await detectImportKind(fixture(name))).toEqual({ ok: true, kind });
  });

  it('reads the kind from the header, whatever the file is called', async () => {
    const invoices = await writeTemp(
      'budgets.csv',
      'Currency,Amount,Invoice_Number,Vendor,Account,Invoice_Date,Period_Start,Period_End,Identifier,Charge_Type,Description,Quantity,Unit_Price\n',
    );
    expect(await detectImportKind(invoices)).toEqual({ ok: true, kind: 'invoices' });
  });

  it.each(['wireline-circuits.x12', 'mobility-usage-taxes.x12', 'malformed-control-total.x12'])(
    'reads %s as an EDI 811 bill',
    async (name) => {
      expect(await detectImportKind(edi811Fixture(name))).toEqual({ ok: true, kind: 'edi811' });
    },
  );

  it('finds the ISA segment after a byte-order mark and blank lines', async () => {
    const original = await import('node:fs/promises').then((fs) => fs.readFile(edi811Fixture('wireline-circuits.x12')));
    const withPrefix = await writeTemp('bill.txt', Buffer.concat([Buffer.from('\uFEFF\r\n\r\n'), original]));
    expect(await detectImportKind(withPrefix)).toEqual({ ok: true, kind: 'edi811' });
  });

  it('says why a file is none of the kinds', async () => {
    expect(await detectImportKind(await writeTemp('empty.csv', ''))).toEqual({ ok: false, reason: 'The file is empty.' });
    const unknown = await detectImportKind(await writeTemp('notes.csv', 'date,note,author\n2026-01-01,hello,ana\n'));
    expect(unknown).toEqual({ ok: false, reason: expect.stringContaining('Its header (date,note,author) matches no import kind') });
    const prose = await detectImportKind(await writeTemp('letter.txt', 'Dear carrier\nplease credit us\n'));
    expect(prose.ok).toBe(false);
    const binary = await detectImportKind(
      await writeTemp('photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00, 0xc3, 0x28, 0x0a])),
    );
    expect(binary.ok).toBe(false);
  });
});

describe('previewImportFile', () => {
  it('counts an invoice CSV: rows, vendors, months, invoices and the total per currency', async () => {
    const numbers: string[] = [];
    const preview = await previewImportFile({
      kind: 'invoices',
      filePath: fixture('invoices.csv'),
      onInvoiceNumber: (vendor, number) => numbers.push(`${vendor} ${number}`),
    });
    // invoices.csv by hand: INV-1001 1250.50 + 38.20 + 61.0333 − 100.00, VZ-55 45.00 + 12.05.
    expect(preview).toEqual({
      kind: 'invoices',
      rows: 6,
      vendors: ['AT&T', 'Verizon Wireless'],
      vendorCount: 2,
      months: ['2025-01'],
      invoiceCount: 2,
      totals: [{ currency: 'USD', amount: '1306.78' }],
      isIncomplete: false,
    });
    expect(numbers).toEqual(['AT&T INV-1001', 'Verizon Wireless VZ-55']);
  });

  it('counts an EDI 811 bill through the 811 reader: its charges, carrier and billing month', async () => {
    const preview = await previewImportFile({ kind: 'edi811', filePath: edi811Fixture('wireline-circuits.x12') });
    // The fixture's nine charges read by hand (tests/ingest-edi811/import-edi811-fixtures.test.ts):
    // 73.40 + 1850.00 + 55.50 + 395.00 + 250.00 + 43.88 + 799.00 − 100.00 + 48.93.
    expect(preview).toMatchObject({
      kind: 'edi811',
      rows: 9,
      vendors: ['Keystone Telecom'],
      months: ['2026-10'],
      invoiceCount: 2,
      totals: [{ currency: 'USD', amount: '3415.71' }],
    });
    expect(describeOffer({ chatImportId: 1, fileName: 'wireline-circuits.x12', preview, replaced: [] })).toEqual({
      title: 'Import 9 invoice charges (EDI 811) from Keystone Telecom, Oct 2026?',
      lines: [
        'wireline-circuits.x12, read as an EDI 811 bill.',
        '2 invoices, USD 3,415.71 in all.',
        'No invoice in it is in the ledger yet: nothing is replaced.',
      ],
    });
  });

  it('names vendors past three by count, months as a range, and every currency', async () => {
    const rows = [
      'invoice_number,vendor,account,invoice_date,period_start,period_end,identifier,charge_type,description,quantity,unit_price,amount,currency',
      ...['Alpha', 'Bravo', 'Charlie', 'Delta'].map(
        (vendor, index) =>
          `N-${index},${vendor},A-${index},2026-0${index + 2}-05,2026-0${index + 1}-01,2026-0${index + 1}-28,L-${index},recurring,Plan,1,10.00,10.00,USD`,
      ),
      'N-9,Echo,A-9,2026-05-05,2026-04-01,2026-04-30,L-9,recurring,Plan,1,7.5,7.5,eur',
    ];
    const preview = await previewImportFile({ kind: 'invoices', filePath: await writeTemp('mixed.csv', rows.join('\n') + '\n') });
    expect(preview.totals).toEqual([
      { currency: 'EUR', amount: '7.50' },
      { currency: 'USD', amount: '40.00' },
    ]);
    expect(describeOffer({ chatImportId: 1, fileName: 'mixed.csv', preview, replaced: [] }).title).toBe(
      'Import 5 invoice lines from 5 vendors (Alpha, Bravo, Charlie, …), Jan 2026 – Apr 2026?',
    );
  });

  it('counts rows it cannot total, so the figure confirmed is the rows the import will read', async () => {
    const filePath = await writeTemp(
      'bad.csv',
      'invoice_number,vendor,account,invoice_date,period_start,period_end,identifier,charge_type,description,quantity,unit_price,amount,currency\n' +
        'N-1,Alpha,A-1,2026-02-05,2026-01-01,2026-01-31,L-1,recurring,Plan,1,10.00,10.00,USD\n' +
        'N-1,Alpha,A-1,2026-02-05,2026-01-01,2026-01-31,L-2,recurring,Plan,1,x,twelve,USD\n',
    );
    const preview = await previewImportFile({ kind: 'invoices', filePath });
    expect(preview.rows).toBe(2);
    expect(preview.totals).toEqual([{ currency: 'USD', amount: '10.00' }]);
  });
});
