import { z } from 'zod';
import type { Prisma, PrismaClient } from '../../db/generated/client.js';
import { describeCostCenters, resolveCostCentersWithChildren, resolveLocations, resolveVendors } from '../scope/resolve-named-filters.js';
import { intersectScope, type ViewerScope } from '../scope/viewer-scope.js';
import { identifierKey } from '../shared/normalize.js';

export const serviceTypes = ['mobile_line', 'circuit', 'voice_trunk', 'pots_line', 'cloud_account', 'saas_subscription', 'device'] as const;
export const serviceStatuses = ['pending', 'active', 'suspended', 'disconnected'] as const;

export const serviceFilterFields = {
  types: z
    .array(z.enum(serviceTypes))
    .optional()
    .describe(
      'Service types: mobile_line (cell phones, wireless lines), circuit, voice_trunk, pots_line, cloud_account, saas_subscription, device',
    ),
  statuses: z.array(z.enum(serviceStatuses)).optional().describe('Statuses; omit for every status'),
  vendors: z.array(z.string().min(1).max(100)).max(20).optional().describe('Vendor names or aliases'),
  locations: z.array(z.string().min(1).max(100)).max(50).optional().describe('Location names, cities or countries'),
  costCenters: z.array(z.string().min(1).max(100)).max(50).optional().describe('Cost-center codes or names'),
  assignee: z.string().min(1).max(200).optional().describe('Part of the assignee name or e-mail'),
  identifier: z.string().min(1).max(100).optional().describe('Part of a phone number or circuit id, any formatting'),
};

const serviceFiltersSchema = z.object(serviceFilterFields);
export type ServiceFilters = z.output<typeof serviceFiltersSchema>;

export interface ResolvedServiceFilters {
  where: Prisma.ServiceWhereInput;
  described: Record<string, string | string[]>;
}

/** Named inventory filters → one Prisma where clause, cut down to the viewer's cost centers. */
export async function resolveServiceFilters(
  filters: ServiceFilters,
  scope: ViewerScope,
  prisma: PrismaClient,
): Promise<ResolvedServiceFilters> {
  const described: Record<string, string | string[]> = {};
  const and: Prisma.ServiceWhereInput[] = [];
  if (filters.types && filters.types.length > 0) {
    described.types = filters.types;
    and.push({ type: { in: filters.types } });
  }
  if (filters.statuses && filters.statuses.length > 0) {
    described.statuses = filters.statuses;
    and.push({ status: { in: filters.statuses } });
  }
  const vendors = await resolveVendors(filters.vendors, prisma);
  if (vendors) {
    described.vendors = vendors.map((vendor) => vendor.name);
    and.push({ vendorId: { in: vendors.map((vendor) => vendor.id) } });
  }
  const locations = await resolveLocations(filters.locations, prisma);
  if (locations) {
    described.locations = locations.map((location) => location.name);
    and.push({ locationId: { in: locations.map((location) => location.id) } });
  }
  const costCenters = await resolveCostCentersWithChildren(filters.costCenters, prisma);
  if (costCenters) described.costCenters = describeCostCenters(costCenters);
  const allowed = intersectScope(costCenters ? costCenters.map((costCenter) => costCenter.id) : null, scope);
  if (allowed !== null) and.push({ costCenterId: { in: allowed } });
  if (filters.assignee) {
    described.assignee = filters.assignee;
    and.push({ assignee: { contains: filters.assignee, mode: 'insensitive' } });
  }
  if (filters.identifier) {
    described.identifier = filters.identifier;
    and.push({ identifierKey: { contains: identifierKey(filters.identifier) } });
  }
  return { where: and.length > 0 ? { AND: and } : {}, described };
}
