import { Decimal } from '../../../shared/decimal.js';
import type { RowProblem } from '../../ingest-types.js';
import {
  chargeCategories,
  chargeCategoryQualifier,
  chargeTypeOf,
  serviceCodeQualifier,
  taxTypes,
  type ChargeType,
} from './edi811-codes.js';
import { problem } from './edi811-output.js';
import { element, type X12Segment } from './read-x12-segments.js';
import { describeDecimalProblem, readDecimal, readImpliedCents } from './read-x12-values.js';

/** The HL a charge is read in: it lends the account and the service identifier. */
export interface ChargeLevel {
  id: string;
  account: string | undefined;
  identifier: string | undefined;
}

/** One charge of an 811 (IT1, SLN, TXI or ITA), the makings of one invoice row. */
export interface Charge {
  segment: X12Segment;
  level: ChargeLevel | undefined;
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

/** Where the element positions of a line charge are: IT1 and SLN differ. */
const lineChargeLayouts = {
  IT1: { quantity: 2, unitPrice: 4, firstPair: 6 },
  SLN: { quantity: 4, unitPrice: 6, firstPair: 9 },
} as const;

/** "MRC, REC, RECURRING (recurring); USG, … (usage); …" for messages. */
const chargeCategoryList = Object.entries(
  Object.entries(chargeCategories).reduce<Record<string, string[]>>(
    (byType, [code, type]) => ({ ...byType, [type]: [...(byType[type] ?? []), code] }),
    {},
  ),
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

function newCharge(segment: X12Segment, level: ChargeLevel | undefined, owner: Charge | undefined): Charge {
  return {
    segment,
    level,
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

/**
 * An IT1 or SLN: quantity, unit price and the charge category (the C3 product/service pair) come
 * from the segment; description, amount and identifier may follow in its loop (PID, AMT*1, SI, QTY).
 * `where` names the HL for messages (built only when there is one).
 */
export function readLineCharge(
  segment: X12Segment,
  level: ChargeLevel | undefined,
  owner: Charge | undefined,
  where: () => string,
): Charge {
  const layout = segment.tag === 'SLN' ? lineChargeLayouts.SLN : lineChargeLayouts.IT1;
  const charge = newCharge(segment, level, owner);
  charge.quantity = element(segment, layout.quantity);
  charge.unitPrice = element(segment, layout.unitPrice);
  charge.isAmountComputed = true;
  let categoryAt: number | undefined;
  let serviceCode = '';
  for (let pair = layout.firstPair; pair + 1 <= segment.elements.length; pair += 2) {
    const qualifier = element(segment, pair).toUpperCase();
    if (qualifier === chargeCategoryQualifier && categoryAt === undefined) categoryAt = pair + 1;
    if (qualifier === serviceCodeQualifier && serviceCode === '') serviceCode = element(segment, pair + 1);
  }
  const column = (number: number) => `${segment.tag}${String(number).padStart(2, '0')}`;
  if (categoryAt === undefined) {
    charge.problems.push(
      problem(
        segment,
        column(layout.firstPair),
        '',
        `Names no charge category${where()}: add the pair ${chargeCategoryQualifier}*<code>, one of ${chargeCategoryList}`,
      ),
    );
  } else {
    charge.chargeCode = element(segment, categoryAt);
    charge.chargeType = chargeTypeOf(charge.chargeCode);
    if (!charge.chargeType)
      charge.problems.push(
        problem(segment, column(categoryAt), charge.chargeCode, `Unknown charge category${where()}; known: ${chargeCategoryList}`),
      );
  }
  charge.description = serviceCode;
  return charge;
}

/** A TXI: a tax line of TXI02, described by its tax type. */
export function readTaxCharge(segment: X12Segment, level: ChargeLevel | undefined, owner: Charge | undefined, where: () => string): Charge {
  const charge = newCharge(segment, level, owner);
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
    charge.problems.push(problem(segment, 'TXI02', element(segment, 2), `The tax amount: ${amount.problem}${where()}`));
  }
  return charge;
}

/** An ITA: A (allowance) is a credit, C a surcharge; N (neither) carries no charge and gives undefined. */
export function readAllowanceCharge(
  segment: X12Segment,
  level: ChargeLevel | undefined,
  owner: Charge | undefined,
  where: () => string,
): Charge | undefined {
  const indicator = element(segment, 1).toUpperCase();
  if (indicator === 'N') return undefined;
  const charge = newCharge(segment, level, owner);
  const kind = indicator === 'A' ? 'Allowance' : 'Charge';
  charge.quantity = '1';
  charge.chargeCode = indicator;
  charge.description = element(segment, 13) || (element(segment, 3) ? `${kind} ${element(segment, 3)}` : kind);
  if (indicator === 'A' || indicator === 'C') charge.chargeType = indicator === 'A' ? 'credit' : 'surcharge';
  else
    charge.problems.push(
      problem(segment, 'ITA01', element(segment, 1), `Must be A (allowance, a credit) or C (charge, a surcharge)${where()}`),
    );
  const amount = readImpliedCents(element(segment, 7));
  if ('value' in amount) {
    // An allowance lowers the bill whichever sign the carrier writes.
    const signed = indicator === 'A' ? amount.value.abs().negated() : amount.value;
    charge.amount = signed.toFixed(2);
    charge.unitPrice = charge.amount;
  } else {
    charge.problems.push(problem(segment, 'ITA07', element(segment, 7), `The amount: ${amount.problem}${where()}`));
  }
  return charge;
}

/**
 * Completes a charge whose loop has closed: the quantity defaults to 1, the amount is AMT*1 or
 * quantity × unit price, the description falls back to the charge type. Returns every problem of
 * the charge; its amount is '' when it cannot be known.
 */
export function completeCharge(charge: Charge, where: () => string): RowProblem[] {
  const problems = [...charge.problems];
  if (!charge.isAmountComputed) return problems;
  const { segment } = charge;
  const layout = segment.tag === 'SLN' ? lineChargeLayouts.SLN : lineChargeLayouts.IT1;
  const column = (number: number) => `${segment.tag}${String(number).padStart(2, '0')}`;
  if (charge.quantity === '') charge.quantity = '1';
  // Checked by pattern only: the schema checks ranges, and a Decimal is made only to multiply.
  const quantityProblem = describeDecimalProblem(charge.quantity);
  if (quantityProblem)
    problems.push(problem(segment, column(layout.quantity), charge.quantity, `The quantity: ${quantityProblem}${where()}`));
  const priceProblem = charge.unitPrice === '' ? undefined : describeDecimalProblem(charge.unitPrice);
  if (priceProblem)
    problems.push(problem(segment, column(layout.unitPrice), charge.unitPrice, `The unit price: ${priceProblem}${where()}`));
  if (charge.amount !== '') {
    const amount = readDecimal(charge.amount);
    if ('value' in amount) charge.amount = amount.text;
    else {
      problems.push(problem(segment, 'AMT02', charge.amount, `The amount of this charge (AMT*1): ${amount.problem}${where()}`));
      charge.amount = '';
    }
  } else if (charge.unitPrice === '') {
    problems.push(
      problem(
        segment,
        column(layout.unitPrice),
        '',
        `Has neither a unit price nor an amount (AMT*1 in its loop), so the charge cannot be known${where()}`,
      ),
    );
  } else if (!quantityProblem && !priceProblem) {
    const product = new Decimal(charge.quantity).times(charge.unitPrice);
    charge.amount = product.toFixed(Math.max(2, product.decimalPlaces()));
  }
  if (charge.description === '' && charge.chargeType) charge.description = chargeTypeWords[charge.chargeType];
  return problems;
}
