import type { DomainDeps } from '../deps.js';
import type { Viewer } from '../shared/viewer.js';
import type { MacdRequestView } from './macd-request-view.js';
import { transitionMacdRequest } from './transition-macd-request.js';

/** An approver in scope approves a submitted request; any later click gets CONFLICT naming who decided. */
export function approveMacdRequest(input: { requestId: number; actor: Viewer; note?: string }, deps: DomainDeps): Promise<MacdRequestView> {
  return transitionMacdRequest({ requestId: input.requestId, action: 'approve', actor: input.actor, note: input.note }, deps);
}
