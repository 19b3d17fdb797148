import type { PrismaClient } from '../../db/generated/client.js';
import type { Prisma } from '../../db/generated/client.js';
import { Decimal } from '../shared/decimal.js';
import type { Period } from '../periods/period.js';
import { dateFromIso } from '../periods/period.js';
import { readIsRollupCurrent, spendRowsSql } from './spend-query.js';

// Why invoice spend has no cost center. A line without an identifier is billed to the account; a
// line whose identifier's first service has no cost center belongs to a service without one; a
// line whose identifier matches no service is missing from the inventory.

export type InvoiceUnallocatedReason = 'account_level_invoice_lines' | 'service_without_cost_center' | 'identifier_not_in_inventory';

export interface InvoiceReasonRow {
  reason: InvoiceUnallocatedReason;
  amount: Decimal;
  recordCount: number;
}

interface Query {
  period: Period;
  costType?: 'billed' | 'effective' | undefined;
  /** A condition over the unified spend rows (`r.…`), as spend-query.ts resolves it. */
  condition: Prisma.Sql;
}

/**
 * Read from InvoiceSpendDaily while it is current: its rows keep the service's type, so a row
 * without a cost center but with a type is a service without one, and a row with neither is a line
 * without a service. Only lines without an identifier are read raw (few, through the identifier
 * index), to split those into the account's own lines and identifiers missing from the inventory.
 * At 50× this replaced matching a month of lines (~100,000) to their services: 360 ms.
 */
export async function readUnallocatedInvoiceReasons(prisma: PrismaClient, query: Query): Promise<InvoiceReasonRow[]> {
  if (!(await readIsRollupCurrent(prisma))) return readFromLines(prisma, query);
  const start = dateFromIso(query.period.start);
  const end = dateFromIso(query.period.end);
  const [grouped, accountLevel] = await Promise.all([
    prisma.$queryRaw<Array<{ hasService: boolean; amount: string | null; records: string | null }>>`
      SELECT r."serviceType" IS NOT NULL AS "hasService", sum(r.amount)::text AS amount, sum(r.records)::text AS records
      FROM ${spendRowsSql(query.period, { costType: query.costType, invoiceRollupIsCurrent: true })}
      WHERE r.source = 'invoice' AND r."costCenterId" IS NULL AND ${query.condition}
      GROUP BY 1`,
    prisma.$queryRaw<Array<{ amount: string | null; records: string }>>`
      SELECT sum(r.amount)::text AS amount, count(*)::text AS records
      FROM (
        SELECT l."periodStart" AS day, l."vendorId", v.name AS "vendorName", v.domain::text AS domain, NULL::int AS "costCenterId",
          NULL::int AS "locationId", NULL::text AS "serviceType", NULL::text AS "serviceName", NULL::text AS "serviceCategory",
          a.number AS account, NULL::text AS region, l."chargeType"::text AS "chargeType", i.currency, l.amount::numeric AS amount,
          'invoice'::text AS source
        FROM "InvoiceLine" l
        JOIN "Invoice" i ON i.id = l."invoiceId"
        JOIN "Vendor" v ON v.id = l."vendorId"
        JOIN "Account" a ON a.id = l."accountId"
        WHERE (l."identifierKey" IS NULL OR l."identifierKey" = '') AND l."periodStart" >= ${start} AND l."periodStart" < ${end}
      ) r
      WHERE ${query.condition}`,
  ]);
  const withService = grouped.find((row) => row.hasService);
  const withoutService = grouped.find((row) => !row.hasService);
  const accountAmount = new Decimal(accountLevel[0]?.amount ?? '0');
  const accountRecords = Number(accountLevel[0]?.records ?? 0);
  return [
    { reason: 'account_level_invoice_lines', amount: accountAmount, recordCount: accountRecords },
    {
      reason: 'identifier_not_in_inventory',
      amount: new Decimal(withoutService?.amount ?? '0').minus(accountAmount),
      recordCount: Number(withoutService?.records ?? 0) - accountRecords,
    },
    {
      reason: 'service_without_cost_center',
      amount: new Decimal(withService?.amount ?? '0'),
      recordCount: Number(withService?.records ?? 0),
    },
  ];
}

/** Every unallocated line of the period with its first service, shaped like the spend rows. */
async function readFromLines(prisma: PrismaClient, query: Query): Promise<InvoiceReasonRow[]> {
  const start = dateFromIso(query.period.start);
  const end = dateFromIso(query.period.end);
  const rows = await prisma.$queryRaw<Array<{ reason: InvoiceUnallocatedReason; amount: string | null; records: string }>>`
    SELECT r.reason, sum(r.amount)::text AS amount, count(*)::text AS records
    FROM (
      SELECT l."periodStart" AS day, l."vendorId", v.name AS "vendorName", v.domain::text AS domain, s."costCenterId", s."locationId",
        s."serviceType", NULL::text AS "serviceName", NULL::text AS "serviceCategory", a.number AS account, NULL::text AS region,
        l."chargeType"::text AS "chargeType", i.currency, l.amount::numeric AS amount, 'invoice'::text AS source,
        CASE WHEN COALESCE(l."identifierKey", '') = '' THEN 'account_level_invoice_lines'
          WHEN s."serviceType" IS NULL THEN 'identifier_not_in_inventory'
          ELSE 'service_without_cost_center' END AS reason
      FROM "InvoiceLine" l
      JOIN "Invoice" i ON i.id = l."invoiceId"
      JOIN "Vendor" v ON v.id = l."vendorId"
      JOIN "Account" a ON a.id = l."accountId"
      LEFT JOIN LATERAL (
        SELECT "costCenterId", "locationId", "type"::text AS "serviceType" FROM "Service"
        WHERE "identifierKey" = l."identifierKey" ORDER BY id LIMIT 1
      ) s ON TRUE
      WHERE l."periodStart" >= ${start} AND l."periodStart" < ${end} AND s."costCenterId" IS NULL
    ) r
    WHERE ${query.condition}
    GROUP BY 1`;
  return rows.map((row) => ({ reason: row.reason, amount: new Decimal(row.amount ?? '0'), recordCount: Number(row.records) }));
}
