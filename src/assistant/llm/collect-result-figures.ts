import { Decimal } from '../../domain/shared/decimal.js';

// What the tools returned, read by structure rather than as JSON text, so a figure can only be
// backed by a value of its own kind. The rule, from the result types in src/domain (money is a
// Decimal or a decimal string, counts are JavaScript numbers — see ResultEnvelope):
//
// - money: a Decimal or decimal string ("1339.85") in any field that is not a percent, a quantity
//   or an identifier (amount, total, monthlyCost, current, previous, change, budget, variance, …),
//   or a non-integer number in a field named like money. Its currency is the nearest `currency`
//   field on the way down ({ amount, currency } included).
// - percent: any number in a field named *percent*, *pct* or share (percent units: "12.3").
// - count: an integer number (or a quantity such as usage) in a field that is not an id, a year,
//   a seed or a duration; and the length of every list ("your three largest vendors").
// - never a figure: ids (*id, *Id, *Key, *Number, account, identifier), years, `filters` (the
//   question's own arguments), milliseconds, page sizes. Record counts are counts, never money.
// - names: strings with letters and digits ("Microsoft 365", "CC-210") are names, not figures.

export interface MoneyValue {
  value: Decimal;
  currency: string | undefined;
  /** Which result, which object, which list and field: decides which two values may be compared. */
  resultIndex: number;
  objectId: number;
  listId: number | undefined;
  field: string;
  /** Not inside a list: a total or summary of its result. */
  isSummary: boolean;
  /** The names of the list row it belongs to ("Lumen", "CC-210"); empty for a summary. */
  rowLabels: string[];
}

export interface PercentValue {
  value: Decimal;
  rowLabels: string[];
}

export interface ResultFigures {
  money: MoneyValue[];
  percents: PercentValue[];
  counts: Decimal[];
  names: string[];
  /** Every row's names, once per row, to see which rows a sentence is about. */
  rowLabels: string[];
}

interface Place {
  resultIndex: number;
  objectId: number;
  listId: number | undefined;
  currency: string | undefined;
  isInList: boolean;
  /** Set on a list's items: their string fields name the row. */
  isListItem: boolean;
  rowLabels: string[];
}

const decimalText = /^-?\d+(?:\.\d+)?$/;
const percentField = /percent|pct|share/i;
// "recordCount" and "count" are counts; "discount" is money.
const quantityField =
  /(?:^count|Count|quantity|Quantity|usage|Usage|minutes|Minutes|bytes|Bytes|Gb|GB|units|Units|hours|Hours|days|Days|months|Months|lines|Lines|services|Services|users|Users|rows|Rows|invoices|Invoices|locations|Locations|trunks|Trunks|messages|Messages)$|^(?:quantity|usage|minutes|bytes|gb|units|hours|days|months|lines|services|users|rows|invoices|locations|trunks|messages)$/;
const identifierField =
  /(?:^id|Id|ids|Ids|key|Key|code|Code|number|Number|account|Account|identifier|Identifier|phone|sku|Sku|zip|postal|seed|year|Year|Ms|page|Page|limit|index|Index|position|version)$|^(?:id|key|code|number|year|seed|index)$/;
const moneyField =
  /amount|total|cost|spend|price|charge|budget|actual|projected|forecast|variance|current|previous|change|saving|saved|credit|balance|commit|shortfall|excess|impact|expected|outstanding|remaining|monthly|annual|value|level|paid|billed|fee|tax|sum/i;
const skippedFields = new Set(['filters', 'freshness', 'arguments']);

