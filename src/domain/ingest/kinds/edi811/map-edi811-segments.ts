import { Decimal } from '../../../shared/decimal.js';
import type { RowProblem } from '../../import-file.js';
import {
  accountReferenceQualifiers,
  chargeCategories,
  chargeCategoryQualifier,
  chargeTypeOf,
  dateQualifiers,
  hierarchicalLevels,
  informationalSegments,
  levelTotalQualifiers,
  lineAmountQualifier,
  serviceCodeQualifier,
  serviceIdentifierQualifiers,
  taxTypes,
  vendorEntityCodes,
  type ChargeType,
} from './edi811-codes.js';
import { element, segmentText, type X12Segment } from './read-x12-segments.js';
import { describeAmount, describeDecimalProblem, readDate, readDecimal, readImpliedCents } from './read-x12-values.js';

/** One invoice row, exactly the columns of the CSV invoice import. */
export interface InvoiceFields {
  invoice_number: string;
  vendor: string;
  account: string;
  invoice_date: string;
  period_start: string;
  period_end: string;
  identifier: string;
  charge_type: string;
  description: string;
  quantity: string;
  unit_price: string;
  amount: string;
  currency: string;
}

/**
 * What the mapper gives the import: a charge as an invoice row (with the problems that keep it
 * out, if any), or problems of a segment that is no charge. A file problem (a broken envelope,
 * totals that do not reconcile) rejects the file whole, whatever --skip-invalid says.
 */
export type Edi811Output =
  | { line: number; fields: InvoiceFields; problems: RowProblem[]; isFileProblem?: undefined }
  | { line: number; fields?: undefined; problems: RowProblem[]; isFileProblem: boolean };

interface HierarchicalLevel {
  id: string;
  position: number;
  kind: (typeof hierarchicalLevels)[string] | undefined;
  account: string | undefined;
  identifier: string | undefined;
  /** Amounts of the charges read under this level (and its children). */
  sum: Decimal;
  control?: { amount: Decimal; position: number; qualifier: string; text: string };
}

interface Charge {
  segment: X12Segment;
  level: HierarchicalLevel | undefined;
  /** The IT1 an SLN or a TXI/ITA belongs to: it lends its service identifier. */
  owner: Charge | undefined;
  identifier: string | undefined;
  chargeType: ChargeType | undefined;
  chargeCode: string;
  description: string;
  quantity: string;
  unitPrice: string;
  /** AMT*1 of the loop (IT1/SLN) or the segment's own amount (TXI/ITA). */
  amount: string;
  /** IT1/SLN: quantity × unit price when the loop has no AMT*1. */
  isAmountComputed: boolean;
  problems: RowProblem[];
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

/** "MRC, REC, RECURRING (recurring); USG, … (usage); …" for messages. */
const chargeCategoryList = Object.entries(
  Object.entries(chargeCategories).reduce<Record<string, string[]>>((byType, [code, type]) => ({ ...byType, [type]: [...(byType[type] ?? []), code] }), {}),
)
  .map(([type, codes]) => `${codes.join(', ')} (${type})`)
  .join('; ');
const chargeTypeWords: Record<ChargeType, string> = {
  recurring: 'Recurring charge',
  usage: 'Usage charge',
  one_time: 'One-time charge',
  tax: 'Tax',
  surcharge: 'Surcharge',
  credit: 'Credit',
};

/**
 * Maps the segments of X12 811 files, in file order, onto invoice rows: one transaction set
 * (ST…SE) is one invoice; BIG, DTM, CUR, REF and the N1 loops give its number, dates, currency,
 * account and vendor; HL loops nest billing account → sub-account → service (SI names the phone
 * number or circuit); IT1 and SLN loops, TXI and ITA are its charges. The envelope's counts and
 * control numbers, TDS (the invoice total) and AMT totals of HL levels are checked. The mapper
 * keeps only the open loops, so memory does not grow with the file.
 */
export class Edi811Mapper {
  private interchange: { control: string; position: number; groups: number } | undefined;
  private group: { control: string; position: number; transactions: number } | undefined;
  private transaction: Transaction | undefined;
  private hasInterchange = false;

  constructor(private readonly vendorOverride: string | undefined) {}

