import { randomUUID } from 'node:crypto';
import type { Alert, AlertDelivery, Prisma } from '../../db/generated/client.js';
import type { DomainDeps } from '../deps.js';
import { backoffDelayMs, retryAfterMsOf } from '../shared/retry-backoff.js';
import type { AlertDestination, AlertMessage } from './alert-destination.js';
import { alertFamilyOf } from './alert-family.js';
import { readStoredAlert } from './read-stored-alert.js';
import { readSubscriptionFilters } from './subscription-filters.js';

export interface DispatchOptions {
  destinations: readonly AlertDestination[];
  /** attempts per delivery before it is marked failed, in all: the platform's call makes one each (default 5) */
  maxAttempts?: number;
  /** first retry delay; doubles with every attempt (default 1 s) */
  baseDelayMs?: number;
  /** injected so tests do not wait */
  sleep?: (milliseconds: number) => Promise<void>;
  /** longest wait between attempts, whatever the backoff or a platform's Retry-After says */
  maxDelayMs?: number;
  /**
   * How long a claimed delivery stays this run's while it posts (default five minutes, longer than
   * any post); after it a crashed run's delivery may be claimed again.
   */
  leaseMs?: number;
}

export interface DispatchSummary {
  sent: number;
  failed: number;
  /** deliveries left for later: their platform has no destination in this process, or their family is snoozed */
  waiting: number;
}

interface Parcel {
  deliveries: Array<AlertDelivery & { alert: Alert }>;
  channelId: string;
  message: AlertMessage;
}

