import { Decimal } from '../../../shared/decimal.js';
import type { RowProblem } from '../../ingest-types.js';
import { X12Envelope } from './check-x12-envelope.js';
import {
  accountReferenceQualifiers,
  dateQualifiers,
  hierarchicalLevels,
  informationalSegments,
  levelTotalQualifiers,
  lineAmountQualifier,
  serviceIdentifierQualifiers,
  vendorEntityCodes,
} from './edi811-codes.js';
import { fileProblem, problem, type Edi811Output, type InvoiceFields } from './edi811-output.js';
import {
  completeCharge,
  readAllowanceCharge,
  readLineCharge,
  readTaxCharge,
  type Charge,
  type ChargeLevel,
} from './read-edi811-charges.js';
import { element, segmentText, type X12Segment } from './read-x12-segments.js';
import { describeAmount, readDate, readDecimal, readImpliedCents } from './read-x12-values.js';

export type { Edi811Output, InvoiceFields } from './edi811-output.js';

interface HierarchicalLevel extends ChargeLevel {
  position: number;
  kind: (typeof hierarchicalLevels)[string] | undefined;
  /** Amounts of the charges read under this level (and its children). */
  sum: Decimal;
  control?: { amount: Decimal; position: number; qualifier: string; text: string };
}

interface InvoiceHeading {
  stPosition: number;
  control: string;
  bigPosition: number | undefined;
  invoiceNumber: string;
  invoiceDate: string;
  periodStart: string;
  periodEnd: string;
  currency: string;
  account: string | undefined;
  vendors: { code: string; name: string }[];
  problems: RowProblem[];
}

interface Transaction {
  heading: InvoiceHeading;
  segmentCount: number;
  area: 'heading' | 'detail' | 'summary';
  /** Set once the heading has been read and checked; undefined while it is being read or when it is unusable. */
  header: Omit<InvoiceFields, 'account' | 'identifier' | 'charge_type' | 'description' | 'quantity' | 'unit_price' | 'amount'> | undefined;
  isHeaderUnusable: boolean;
  isAccountMissingReported: boolean;
  levels: HierarchicalLevel[];
  /** Charges read at invoice level before the heading was complete (a heading TXI before the N1 loop). */
  headingCharges: Charge[];
  /** Charges of the open IT1/SLN loop and the TXI/ITA in it, written when the loop closes. */
  openCharges: Charge[];
  /** Where PID, QTY, AMT*1 and SI go: the innermost open IT1 or SLN; 'ignored' in an SLN that adds nothing. */
  target: Charge | 'ignored' | undefined;
  it1: Charge | undefined;
  total: Decimal;
  taxTotal: Decimal;
  unreadableAmountAt: number | undefined;
  tds: { amount: Decimal; position: number; text: string } | undefined;
  taxControl: { amount: Decimal; position: number } | undefined;
}

/**
 * Maps the segments of X12 811 files, in file order, onto invoice rows: one transaction set
 * (ST…SE) is one invoice; BIG, DTM, CUR, REF and the N1 loops give its number, dates, currency,
 * account and vendor; HL loops nest billing account → sub-account → service (SI names the phone
 * number or circuit); IT1 and SLN loops, TXI and ITA are its charges. The envelope's counts and
 * control numbers, TDS (the invoice total) and AMT totals of HL levels are checked. The mapper
 * keeps only the open loops, so memory does not grow with the file.
 */
export class Edi811Mapper {
  private readonly envelope = new X12Envelope();
  private transaction: Transaction | undefined;

  constructor(private readonly vendorOverride: string | undefined) {}

