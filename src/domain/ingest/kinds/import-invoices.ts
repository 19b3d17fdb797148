import { z } from 'zod';
import type { Prisma } from '../../../db/generated/client.js';
import { Decimal } from '../../shared/decimal.js';
import { identifierKey } from '../../shared/normalize.js';
import { calendarDate, caseInsensitiveEnum, currencyCode, decimalText, optionalDecimal, optionalText, requiredText } from '../fields.js';
import type { RowProblem } from '../import-file.js';
import type { ImportContext, KindImporter, ParsedRow } from '../import-kind.js';
import { rowProblem } from '../row-problems.js';

const chargeTypes = ['recurring', 'usage', 'one_time', 'tax', 'surcharge', 'credit'] as const;

const invoiceRow = z
  .object({
    invoice_number: requiredText,
    vendor: requiredText,
    account: requiredText,
    invoice_date: calendarDate,
    period_start: calendarDate,
    period_end: calendarDate,
    identifier: optionalText,
    charge_type: caseInsensitiveEnum(chargeTypes),
    description: requiredText,
    quantity: optionalDecimal,
    unit_price: optionalDecimal,
    amount: decimalText,
    currency: currencyCode,
  })
  .superRefine((row, context) => {
    if (row.period_end < row.period_start) {
      context.addIssue({ code: 'custom', path: ['period_end'], message: 'Is before period_start; the billing period must end on or after its start' });
    }
  });

type InvoiceRow = z.output<typeof invoiceRow>;

/** What every line of one invoice must agree on. */
const headerFields = ['account', 'invoice_date', 'period_start', 'period_end', 'currency'] as const;

interface InvoiceInFile {
  id: number;
  firstLine: number;
  header: Record<(typeof headerFields)[number], string>;
  lineCount: number;
  total: Decimal;
}

function headerOf(row: InvoiceRow): InvoiceInFile['header'] {
  return {
    account: row.account,
    invoice_date: row.invoice_date.toISOString().slice(0, 10),
    period_start: row.period_start.toISOString().slice(0, 10),
    period_end: row.period_end.toISOString().slice(0, 10),
    currency: row.currency,
  };
}

/**
 * Carrier invoices, one row per invoice line. An invoice already in the database with the same
 * vendor and number is a correction: it is replaced, lines and all. The total is the sum of the lines.
 */
export function createInvoicesImporter(): KindImporter<InvoiceRow> {
  const invoicesInFile = new Map<string, InvoiceInFile>();

  async function openInvoice(row: InvoiceRow, line: number, vendorId: number, context: ImportContext): Promise<InvoiceInFile> {
    const accountId = await context.references.accountId(vendorId, row.account);
    await context.tx.invoice.deleteMany({ where: { vendorId, invoiceNumber: row.invoice_number } });
    const invoice = await context.tx.invoice.create({
      data: {
        vendorId,
        accountId,
        invoiceNumber: row.invoice_number,
        invoiceDate: row.invoice_date,
        periodStart: row.period_start,
        periodEnd: row.period_end,
        currency: row.currency,
        total: '0',
        importBatchId: context.batchId,
      },
      select: { id: true },
    });
    return { id: invoice.id, firstLine: line, header: headerOf(row), lineCount: 0, total: new Decimal(0) };
  }

  return {
    kind: 'invoices',
    requiredColumns: Object.keys(invoiceRow.shape),
    schema: invoiceRow,
    batchSize: 2000,
    async write(rows: ParsedRow<InvoiceRow>[], context) {
      const problems: RowProblem[] = [];
      const lines: Prisma.InvoiceLineCreateManyInput[] = [];
      const changed = new Set<InvoiceInFile>();
      for (const { line, row } of rows) {
        const vendorId = await context.references.vendorId(row.vendor, 'telecom');
        const key = `${vendorId}\u0000${row.invoice_number}`;
        let invoice = invoicesInFile.get(key);
        if (invoice) {
          const header = headerOf(row);
          const conflict = headerFields.find((field) => header[field] !== invoice?.header[field]);
          if (conflict) {
            problems.push(
              rowProblem(line, conflict, header[conflict], `Differs from line ${invoice.firstLine} of the same invoice (${invoice.header[conflict]}); every line of an invoice must agree`),
            );
            continue;
          }
        } else {
          invoice = await openInvoice(row, line, vendorId, context);
          invoicesInFile.set(key, invoice);
        }
        const accountId = await context.references.accountId(vendorId, row.account);
        invoice.lineCount += 1;
        invoice.total = invoice.total.plus(row.amount);
        changed.add(invoice);
        lines.push({
          invoiceId: invoice.id,
          lineNumber: invoice.lineCount,
          identifier: row.identifier,
          identifierKey: row.identifier === null ? null : identifierKey(row.identifier),
          chargeType: row.charge_type,
          description: row.description,
          quantity: row.quantity ?? '1',
          unitPrice: row.unit_price,
          amount: row.amount,
          periodStart: row.period_start,
          vendorId,
          accountId,
        });
      }
      await context.tx.invoiceLine.createMany({ data: lines });
      for (const invoice of changed) {
        await context.tx.invoice.update({ where: { id: invoice.id }, data: { total: invoice.total.toFixed() } });
      }
      return problems;
    },
  };
}
