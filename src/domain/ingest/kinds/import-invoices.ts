import { z } from 'zod';
import { Decimal } from '../../shared/decimal.js';
import { identifierKey } from '../../shared/normalize.js';
import {
  calendarDate,
  caseInsensitiveEnum,
  currencyCode,
  decimalText,
  keyText,
  optionalDecimal,
  optionalKeyText,
  requiredText,
} from '../fields.js';
import type { RowProblem } from '../ingest-types.js';
import type { ImportContext, KindImporter, ParsedRow } from '../import-kind.js';
import { insertRows, insertRowsReturning } from '../insert-rows.js';
import { rowProblem } from '../row-problems.js';
import { toIsoDate } from '../../periods/period.js';

const chargeTypes = ['recurring', 'usage', 'one_time', 'tax', 'surcharge', 'credit'] as const;

const invoiceRow = z
  .object({
    invoice_number: keyText,
    vendor: keyText,
    account: keyText,
    invoice_date: calendarDate,
    period_start: calendarDate,
    period_end: calendarDate,
    identifier: optionalKeyText,
    charge_type: caseInsensitiveEnum(chargeTypes),
    description: requiredText,
    // Credits are negative; a rate may be a fraction of a cent, an amount may not.
    quantity: optionalDecimal({ precision: 18, scale: 6, isNegativeAllowed: true }),
    unit_price: optionalDecimal({ precision: 18, scale: 6, isNegativeAllowed: true }),
    amount: decimalText({ precision: 18, scale: 4, isNegativeAllowed: true, isMoney: true }),
    currency: currencyCode,
  })
  .superRefine((row, context) => {
    if (row.period_end < row.period_start) {
      context.addIssue({
        code: 'custom',
        path: ['period_end'],
        message: 'Is before period_start; the billing period must end on or after its start',
      });
    }
  });

type InvoiceRow = z.output<typeof invoiceRow>;

/** What every line of one invoice must agree on. */
const headerFields = ['account', 'invoice_date', 'period_start', 'period_end', 'currency'] as const;

interface InvoiceInFile {
  /** Known once the batch that first saw the invoice has inserted it. */
  id: number;
  vendorId: number;
  accountId: number;
  invoiceNumber: string;
  firstLine: number;
  header: Record<(typeof headerFields)[number], string>;
  lineCount: number;
  total: Decimal;
}

const invoiceColumns = [
  { name: 'vendorId', cast: 'integer' },
  { name: 'accountId', cast: 'integer' },
  { name: 'invoiceNumber' },
  { name: 'invoiceDate', cast: 'date' },
  { name: 'periodStart', cast: 'date' },
  { name: 'periodEnd', cast: 'date' },
  { name: 'currency' },
  { name: 'total', cast: 'numeric' },
  { name: 'importBatchId', cast: 'integer' },
];

const lineColumns = [
  { name: 'invoiceId', cast: 'integer' },
  { name: 'lineNumber', cast: 'integer' },
  { name: 'identifier' },
  { name: 'identifierKey' },
  { name: 'chargeType', cast: '"ChargeType"' },
  { name: 'description' },
  { name: 'quantity', cast: 'numeric' },
  { name: 'unitPrice', cast: 'numeric' },
  { name: 'amount', cast: 'numeric' },
  { name: 'periodStart', cast: 'date' },
  { name: 'vendorId', cast: 'integer' },
  { name: 'accountId', cast: 'integer' },
];

const invoiceKey = (vendorId: number, invoiceNumber: string) => `${vendorId}\u0000${invoiceNumber}`;

function headerOf(row: InvoiceRow): InvoiceInFile['header'] {
  return {
    account: row.account,
    invoice_date: toIsoDate(row.invoice_date),
    period_start: toIsoDate(row.period_start),
    period_end: toIsoDate(row.period_end),
    currency: row.currency,
  };
}

/**
 * Carrier invoices, one row per invoice line. An invoice already in the database with the same
 * vendor and number is a correction: it is replaced, lines and all. The total is the sum of the lines.
 * Each batch writes with a fixed number of statements (delete replaced invoices, insert new ones,
 * insert lines), whatever the number of invoices or lines in it; totals are set once at the end.
 */
