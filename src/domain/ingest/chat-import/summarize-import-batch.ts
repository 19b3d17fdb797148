import type { DomainDeps } from '../../deps.js';
import { Decimal } from '../../shared/decimal.js';
import type { ExistingInvoice } from './find-invoices-to-replace.js';
import { toIsoMonth } from '../../periods/period.js';

export interface BatchTotal {
  vendor: string;
  /** YYYY-MM of the invoices' billing period start */
  month: string;
  currency: string;
  invoices: number;
  lines: number;
  amount: string;
}

export interface ReplacedInvoice {
  vendor: string;
  invoiceNumber: string;
  currency: string;
  before: string;
  after: string;
}

export interface BatchDispute {
  vendor: string;
  invoiceNumber: string;
  status: string;
  currency: string;
  amountDisputed: string;
  findings: number;
}

export interface InvoiceBatchSummary {
  totals: BatchTotal[];
  replaced: ReplacedInvoice[];
  /** Disputes on this batch's invoices after the audit that followed the import. */
  disputes: BatchDispute[];
}

/**
 * What an invoice import brought, read back from the ledger: totals per vendor and billing
 * month, the invoices it replaced (their figures before and after) and the disputes its audit
 * opened or updated for its invoices.
 */
export async function summarizeInvoiceBatch(
  input: { batchId: number; replacedBefore: readonly ExistingInvoice[] },
  deps: Pick<DomainDeps, 'prisma'>,
): Promise<InvoiceBatchSummary> {
  const invoices = await deps.prisma.invoice.findMany({
    where: { importBatchId: input.batchId },
    select: {
      vendorId: true,
      invoiceNumber: true,
      periodStart: true,
      currency: true,
      total: true,
      vendor: { select: { name: true } },
      _count: { select: { lines: true } },
    },
  });
  const groups = new Map<string, { vendor: string; month: string; currency: string; invoices: number; lines: number; amount: Decimal }>();
  for (const invoice of invoices) {
    const month = toIsoMonth(invoice.periodStart);
    const key = `${invoice.vendor.name}|${month}|${invoice.currency}`;
    const group = groups.get(key) ?? {
      vendor: invoice.vendor.name,
      month,
      currency: invoice.currency,
      invoices: 0,
      lines: 0,
      amount: new Decimal(0),
    };
    group.invoices += 1;
    group.lines += invoice._count.lines;
    group.amount = group.amount.plus(invoice.total);
    groups.set(key, group);
  }
  const totals = [...groups.values()]
    .sort((a, b) => a.vendor.localeCompare(b.vendor) || a.month.localeCompare(b.month) || a.currency.localeCompare(b.currency))
    .map((group) => ({ ...group, amount: group.amount.toFixed(2) }));

  const byKey = new Map(invoices.map((invoice) => [`${invoice.vendorId}|${invoice.invoiceNumber}`, invoice]));
  const replaced = input.replacedBefore.flatMap((before) => {
    const after = byKey.get(`${before.vendorId}|${before.invoiceNumber}`);
    return after
      ? [
          {
            vendor: after.vendor.name,
            invoiceNumber: before.invoiceNumber,
            currency: after.currency,
            before: before.total,
            after: after.total.toFixed(2),
          },
        ]
      : [];
  });

  const disputes: BatchDispute[] = [];
  const pairs = invoices.map((invoice) => ({ vendorId: invoice.vendorId, invoiceNumber: invoice.invoiceNumber }));
  for (let start = 0; start < pairs.length; start += 500) {
    const found = await deps.prisma.dispute.findMany({
      where: { OR: pairs.slice(start, start + 500) },
      select: {
        vendorName: true,
        invoiceNumber: true,
        status: true,
        currency: true,
        amountDisputed: true,
        _count: { select: { findings: true } },
      },
      orderBy: [{ vendorName: 'asc' }, { invoiceNumber: 'asc' }],
    });
    for (const dispute of found) {
      disputes.push({
        vendor: dispute.vendorName,
        invoiceNumber: dispute.invoiceNumber,
        status: dispute.status,
        currency: dispute.currency,
        amountDisputed: dispute.amountDisputed.toFixed(2),
        findings: dispute._count.findings,
      });
    }
  }
  return { totals, replaced, disputes };
}
