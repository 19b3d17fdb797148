import type { DomainDeps } from '../../deps.js';
import { nameKey } from '../../shared/normalize.js';

/** An invoice already in the ledger that a file brings again: the import replaces it. */
export interface ExistingInvoice {
  vendorId: number;
  vendorName: string;
  invoiceNumber: string;
  currency: string;
  total: string;
}

/** Invoice numbers asked at once: far below PostgreSQL's bind-parameter limit. */
const chunkSize = 1_000;

/**
 * The invoices of the ledger with a vendor and number the file also holds — read before the
 * import, since a corrected invoice replaces its predecessor and the old figures are gone after.
 * Vendors match as the import matches them: by name key or alias ("AT&T" = "ATT").
 */
export async function findInvoicesToReplace(
  pairs: ReadonlyArray<{ vendor: string; invoiceNumber: string }>,
  deps: Pick<DomainDeps, 'prisma'>,
): Promise<ExistingInvoice[]> {
  const wanted = new Set(pairs.map((pair) => `${nameKey(pair.vendor)}|${pair.invoiceNumber}`));
  const numbers = [...new Set(pairs.map((pair) => pair.invoiceNumber))];
  const found: ExistingInvoice[] = [];
  for (let start = 0; start < numbers.length; start += chunkSize) {
    const invoices = await deps.prisma.invoice.findMany({
      where: { invoiceNumber: { in: numbers.slice(start, start + chunkSize) } },
      select: {
        vendorId: true,
        invoiceNumber: true,
        currency: true,
        total: true,
        vendor: { select: { name: true, key: true, aliases: { select: { key: true } } } },
      },
    });
    for (const invoice of invoices) {
      const keys = [invoice.vendor.key, nameKey(invoice.vendor.name), ...invoice.vendor.aliases.map((alias) => alias.key)];
      if (!keys.some((key) => wanted.has(`${key}|${invoice.invoiceNumber}`))) continue;
      found.push({
        vendorId: invoice.vendorId,
        vendorName: invoice.vendor.name,
        invoiceNumber: invoice.invoiceNumber,
        currency: invoice.currency,
        total: invoice.total.toFixed(2),
      });
    }
  }
  return found.sort((a, b) => a.vendorName.localeCompare(b.vendorName) || a.invoiceNumber.localeCompare(b.invoiceNumber));
}