export function createInvoicesImporter(): KindImporter<InvoiceRow> {
  const invoicesInFile = new Map<string, InvoiceInFile>();

  /** Replaces earlier versions of these invoices and inserts them (total 0 until finish); sets their ids. */
  async function openInvoices(opened: { invoice: InvoiceInFile; row: InvoiceRow }[], context: ImportContext): Promise<void> {
    if (opened.length === 0) return;
    // Lines of a replaced invoice go with it (ON DELETE CASCADE).
    await context.tx.$executeRawUnsafe(
      `DELETE FROM "Invoice" WHERE ("vendorId", "invoiceNumber") IN (SELECT * FROM unnest($1::int[], $2::text[]))`,
      opened.map(({ invoice }) => invoice.vendorId),
      opened.map(({ invoice }) => invoice.invoiceNumber),
    );
    const inserted = await insertRowsReturning<{ id: number; vendorId: number; invoiceNumber: string }>(
      context.tx,
      'Invoice',
      invoiceColumns,
      opened.map(({ invoice, row }) => [
        invoice.vendorId,
        invoice.accountId,
        invoice.invoiceNumber,
        invoice.header.invoice_date,
        invoice.header.period_start,
        invoice.header.period_end,
        row.currency,
        '0',
        context.batchId,
      ]),
      '"id", "vendorId", "invoiceNumber"',
    );
    for (const { id, vendorId, invoiceNumber } of inserted) {
      const invoice = invoicesInFile.get(invoiceKey(Number(vendorId), invoiceNumber));
      if (invoice) invoice.id = Number(id);
    }
  }

  return {
    kind: 'invoices',
    requiredColumns: Object.keys(invoiceRow.shape),
    schema: invoiceRow,
    batchSize: 4000,
    async write(rows: ParsedRow<InvoiceRow>[], context) {
      const problems: RowProblem[] = [];
      const opened: { invoice: InvoiceInFile; row: InvoiceRow }[] = [];
      const lines: { invoice: InvoiceInFile; lineNumber: number; row: InvoiceRow }[] = [];
      for (const { line, row } of rows) {
        const vendorId = await context.references.vendorId(row.vendor, 'telecom');
        const key = invoiceKey(vendorId, row.invoice_number);
        let invoice = invoicesInFile.get(key);
        if (invoice) {
          const header = headerOf(row);
          const conflict = headerFields.find((field) => header[field] !== invoice?.header[field]);
          if (conflict) {
            problems.push(
              rowProblem(
                line,
                conflict,
                header[conflict],
                `Differs from line ${invoice.firstLine} of the same invoice (${invoice.header[conflict]}); every line of an invoice must agree`,
              ),
            );
            continue;
          }
        } else {
          const accountId = await context.references.accountId(vendorId, row.account);
          invoice = {
            id: 0,
            vendorId,
            accountId,
            invoiceNumber: row.invoice_number,
            firstLine: line,
            header: headerOf(row),
            lineCount: 0,
            total: new Decimal(0),
          };
          invoicesInFile.set(key, invoice);
          opened.push({ invoice, row });
        }
        invoice.lineCount += 1;
        invoice.total = invoice.total.plus(row.amount);
        lines.push({ invoice, lineNumber: invoice.lineCount, row });
      }
      await openInvoices(opened, context);
      await insertRows(
        context.tx,
        'InvoiceLine',
        lineColumns,
        lines.map(({ invoice, lineNumber, row }) => [
          invoice.id,
          lineNumber,
          row.identifier,
          row.identifier === null ? null : identifierKey(row.identifier),
          row.charge_type,
          row.description,
          row.quantity ?? '1',
          row.unit_price,
          row.amount,
          invoice.header.period_start,
          invoice.vendorId,
          invoice.accountId,
        ]),
      );
      return problems;
    },
    async finish(context) {
      const invoices = [...invoicesInFile.values()];
      if (invoices.length > 0) {
        await context.tx.$executeRawUnsafe(
          `UPDATE "Invoice" AS invoice SET "total" = totals.total
           FROM unnest($1::int[], $2::numeric[]) AS totals(id, total) WHERE invoice."id" = totals.id`,
          invoices.map((invoice) => invoice.id),
          invoices.map((invoice) => invoice.total.toFixed()),
        );
      }
      return [];
    },
  };
}