  /** Reads one segment; returns what it completes (often nothing until a loop closes). */
  read(segment: X12Segment): Edi811Output[] {
    const out: Edi811Output[] = [];
    if (this.transaction && segment.tag !== 'ST') this.transaction.segmentCount += 1;
    switch (segment.tag) {
      case 'ISA':
        return this.envelope.readInterchangeHeader(segment);
      case 'IEA':
        return this.envelope.readInterchangeTrailer(segment);
      case 'GS':
        return this.envelope.readGroupHeader(segment);
      case 'GE':
        return this.envelope.readGroupTrailer(segment, this.transaction?.heading.control);
      case 'ST':
        return this.readTransactionHeader(segment);
      case 'SE':
        return this.readTransactionTrailer(segment);
      default:
        break;
    }
    const transaction = this.transaction;
    if (!transaction) {
      out.push(
        fileProblem(
          segment,
          segment.tag,
          segmentText(segment),
          'Is outside a transaction set: every segment of an invoice belongs between an ST and its SE',
        ),
      );
      return out;
    }
    if (transaction.area === 'heading' && ['HL', 'IT1', 'SLN', 'TDS'].includes(segment.tag)) out.push(...this.closeHeading(transaction));
    if (transaction.area === 'summary') return this.readSummary(transaction, segment);
    switch (segment.tag) {
      case 'BIG':
        return this.readBig(transaction, segment);
      case 'CUR':
        if (transaction.area === 'heading' && element(segment, 2) !== '') transaction.heading.currency = element(segment, 2).toUpperCase();
        return out;
      case 'N1':
        if (transaction.area === 'heading')
          transaction.heading.vendors.push({ code: element(segment, 1).toUpperCase(), name: element(segment, 2) });
        return out;
      case 'DTM':
        if (transaction.area === 'heading') this.readHeadingDate(transaction, segment);
        return out;
      case 'REF':
        this.readReference(transaction, segment);
        return out;
      case 'HL':
        return [...out, ...this.readLevel(transaction, segment)];
      case 'SI':
        this.readServiceIdentifier(transaction, segment);
        return out;
      case 'IT1':
        out.push(...this.closeLoop(transaction));
        transaction.it1 = readLineCharge(segment, transaction.levels.at(-1), undefined, () => this.where(transaction));
        this.addCharge(transaction, transaction.it1);
        transaction.target = transaction.it1;
        return out;
      case 'SLN':
        return [...out, ...this.readSubline(transaction, segment)];
      case 'PID':
        if (
          transaction.target &&
          transaction.target !== 'ignored' &&
          element(segment, 1).toUpperCase() === 'F' &&
          element(segment, 5) !== ''
        ) {
          transaction.target.description = element(segment, 5);
        }
        return out;
      case 'QTY':
        if (transaction.target && transaction.target !== 'ignored' && transaction.target.quantity === '')
          transaction.target.quantity = element(segment, 2);
        return out;
      case 'AMT':
        this.readAmount(transaction, segment);
        return out;
      case 'TXI':
        this.addCharge(
          transaction,
          readTaxCharge(segment, transaction.levels.at(-1), this.currentOwner(transaction), () => this.where(transaction)),
        );
        return out;
      case 'ITA': {
        const charge = readAllowanceCharge(segment, transaction.levels.at(-1), this.currentOwner(transaction), () =>
          this.where(transaction),
        );
        if (charge) this.addCharge(transaction, charge);
        return out;
      }
      case 'TDS':
        return [...out, ...this.readTotal(transaction, segment)];
      default:
        if (informationalSegments.has(segment.tag)) return out;
        out.push({
          line: segment.position,
          problems: [
            problem(
              segment,
              segment.tag,
              segmentText(segment),
              `Is not a segment the 811 import reads${this.where(transaction)}; nothing in it can be mapped to an invoice line`,
            ),
          ],
          isFileProblem: false,
        });
        return out;
    }
  }

  /** At the end of the file: anything still open means it was cut short. */
  finish(lastPosition: number): Edi811Output[] {
    return this.envelope.finish(lastPosition, this.transaction?.heading.control);
  }

  // ---------------------------------------------------------------- transaction set

  private readTransactionHeader(segment: X12Segment): Edi811Output[] {
    const out: Edi811Output[] = this.envelope.startTransaction(segment);
    if (this.transaction)
      out.push(fileProblem(segment, 'ST', '', `Starts a transaction set inside ${this.transaction.heading.control}, which has no SE`));
    if (element(segment, 1) !== '811') {
      out.push(
        fileProblem(
          segment,
          'ST01',
          element(segment, 1),
          `Is a ${element(segment, 1) || 'nameless'} transaction set, not an 811 (Consolidated Service Invoice/Statement), the one "import edi811" reads`,
        ),
      );
    }
    this.transaction = {
      heading: {
        stPosition: segment.position,
        control: element(segment, 2),
        bigPosition: undefined,
        invoiceNumber: '',
        invoiceDate: '',
        periodStart: '',
        periodEnd: '',
        currency: 'USD',
        account: undefined,
        vendors: [],
        problems: [],
      },
      segmentCount: 1,
      area: 'heading',
      header: undefined,
      isHeaderUnusable: false,
      isAccountMissingReported: false,
      levels: [],
      headingCharges: [],
      openCharges: [],
      target: undefined,
      it1: undefined,
      total: new Decimal(0),
      taxTotal: new Decimal(0),
      unreadableAmountAt: undefined,
      tds: undefined,
      taxControl: undefined,
    };
    return out;
  }

