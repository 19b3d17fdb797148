import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { toIsoDate } from '../domain/periods/period.js';
import type { Cents } from './cents.js';
import { formatCents } from './cents.js';
import { CsvFileWriter } from './csv-file-writer.js';
import type { DemoServiceType } from './demo-catalog.js';

/** How the demo writes carrier invoices: the CSV of "import invoices", or ANSI X12 811 as carriers send them. */
export type InvoiceFormat = 'csv' | 'edi811';
export const invoiceFormats: readonly InvoiceFormat[] = ['csv', 'edi811'];

export interface DemoInvoiceLine {
  identifier: string;
  serviceType: DemoServiceType | undefined;
  chargeType: 'recurring' | 'usage' | 'one_time' | 'tax' | 'surcharge' | 'credit';
  description: string;
  quantity: string;
  unitPrice: string;
  amount: Cents;
}

export interface DemoInvoice {
  invoiceNumber: string;
  vendor: string;
  account: string;
  /** YYYY-MM-DD */
  invoiceDate: string;
  periodStart: string;
  periodEnd: string;
  currency: string;
  lines: DemoInvoiceLine[];
}

export interface InvoiceFileWriter {
  readonly kind: 'invoices' | 'edi811';
  readonly path: string;
  /** Invoice lines written (one CSV row, one 811 charge each). */
  readonly rowCount: number;
  writeInvoice(invoice: DemoInvoice): Promise<void>;
  close(): Promise<void>;
}

const invoiceHeader = [
  'invoice_number',
  'vendor',
  'account',
  'invoice_date',
  'period_start',
  'period_end',
  'identifier',
  'charge_type',
  'description',
  'quantity',
  'unit_price',
  'amount',
  'currency',
];

/** One carrier's invoice file; `pathWithoutExtension` gets .csv or .x12. */
export async function createInvoiceFileWriter(
  format: InvoiceFormat,
  pathWithoutExtension: string,
  options: { createdOn: Date },
): Promise<InvoiceFileWriter> {
  return format === 'edi811'
    ? Edi811InvoiceWriter.create(`${pathWithoutExtension}.x12`, options.createdOn)
    : CsvInvoiceWriter.create(`${pathWithoutExtension}.csv`);
}

class CsvInvoiceWriter implements InvoiceFileWriter {
  readonly kind = 'invoices';

  private constructor(private readonly writer: CsvFileWriter) {}

  static async create(path: string): Promise<CsvInvoiceWriter> {
    return new CsvInvoiceWriter(await CsvFileWriter.create(path, invoiceHeader));
  }

  get path(): string {
    return this.writer.path;
  }

  get rowCount(): number {
    return this.writer.rowCount;
  }

  async writeInvoice(invoice: DemoInvoice): Promise<void> {
    for (const line of invoice.lines) {
      await this.writer.row([
        invoice.invoiceNumber,
        invoice.vendor,
        invoice.account,
        invoice.invoiceDate,
        invoice.periodStart,
        invoice.periodEnd,
        line.identifier,
        line.chargeType,
        line.description,
        line.quantity,
        line.unitPrice,
        formatCents(line.amount),
        invoice.currency,
      ]);
    }
  }

  close(): Promise<void> {
    return this.writer.close();
  }
}

const chargeCategoryCodes: Record<DemoInvoiceLine['chargeType'], string> = {
  recurring: 'MRC',
  usage: 'USG',
  one_time: 'NRC',
  tax: 'TAX',
  surcharge: 'SUR',
  credit: 'CRD',
};

const flushAtCharacters = 256 * 1024;
const delimiters = /[*~>^]/;

/**
 * One interchange per carrier, one 811 transaction set per invoice: the account as a level-2 HL,
 * one level-9 HL per run of lines for the same service (SI*TI*TN phone number or SI*TI*CI circuit),
 * an IT1 loop per line (C3 charge category, PID description, AMT*1 amount), account-level lines
 * (taxes, surcharges, credits) in a second account HL at the end so the lines keep their order,
 * and TDS with the total in cents.
 */
class Edi811InvoiceWriter implements InvoiceFileWriter {
  readonly kind = 'edi811';
  rowCount = 0;
  private buffer: string[] = [];
  private bufferedCharacters = 0;
  private transactions = 0;

  private constructor(
    private readonly handle: FileHandle,
    readonly path: string,
  ) {}

