import type { ServiceStatus } from '../../db/generated/client.js';
import type { DomainDeps } from '../deps.js';
import { resolveViewerScope } from '../scope/viewer-scope.js';
import { identifierKey, nameKey } from '../shared/normalize.js';
import type { Viewer } from '../shared/viewer.js';

export interface ServiceOption {
  /** The service's external id: what the form submits. */
  value: string;
  /** "303-555-0102 · mobile line · Verizon · Denver Office" */
  label: string;
}

/** The service picker: services in the viewer's scope whose identifier, assignee or location matches what is typed. */
export async function searchServices(input: { query: string; viewer: Viewer; limit?: number }, deps: DomainDeps): Promise<ServiceOption[]> {
  const scope = await resolveViewerScope(input.viewer, deps.prisma);
  const typed = input.query.trim();
  const key = identifierKey(typed);
  const words =
    typed.length === 0
      ? []
      : [
          { identifierKey: { contains: key } },
          { assignee: { contains: typed, mode: 'insensitive' as const } },
          { location: { key: { contains: nameKey(typed) } } },
          { externalId: typed },
        ];
  const statuses: ServiceStatus[] = ['active', 'pending', 'suspended'];
  const services = await deps.prisma.service.findMany({
    where: {
      status: { in: statuses },
      ...(scope.costCenterIds === null ? {} : { costCenterId: { in: scope.costCenterIds } }),
      ...(words.length > 0 && key.length > 0 ? { OR: words } : {}),
    },
    select: {
      externalId: true,
      identifier: true,
      type: true,
      assignee: true,
      vendor: { select: { name: true } },
      location: { select: { name: true } },
    },
    orderBy: { identifier: 'asc' },
    take: input.limit ?? 20,
  });
  return services.map((service) => ({
    value: service.externalId,
    label: [service.identifier, service.type.replace(/_/g, ' '), service.vendor.name, service.location?.name, service.assignee]
      .filter(Boolean)
      .join(' · ')
      .slice(0, 75),
  }));
}
