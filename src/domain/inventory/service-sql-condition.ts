import type { PrismaClient } from '../../db/generated/client.js';
import { Prisma } from '../../db/generated/client.js';
import { describeCostCenters, resolveCostCentersWithChildren, resolveLocations, resolveVendors } from '../scope/resolve-named-filters.js';
import { intersectScope, type ViewerScope } from '../scope/viewer-scope.js';
import type { serviceStatuses, serviceTypes } from './service-filters.js';

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
    // Compared as the enum, not as text: the planner then knows from the column's statistics how
    // many services match (a text cast guessed 0.5%, and at 50× chose 108,000 index probes). The
    // parameter goes through text[] because PGlite's adapter cannot send an enum array.
    conditions.push(Prisma.sql`s.type = ANY(${[...filters.types]}::text[]::"ServiceType"[])`);
  }
  if (filters.statuses && filters.statuses.length > 0) {
    described.statuses = [...filters.statuses];
    conditions.push(Prisma.sql`s.status = ANY(${[...filters.statuses]}::text[]::"ServiceStatus"[])`);
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