  /** Reads one segment; returns what it completes (often nothing until a loop closes). */
  read(segment: X12Segment): Edi811Output[] {
    const out: Edi811Output[] = [];
    if (this.transaction && segment.tag !== 'ST') this.transaction.segmentCount += 1;
    switch (segment.tag) {
      case 'ISA':
        return this.readInterchangeHeader(segment);
      case 'IEA':
        return this.readInterchangeTrailer(segment);
      case 'GS':
        return this.readGroupHeader(segment);
      case 'GE':
        return this.readGroupTrailer(segment);
      case 'ST':
        return this.readTransactionHeader(segment);
      case 'SE':
        return this.readTransactionTrailer(segment);
      default:
        break;
    }
    const transaction = this.transaction;
    if (!transaction) {
      out.push(fileProblem(segment, segment.tag, segmentText(segment), 'Is outside a transaction set: every segment of an invoice belongs between an ST and its SE'));
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
        if (transaction.area === 'heading') transaction.heading.vendors.push({ code: element(segment, 1).toUpperCase(), name: element(segment, 2) });
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
        transaction.it1 = this.openCharge(transaction, segment, undefined, { quantity: 2, unitPrice: 4, firstPair: 6 });
        transaction.target = transaction.it1;
        return out;
      case 'SLN':
        return [...out, ...this.readSubline(transaction, segment)];
      case 'PID':
        if (transaction.target && transaction.target !== 'ignored' && element(segment, 1).toUpperCase() === 'F' && element(segment, 5) !== '') {
          transaction.target.description = element(segment, 5);
        }
        return out;
      case 'QTY':
        if (transaction.target && transaction.target !== 'ignored' && transaction.target.quantity === '') transaction.target.quantity = element(segment, 2);
        return out;
      case 'AMT':
        this.readAmount(transaction, segment);
        return out;
      case 'TXI':
        this.addCharge(transaction, this.taxCharge(transaction, segment));
        return out;
      case 'ITA':
        return [...out, ...this.readAllowanceOrCharge(transaction, segment)];
      case 'TDS':
        return [...out, ...this.readTotal(transaction, segment)];
      default:
        if (informationalSegments.has(segment.tag)) return out;
        out.push({
          line: segment.position,
          problems: [problem(segment, segment.tag, segmentText(segment), `Is not a segment the 811 import reads${this.where(transaction)}; nothing in it can be mapped to an invoice line`)],
          isFileProblem: false,
        });
        return out;
    }
  }

  /** At the end of the file: anything still open means it was cut short. */
  finish(lastPosition: number): Edi811Output[] {
    const ends: string[] = [];
    if (this.transaction) ends.push(`transaction set ${this.transaction.heading.control} (no SE)`);
    if (this.group) ends.push(`functional group ${this.group.control} (no GE)`);
    if (this.interchange) ends.push(`interchange ${this.interchange.control} (no IEA)`);
    if (!this.hasInterchange) {
      return [{ line: 1, problems: [{ line: 1, column: '', value: '', reason: 'The file holds no X12 interchange: an 811 file starts with an ISA segment' }], isFileProblem: true }];
    }
    if (ends.length === 0) return [];
    return [{ line: lastPosition, problems: [{ line: lastPosition, column: '', value: '', reason: `The file ends inside ${ends.join(', ')}: it was cut short` }], isFileProblem: true }];
  }

  // ---------------------------------------------------------------- envelope

  private readInterchangeHeader(segment: X12Segment): Edi811Output[] {
    const out: Edi811Output[] = [];
    if (this.interchange) out.push(fileProblem(segment, 'ISA', '', `Starts an interchange inside interchange ${this.interchange.control}, which has no IEA`));
    this.interchange = { control: element(segment, 13), position: segment.position, groups: 0 };
    this.hasInterchange = true;
    return out;
  }

  private readInterchangeTrailer(segment: X12Segment): Edi811Output[] {
    const interchange = this.interchange;
    if (!interchange) return [fileProblem(segment, 'IEA', '', 'Ends an interchange that was never started (no ISA)')];
    const out: Edi811Output[] = [];
    if (this.group) out.push(fileProblem(segment, 'IEA', '', `Ends the interchange while functional group ${this.group.control} is open (no GE)`));
    if (Number(element(segment, 1)) !== interchange.groups || element(segment, 1) === '') {
      out.push(fileProblem(segment, 'IEA01', element(segment, 1), `Says the interchange holds ${element(segment, 1) || 'no'} functional groups, but it holds ${interchange.groups}: the file is damaged`));
    }
    if (!sameControlNumber(element(segment, 2), interchange.control)) {
      out.push(fileProblem(segment, 'IEA02', element(segment, 2), `Differs from the ISA13 control number ${interchange.control} (segment ${interchange.position})`));
    }
    this.interchange = undefined;
    return out;
  }

