import { z } from 'zod';
import { Prisma } from '../../db/generated/client.js';
import { getFreshness } from '../freshness/get-freshness.js';
import { lastCompleteMonth, periodInputSchema, resolvePeriod } from '../periods/period.js';
import { resolveViewerScope } from '../scope/viewer-scope.js';
import { Decimal } from '../shared/decimal.js';
import { answerCurrency, type ByCurrency } from '../shared/answer-currency.js';
import { defineTool, type ToolContext } from '../tools/define-tool.js';
import { answerPerCurrency } from '../tools/answer-per-currency.js';
import type { Period } from '../periods/period.js';
import type { ResultEnvelope } from '../tools/result-envelope.js';
import { firstServiceOfIdentifierSql } from '../spend/first-service-of-identifier.js';
import { readIsRollupCurrent } from '../spend/spend-query.js';
import { serviceTypes } from './service-filters.js';
import { resolveServiceSqlFilters } from './service-sql-condition.js';

export const unitCostGroupings = ['vendor', 'location', 'cost_center'] as const;

export interface UnitCost {
  /** Vendor name, location name or cost-center code; null for services without one. */
  key: string | null;
  label: string;
  /** Distinct services of the type billed in the period. */
  services: number;
  /** Everything invoiced on those services in the period, taxes and credits included. */
  amount: string;
  /** amount ÷ services, rounded half-up to the cent. */
  average: string;
}

export interface GetUnitCostsResult extends ResultEnvelope {
  period: Period;
  serviceType: (typeof serviceTypes)[number];
  currency: string;
  groupBy: (typeof unitCostGroupings)[number] | null;
  overall: UnitCost;
  /** Highest average first. */
  groups: UnitCost[];
}

const averageOf = (amount: Decimal, services: number): string =>
  services === 0 ? '0.00' : amount.div(services).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

/** One result, or one per currency when the amounts are in more than one (never summed across them). */
export type GetUnitCostsOutput = GetUnitCostsResult | (ResultEnvelope & ByCurrency<GetUnitCostsResult>);

const getUnitCostsInput = z.object({
  serviceType: z.enum(serviceTypes).optional().describe('The kind of service to average over (default mobile_line)'),
  groupBy: z.enum(unitCostGroupings).optional().describe('An average per vendor, location or cost center'),
  period: periodInputSchema.optional().describe('Billing period; defaults to the last complete month'),
  vendors: z.array(z.string().min(1).max(100)).max(20).optional().describe('Vendor names or aliases'),
  locations: z.array(z.string().min(1).max(100)).max(50).optional().describe('Location names, cities or countries'),
  costCenters: z.array(z.string().min(1).max(100)).max(50).optional().describe('Cost-center codes or names'),
});
type GetUnitCostsInput = z.output<typeof getUnitCostsInput>;

export const getUnitCosts = defineTool({
  name: 'get_unit_costs',
  description:
    'Unit economics from invoices: the average invoiced cost per service (per mobile line, per circuit, per voice trunk, per POTS line…) in a period = everything billed on those services ÷ the number of distinct services billed, optionally per vendor, location or cost center. Use for "average cost per line for <vendor>", "cost per circuit by location", "what does a phone line cost us per month". Not for totals (get_spend) or inventory counts (count_services).',
  input: getUnitCostsInput,
  run: (input, context): Promise<GetUnitCostsOutput> => answerPerCurrency((currency) => unitCostsIn(input, currency, context)),
});

