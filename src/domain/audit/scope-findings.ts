import type { PrismaClient } from '../../db/generated/client.js';
import type { ViewerScope } from '../scope/viewer-scope.js';
import type { AuditFinding } from './audit-finding.js';

/**
 * A viewer limited to some cost centers sees findings on their services only; findings with no
 * service (unknown identifiers, account totals) are everyone-or-nobody, like unallocated spend.
 */
export async function scopeFindings(findings: AuditFinding[], scope: ViewerScope, prisma: PrismaClient): Promise<AuditFinding[]> {
  if (scope.costCenterIds === null) return findings;
  const serviceIds = [...new Set(findings.flatMap((finding) => (finding.serviceId === null ? [] : [finding.serviceId])))];
  const visible = await prisma.service.findMany({
    where: { id: { in: serviceIds }, costCenterId: { in: scope.costCenterIds } },
    select: { id: true },
  });
  const visibleIds = new Set(visible.map((service) => service.id));
  return findings.filter((finding) => finding.serviceId !== null && visibleIds.has(finding.serviceId));
}
