import type { MacdStatus, Prisma, User } from '../../db/generated/client.js';
import { LedgerlineError } from '../../errors.js';
import type { DomainDeps } from '../deps.js';
import type { Viewer } from '../shared/viewer.js';
import { actorKey, canDecide, loadActor } from './macd-actor.js';
import { loadMacdRequestView, macdRequestInclude, type MacdRequestRecord, type MacdRequestView } from './macd-request-view.js';

// The state machine of a request, in one table:
//   submitted → approved | rejected        (an approver in scope, never the requester)
//   approved → in_progress → completed     (an approver in scope: the fulfilment side)
//   submitted | approved | in_progress → cancelled   (the requester, or an admin)

export type MacdAction = 'approve' | 'reject' | 'start' | 'complete' | 'cancel';

interface TransitionRule {
  from: readonly MacdStatus[];
  to: MacdStatus;
  actor: 'decider' | 'requester';
  verb: string;
}

const macdTransitions: Record<MacdAction, TransitionRule> = {
  approve: { from: ['submitted'], to: 'approved', actor: 'decider', verb: 'approve' },
  reject: { from: ['submitted'], to: 'rejected', actor: 'decider', verb: 'reject' },
  start: { from: ['approved'], to: 'in_progress', actor: 'decider', verb: 'start work on' },
  complete: { from: ['in_progress'], to: 'completed', actor: 'decider', verb: 'complete' },
  cancel: { from: ['submitted', 'approved', 'in_progress'], to: 'cancelled', actor: 'requester', verb: 'cancel' },
};

export interface TransitionInput {
  requestId: number;
  action: MacdAction;
  actor: Viewer;
  note?: string | undefined;
  /** Runs inside the transaction after the status changed (inventory updates on completion). */
  onTransition?: (transaction: Prisma.TransactionClient, request: MacdRequestRecord, actor: User) => Promise<void>;
}

/** How a request's status reads in a sentence: "Request 42 is waiting for approval". */
export const macdStatusWords: Record<MacdStatus, string> = {
  submitted: 'waiting for approval',
  approved: 'approved',
  rejected: 'rejected',
  in_progress: 'in progress',
  completed: 'completed',
  cancelled: 'cancelled',
};

/** "Request 12 was already approved by Ana Approver on 2026-11-26." — who moved it there, and when. */
function describeCurrentState(view: MacdRequestView): string {
  const last = view.events.at(-1);
  if (!last || last.toStatus === 'submitted') return `Request ${view.id} is ${macdStatusWords[view.status]}.`;
  return `Request ${view.id} was already ${macdStatusWords[view.status]} by ${last.actorName} on ${last.at.slice(0, 10)}${last.note ? ` (${last.note})` : ''}.`;
}

async function conflict(requestId: number, deps: DomainDeps): Promise<LedgerlineError> {
  const view = await loadMacdRequestView(requestId, deps);
  if (!view) return new LedgerlineError('NOT_FOUND', `There is no request ${requestId}.`);
  return new LedgerlineError('CONFLICT', describeCurrentState(view), { request: view });
}

async function costCenterCodeOf(record: MacdRequestRecord, deps: DomainDeps): Promise<string | null> {
  if (record.costCenterId === null) return null;
  const costCenter = await deps.prisma.costCenter.findUnique({ where: { id: record.costCenterId }, select: { code: true } });
  return costCenter?.code ?? null;
}

/**
 * Moves a request one step, or refuses with a code: FORBIDDEN (not yours to do), CONFLICT (the
 * request is no longer where this step starts — a second click, a retry, or another approver
 * first; the message names who decided). The status change is a conditional update on the
 * status read, so of two concurrent clicks exactly one changes the row.
 */
export async function transitionMacdRequest(input: TransitionInput, deps: DomainDeps): Promise<MacdRequestView> {
  const rule = macdTransitions[input.action];
  const actor = await loadActor(input.actor, deps);
  const record = await deps.prisma.macdRequest.findUnique({ where: { id: input.requestId }, include: macdRequestInclude });
  if (!record) throw new LedgerlineError('NOT_FOUND', `There is no request ${input.requestId}.`);

  if (rule.actor === 'decider') {
    const isDecision = input.action === 'approve' || input.action === 'reject';
    if (isDecision && record.requesterId === actor.id) {
      throw new LedgerlineError('FORBIDDEN', `You cannot ${rule.verb} your own request ${record.id}; another approver has to decide it.`);
    }
    const costCenterCode = await costCenterCodeOf(record, deps);
    if (!canDecide(actor, costCenterCode)) {
      throw new LedgerlineError(
        'FORBIDDEN',
        `Only an approver of cost center ${costCenterCode ?? '(unallocated)'} can ${rule.verb} request ${record.id}.`,
      );
    }
  } else if (record.requesterId !== actor.id && actor.role !== 'admin') {
    throw new LedgerlineError('FORBIDDEN', `Only the requester can ${rule.verb} request ${record.id}.`);
  }

  if (!rule.from.includes(record.status)) throw await conflict(record.id, deps);

  const changed = await deps.prisma.$transaction(async (transaction) => {
    const { count } = await transaction.macdRequest.updateMany({
      where: { id: record.id, status: record.status },
      data: { status: rule.to },
    });
    if (count === 0) return false;
    await transaction.macdEvent.create({
      data: {
        requestId: record.id,
        actor: actorKey(actor),
        fromStatus: record.status,
        toStatus: rule.to,
        note: input.note ?? null,
        at: deps.now(),
      },
    });
    await input.onTransition?.(transaction, record, actor);
    return true;
  });
  if (!changed) throw await conflict(record.id, deps);
  deps.logger.info(`macd-request-${rule.to.replace('_', '-')}`, { requestId: record.id, actor: actorKey(actor) });
  const view = await loadMacdRequestView(record.id, deps);
  if (!view) throw new Error(`request ${record.id} vanished after its transition`);
  return view;
}
