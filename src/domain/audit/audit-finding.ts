/**
 * What the invoice audit reports. Billing errors are money the carrier owes back (they become
 * disputes); review findings ask a person to look (a missing charge, a jump) and are never disputed.
 */
export type AuditFindingKind =
  'rate_variance' | 'duplicate_charge' | 'billed_after_disconnect' | 'not_in_inventory' | 'inventory_not_billed' | 'month_over_month_jump';

export const auditFindingKinds: readonly AuditFindingKind[] = [
  'rate_variance',
  'duplicate_charge',
  'billed_after_disconnect',
  'not_in_inventory',
  'inventory_not_billed',
  'month_over_month_jump',
];

export type AuditSeverity = 'billing_error' | 'review';

export const severityOfKind: Record<AuditFindingKind, AuditSeverity> = {
  rate_variance: 'billing_error',
  duplicate_charge: 'billing_error',
  billed_after_disconnect: 'billing_error',
  not_in_inventory: 'billing_error',
  inventory_not_billed: 'review',
  month_over_month_jump: 'review',
};

export interface EvidenceLine {
  invoiceLineId: number;
  invoiceNumber: string;
  chargeType: string;
  description: string;
  /** decimal string in the invoice currency */
  amount: string;
}

export interface AuditFinding {
  /**
   * Stable across runs and across a corrected invoice re-imported (built from vendor, account,
   * period, identifier and charge, never from database ids), so disputes and alerts key on it.
   */
  key: string;
  kind: AuditFindingKind;
  severity: AuditSeverity;
  vendor: { id: number; name: string };
  account: string;
  invoiceNumber: string;
  identifier: string | null;
  serviceId: number | null;
  /** the inventory type of that service (mobile_line, circuit…) */
  serviceType: string | null;
  /** the charge concerned ("MPLS Port 100 Mbps") or what is wrong, in a few words */
  description: string;
  /** first day of each billing period concerned, YYYY-MM-DD */
  periods: string[];
  /** decimal strings in `currency`, two decimals */
  billed: string;
  expected: string;
  amountAtStake: string;
  currency: string;
  /** one sentence a person can read */
  explanation: string;
  evidence: EvidenceLine[];
}