  private readTransactionTrailer(segment: X12Segment): Edi811Output[] {
    const transaction = this.transaction;
    if (!transaction) return [fileProblem(segment, 'SE', '', 'Ends a transaction set that was never started (no ST)')];
    const out: Edi811Output[] = [];
    if (transaction.area === 'heading') out.push(...this.closeHeading(transaction));
    if (transaction.area === 'detail') out.push(...this.closeDetail(transaction));
    const heading = transaction.heading;
    if (!transaction.tds) {
      out.push(
        fileProblem(
          segment,
          'TDS',
          '',
          `Transaction set ${heading.control} has no TDS segment, so its total cannot be reconciled; the carrier's 811 must state the invoice total`,
        ),
      );
    }
    if (transaction.taxControl && !transaction.taxControl.amount.equals(transaction.taxTotal)) {
      const currency = heading.currency;
      out.push({
        line: transaction.taxControl.position,
        problems: [
          {
            line: transaction.taxControl.position,
            column: 'TXI02',
            value: transaction.taxControl.amount.toFixed(),
            reason: `The summary states taxes of ${describeAmount(transaction.taxControl.amount, currency, transaction.taxTotal)}, but the tax lines of invoice ${heading.invoiceNumber || heading.control} add up to ${describeAmount(transaction.taxTotal, currency, transaction.taxControl.amount)}`,
          },
        ],
        isFileProblem: true,
      });
    }
    const stated = element(segment, 1);
    if (stated === '' || Number(stated) !== transaction.segmentCount) {
      out.push(
        fileProblem(
          segment,
          'SE01',
          stated,
          `Says transaction set ${heading.control} has ${stated || 'no'} segments, but ST through SE count ${transaction.segmentCount}: a segment was lost or added (the file is damaged)`,
        ),
      );
    }
    if (element(segment, 2) !== heading.control) {
      out.push(
        fileProblem(
          segment,
          'SE02',
          element(segment, 2),
          `Differs from the ST02 control number ${heading.control} (segment ${heading.stPosition})`,
        ),
      );
    }
    this.transaction = undefined;
    return out;
  }

  // ---------------------------------------------------------------- heading

  private readBig(transaction: Transaction, segment: X12Segment): Edi811Output[] {
    const heading = transaction.heading;
    heading.bigPosition = segment.position;
    heading.invoiceNumber = element(segment, 2);
    if (element(segment, 1) !== '') {
      const date = readDate(element(segment, 1));
      if ('value' in date) heading.invoiceDate = date.value;
      else heading.problems.push(problem(segment, 'BIG01', element(segment, 1), `The invoice date: ${date.problem}`));
    }
    return [];
  }

  private readHeadingDate(transaction: Transaction, segment: X12Segment): void {
    const qualifier = element(segment, 1);
    const field =
      qualifier === dateQualifiers.invoiceDate
        ? 'invoiceDate'
        : (dateQualifiers.periodStart as readonly string[]).includes(qualifier)
          ? 'periodStart'
          : (dateQualifiers.periodEnd as readonly string[]).includes(qualifier)
            ? 'periodEnd'
            : undefined;
    if (!field) return;
    const heading = transaction.heading;
    // The invoice period (186/187) wins over a service period (150/151) given beside it.
    if (heading[field] !== '' && (qualifier === '150' || qualifier === '151')) return;
    const date = readDate(element(segment, 2));
    if ('value' in date) heading[field] = date.value;
    else heading.problems.push(problem(segment, 'DTM02', element(segment, 2), date.problem));
  }

