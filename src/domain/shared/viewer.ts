/** Who is asking: decides which cost centers a tool may reveal (decided here, never in adapters). */
export interface Viewer {
  /** Ledgerline user id when the person is known. */
  userId?: number;
  displayName: string;
  role: 'viewer' | 'requester' | 'approver' | 'admin';
  /** Cost-center codes the person may see, or '*' for all. */
  costCenterScope: '*' | string[];
  /** How the chat platform named the person: a refusal tells them what an admin needs to add them. */
  identity?: ChatIdentity;
  /** Sees everything only because the database holds nothing but the demo enterprise: answers say "demo data". */
  isDemoAccess?: boolean;
}

export interface ChatIdentity {
  platform: 'slack' | 'teams';
  /** Slack user id (U…), Teams AAD object id or, without one, the Teams 29: id. */
  userId: string;
  email?: string;
}
