import { chargeCategories, serviceCategories } from './kinds/import-focus.js';

// The FOCUS row checks of kinds/import-focus.ts (zod), restated as SQL over a staging table of
// text cells. They only need to be as strict as zod or stricter: a row the SQL doubts is not
// reported from here — the whole file then goes through the row-by-row importer, which says
// what is wrong with which line. So every gate below accepts a subset of what zod accepts and
// converts it to the same value; anything unusual (a lower-case "t" in a timestamp, more than
// three fractional digits, a tab inside a category) simply takes the slow path.
// Gates are shape checks with translate() rather than regular expressions: on 200,000 rows a
// regular expression per cell cost seconds, translate() a tenth of that.

/** JavaScript's String.prototype.trim set, so trimming agrees with zod's to the character. */
export const jsWhitespace =
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

const quoteLiteral = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * A cell as zod sees it after bareNullIsEmpty and trim: NULL when empty. Trimming a set of
 * multi-byte characters walks the whole value, so it runs only when an end of the value can be
 * whitespace (a control or space character there, or any non-ASCII character in the value).
 * Takes $1 (jsWhitespace).
 */
export function cleanCell(column: string | undefined): string {
  if (column === undefined) return 'NULL::text';
  return `CASE WHEN ${column} = 'NULL' THEN NULL
    WHEN ascii(${column}) <= 32 OR ascii(right(${column}, 1)) <= 32 OR octet_length(${column}) <> length(${column}) THEN nullif(btrim(${column}, $1), '')
    ELSE nullif(${column}, '') END`;
}

/** A decimal when the text has only the characters of a plain number (the cast rejects the rest); NULL otherwise. */
export function gatedNumber(cell: string): string {
  return `CASE WHEN translate(${cell}, '0123456789.eE+-', '') = '' THEN (${cell})::numeric END`;
}

/** The shapes of ISO 8601 timestamps taken here, with every digit written 9. */
function timestampShapes(): string[] {
  const times = ['99:99', '99:99:99', '99:99:99.9', '99:99:99.99', '99:99:99.999'];
  const zones = ['', 'Z', '+99:99', '-99:99', '+9999', '-9999'];
  const shapes = ['9999-99-99'];
  for (const separator of ['T', ' '])
    for (const time of times) for (const zone of zones) shapes.push(`9999-99-99${separator}${time}${zone}`);
  return shapes;
}
const timestampShapeList = timestampShapes().map(quoteLiteral).join(', ');

/**
 * An ISO 8601 timestamp as UTC wall-clock time. The session's time zone must be UTC, so that
 * zone-less values are UTC as zod reads them. NULL when the text has another shape; an unreal
 * date (February 30) makes the statement fail, which also sends the file to the row-by-row importer.
 */
export function gatedUtcTimestamp(cell: string): string {
  return `CASE WHEN translate(${cell}, '0123456789', '9999999999') IN (${timestampShapeList}) THEN (${cell})::timestamptz::timestamp END`;
}

/** ChargeCategory in its canonical spelling, matched as zod's caseInsensitiveEnum does; NULL when unknown. */
export function canonicalChargeCategory(cell: string): string {
  const loose = `lower(replace(replace(replace(${cell}, ' ', ''), '_', ''), '-', ''))`;
  const cases = chargeCategories.map((category) => `WHEN ${quoteLiteral(category.toLowerCase())} THEN ${quoteLiteral(category)}`);
  return `CASE ${loose} ${cases.join(' ')} END`;
}

/** A FOCUS service category in its canonical spelling; a provider's own category is kept as written. */
export function canonicalServiceCategory(cell: string): string {
  const cases = serviceCategories.map((category) => `WHEN ${quoteLiteral(category.toLowerCase())} THEN ${quoteLiteral(category)}`);
  return `CASE lower(${cell}) ${cases.join(' ')} ELSE ${cell} END`;
}

/** Upper-cased three-letter code, or NULL. */
export function gatedCurrency(cell: string): string {
  return `CASE WHEN octet_length(${cell}) = 3 AND translate(upper(${cell}), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '') = '' THEN upper(${cell}) END`;
}