  private readReference(transaction: Transaction, segment: X12Segment): void {
    if (!accountReferenceQualifiers.has(element(segment, 1)) || element(segment, 2) === '') return;
    if (transaction.area === 'heading') {
      transaction.heading.account ??= element(segment, 2);
      return;
    }
    const level = transaction.levels.at(-1);
    // A sub-account's own number only groups lines inside the billing account the invoice is for.
    if (level?.kind === 'account') level.account = element(segment, 2);
  }

  /** The heading ends at the first HL, charge or TDS: the invoice's number, dates, vendor are known. */
  private closeHeading(transaction: Transaction): Edi811Output[] {
    transaction.area = 'detail';
    const heading = transaction.heading;
    const problems = [...heading.problems];
    const at = heading.bigPosition ?? heading.stPosition;
    const headingProblem = (column: string, reason: string) => problems.push({ line: at, column, value: '', reason });
    if (heading.bigPosition === undefined)
      headingProblem('BIG', `Transaction set ${heading.control} has no BIG segment: an invoice needs its number and date`);
    else if (heading.invoiceNumber === '') headingProblem('BIG02', 'The invoice number is empty');
    if (heading.invoiceDate === '' && !problems.some((entry) => entry.column === 'BIG01')) {
      headingProblem('BIG01', 'No invoice date: BIG01 or DTM*003 must give it (CCYYMMDD)');
    }
    if (heading.periodStart === '' || heading.periodEnd === '') {
      if (!problems.some((entry) => entry.column === 'DTM02')) {
        headingProblem(
          'DTM',
          'No billing period: the heading needs DTM*186 (period start) and DTM*187 (period end), or DTM*150 and DTM*151',
        );
      }
    } else if (heading.periodEnd < heading.periodStart) {
      headingProblem('DTM', `The billing period ends (${heading.periodEnd}) before it starts (${heading.periodStart})`);
    }
    const vendor =
      this.vendorOverride ??
      vendorEntityCodes.map((code) => heading.vendors.find((party) => party.code === code && party.name !== '')).find(Boolean)?.name;
    if (!vendor) {
      headingProblem(
        'N1',
        `No vendor: no N1 loop names the party that bills (N101 ${vendorEntityCodes.join(', ')}); name it with --vendor`,
      );
    }
    if (problems.length > 0 || !vendor) {
      transaction.isHeaderUnusable = true;
      return [{ line: at, problems: problems.map((entry) => ({ ...entry, line: at })), isFileProblem: true }];
    }
    transaction.header = {
      invoice_number: heading.invoiceNumber,
      vendor,
      invoice_date: heading.invoiceDate,
      period_start: heading.periodStart,
      period_end: heading.periodEnd,
      currency: heading.currency,
    };
    const charges = transaction.headingCharges;
    transaction.headingCharges = [];
    return charges.flatMap((charge) => this.writeCharge(transaction, charge));
  }

  // ---------------------------------------------------------------- detail

  private readLevel(transaction: Transaction, segment: X12Segment): Edi811Output[] {
    const out = this.closeLoop(transaction);
    const id = element(segment, 1);
    const parentId = element(segment, 2);
    const levelName = hierarchicalLevels[element(segment, 3)];
    while (transaction.levels.length > 0 && transaction.levels.at(-1)?.id !== parentId) out.push(...this.closeLevel(transaction));
    const parent = transaction.levels.at(-1);
    if (parentId !== '' && !parent) {
      out.push(
        fileProblem(
          segment,
          'HL02',
          parentId,
          `HL ${id} names parent HL ${parentId}, which is not an open level above it: the hierarchy is broken`,
        ),
      );
    }
    if (!levelName) {
      out.push({
        line: segment.position,
        problems: [
          problem(
            segment,
            'HL03',
            element(segment, 3),
            `HL ${id}: not a level of a service invoice (1 provider, 2 billing account, 3 sub-account, 4–9 charge groups and lines)`,
          ),
        ],
        isFileProblem: false,
      });
    }
    transaction.levels.push({
      id,
      position: segment.position,
      kind: levelName,
      account: parent?.account,
      identifier: levelName === 'service' ? parent?.identifier : undefined,
      sum: new Decimal(0),
    });
    return out;
  }