  static async create(path: string, createdOn: Date): Promise<Edi811InvoiceWriter> {
    const writer = new Edi811InvoiceWriter(await open(path, 'w'), path);
    const day = toIsoDate(createdOn).replaceAll('-', '');
    const sender = 'DEMOCARRIER'.padEnd(15);
    const receiver = 'LEDGERLINE'.padEnd(15);
    writer.push([
      'ISA',
      '00',
      ' '.repeat(10),
      '00',
      ' '.repeat(10),
      'ZZ',
      sender,
      'ZZ',
      receiver,
      day.slice(2),
      '0000',
      'U',
      '00401',
      '000000001',
      '0',
      'P',
      '>',
    ]);
    writer.push(['GS', 'CI', 'DEMOCARRIER', 'LEDGERLINE', day, '0000', '1', 'X', '004010']);
    return writer;
  }

  async writeInvoice(invoice: DemoInvoice): Promise<void> {
    this.transactions += 1;
    const control = String(this.transactions).padStart(4, '0');
    const segments: string[][] = [];
    const add = (...elements: string[]) => segments.push(elements);
    const compact = (date: string) => date.replaceAll('-', '');
    const total = invoice.lines.reduce((sum, line) => sum + line.amount, 0);
    const serviceLines = invoice.lines.filter((line) => line.identifier !== '');
    const accountLines = invoice.lines.filter((line) => line.identifier === '');
    const sum = (lines: DemoInvoiceLine[]) => formatCents(lines.reduce((subtotal, line) => subtotal + line.amount, 0));
    const charge = (line: DemoInvoiceLine, index: number) => {
      add('IT1', String(index), line.quantity, 'EA', line.unitPrice, '', 'C3', chargeCategoryCodes[line.chargeType]);
      add('PID', 'F', '', '', '', line.description);
      add('AMT', '1', formatCents(line.amount));
    };

    add('ST', '811', control);
    add('BIG', compact(invoice.invoiceDate), invoice.invoiceNumber);
    add('CUR', 'SE', invoice.currency);
    add('REF', '11', invoice.account);
    add('N1', 'II', invoice.vendor);
    add('DTM', '186', compact(invoice.periodStart));
    add('DTM', '187', compact(invoice.periodEnd));
    let levelId = 1;
    add('HL', '1', '', '2', serviceLines.length > 0 ? '1' : '0');
    add('REF', '12', invoice.account);
    add('AMT', 'TT', sum(serviceLines));
    let lineIndex = 0;
    let runIdentifier: string | undefined;
    for (const line of serviceLines) {
      if (line.identifier !== runIdentifier) {
        runIdentifier = line.identifier;
        levelId += 1;
        add('HL', String(levelId), '1', '9', '0');
        add('SI', 'TI', line.serviceType === 'mobile_line' || line.serviceType === 'pots_line' ? 'TN' : 'CI', line.identifier);
      }
      lineIndex += 1;
      charge(line, lineIndex);
    }
    if (accountLines.length > 0) {
      levelId += 1;
      add('HL', String(levelId), '', '2', '0');
      add('REF', '12', invoice.account);
      add('AMT', 'TT', sum(accountLines));
      for (const line of accountLines) {
        lineIndex += 1;
        charge(line, lineIndex);
      }
    }
    add('TDS', String(total));
    add('CTT', String(invoice.lines.length));
    add('SE', String(segments.length + 1), control);
    for (const segment of segments) this.push(segment);
    this.rowCount += invoice.lines.length;
    if (this.bufferedCharacters >= flushAtCharacters) await this.flush();
  }

  async close(): Promise<void> {
    this.push(['GE', String(this.transactions), '1']);
    this.push(['IEA', '1', '000000001']);
    await this.flush();
    await this.handle.close();
  }

  private push(elements: string[]): void {
    // X12 has no escaping: a value holding a delimiter would change the file's structure.
    const [tag, ...values] = elements;
    if (tag !== 'ISA' && values.some((value) => delimiters.test(value)))
      throw new Error(`demo invoice value holds an X12 delimiter: ${elements.join('|')}`);
    const text = elements.join('*') + '~\n';
    this.buffer.push(text);
    this.bufferedCharacters += text.length;
  }

  private async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.bufferedCharacters = 0;
    await this.handle.write(chunk);
  }
}
