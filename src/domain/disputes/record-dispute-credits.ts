import type { DomainDeps } from '../deps.js';
import { listDisputes } from './list-disputes.js';

/**
 * After an invoice import: a submitted dispute whose credits have all come back on later
 * invoices becomes credited. Returns the ids that changed.
 */
export async function recordDisputeCredits(deps: DomainDeps): Promise<number[]> {
  const submitted = await listDisputes({ status: ['submitted'] }, deps);
  const settled = submitted.filter((dispute) => dispute.outstanding === '0.00');
  for (const dispute of settled) {
    await deps.prisma.dispute.update({ where: { id: dispute.id }, data: { status: 'credited', resolvedAt: deps.now() } });
  }
  return settled.map((dispute) => dispute.id);
}