  private readGroupHeader(segment: X12Segment): Edi811Output[] {
    const out: Edi811Output[] = [];
    if (!this.interchange) out.push(fileProblem(segment, 'GS', '', 'Starts a functional group outside an interchange (no ISA before it)'));
    if (this.group) out.push(fileProblem(segment, 'GS', '', `Starts a functional group inside group ${this.group.control}, which has no GE`));
    if (this.interchange) this.interchange.groups += 1;
    this.group = { control: element(segment, 6), position: segment.position, transactions: 0 };
    return out;
  }

  private readGroupTrailer(segment: X12Segment): Edi811Output[] {
    const group = this.group;
    if (!group) return [fileProblem(segment, 'GE', '', 'Ends a functional group that was never started (no GS)')];
    const out: Edi811Output[] = [];
    if (this.transaction) out.push(fileProblem(segment, 'GE', '', `Ends the group while transaction set ${this.transaction.heading.control} is open (no SE)`));
    if (Number(element(segment, 1)) !== group.transactions || element(segment, 1) === '') {
      out.push(fileProblem(segment, 'GE01', element(segment, 1), `Says the group holds ${element(segment, 1) || 'no'} transaction sets, but it holds ${group.transactions}: the file is damaged`));
    }
    if (!sameControlNumber(element(segment, 2), group.control)) {
      out.push(fileProblem(segment, 'GE02', element(segment, 2), `Differs from the GS06 control number ${group.control} (segment ${group.position})`));
    }
    this.group = undefined;
    return out;
  }

