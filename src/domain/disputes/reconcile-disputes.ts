import type { DomainDeps } from '../deps.js';
import type { OpenDisputesResult } from './open-disputes.js';
import { openDisputes } from './open-disputes.js';
import { recordDisputeCredits } from './record-dispute-credits.js';

export interface ReconcileDisputesResult extends OpenDisputesResult {
  /** ids of submitted disputes that later invoices' credits have now paid back in full */
  credited: number[];
}

/**
 * What a telecom analyst does when invoices arrive: audit them, open or update a dispute per
 * invoice with billing errors, and mark disputes credited once the carrier's credits cover them.
 * Run after every invoice import (a corrected invoice updates its dispute) and on demand.
 */
export async function reconcileDisputes(deps: DomainDeps): Promise<ReconcileDisputesResult> {
  const opened = await openDisputes({}, deps);
  const credited = await recordDisputeCredits(deps);
  return { ...opened, credited };
}