async function unitCostsIn(
  input: GetUnitCostsInput,
  currency: string | undefined,
  context: ToolContext,
): Promise<{ result: GetUnitCostsResult; currencies: string[] }> {
  const period = resolvePeriod(input.period, () => lastCompleteMonth(context.asOf));
  const serviceType = input.serviceType ?? 'mobile_line';
  const scope = await resolveViewerScope(context.viewer, context.prisma);
  // The vendor is the one that billed the line: "per line for <vendor>" is what that vendor charges.
  const filters = await resolveServiceSqlFilters(
    { types: [serviceType], vendors: input.vendors, locations: input.locations, costCenters: input.costCenters },
    scope,
    context.prisma,
    {
      vendorColumn: Prisma.sql`l."vendorId"`,
    },
  );
  // The type is said once, as serviceType, not also as a type filter.
  delete filters.described.types;
  const group = groupSql(input.groupBy);
  const start = new Date(`${period.start}T00:00:00Z`);
  const end = new Date(`${period.end}T00:00:00Z`);
  // A line belongs to the first service with its identifier, the same rule spend answers use,
  // so a unit cost × its lines reconciles with get_spend filtered to the service type.
  const rollupIsCurrent = await readIsRollupCurrent(context.prisma);
  const rows = await context.prisma.$queryRaw<
    Array<{ key: string | null; label: string | null; services: number; amount: string | null; currencies: string | null }>
  >`
      SELECT ${group.key} AS key, ${group.label} AS label, count(DISTINCT s.id)::int AS services,
        sum(l.amount)::text AS amount, string_agg(DISTINCT i.currency, ',') AS currencies
      FROM "InvoiceLine" l
      JOIN "Invoice" i ON i.id = l."invoiceId"
      JOIN ${firstServiceOfIdentifierSql(rollupIsCurrent)} first ON first."identifierKey" = l."identifierKey"
      JOIN "Service" s ON s.id = first.id
      JOIN "Vendor" v ON v.id = l."vendorId"
      LEFT JOIN "Location" loc ON loc.id = s."locationId"
      LEFT JOIN "CostCenter" cc ON cc.id = s."costCenterId"
      WHERE l."periodStart" >= ${start} AND l."periodStart" < ${end} AND ${filters.condition}
        AND ${currency === undefined ? Prisma.sql`TRUE` : Prisma.sql`i.currency = ${currency}`}
      ${input.groupBy ? Prisma.sql`GROUP BY GROUPING SETS ((${group.key}, ${group.label}), ())` : Prisma.empty}`;
  const currencies = new Set<string>();
  const toUnitCost = (row: (typeof rows)[number]): UnitCost => {
    for (const currency of (row.currencies ?? '').split(',')) if (currency) currencies.add(currency);
    const amount = new Decimal(row.amount ?? 0);
    return {
      key: row.key,
      label: row.label ?? 'All',
      services: row.services,
      amount: amount.toString(),
      average: averageOf(amount, row.services),
    };
  };
  // The empty grouping set is the grand total: the one row whose label is NULL (group labels never are).
  const totalRow = rows.find((row) => row.label === null);
  const groupRows = input.groupBy ? rows.filter((row) => row !== totalRow) : [];
  const groups = groupRows
    .map(toUnitCost)
    .sort((left, right) => new Decimal(right.average).comparedTo(left.average) || left.label.localeCompare(right.label));
  const overall = totalRow ? toUnitCost(totalRow) : { key: null, label: 'All', services: 0, amount: '0', average: '0.00' };
  const unitCosts: GetUnitCostsResult = {
    filters: { ...filters.described, serviceType, ...(input.groupBy ? { groupBy: input.groupBy } : {}) },
    period,
    freshness: await getFreshness(context.prisma),
    serviceType,
    currency: answerCurrency([...currencies].sort()),
    groupBy: input.groupBy ?? null,
    overall: { ...overall, key: null, label: 'All' },
    groups,
  };
  return { result: unitCosts, currencies: [...currencies].sort() };
}

function groupSql(groupBy: (typeof unitCostGroupings)[number] | undefined): { key: Prisma.Sql; label: Prisma.Sql } {
  switch (groupBy) {
    case 'vendor':
      return { key: Prisma.sql`v.name`, label: Prisma.sql`v.name` };
    case 'location':
      return { key: Prisma.sql`loc.name`, label: Prisma.sql`COALESCE(loc.name, 'No location')` };
    case 'cost_center':
      return { key: Prisma.sql`cc.code`, label: Prisma.sql`COALESCE(cc.code || ' ' || cc.name, 'No cost center')` };
    case undefined:
      // No grouping: one aggregate row, read as the total (its label is NULL like a grouping set's total).
      return { key: Prisma.sql`NULL::text`, label: Prisma.sql`NULL::text` };
  }
}
