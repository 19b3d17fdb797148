import type { DomainDeps } from '../deps.js';
import type { Viewer } from '../shared/viewer.js';
import type { MacdRequestView } from './macd-request-view.js';
import { transitionMacdRequest } from './transition-macd-request.js';

/** The requester withdraws a request before completion; an add's pending service is closed with it. */
export function cancelMacdRequest(input: { requestId: number; actor: Viewer; note?: string }, deps: DomainDeps): Promise<MacdRequestView> {
  return transitionMacdRequest(
    {
      requestId: input.requestId,
      action: 'cancel',
      actor: input.actor,
      note: input.note,
      onTransition: async (transaction, request) => {
        if (request.kind === 'add' && request.service?.status === 'pending') {
          await transaction.service.update({ where: { id: request.service.id }, data: { status: 'disconnected', endDate: deps.now() } });
        }
      },
    },
    deps,
  );
}
