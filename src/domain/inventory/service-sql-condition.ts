import type { PrismaClient } from '../../db/generated/client.js';
import { Prisma } from '../../db/generated/client.js';
import { LedgerlineError } from '../../errors.js';
import { describeCostCenters, resolveCostCentersWithChildren, resolveLocations, resolveVendors } from '../scope/resolve-named-filters.js';
import { intersectScope, type ViewerScope } from '../scope/viewer-scope.js';
import { serviceStatuses, serviceTypes } from './service-filters.js';

export interface ServiceSqlFilters {
  types?: ReadonlyArray<(typeof serviceTypes)[number]> | undefined;
  statuses?: ReadonlyArray<(typeof serviceStatuses)[number]> | undefined;
  vendors?: readonly string[] | undefined;
  locations?: readonly string[] | undefined;
  costCenters?: readonly string[] | undefined;
}

export interface ResolvedServiceSqlFilters {
  described: Record<string, string | string[]>;
  /** A condition over the service alias `s` (and `vendorColumn` for the vendor). */
  condition: Prisma.Sql;
}

/**
 * The inventory filters as one SQL condition, for queries that rank or average services in SQL
 * (a Prisma `where` cannot be joined to invoice lines). Ids go in as one array parameter, so a
 * large scope does not run into PostgreSQL's parameter limit. Cut to the viewer's cost centers
 * exactly as resolveServiceFilters does.
 */
export async function resolveServiceSqlFilters(
  filters: ServiceSqlFilters,
  scope: ViewerScope,
  prisma: PrismaClient,
  options: { vendorColumn?: Prisma.Sql } = {},
): Promise<ResolvedServiceSqlFilters> {
  const described: Record<string, string | string[]> = {};
  const conditions: Prisma.Sql[] = [];
  if (filters.types && filters.types.length > 0) {
    described.types = [...filters.types];
    conditions.push(Prisma.sql`s.type IN (${enumLiterals(filters.types, serviceTypes)})`);
  }
  if (filters.statuses && filters.statuses.length > 0) {
    described.statuses = [...filters.statuses];
    conditions.push(Prisma.sql`s.status IN (${enumLiterals(filters.statuses, serviceStatuses)})`);
  }
  const vendors = await resolveVendors(filters.vendors, prisma);
  if (vendors) {
    described.vendors = vendors.map((vendor) => vendor.name);
    conditions.push(Prisma.sql`${options.vendorColumn ?? Prisma.sql`s."vendorId"`} = ANY(${vendors.map((vendor) => vendor.id)}::int[])`);
  }
  const locations = await resolveLocations(filters.locations, prisma);
  if (locations) {
    described.locations = locations.map((location) => location.name);
    conditions.push(Prisma.sql`s."locationId" = ANY(${locations.map((location) => location.id)}::int[])`);
  }
  const costCenters = await resolveCostCentersWithChildren(filters.costCenters, prisma);
  if (costCenters) described.costCenters = describeCostCenters(costCenters);
  const allowed = intersectScope(costCenters ? costCenters.map((costCenter) => costCenter.id) : null, scope);
  if (allowed !== null) conditions.push(Prisma.sql`s."costCenterId" = ANY(${allowed}::int[])`);
  return { described, condition: conditions.length > 0 ? Prisma.join(conditions, ' AND ') : Prisma.sql`TRUE` };
}

/**
 * Enum values written into the SQL as literals, each checked against the enum's own list. Only a
 * constant lets the planner estimate from the column's statistics: `s.type::text = ANY($1)` was
 * taken for 0.5% of the services and `s.type = ANY($1::text[]::"ServiceType"[])` for half, so at
 * 50× the unit costs probed the invoice lines once per mobile line, or built the service map in
 * every parallel worker for 121 circuits. (A parameter typed as the enum array would be constant
 * too, but PGlite's adapter cannot send one.)
 */
function enumLiterals(values: readonly string[], allowed: readonly string[]): Prisma.Sql {
  for (const value of values) {
    if (!allowed.includes(value)) throw new LedgerlineError('INVALID_INPUT', `"${value}" is not one of ${allowed.join(', ')}.`);
  }
  return Prisma.raw(values.map((value) => `'${value}'`).join(', '));
}
