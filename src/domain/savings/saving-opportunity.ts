export type SavingKind = 'zero_usage_line' | 'above_contract_rate' | 'above_peer_rate' | 'idle_cloud_resource';

export type SavingDomain = 'mobility' | 'telecom' | 'cloud';

/** The one-click follow-up: opens the MACD disconnect form for this service. */
export interface PlanDisconnectAction {
  label: 'Plan a disconnect';
  serviceId: number;
}

export interface SavingOpportunity {
  kind: SavingKind;
  domain: SavingDomain;
  vendor: string;
  /** phone number, circuit id or cloud resource id */
  identifier: string;
  serviceId: number | null;
  description: string;
  /** decimal strings, two decimals; annual = monthly × 12 */
  monthlySaving: string;
  annualSaving: string;
  currency: string;
  /** why this is a saving, in one sentence */
  evidence: string;
  action: PlanDisconnectAction | null;
}
