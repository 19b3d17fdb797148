import type { DomainDeps } from '../deps.js';
import type { Viewer } from '../shared/viewer.js';
import { createPendingService } from './create-pending-service.js';
import type { MacdRequestView } from './macd-request-view.js';
import { transitionMacdRequest } from './transition-macd-request.js';

/** Work starts on an approved request (ordered from the carrier); an add gets its pending service now. */
export function startMacdWork(input: { requestId: number; actor: Viewer; note?: string }, deps: DomainDeps): Promise<MacdRequestView> {
  return transitionMacdRequest(
    {
      requestId: input.requestId,
      action: 'start',
      actor: input.actor,
      note: input.note,
      onTransition: async (transaction, request) => {
        if (request.kind === 'add' && request.serviceId === null) await createPendingService(transaction, request);
      },
    },
    deps,
  );
}