const defaultSleep = (milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

/**
 * The outbox's second half: post every pending delivery through its platform's destination, with
 * retries and exponential backoff (the only retry loop: destinations post once and throw).
 * Platforms run side by side, so a failing Slack does not hold up Teams.
 *
 * Exactly once among live dispatchers, by construction: a delivery is claimed with a lease in one
 * conditional UPDATE (owner = this run, expiry: "sending"), only the lease holder posts,
 * and it keeps the lease through its retries until it records sent or failed. Several runs in one
 * process or on several replicas find nothing to claim while a lease is live. A run that dies
 * between posting and recording leaves its deliveries leased; after the lease expires another
 * run claims them and first asks the platform whether they were posted (`findPosted`: Slack keeps
 * the delivery ids in the message's metadata), recording what it finds instead of posting again.
 * A platform that cannot say (Teams) gets the post again: at least once in that one case.
 */
export async function dispatchAlerts(
  options: DispatchOptions,
  deps: Pick<DomainDeps, 'prisma' | 'logger'> & Partial<Pick<DomainDeps, 'now'>>,
): Promise<DispatchSummary> {
  const { prisma } = deps;
  const clock = deps.now ?? (() => new Date());
  const now = clock();
  const byPlatform = new Map(options.destinations.map((destination) => [destination.platform, destination]));
  const pending = await prisma.alertDelivery.findMany({ where: claimableWhere(now), include: { alert: true }, orderBy: { id: 'asc' } });
  const lease: Lease = { owner: randomUUID(), clock, durationMs: options.leaseMs ?? defaultLeaseMs };
  const digestChannels = new Set(
    (await prisma.subscription.findMany())
      .filter((subscription) => readSubscriptionFilters(subscription.filters).isDigest)
      .map((subscription) => `${subscription.platform}\u0000${subscription.channelId}`),
  );
  // Snoozed families post nothing until the snooze ends; their deliveries stay pending, not lost.
  const snoozedFamilies = new Set(
    (await prisma.alertFeedback.findMany({ where: { kind: 'snoozed', until: { gt: now } }, select: { family: true } })).map(
      (snooze) => snooze.family,
    ),
  );
  const summary: DispatchSummary = { sent: 0, failed: 0, waiting: 0 };
  const parcelsByPlatform = new Map<AlertDestination, Parcel[]>();
  const digests = new Map<string, Array<AlertDelivery & { alert: Alert }>>();
  for (const delivery of pending) {
    const destination = byPlatform.get(delivery.platform as AlertDestination['platform']);
    if (destination === undefined || (snoozedFamilies.size > 0 && snoozedFamilies.has(familyOf(delivery.alert)))) {
      summary.waiting += 1;
      continue;
    }
    const parcels = parcelsByPlatform.get(destination) ?? [];
    parcelsByPlatform.set(destination, parcels);
    const channelKey = `${delivery.platform}\u0000${delivery.channelId}`;
    if (digestChannels.has(channelKey)) {
      const bundle = digests.get(channelKey) ?? [];
      if (bundle.length === 0)
        parcels.push({ deliveries: bundle, channelId: delivery.channelId, message: readStoredAlert(delivery.alert).message });
      digests.set(channelKey, bundle);
      bundle.push(delivery);
    } else {
      parcels.push({ deliveries: [delivery], channelId: delivery.channelId, message: readStoredAlert(delivery.alert).message });
    }
  }
  // A digest bundle is completed after grouping: its message lists every alert in it.
  const alertsById = new Map(pending.map((delivery) => [delivery.alertId, readStoredAlert(delivery.alert).message]));
  for (const parcels of parcelsByPlatform.values()) {
    for (const parcel of parcels) {
      if (parcel.deliveries.length > 1)
        parcel.message = digestMessage(parcel.deliveries.map((delivery) => alertsById.get(delivery.alertId)!));
    }
  }

  await Promise.all(
    [...parcelsByPlatform].map(async ([destination, parcels]) => {
      for (const parcel of parcels) {
        const outcome = await deliverWithRetries(destination, parcel, lease, options, deps);
        if (outcome === 'sent') summary.sent += parcel.deliveries.length;
        if (outcome === 'failed') summary.failed += parcel.deliveries.length;
      }
    }),
  );
  await refreshAlertStatuses([...new Set(pending.map((delivery) => delivery.alertId))], deps);
  return summary;
}

function familyOf(alert: Alert): string {
  const stored = readStoredAlert(alert);
  return alertFamilyOf(stored.kind, stored.dedupeKey);
}

const defaultLeaseMs = 5 * 60_000;

interface Lease {
  /** this dispatch run */
  owner: string;
  clock: () => Date;
  durationMs: number;
}

/**
 * Deliveries a run may claim: pending ones nobody holds, and ones whose run's lease ran out (it
 * crashed). A pending delivery with a live lease is being sent.
 */
function claimableWhere(now: Date): Prisma.AlertDeliveryWhereInput {
  return { status: 'pending', OR: [{ leaseOwner: null }, { leaseExpiresAt: { lt: now } }] };
}

/**
 * Takes (or, for this run's next attempt, renews) the lease on one delivery in one conditional
 * UPDATE; true when this run holds it and may post. `holdMs` covers the wait before the post.
 */
async function claimDelivery(id: number, lease: Lease, holdMs: number, prisma: DomainDeps['prisma']): Promise<boolean> {
  const now = lease.clock();
  const { count } = await prisma.alertDelivery.updateMany({
    where: { id, status: 'pending', OR: [{ leaseOwner: null }, { leaseExpiresAt: { lt: now } }, { leaseOwner: lease.owner }] },
    data: { leaseOwner: lease.owner, leaseExpiresAt: new Date(now.getTime() + holdMs + lease.durationMs), attempts: { increment: 1 } },
  });
  return count === 1;
}

async function deliverWithRetries(
  destination: AlertDestination,
  parcel: Parcel,
  lease: Lease,
  options: DispatchOptions,
  deps: Pick<DomainDeps, 'prisma' | 'logger'>,
): Promise<'sent' | 'failed' | 'skipped'> {
  const { prisma } = deps;
  const maxAttempts = options.maxAttempts ?? 5;
  const baseDelayMs = options.baseDelayMs ?? 1000;
  const maxDelayMs = options.maxDelayMs ?? 5 * 60_000;
  const sleep = options.sleep ?? defaultSleep;
  let held = parcel.deliveries;
  let delayMs = 0;
  for (let attempt = 1; ; attempt += 1) {
    let claimed: Parcel['deliveries'] = [];
    for (const delivery of held) if (await claimDelivery(delivery.id, lease, delayMs, prisma)) claimed.push(delivery);
    if (claimed.length === 0) return 'skipped';
    if (attempt === 1) {
      claimed = await settleAlreadyPosted(destination, parcel.channelId, claimed, lease, { maxDelayMs }, deps);
      if (claimed.length === 0) return 'sent';
    }
    // A digest whose other alerts another run holds says only what this run will post.
    const message = claimed.length === held.length ? parcel.message : messageFor(claimed);
    held = claimed;
    const ids = claimed.map((delivery) => delivery.id);
    if (delayMs > 0) await sleep(delayMs);
    const attemptNumber = Math.max(...claimed.map((delivery) => delivery.attempts)) + attempt;
    try {
      const { messageRef } = await destination.post(parcel.channelId, message, ids);
      await prisma.alertDelivery.updateMany({
        where: { id: { in: ids }, leaseOwner: lease.owner },
        data: { status: 'sent', messageRef, lastError: null, leaseOwner: null, leaseExpiresAt: null },
      });
      return 'sent';
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const isLast = attemptNumber >= maxAttempts;
      await prisma.alertDelivery.updateMany({
        where: { id: { in: ids }, leaseOwner: lease.owner },
        data: { lastError: reason.slice(0, 500), ...(isLast ? { status: 'failed' as const, leaseOwner: null, leaseExpiresAt: null } : {}) },
      });
      deps.logger.warn('alert delivery failed', {
        platform: destination.platform,
        channelId: parcel.channelId,
        attempt: attemptNumber,
        isLast,
        reason,
      });
      if (isLast) return 'failed';
      // The lease is renewed at the next claim to cover this wait: nobody else posts meanwhile.
      delayMs = backoffDelayMs(attemptNumber, { baseDelayMs, maxDelayMs }, retryAfterMsOf(error));
    }
  }
}

/**
 * Deliveries whose earlier run's lease ran out may have been posted before that run died: asks the
 * platform (when it can tell), records the ones it finds as sent where they landed, and returns
 * the ones still to post. A platform that cannot answer now is not a reason to hold the alert back.
 */
async function settleAlreadyPosted(
  destination: AlertDestination,
  channelId: string,
  claimed: Parcel['deliveries'],
  lease: Lease,
  limits: { maxDelayMs: number },
  deps: Pick<DomainDeps, 'prisma' | 'logger'>,
): Promise<Parcel['deliveries']> {
  const orphaned = claimed.filter(
    (delivery) => delivery.leaseOwner !== null && delivery.leaseOwner !== lease.owner && delivery.leaseExpiresAt !== null,
  );
  if (orphaned.length === 0 || destination.findPosted === undefined) return claimed;
  // The earliest moment the dead run could have posted: its lease began at most a lease and the
  // longest wait before its expiry (a minute more for clocks that disagree).
  const earliestExpiry = Math.min(...orphaned.map((delivery) => delivery.leaseExpiresAt!.getTime()));
  const since = new Date(earliestExpiry - lease.durationMs - limits.maxDelayMs - 60_000);
  let found: Map<number, string>;
  try {
    found = await destination.findPosted(
      channelId,
      orphaned.map((delivery) => delivery.id),
      since,
    );
  } catch (error) {
    deps.logger.warn('could not check whether alerts were already posted; posting them', {
      platform: destination.platform,
      channelId,
      reason: error instanceof Error ? error.message : String(error),
    });
    return claimed;
  }
  for (const [id, messageRef] of found) {
    await deps.prisma.alertDelivery.updateMany({
      where: { id, leaseOwner: lease.owner },
      data: { status: 'sent', messageRef, lastError: null, leaseOwner: null, leaseExpiresAt: null },
    });
  }
  if (found.size > 0)
    deps.logger.info('alerts found already posted by a run that stopped; recorded, not posted again', {
      platform: destination.platform,
      channelId,
      deliveries: [...found.keys()],
    });
  return claimed.filter((delivery) => !found.has(delivery.id));
}

/** The message for deliveries of one channel: the alert's own, or a digest of several. */
function messageFor(deliveries: Array<AlertDelivery & { alert: Alert }>): AlertMessage {
  const messages = deliveries.map((delivery) => readStoredAlert(delivery.alert).message);
  return messages.length === 1 ? messages[0]! : digestMessage(messages);
}

async function refreshAlertStatuses(alertIds: number[], deps: Pick<DomainDeps, 'prisma'>): Promise<void> {
  for (const alertId of alertIds) {
    const deliveries = await deps.prisma.alertDelivery.findMany({ where: { alertId }, select: { status: true } });
    const status = deliveries.some((delivery) => delivery.status === 'failed')
      ? 'failed'
      : deliveries.every((delivery) => delivery.status === 'sent')
        ? 'sent'
        : 'pending';
    await deps.prisma.alert.update({ where: { id: alertId }, data: { status } });
  }
}

/** One message for several alerts (a digest channel): the titles as facts, the first alert's actions. */
function digestMessage(messages: AlertMessage[]): AlertMessage {
  const first = messages[0]!;
  return {
    alertId: first.alertId,
    kind: first.kind,
    title: `${messages.length} new alerts`,
    summary: messages.map((message) => `• ${message.title}`).join('\n'),
    facts: messages.map((message) => ({ label: `#${message.alertId}`, value: message.summary })),
    actions: [],
    freshness: first.freshness,
  };
}
