/**
 * The key a vendor, alias or location is matched by: lower case, letters and digits only,
 * so "AT&T", "ATT" and "at&t" are one vendor.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The key a service identifier is matched by across inventory, invoices and usage.
 * Phone numbers lose punctuation and a leading North American country code
 * ("+1 (312) 555-0100" → "3125550100"); circuit ids lose separators and case.
 */
export function identifierKey(identifier: string): string {
  const trimmed = identifier.trim();
  if (/^[+\d\s().-]+$/.test(trimmed)) {
    const digits = trimmed.replace(/\D/g, '');
    return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  }
  return nameKey(trimmed);
}