export function collectResultFigures(results: readonly unknown[]): ResultFigures {
  const figures: ResultFigures = { money: [], percents: [], counts: [], names: [], rowLabels: [] };
  let nextObjectId = 0;
  let nextListId = 0;

  function visit(value: unknown, field: string, place: Place): void {
    if (value === null || value === undefined || typeof value === 'boolean') return;
    if (Decimal.isDecimal(value)) {
      addDecimal(new Decimal(value as Decimal), field, place);
      return;
    }
    if (typeof value === 'string') {
      if (decimalText.test(value.trim())) addDecimal(new Decimal(value.trim()), field, place);
      else if (/\d/.test(value) && /[A-Za-z]/.test(value) && value.length <= 200) figures.names.push(value);
      return;
    }
    if (typeof value === 'number') {
      if (Number.isFinite(value)) addNumber(value, field, place);
      return;
    }
    if (typeof value === 'bigint') {
      if (!identifierField.test(field)) figures.counts.push(new Decimal(value.toString()));
      return;
    }
    if (value instanceof Date) return;
    if (Array.isArray(value)) {
      if (value.length > 0) figures.counts.push(new Decimal(value.length));
      const listId = (nextListId += 1);
      for (const item of value) visit(item, field, { ...place, listId, isInList: true, isListItem: true });
      return;
    }
    if (typeof value === 'object') {
      const record = value as Record<string, unknown>;
      const currency = typeof record.currency === 'string' ? record.currency : place.currency;
      const objectId = (nextObjectId += 1);
      const rowLabels = place.isListItem ? labelsOf(record) : place.rowLabels;
      figures.rowLabels.push(...(place.isListItem ? rowLabels : []));
      for (const [key, child] of Object.entries(record)) {
        if (skippedFields.has(key)) {
          collectNames(child);
          continue;
        }
        visit(child, key, { ...place, objectId, currency, isListItem: false, rowLabels });
      }
    }
  }

  function collectNames(value: unknown): void {
    if (typeof value === 'string' && /\d/.test(value) && /[A-Za-z]/.test(value)) figures.names.push(value);
    else if (Array.isArray(value)) value.forEach(collectNames);
    else if (value && typeof value === 'object') Object.values(value).forEach(collectNames);
  }

  function addDecimal(value: Decimal, field: string, place: Place): void {
    if (percentField.test(field)) figures.percents.push({ value: value.abs(), rowLabels: place.rowLabels });
    else if (identifierField.test(field)) return;
    else if (quantityField.test(field)) figures.counts.push(value.abs());
    else addMoney(value, field, place);
  }

  function addNumber(value: number, field: string, place: Place): void {
    if (percentField.test(field)) {
      // A share may be a fraction (0.42) or percent units (42).
      figures.percents.push({ value: new Decimal(Math.abs(value)), rowLabels: place.rowLabels });
      if (Math.abs(value) <= 1) figures.percents.push({ value: new Decimal(Math.abs(value)).times(100), rowLabels: place.rowLabels });
      return;
    }
    if (identifierField.test(field) || field === 'durationMs') return;
    if (!Number.isInteger(value) && moneyField.test(field) && !quantityField.test(field)) addMoney(new Decimal(value), field, place);
    else figures.counts.push(new Decimal(Math.abs(value)));
  }

  function addMoney(value: Decimal, field: string, place: Place): void {
    figures.money.push({
      value: value.abs(),
      currency: place.currency,
      resultIndex: place.resultIndex,
      objectId: place.objectId,
      listId: place.listId,
      field,
      isSummary: !place.isInList,
      rowLabels: place.rowLabels,
    });
  }

  /** A row's names: its string fields that read as words ("Lumen", "CC-210 Engineering"), not dates or codes of one letter. */
  function labelsOf(record: Record<string, unknown>): string[] {
    return Object.entries(record)
      .filter(
        (entry): entry is [string, string] =>
          typeof entry[1] === 'string' && /[A-Za-z]{2}/.test(entry[1]) && entry[1].length <= 120 && entry[0] !== 'currency',
      )
      .map(([, text]) => text)
      .filter((text, position, all) => all.findIndex((other) => other.toLowerCase() === text.toLowerCase()) === position);
  }

  results.forEach((result, resultIndex) =>
    visit(result, '', {
      resultIndex,
      objectId: 0,
      listId: undefined,
      currency: undefined,
      isInList: false,
      isListItem: false,
      rowLabels: [],
    }),
  );
  return figures;
}

/**
 * How two money values may be compared in a sentence, or undefined when they may not:
 * - 'like': fields of one object (current and previous, actual and budget), the same field of two
 *   rows of one list (one vendor against another), or two summaries — values outside any list —
 *   of one result or of two results (this year's total against last year's). "Twice", "double",
 *   "12% more" are backed by these.
 * - 'share': a row against a summary of its result (a vendor's part of the total): backs "a third
 *   of", "67% of", never "three times". Any pair at all would back almost any ratio.
 */
export function comparisonOf(left: MoneyValue, right: MoneyValue): 'like' | 'share' | undefined {
  if (left === right) return undefined;
  if (left.currency !== undefined && right.currency !== undefined && left.currency !== right.currency) return undefined;
  if (left.objectId === right.objectId && left.resultIndex === right.resultIndex) return 'like';
  if (left.listId !== undefined && left.listId === right.listId && left.field === right.field) return 'like';
  if (left.isSummary && right.isSummary) return 'like';
  if (left.resultIndex === right.resultIndex && !left.isSummary && right.isSummary) return 'share';
  return undefined;
}
