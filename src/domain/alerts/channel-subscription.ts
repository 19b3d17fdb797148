import type { Subscription } from '../../db/generated/client.js';
import type { AlertKind } from './alert-destination.js';
import type { KindFilter } from './subscription-filters.js';
import { isAlertKind, readSubscriptionFilters } from './subscription-filters.js';

export type Platform = 'console' | 'slack' | 'teams';

/** What a channel is subscribed to, as chat shows it. */
export interface ChannelSubscription {
  platform: Platform;
  channelId: string;
  kinds: Array<{ kind: AlertKind; costCenters: string[]; vendors: string[] }>;
  isDigest: boolean;
}

export function toChannelSubscription(row: Subscription): ChannelSubscription {
  const filters = readSubscriptionFilters(row.filters);
  return {
    platform: row.platform as Platform,
    channelId: row.channelId,
    kinds: row.alertKinds.filter(isAlertKind).map((kind) => {
      const filter: KindFilter = filters.byKind[kind] ?? { costCenters: [], vendors: [] };
      return { kind, costCenters: filter.costCenters, vendors: filter.vendors };
    }),
    isDigest: filters.isDigest,
  };
}
