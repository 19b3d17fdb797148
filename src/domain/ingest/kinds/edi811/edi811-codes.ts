// The codes of an X12 811 (Consolidated Service Invoice/Statement) that the import understands.
// Anything outside these lists is either read and deliberately ignored (informational segments,
// qualifiers of amounts that are not charges) or reported as unmappable with its position.

export type ChargeType = 'recurring' | 'usage' | 'one_time' | 'tax' | 'surcharge' | 'credit';

/**
 * Charge categories, carried in IT1/SLN as a product/service ID pair with qualifier C3
 * ("Classification"), e.g. `IT1*1*1*EA*45.00**C3*MRC`. Carriers spell them differently, so
 * each type accepts the usual abbreviations; matching ignores case.
 */
export const chargeCategories: Readonly<Record<string, ChargeType>> = {
  MRC: 'recurring',
  REC: 'recurring',
  RECURRING: 'recurring',
  USG: 'usage',
  USE: 'usage',
  USAGE: 'usage',
  NRC: 'one_time',
  OTC: 'one_time',
  ONE_TIME: 'one_time',
  TAX: 'tax',
  SUR: 'surcharge',
  FEE: 'surcharge',
  SURCHARGE: 'surcharge',
  CRD: 'credit',
  ADJ: 'credit',
  CREDIT: 'credit',
};

export const chargeCategoryQualifier = 'C3';
/** A product/service ID pair with this qualifier names the service (a USOC); a description of last resort. */
export const serviceCodeQualifier = 'SV';

export function chargeTypeOf(code: string): ChargeType | undefined {
  return chargeCategories[code.trim().toUpperCase()];
}

/** HL03 (element 735): the telecom levels of a service invoice. */
export const hierarchicalLevels: Readonly<Record<string, 'provider' | 'account' | 'sub-account' | 'service'>> = {
  '1': 'provider',
  '2': 'account',
  '3': 'sub-account',
  // group, category, sub-category, type, charge detail, line detail: all below the account.
  '4': 'service',
  '5': 'service',
  '6': 'service',
  '7': 'service',
  '8': 'service',
  '9': 'service',
};

/** SI qualifiers (agency TI) that name the service a charge is for. */
export const serviceIdentifierQualifiers: Readonly<Record<string, string>> = {
  TN: 'telephone number',
  CI: 'circuit id',
};

/** REF01 qualifiers that carry a billing account number (heading or account HL). */
export const accountReferenceQualifiers = new Set(['11', '12']);

/** N101 codes of the party that bills, most specific first; payer codes (PR, BT, BY) are ours. */
export const vendorEntityCodes = ['II', 'SE', 'VN', 'PE', 'SJ'];

/** DTM01 qualifiers read in the heading. */
export const dateQualifiers = {
  invoiceDate: '003',
  periodStart: ['186', '150'],
  periodEnd: ['187', '151'],
} as const;

/** AMT01 in a charge loop: the charge's amount. */
export const lineAmountQualifier = '1';
/** AMT01 directly in an HL loop: the total of the charges under that level, checked. */
export const levelTotalQualifiers = new Set(['5', 'TT']);

/** TXI01 (element 963) in words, for the description of a tax line. */
export const taxTypes: Readonly<Record<string, string>> = {
  CA: 'City tax',
  CB: 'Chamber of commerce tax',
  CI: 'City rental tax',
  CP: 'County/parish sales tax',
  CT: 'County tax',
  CV: 'Conservation tax',
  EV: 'Environmental tax',
  F1: 'FICA tax',
  FD: 'Federal tax',
  FF: 'Fuel super fund tax',
  FT: 'Federal excise tax',
  GS: 'Goods and services tax',
  LO: 'Leaking underground storage tax',
  LS: 'State and local sales tax',
  LT: 'Local sales tax',
  PG: 'State or provincial fuel tax',
  SA: 'State or provincial tax',
  SC: 'School tax',
  SE: 'State excise tax',
  SL: 'State and local tax',
  SP: 'State or provincial tax',
  ST: 'State sales tax',
  SU: 'Sales and use tax',
  TX: 'All taxes',
  VA: 'Value added tax',
};

/**
 * Segments read for nothing: contacts, addresses, notes, terms, measurements, counts. They never
 * carry a charge, so leaving them out changes no figure.
 */
export const informationalSegments = new Set([
  'NTE',
  'PER',
  'N2',
  'N3',
  'N4',
  'ITD',
  'MEA',
  'MSG',
  'PWK',
  'PKG',
  'LX',
  'CTT',
  'IT3',
  'PO4',
  'CTP',
  'CRC',
  'SDQ',
  'YNQ',
  'CAD',
  'L7',
  'SR',
  'PAM',
  'BAL',
  'VEH',
]);
