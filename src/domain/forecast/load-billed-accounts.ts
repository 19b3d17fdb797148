import type { PrismaClient } from '../../db/generated/client.js';
import type { Prisma } from '../../db/generated/client.js';
import { addMonths, dateFromIso } from '../periods/period.js';
import { Decimal } from '../shared/decimal.js';
import { readIsRollupCurrent } from '../spend/spend-query.js';
import { averagedInvoices, type AddedService, type BilledAccount } from './project-billed-charges.js';
import { invoiceLineRowsSql, unbilledServiceRowsSql } from './spend-source-rows.js';

const optionalDate = (isoDate: string | null): Date | null => (isoDate ? dateFromIso(isoDate) : null);

/**
 * Each vendor account invoiced since `activeSince`: the months it was invoiced in (whatever the
 * filter: a month whose lines the filter leaves out is still billed) and its filtered lines of
 * the newest months, summed by month, charge type and cost center — by service only where the
 * service ends, since only those are prorated. Only invoices for months before `invoicedBefore`
 * (as-of) count, the same cut as actual spend: a bill dated after as-of is not known yet.
 */
export async function loadBilledAccounts(
  input: { activeSince: Date; invoicedBefore: Date; condition: Prisma.Sql },
  prisma: PrismaClient,
): Promise<BilledAccount[]> {
  // Usage is averaged over the last invoices before the newest, which may be older than activeSince.
  const readFrom = addMonths(input.activeSince, -averagedInvoices);
  const rollupIsCurrent = await readIsRollupCurrent(prisma);
  // Every charge type is read: projectBilledCharges skips one-time charges and credits. A filter on
  // the charge type here is estimated at a fraction of the lines (an enum compared as text), and
  // the planner then reads services line by line instead of hashing them.
  const [invoiced, lines] = await Promise.all([
    prisma.$queryRaw<Array<{ vendor: string; domain: string; account: string; currency: string; month: string }>>`
      SELECT v.name AS vendor, v.domain::text AS domain, a.number AS account, min(i.currency) AS currency, to_char(i."periodStart", 'YYYY-MM-DD') AS month
      FROM "Invoice" i JOIN "Vendor" v ON v.id = i."vendorId" JOIN "Account" a ON a.id = i."accountId"
      WHERE i."periodStart" >= ${readFrom} AND i."periodStart" < ${input.invoicedBefore}
      GROUP BY 1, 2, 3, 5`,
    prisma.$queryRaw<
      Array<{
        vendor: string;
        account: string;
        month: string;
        chargeType: string;
        costCenterId: number | null;
        proratedKey: string | null;
        proratedIdentifier: string | null;
        serviceStart: string | null;
        serviceEnd: string | null;
        serviceMonthlyCost: string | null;
        isDisconnected: boolean;
        amount: string;
      }>
    >`
      SELECT r."vendorName" AS vendor, r.account, to_char(r.day, 'YYYY-MM-DD') AS month, r."chargeType", r."costCenterId" AS "costCenterId",
        r."proratedKey", r."proratedIdentifier", to_char(r."serviceStart", 'YYYY-MM-DD') AS "serviceStart", to_char(r."serviceEnd", 'YYYY-MM-DD') AS "serviceEnd",
        r."serviceMonthlyCost"::text AS "serviceMonthlyCost", r."isDisconnected", sum(r.amount)::text AS amount
      FROM ${invoiceLineRowsSql({ start: readFrom, end: input.invoicedBefore }, { rollupIsCurrent })}
      WHERE ${input.condition}
      GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11`,
  ]);
  const accounts = new Map<string, BilledAccount>();
  for (const row of invoiced) {
    const key = `${row.vendor}\u0000${row.account}`;
    const account = accounts.get(key) ?? {
      vendor: row.vendor,
      domain: row.domain,
      accountNumber: row.account,
      currency: row.currency,
      invoicedMonths: [],
      rows: [],
    };
    account.invoicedMonths.push(row.month);
    accounts.set(key, account);
  }
  for (const account of accounts.values()) account.invoicedMonths.sort().reverse();
  for (const row of lines) {
    accounts.get(`${row.vendor}\u0000${row.account}`)?.rows.push({
      month: row.month,
      chargeType: row.chargeType,
      costCenterId: row.costCenterId,
      service: row.proratedKey
        ? {
            identifierKey: row.proratedKey,
            identifier: row.proratedIdentifier ?? row.proratedKey,
            startDate: optionalDate(row.serviceStart),
            endDate: optionalDate(row.serviceEnd),
            isDisconnected: row.isDisconnected,
            monthlyCost: row.serviceMonthlyCost === null ? null : new Decimal(row.serviceMonthlyCost),
          }
        : null,
      amount: new Decimal(row.amount),
    });
  }
  return [...accounts.values()];
}

/** Services started since `activeSince` that no invoice has billed yet, with their monthly rate. */
export async function loadAddedServices(
  input: { activeSince: Date; condition: Prisma.Sql },
  prisma: PrismaClient,
): Promise<AddedService[]> {
  const rows = await prisma.$queryRaw<
    Array<{
      vendor: string;
      domain: string;
      account: string | null;
      identifier: string;
      costCenterId: number | null;
      serviceStart: string | null;
      serviceEnd: string | null;
      amount: string;
      rateSource: 'inventory' | 'contract';
      currency: string;
    }>
  >`
    SELECT r."vendorName" AS vendor, r.domain, r.account, r.identifier, r."costCenterId" AS "costCenterId",
      to_char(r."serviceStart", 'YYYY-MM-DD') AS "serviceStart", to_char(r."serviceEnd", 'YYYY-MM-DD') AS "serviceEnd",
      r.amount::text AS amount, r."rateSource", r.currency
    FROM ${unbilledServiceRowsSql(input.activeSince)}
    WHERE ${input.condition} AND r.amount IS NOT NULL
    ORDER BY 1, 4`;
  return rows.map((row) => ({
    vendor: row.vendor,
    domain: row.domain,
    accountNumber: row.account,
    identifier: row.identifier,
    costCenterId: row.costCenterId,
    startDate: optionalDate(row.serviceStart),
    endDate: optionalDate(row.serviceEnd),
    monthlyRate: new Decimal(row.amount),
    rateSource: row.rateSource,
    currency: row.currency,
  }));
}
