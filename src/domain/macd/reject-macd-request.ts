import { LedgerlineError } from '../../errors.js';
import type { DomainDeps } from '../deps.js';
import type { Viewer } from '../shared/viewer.js';
import { rejectReasonMissingMessage } from './macd-labels.js';
import type { MacdRequestView } from './macd-request-view.js';
import { transitionMacdRequest } from './transition-macd-request.js';

/** A rejection always carries its reason: the requester reads it. */
export function rejectMacdRequest(input: { requestId: number; actor: Viewer; reason: string }, deps: DomainDeps): Promise<MacdRequestView> {
  const reason = input.reason.trim();
  if (reason.length === 0)
    return Promise.reject(
      new LedgerlineError('INVALID_INPUT', rejectReasonMissingMessage, { fields: { reason: rejectReasonMissingMessage } }),
    );
  return transitionMacdRequest({ requestId: input.requestId, action: 'reject', actor: input.actor, note: reason.slice(0, 500) }, deps);
}
