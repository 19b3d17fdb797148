import { z } from 'zod';
import type { AlertKind } from './alert-destination.js';
import type { AlertScope } from './alert-draft.js';

/** Per-kind filters stored in Subscription.filters, so "anomalies for CC-630" does not narrow budgets. */
const kindFilterSchema = z.object({
  costCenters: z.array(z.string()).default([]),
  vendors: z.array(z.string()).default([]),
});
export type KindFilter = z.infer<typeof kindFilterSchema>;

const subscriptionFiltersSchema = z.object({
  byKind: z.record(z.string(), kindFilterSchema).default({}),
  /** one message per channel and run instead of one per alert */
  isDigest: z.boolean().default(false),
});
export type SubscriptionFilters = z.infer<typeof subscriptionFiltersSchema>;

export function readSubscriptionFilters(value: unknown): SubscriptionFilters {
  const parsed = subscriptionFiltersSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : { byKind: {}, isDigest: false };
}

/** An empty filter list means everything; codes and vendor names compare case-insensitively. */
export function matchesFilter(filter: KindFilter | undefined, scope: AlertScope): boolean {
  if (filter === undefined) return true;
  const overlaps = (wanted: string[], present: string[]) =>
    wanted.length === 0 || wanted.some((item) => present.some((value) => value.toLowerCase() === item.toLowerCase()));
  return overlaps(filter.costCenters, scope.costCenters) && overlaps(filter.vendors, scope.vendors);
}

export function isAlertKind(value: string): value is AlertKind {
  return value === 'anomaly' || value === 'notice-deadline' || value === 'budget' || value === 'billing-discrepancy';
}