  private readTransactionHeader(segment: X12Segment): Edi811Output[] {
    const out: Edi811Output[] = [];
    if (!this.group) out.push(fileProblem(segment, 'ST', '', 'Starts a transaction set outside a functional group (no GS before it)'));
    if (this.transaction) out.push(fileProblem(segment, 'ST', '', `Starts a transaction set inside ${this.transaction.heading.control}, which has no SE`));
    if (element(segment, 1) !== '811') {
      out.push(fileProblem(segment, 'ST01', element(segment, 1), `Is a ${element(segment, 1) || 'nameless'} transaction set, not an 811 (Consolidated Service Invoice/Statement), the one "import edi811" reads`));
    }
    if (this.group) this.group.transactions += 1;
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
      out.push(fileProblem(segment, 'TDS', '', `Transaction set ${heading.control} has no TDS segment, so its total cannot be reconciled; the carrier's 811 must state the invoice total`));
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
        fileProblem(segment, 'SE01', stated, `Says transaction set ${heading.control} has ${stated || 'no'} segments, but ST through SE count ${transaction.segmentCount}: a segment was lost or added (the file is damaged)`),
      );
    }
    if (element(segment, 2) !== heading.control) {
      out.push(fileProblem(segment, 'SE02', element(segment, 2), `Differs from the ST02 control number ${heading.control} (segment ${heading.stPosition})`));
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
    if (heading.bigPosition === undefined) headingProblem('BIG', `Transaction set ${heading.control} has no BIG segment: an invoice needs its number and date`);
    else if (heading.invoiceNumber === '') headingProblem('BIG02', 'The invoice number is empty');
    if (heading.invoiceDate === '' && !problems.some((entry) => entry.column === 'BIG01')) {
      headingProblem('BIG01', 'No invoice date: BIG01 or DTM*003 must give it (CCYYMMDD)');
    }
    if (heading.periodStart === '' || heading.periodEnd === '') {
      if (!problems.some((entry) => entry.column === 'DTM02')) {
        headingProblem('DTM', 'No billing period: the heading needs DTM*186 (period start) and DTM*187 (period end), or DTM*150 and DTM*151');
      }
    } else if (heading.periodEnd < heading.periodStart) {
      headingProblem('DTM', `The billing period ends (${heading.periodEnd}) before it starts (${heading.periodStart})`);
    }
    const vendor = this.vendorOverride ?? vendorEntityCodes.map((code) => heading.vendors.find((party) => party.code === code && party.name !== '')).find(Boolean)?.name;
    if (!vendor) {
      headingProblem('N1', `No vendor: no N1 loop names the party that bills (N101 ${vendorEntityCodes.join(', ')}); name it with --vendor`);
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
      out.push(fileProblem(segment, 'HL02', parentId, `HL ${id} names parent HL ${parentId}, which is not an open level above it: the hierarchy is broken`));
    }
    if (!levelName) {
      out.push({
        line: segment.position,
        problems: [
          problem(segment, 'HL03', element(segment, 3), `HL ${id}: not a level of a service invoice (1 provider, 2 billing account, 3 sub-account, 4–9 charge groups and lines)`),
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
      if (serviceIdentifierQualifiers[element(segment, pair).toUpperCase()] && element(segment, pair + 1) !== '') identifier ??= element(segment, pair + 1);
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
    transaction.target = this.openCharge(transaction, segment, transaction.it1, { quantity: 4, unitPrice: 6, firstPair: 9 });
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

  private readAllowanceOrCharge(transaction: Transaction, segment: X12Segment): Edi811Output[] {
    const indicator = element(segment, 1).toUpperCase();
    if (indicator === 'N') return [];
    const charge = this.newCharge(transaction, segment, this.currentOwner(transaction));
    charge.quantity = '1';
    charge.description = element(segment, 13) || (element(segment, 3) ? `${indicator === 'A' ? 'Allowance' : 'Charge'} ${element(segment, 3)}` : indicator === 'A' ? 'Allowance' : 'Charge');
    if (indicator === 'A' || indicator === 'C') {
      charge.chargeType = indicator === 'A' ? 'credit' : 'surcharge';
      charge.chargeCode = indicator;
    } else {
      charge.chargeCode = indicator;
      charge.problems.push(problem(segment, 'ITA01', element(segment, 1), `Must be A (allowance, a credit) or C (charge, a surcharge)${this.where(transaction)}`));
    }
    const amount = readImpliedCents(element(segment, 7));
    if ('value' in amount) {
      // An allowance lowers the bill whichever sign the carrier writes.
      const signed = indicator === 'A' ? amount.value.abs().negated() : amount.value;
      charge.amount = signed.toFixed(2);
      charge.unitPrice = charge.amount;
    } else {
      charge.problems.push(problem(segment, 'ITA07', element(segment, 7), `The amount: ${amount.problem}${this.where(transaction)}`));
    }
    this.addCharge(transaction, charge);
    return [];
  }

  private taxCharge(transaction: Transaction, segment: X12Segment): Charge {
    const charge = this.newCharge(transaction, segment, this.currentOwner(transaction));
    const code = element(segment, 1).toUpperCase();
    charge.chargeType = 'tax';
    charge.chargeCode = code;
    charge.quantity = '1';
    charge.description = taxTypes[code] ?? (code ? `Tax (${code})` : 'Tax');
    const amount = readDecimal(element(segment, 2));
    if ('value' in amount) {
      charge.amount = amount.text;
      charge.unitPrice = amount.text;
    } else {
      charge.problems.push(problem(segment, 'TXI02', element(segment, 2), `The tax amount: ${amount.problem}${this.where(transaction)}`));
    }
    return charge;
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
        fileProblem(segment, 'TDS01', element(segment, 1), `Invoice ${invoice}'s total cannot be checked: the amount in segment ${transaction.unreadableAmountAt} cannot be read`),
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
      transaction.taxControl = { amount: (previous?.amount ?? new Decimal(0)).plus(amount.value), position: previous?.position ?? segment.position };
      return [];
    }
    // Summary amounts (balance due, payments) and counts are not charges of this invoice.
    if (['AMT', 'CTT', 'ITA', 'CUR', 'DTM', 'REF'].includes(segment.tag) || informationalSegments.has(segment.tag)) return [];
    return [
      {
        line: segment.position,
        problems: [problem(segment, segment.tag, segmentText(segment), 'Is not a segment the 811 import reads after TDS (the summary holds TXI, AMT, CTT)')],
        isFileProblem: false,
      },
    ];
  }

  // ---------------------------------------------------------------- charges

  private currentOwner(transaction: Transaction): Charge | undefined {
    const target = transaction.target;
    return target && target !== 'ignored' ? target : transaction.it1;
  }

  private newCharge(transaction: Transaction, segment: X12Segment, owner: Charge | undefined): Charge {
    return {
      segment,
      level: transaction.levels.at(-1),
      owner,
      identifier: undefined,
      chargeType: undefined,
      chargeCode: '',
      description: '',
      quantity: '',
      unitPrice: '',
      amount: '',
      isAmountComputed: false,
      problems: [],
    };
  }

  /** An IT1 or SLN loop: quantity, unit price and the charge category come from the segment, the rest from the loop. */
  private openCharge(transaction: Transaction, segment: X12Segment, owner: Charge | undefined, at: { quantity: number; unitPrice: number; firstPair: number }): Charge {
    const charge = this.newCharge(transaction, segment, owner);
    charge.quantity = element(segment, at.quantity);
    charge.unitPrice = element(segment, at.unitPrice);
    charge.isAmountComputed = true;
    let categoryAt: number | undefined;
    let serviceCode = '';
    for (let pair = at.firstPair; pair + 1 <= segment.elements.length; pair += 2) {
      const qualifier = element(segment, pair).toUpperCase();
      if (qualifier === chargeCategoryQualifier && categoryAt === undefined) categoryAt = pair + 1;
      if (qualifier === serviceCodeQualifier && serviceCode === '') serviceCode = element(segment, pair + 1);
    }
    const tag = segment.tag;
    const column = (number: number) => `${tag}${String(number).padStart(2, '0')}`;
    if (categoryAt === undefined) {
      charge.problems.push(
        problem(segment, column(at.firstPair), '', `Names no charge category${this.where(transaction)}: add the pair ${chargeCategoryQualifier}*<code>, one of ${chargeCategoryList}`),
      );
    } else {
      charge.chargeCode = element(segment, categoryAt);
      charge.chargeType = chargeTypeOf(charge.chargeCode);
      if (!charge.chargeType) {
        charge.problems.push(problem(segment, column(categoryAt), charge.chargeCode, `Unknown charge category${this.where(transaction)}; known: ${chargeCategoryList}`));
      }
    }
    charge.description = serviceCode;
    this.addCharge(transaction, charge);
    return charge;
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
    const problems = [...charge.problems];
    const where = () => this.where(transaction, charge.level);
    const tag = segment.tag;
    if (charge.isAmountComputed) {
      const quantityColumn = tag === 'IT1' ? 'IT102' : 'SLN04';
      const priceColumn = tag === 'IT1' ? 'IT104' : 'SLN06';
      if (charge.quantity === '') charge.quantity = '1';
      // Checked by pattern only: the schema checks ranges, and a Decimal is made only to multiply.
      const quantityProblem = describeDecimalProblem(charge.quantity);
      if (quantityProblem) problems.push(problem(segment, quantityColumn, charge.quantity, `The quantity: ${quantityProblem}${where()}`));
      const priceProblem = charge.unitPrice === '' ? undefined : describeDecimalProblem(charge.unitPrice);
      if (priceProblem) problems.push(problem(segment, priceColumn, charge.unitPrice, `The unit price: ${priceProblem}${where()}`));
      if (charge.amount !== '') {
        const amount = readDecimal(charge.amount);
        if ('value' in amount) charge.amount = amount.text;
        else {
          problems.push(problem(segment, 'AMT02', charge.amount, `The amount of this charge (AMT*1): ${amount.problem}${where()}`));
          charge.amount = '';
        }
      } else if (charge.unitPrice === '') {
        problems.push(problem(segment, priceColumn, '', `Has neither a unit price nor an amount (AMT*1 in its loop), so the charge cannot be known${where()}`));
      } else if (!quantityProblem && !priceProblem) {
        const product = new Decimal(charge.quantity).times(charge.unitPrice);
        charge.amount = product.toFixed(Math.max(2, product.decimalPlaces()));
      }
      if (charge.description === '' && charge.chargeType) charge.description = chargeTypeWords[charge.chargeType];
    }
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
      if (transaction.isAccountMissingReported) return problems.length > 0 ? [{ line: segment.position, problems, isFileProblem: false }] : [];
      transaction.isAccountMissingReported = true;
      return [
        fileProblem(segment, 'REF', '', `No billing account for this charge${where()}: put REF*11 in the heading or REF*12 in the account's HL (HL03 = 2)`),
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
  private where(transaction: Transaction | undefined, level?: HierarchicalLevel): string {
    const at = level ?? transaction?.levels.at(-1);
    return at ? ` (in HL ${at.id})` : '';
  }
}

function problem(segment: X12Segment, column: string, value: string, reason: string): RowProblem {
  return { line: segment.position, column, value, reason };
}

function fileProblem(segment: X12Segment, column: string, value: string, reason: string): Edi811Output {
  return { line: segment.position, problems: [problem(segment, column, value, reason)], isFileProblem: true };
}

/** Control numbers are compared as numbers when both are: "000000905" and "905" are one. */
function sameControlNumber(left: string, right: string): boolean {
  if (/^\d+$/.test(left) && /^\d+$/.test(right)) return BigInt(left) === BigInt(right);
  return left.trim() === right.trim();
}
