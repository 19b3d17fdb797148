import type { DisputeStatus } from '../../db/generated/client.js';
import { LedgerlineError } from '../../errors.js';
import type { DomainDeps } from '../deps.js';

const allowedNext: Record<DisputeStatus, DisputeStatus[]> = {
  open: ['submitted'],
  submitted: ['credited', 'denied'],
  credited: [],
  denied: [],
};

/** Moves a dispute along open → submitted → credited / denied; any other move is a conflict. */
export async function setDisputeStatus(
  input: { disputeId: number; status: DisputeStatus },
  deps: DomainDeps,
): Promise<{ id: number; status: DisputeStatus }> {
  const dispute = await deps.prisma.dispute.findUnique({ where: { id: input.disputeId }, select: { id: true, status: true } });
  if (!dispute) throw new LedgerlineError('NOT_FOUND', `No dispute ${input.disputeId}.`);
  if (!allowedNext[dispute.status].includes(input.status)) {
    throw new LedgerlineError('CONFLICT', `Dispute ${dispute.id} is ${dispute.status}; it cannot become ${input.status}.`, {
      status: dispute.status,
    });
  }
  const at = deps.now();
  const updated = await deps.prisma.dispute.update({
    where: { id: dispute.id },
    data: { status: input.status, ...(input.status === 'submitted' ? { submittedAt: at } : { resolvedAt: at }) },
    select: { id: true, status: true },
  });
  return updated;
}
