import type { ChargeType, Prisma, ServiceStatus, ServiceType } from '../../db/generated/client.js';
import type { DomainDeps } from '../deps.js';
import { dateFromIso, toIsoDate, addDays } from '../periods/period.js';
import type { Decimal } from '../shared/decimal.js';
import { nameKey } from '../shared/normalize.js';

export interface AuditFilters {
  vendorId?: number;
  invoiceId?: number;
  /** first billing period included, YYYY-MM-DD */
  periodStart?: string;
  /** first billing period NOT included, YYYY-MM-DD */
  periodEnd?: string;
}

export interface AuditLine {
  id: number;
  identifier: string | null;
  identifierKey: string | null;
  chargeType: ChargeType;
  description: string;
  descriptionKey: string;
  quantity: Decimal;
  unitPrice: Decimal | null;
  amount: Decimal;
}

export interface AuditInvoice {
  id: number;
  invoiceNumber: string;
  vendorId: number;
  vendorName: string;
  accountId: number;
  accountNumber: string;
  periodStart: Date;
  /** last day of the billing period, inclusive */
  periodLastDay: Date;
  currency: string;
  lines: AuditLine[];
}

export interface AuditService {
  id: number;
  externalId: string;
  identifier: string;
  identifierKey: string;
  type: ServiceType;
  status: ServiceStatus;
  vendorId: number;
  accountId: number | null;
  startDate: Date | null;
  endDate: Date | null;
  monthlyCost: Decimal | null;
}

export interface AuditContract {
  id: number;
  externalId: string;
  vendorId: number;
  startDate: Date;
  endDate: Date;
  autoRenew: boolean;
  rates: Array<{ serviceType: ServiceType; descriptionKey: string; unitPrice: Decimal }>;
}

/**
 * What every billing period of one audit shares: the inventory, the contracts and the account
 * totals, small beside the invoice lines, which are read a billing period at a time.
 */
export interface AuditContext {
  /** the audited invoices' ids per billing period (first day), oldest period first, ids ascending */
  invoiceIdsByPeriod: number[][];
  services: AuditService[];
  contracts: AuditContract[];
  /** charges (credits excluded) per account and billing period (key `accountId|YYYY-MM-DD`), all periods */
  accountPeriodTotals: Map<string, Decimal>;
}

/**
 * Invoices print their period either with an inclusive last day (1–31 Oct) or an exclusive end
 * (1 Oct – 1 Nov); both mean the same month.
 */
function lastDayOfPeriod(periodStart: Date, periodEnd: Date): Date {
  const isExclusiveEnd = periodEnd.getUTCDate() === 1 && periodEnd.getTime() > periodStart.getTime();
  return isExclusiveEnd ? addDays(periodEnd, -1) : periodEnd;
}

/** The invoices an audit with these filters covers (also what disputes reconcile against). */
export function auditedInvoicesWhere(filters: AuditFilters): Prisma.InvoiceWhereInput {
  return {
    ...(filters.vendorId !== undefined ? { vendorId: filters.vendorId } : {}),
    ...(filters.invoiceId !== undefined ? { id: filters.invoiceId } : {}),
    ...(filters.periodStart || filters.periodEnd
      ? {
          periodStart: {
            ...(filters.periodStart ? { gte: dateFromIso(filters.periodStart) } : {}),
            ...(filters.periodEnd ? { lt: dateFromIso(filters.periodEnd) } : {}),
          },
        }
      : {}),
  };
}

/**
 * Reads what every period of one audit run shares in a handful of queries; the lines come per
 * period from loadAuditInvoices, and the detectors are pure.
 */
export async function loadAuditContext(filters: AuditFilters, deps: DomainDeps): Promise<AuditContext> {
  const { prisma } = deps;
  const audited = await prisma.invoice.findMany({
    where: auditedInvoicesWhere(filters),
    select: { id: true, vendorId: true, accountId: true, periodStart: true },
    orderBy: [{ periodStart: 'asc' }, { id: 'asc' }],
  });
  const invoiceIdsByPeriod = new Map<number, number[]>();
  for (const invoice of audited) {
    const ids = invoiceIdsByPeriod.get(invoice.periodStart.getTime()) ?? [];
    ids.push(invoice.id);
    invoiceIdsByPeriod.set(invoice.periodStart.getTime(), ids);
  }

  const vendorIds = [...new Set(audited.map((invoice) => invoice.vendorId))];
  const accountIds = [...new Set(audited.map((invoice) => invoice.accountId))];
  const [services, contracts, totals] = await Promise.all([
    prisma.service.findMany({
      where: { vendorId: { in: vendorIds } },
      select: {
        id: true,
        externalId: true,
        identifier: true,
        identifierKey: true,
        type: true,
        status: true,
        vendorId: true,
        accountId: true,
        startDate: true,
        endDate: true,
        monthlyCost: true,
      },
    }),
    prisma.contract.findMany({
      where: { vendorId: { in: vendorIds } },
      select: {
        id: true,
        externalId: true,
        vendorId: true,
        startDate: true,
        endDate: true,
        autoRenew: true,
        rates: { select: { serviceType: true, description: true, unitPrice: true } },
      },
    }),
    prisma.invoiceLine.groupBy({
      by: ['accountId', 'periodStart'],
      // Credits are one-off: counting them would make the month after a credit look like a jump.
      where: { accountId: { in: accountIds }, chargeType: { not: 'credit' } },
      _sum: { amount: true },
    }),
  ]);

  const accountPeriodTotals = new Map<string, Decimal>();
  for (const total of totals) {
    if (total._sum.amount) accountPeriodTotals.set(`${total.accountId}|${toIsoDate(total.periodStart)}`, total._sum.amount);
  }
  return {
    invoiceIdsByPeriod: [...invoiceIdsByPeriod.values()],
    services,
    contracts: contracts.map((contract) => ({
      ...contract,
      rates: contract.rates.map((rate) => ({
        serviceType: rate.serviceType,
        descriptionKey: nameKey(rate.description),
        unitPrice: rate.unitPrice,
      })),
    })),
    accountPeriodTotals,
  };
}

/** The invoices with these ids and their lines, in audit order (billing period, then id). */
export async function loadAuditInvoices(invoiceIds: number[], deps: DomainDeps): Promise<AuditInvoice[]> {
  const rows = await deps.prisma.invoice.findMany({
    where: { id: { in: invoiceIds } },
    select: {
      id: true,
      invoiceNumber: true,
      vendorId: true,
      accountId: true,
      periodStart: true,
      periodEnd: true,
      currency: true,
      vendor: { select: { name: true } },
      account: { select: { number: true } },
      lines: {
        select: {
          id: true,
          identifier: true,
          identifierKey: true,
          chargeType: true,
          description: true,
          quantity: true,
          unitPrice: true,
          amount: true,
        },
        orderBy: { lineNumber: 'asc' },
      },
    },
    orderBy: [{ periodStart: 'asc' }, { id: 'asc' }],
  });
  return rows.map((row) => ({
    id: row.id,
    invoiceNumber: row.invoiceNumber,
    vendorId: row.vendorId,
    vendorName: row.vendor.name,
    accountId: row.accountId,
    accountNumber: row.account.number,
    periodStart: row.periodStart,
    periodLastDay: lastDayOfPeriod(row.periodStart, row.periodEnd),
    currency: row.currency,
    lines: row.lines.map((line) => ({ ...line, descriptionKey: nameKey(line.description) })),
  }));
}
