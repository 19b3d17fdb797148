import { Decimal } from '../../shared/decimal.js';
import type { ImportKind } from '../ingest-types.js';
import { isInvoiceKind } from '../ingest-types.js';
import type { SourceRecord } from '../import-kind.js';
import { importers } from '../importers.js';
import { readCsvRecords, UnreadableFile } from '../read-csv-records.js';

/** What a file holds at a glance, read once before anything is written: what the person confirms. */
export interface ImportPreview {
  kind: ImportKind;
  /** Records after the header (an 811: its charges). */
  rows: number;
  /** Distinct vendors as the file spells them, first seen first (at most `listedVendors`). */
  vendors: string[];
  vendorCount: number;
  /** Distinct billing months (YYYY-MM), sorted. */
  months: string[];
  /** Invoice kinds: distinct vendor + invoice number pairs. */
  invoiceCount?: number;
  /** Invoice and FOCUS kinds: the amounts per currency, as decimal strings. */
  totals: Array<{ currency: string; amount: string }>;
  /** Whether the read ended early on something the import will report row by row. */
  isIncomplete: boolean;
}

/** Vendors named in a preview; the rest are counted. */
const listedVendors = 5;

/** Where each kind names its vendor, its billing month, and an amount with its currency. */
const columnsOf = (kind: ImportKind) => {
  switch (kind) {
    case 'invoices':
    case 'edi811':
      return { vendor: ['vendor'], month: ['period_start'], amount: 'amount', currency: 'currency' };
    case 'focus':
      return {
        vendor: ['ProviderName', 'InvoiceIssuerName'],
        month: ['ChargePeriodStart'],
        amount: 'BilledCost',
        currency: 'BillingCurrency',
      };
    case 'inventory':
    case 'contracts':
      return { vendor: ['vendor'], month: [] };
    case 'vendors':
      return { vendor: ['name'], month: [] };
    case 'usage':
      return { vendor: [], month: ['period'] };
    case 'budgets':
      return { vendor: [], month: ['month'] };
    case 'contract-rates':
    case 'cost-centers':
    case 'locations':
    case 'users':
      return { vendor: [], month: [] };
  }
};

/**
 * Reads a file the way its import will (CSV, or the 811 reader's records) and counts what it
 * holds; streamed, so a big file costs a read, not its size in memory. Invoice numbers are handed
 * to `onInvoiceNumber` so the caller can later tell which invoices the import replaces.
 */
export async function previewImportFile(input: {
  kind: ImportKind;
  filePath: string;
  onInvoiceNumber?: (vendor: string, invoiceNumber: string) => void;
}): Promise<ImportPreview> {
  const importer = importers[input.kind]();
  const records: AsyncIterable<SourceRecord> = importer.readRecords
    ? importer.readRecords(input.filePath, {})
    : readCsvRecords(input.filePath, { bareNullIsEmpty: importer.bareNullIsEmpty ?? false });
  const columns = columnsOf(input.kind);
  const vendors = new Map<string, string>();
  const months = new Set<string>();
  const invoices = new Set<string>();
  const totals = new Map<string, Decimal>();
  let index: ((name: string) => number) | undefined;
  let rows = 0;
  let isIncomplete = false;
  const isInvoices = isInvoiceKind(input.kind);

  try {
    for await (const record of records) {
      if (!index) {
        const positions = new Map(record.values.map((name, position) => [name.trim().toLowerCase(), position]));
        index = (name) => positions.get(name.toLowerCase()) ?? -1;
        continue;
      }
      if (record.isFileProblem) {
        isIncomplete = true;
        continue;
      }
      rows += 1;
      if (record.problems || record.values.length === 0) continue;
      const value = (name: string) => {
        const at = index?.(name) ?? -1;
        return at === -1 ? '' : (record.values[at] ?? '').trim();
      };
      const vendor = columns.vendor.map(value).find((candidate) => candidate !== '');
      if (vendor && !vendors.has(vendor.toLowerCase())) vendors.set(vendor.toLowerCase(), vendor);
      const month = columns.month.map(value).find((candidate) => /^\d{4}-\d{2}/.test(candidate));
      if (month) months.add(month.slice(0, 7));
      if (isInvoices) {
        const invoiceNumber = value('invoice_number');
        const key = `${(vendor ?? '').toLowerCase()}|${invoiceNumber}`;
        if (invoiceNumber !== '' && !invoices.has(key)) {
          invoices.add(key);
          input.onInvoiceNumber?.(vendor ?? '', invoiceNumber);
        }
      }
      if (columns.amount && columns.currency) {
        const amount = value(columns.amount);
        const currency = value(columns.currency).toUpperCase() || '?';
        // A malformed amount is the import's to report, with its line; the preview skips it.
        if (/^-?\d+(\.\d+)?$/.test(amount)) totals.set(currency, (totals.get(currency) ?? new Decimal(0)).plus(amount));
      }
    }
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    isIncomplete = true;
  }
  return {
    kind: input.kind,
    rows,
    vendors: [...vendors.values()].slice(0, listedVendors),
    vendorCount: vendors.size,
    months: [...months].sort(),
    ...(isInvoices ? { invoiceCount: invoices.size } : {}),
    totals: [...totals].sort(([a], [b]) => a.localeCompare(b)).map(([currency, amount]) => ({ currency, amount: amount.toFixed(2) })),
    isIncomplete,
  };
}
