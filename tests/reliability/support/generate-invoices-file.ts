import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';

export interface InvoicesFileTotals {
  lines: number;
  /** The sum of the amount column in cents (every amount has two decimals, so cents are exact). */
  amountCents: bigint;
  invoices: Set<string>;
  /** "vendor|account" of every account the file names. */
  accounts: Set<string>;
  vendors: Set<string>;
}

/**
 * Writes an invoices CSV of `invoiceCount` invoices of `linesPerInvoice` lines each, spread over
 * a few invented carriers and many accounts none of which exists yet (so two imports at once
 * both create them), and returns what a correct import must hold. Invoice numbers start with
 * `prefix`, so two files with different prefixes are different invoices on the same accounts.
 */
export async function generateInvoicesFile(input: {
  outputPath: string;
  prefix: string;
  invoiceCount: number;
  linesPerInvoice: number;
}): Promise<InvoicesFileTotals> {
  const vendors = ['Northwind Telecom', 'Kestrel Mobile', 'Harbor Fiber'];
  const accountsPerVendor = 40;
  const totals: InvoicesFileTotals = { lines: 0, amountCents: 0n, invoices: new Set(), accounts: new Set(), vendors: new Set() };
  const output = createWriteStream(input.outputPath);
  const write = async (line: string) => {
    if (!output.write(line + '\n')) await new Promise<void>((resolve) => output.once('drain', () => resolve()));
  };
  await write(
    'invoice_number,vendor,account,invoice_date,period_start,period_end,identifier,charge_type,description,quantity,unit_price,amount,currency',
  );
  for (let invoice = 0; invoice < input.invoiceCount; invoice += 1) {
    const vendor = vendors[invoice % vendors.length]!;
    const account = `ACC-${invoice % vendors.length}-${Math.floor(invoice / vendors.length) % accountsPerVendor}`;
    const invoiceNumber = `${input.prefix}-${String(invoice).padStart(6, '0')}`;
    const month = 1 + (Math.floor(invoice / (vendors.length * accountsPerVendor)) % 12);
    const period = `2026-${String(month).padStart(2, '0')}`;
    totals.invoices.add(invoiceNumber);
    totals.accounts.add(`${vendor}|${account}`);
    totals.vendors.add(vendor);
    for (let line = 0; line < input.linesPerInvoice; line += 1) {
      const cents = 1_000 + ((invoice * 7_919 + line * 104_729) % 900_000);
      const amount = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
      const identifier = `555-${String(invoice % 1000).padStart(3, '0')}-${String(line).padStart(4, '0')}`;
      await write(
        `${invoiceNumber},${vendor},${account},${period}-05,${period}-01,${period}-28,${identifier},recurring,Line ${line},1,${amount},${amount},USD`,
      );
      totals.lines += 1;
      totals.amountCents += BigInt(cents);
    }
  }
  output.end();
  await finished(output);
  return totals;
}