  private closeLevel(transaction: Transaction): Edi811Output[] {
    const level = transaction.levels.pop();
    const parent = transaction.levels.at(-1);
    if (level && parent) parent.sum = parent.sum.plus(level.sum);
    if (!level?.control || level.control.amount.equals(level.sum)) return [];
    const currency = transaction.heading.currency;
    const { control } = level;
    return [
      {
        line: control.position,
        problems: [
          {
            line: control.position,
            column: 'AMT02',
            value: control.text,
            reason: `AMT*${control.qualifier} of HL ${level.id} states ${describeAmount(control.amount, currency, level.sum)}, but the charges under HL ${level.id} add up to ${describeAmount(level.sum, currency, control.amount)}`,
          },
        ],
        isFileProblem: true,
      },
    ];
  }

  private closeDetail(transaction: Transaction): Edi811Output[] {
    const out = this.closeLoop(transaction);
    while (transaction.levels.length > 0) out.push(...this.closeLevel(transaction));
    return out;
  }

  private readServiceIdentifier(transaction: Transaction, segment: X12Segment): void {
    let identifier: string | undefined;
    for (let pair = 2; pair + 1 <= segment.elements.length; pair += 2) {
      if (serviceIdentifierQualifiers[element(segment, pair).toUpperCase()] && element(segment, pair + 1) !== '')
        identifier ??= element(segment, pair + 1);
    }
    if (identifier === undefined) return;
    const target = transaction.target;
    if (target === 'ignored') return;
    if (target) target.identifier = identifier;
    else {
      const level = transaction.levels.at(-1);
      if (level) level.identifier = identifier;
    }
  }

  private readSubline(transaction: Transaction, segment: X12Segment): Edi811Output[] {
    // The SLN before this one is complete; the IT1 it may belong to stays open for its identifier.
    const out = this.flushCharges(transaction);
    const relationship = element(segment, 3).toUpperCase();
    // "O" is information only; "I" under an IT1 breaks down the IT1's own amount: neither is charged again.
    if (relationship === 'O' || (relationship === 'I' && transaction.it1)) {
      transaction.target = 'ignored';
      return out;
    }
    transaction.target = readLineCharge(segment, transaction.levels.at(-1), transaction.it1, () => this.where(transaction));
    this.addCharge(transaction, transaction.target);
    return out;
  }

  private readAmount(transaction: Transaction, segment: X12Segment): void {
    const qualifier = element(segment, 1).toUpperCase();
    const target = transaction.target;
    if (target === 'ignored') return;
    if (target) {
      if (qualifier === lineAmountQualifier) target.amount = element(segment, 2);
      return;
    }
    const level = transaction.levels.at(-1);
    if (!level || !levelTotalQualifiers.has(qualifier)) return;
    const amount = readDecimal(element(segment, 2));
    if ('value' in amount) level.control = { amount: amount.value, position: segment.position, qualifier, text: amount.text };
    else transaction.unreadableAmountAt ??= segment.position;
  }

  private readTotal(transaction: Transaction, segment: X12Segment): Edi811Output[] {
    const out = this.closeDetail(transaction);
    transaction.area = 'summary';
    const stated = readImpliedCents(element(segment, 1));
    if (!('value' in stated)) {
      out.push(fileProblem(segment, 'TDS01', element(segment, 1), `The invoice total: ${stated.problem}`));
      return out;
    }
    transaction.tds = { amount: stated.value, position: segment.position, text: element(segment, 1) };
    const heading = transaction.heading;
    const invoice = heading.invoiceNumber || heading.control;
    if (transaction.unreadableAmountAt !== undefined) {
      out.push(
        fileProblem(
          segment,
          'TDS01',
          element(segment, 1),
          `Invoice ${invoice}'s total cannot be checked: the amount in segment ${transaction.unreadableAmountAt} cannot be read`,
        ),
      );
    } else if (!stated.value.equals(transaction.total)) {
      const currency = heading.currency;
      out.push(
        fileProblem(
          segment,
          'TDS01',
          element(segment, 1),
          `Invoice ${invoice}: TDS01 states a total of ${describeAmount(stated.value, currency, transaction.total)}, but its charges add up to ${describeAmount(transaction.total, currency, stated.value)}`,
        ),
      );
    }
    return out;
  }

  private readSummary(transaction: Transaction, segment: X12Segment): Edi811Output[] {
    if (segment.tag === 'TXI') {
      // After TDS, a TXI states the invoice's taxes: checked against the tax lines, never added.
      const amount = readDecimal(element(segment, 2));
      if (!('value' in amount)) return [fileProblem(segment, 'TXI02', element(segment, 2), `The summary tax amount: ${amount.problem}`)];
      const previous = transaction.taxControl;
      transaction.taxControl = {
        amount: (previous?.amount ?? new Decimal(0)).plus(amount.value),
        position: previous?.position ?? segment.position,
      };
      return [];
    }
    // Summary amounts (balance due, payments) and counts are not charges of this invoice.
    if (['AMT', 'CTT', 'ITA', 'CUR', 'DTM', 'REF'].includes(segment.tag) || informationalSegments.has(segment.tag)) return [];
    return [
      {
        line: segment.position,
        problems: [
          problem(
            segment,
            segment.tag,
            segmentText(segment),
            'Is not a segment the 811 import reads after TDS (the summary holds TXI, AMT, CTT)',
          ),
        ],
        isFileProblem: false,
      },
    ];
  }

  // ---------------------------------------------------------------- charges

  private currentOwner(transaction: Transaction): Charge | undefined {
    const target = transaction.target;
    return target && target !== 'ignored' ? target : transaction.it1;
  }

  private addCharge(transaction: Transaction, charge: Charge): void {
    if (transaction.area === 'heading') transaction.headingCharges.push(charge);
    else transaction.openCharges.push(charge);
  }

  /** Closes the open IT1 loop (and any SLN in it): its charges become rows. */
  private closeLoop(transaction: Transaction): Edi811Output[] {
    const out = this.flushCharges(transaction);
    transaction.it1 = undefined;
    return out;
  }

  private flushCharges(transaction: Transaction): Edi811Output[] {
    const charges = transaction.openCharges;
    transaction.openCharges = [];
    transaction.target = undefined;
    return charges.flatMap((charge) => this.writeCharge(transaction, charge));
  }

  /** A complete charge as an invoice row; its amount counts toward the TDS and HL totals. */
  private writeCharge(transaction: Transaction, charge: Charge): Edi811Output[] {
    const { segment } = charge;
    const where = () => this.where(transaction, charge.level);
    const problems = completeCharge(charge, where);
    if (charge.amount === '') transaction.unreadableAmountAt ??= segment.position;
    else {
      const amount = new Decimal(charge.amount);
      transaction.total = transaction.total.plus(amount);
      if (charge.chargeType === 'tax') transaction.taxTotal = transaction.taxTotal.plus(amount);
      // Added to the innermost level only; a level passes its sum to its parent when it closes.
      const level = transaction.levels.at(-1);
      if (level) level.sum = level.sum.plus(amount);
    }
    const header = transaction.header;
    if (!header) return problems.length > 0 ? [{ line: segment.position, problems, isFileProblem: false }] : [];
    const account = charge.level?.account ?? transaction.heading.account;
    if (!account) {
      if (transaction.isAccountMissingReported)
        return problems.length > 0 ? [{ line: segment.position, problems, isFileProblem: false }] : [];
      transaction.isAccountMissingReported = true;
      return [
        fileProblem(
          segment,
          'REF',
          '',
          `No billing account for this charge${where()}: put REF*11 in the heading or REF*12 in the account's HL (HL03 = 2)`,
        ),
        ...(problems.length > 0 ? [{ line: segment.position, problems, isFileProblem: false }] : []),
      ];
    }
    const identifier = charge.identifier ?? charge.owner?.identifier ?? charge.level?.identifier ?? '';
    // Spelled out: spreading the header into each row was the mapper's slowest line.
    const fields: InvoiceFields = {
      invoice_number: header.invoice_number,
      vendor: header.vendor,
      account,
      invoice_date: header.invoice_date,
      period_start: header.period_start,
      period_end: header.period_end,
      identifier,
      charge_type: charge.chargeType ?? charge.chargeCode,
      description: charge.description,
      quantity: charge.quantity,
      unit_price: charge.unitPrice,
      amount: charge.amount,
      currency: header.currency,
    };
    return [{ line: segment.position, fields, problems }];
  }

  /** " (in HL 12)" for a reason, so a problem names the level it is in. */
  private where(transaction: Transaction | undefined, level?: ChargeLevel): string {
    const at = level ?? transaction?.levels.at(-1);
    return at ? ` (in HL ${at.id})` : '';
  }
}
