import type { Alert, AlertDelivery } from '../../db/generated/client.js';
import type { DomainDeps } from '../deps.js';
import type { AlertDestination, AlertMessage } from './alert-destination.js';
import { alertFamilyOf } from './alert-family.js';
import { readStoredAlert } from './read-stored-alert.js';
import { readSubscriptionFilters } from './subscription-filters.js';

export interface DispatchOptions {
  destinations: readonly AlertDestination[];
  /** attempts per delivery before it is marked failed */
  maxAttempts?: number;
  /** first retry delay; doubles with every attempt */
  baseDelayMs?: number;
  /** injected so tests do not wait */
  sleep?: (milliseconds: number) => Promise<void>;
}

export interface DispatchSummary {
  sent: number;
  failed: number;
  /** deliveries left for later: their platform has no destination in this process, or their family is snoozed */
  waiting: number;
}

interface Parcel {
  deliveries: AlertDelivery[];
  channelId: string;
  message: AlertMessage;
}

const defaultSleep = (milliseconds: number) => new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

/**
 * The outbox's second half: post every pending delivery through its platform's destination, with
 * retries and exponential backoff. Platforms run side by side, so a failing Slack does not hold up
 * Teams. Each attempt is claimed in the database first (attempts = n → n + 1), so two replicas
 * dispatching at once never post the same delivery twice.
 */
export async function dispatchAlerts(
  options: DispatchOptions,
  deps: Pick<DomainDeps, 'prisma' | 'logger'> & Partial<Pick<DomainDeps, 'now'>>,
): Promise<DispatchSummary> {
  const { prisma } = deps;
  const now = deps.now?.() ?? new Date();
  const byPlatform = new Map(options.destinations.map((destination) => [destination.platform, destination]));
  const pending = await prisma.alertDelivery.findMany({ where: { status: 'pending' }, include: { alert: true }, orderBy: { id: 'asc' } });
  const digestChannels = new Set(
    (await prisma.subscription.findMany())
      .filter((subscription) => readSubscriptionFilters(subscription.filters).isDigest)
      .map((subscription) => `${subscription.platform}\u0000${subscription.channelId}`),
  );
  // Snoozed families post nothing until the snooze ends; their deliveries stay pending, not lost.
  const snoozedFamilies = new Set(
    (await prisma.alertFeedback.findMany({ where: { kind: 'snoozed', until: { gt: now } }, select: { family: true } })).map((snooze) => snooze.family),
  );
  const summary: DispatchSummary = { sent: 0, failed: 0, waiting: 0 };
  const parcelsByPlatform = new Map<AlertDestination, Parcel[]>();
  const digests = new Map<string, AlertDelivery[]>();
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
      if (bundle.length === 0) parcels.push({ deliveries: bundle, channelId: delivery.channelId, message: readStoredAlert(delivery.alert).message });
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
      if (parcel.deliveries.length > 1) parcel.message = digestMessage(parcel.deliveries.map((delivery) => alertsById.get(delivery.alertId)!));
    }
  }

  await Promise.all(
    [...parcelsByPlatform].map(async ([destination, parcels]) => {
      for (const parcel of parcels) {
        const outcome = await deliverWithRetries(destination, parcel, options, deps);
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

async function deliverWithRetries(
  destination: AlertDestination,
  parcel: Parcel,
  options: DispatchOptions,
  deps: Pick<DomainDeps, 'prisma' | 'logger'>,
): Promise<'sent' | 'failed' | 'skipped'> {
  const { prisma } = deps;
  const maxAttempts = options.maxAttempts ?? 5;
  const baseDelayMs = options.baseDelayMs ?? 1000;
  const sleep = options.sleep ?? defaultSleep;
  const attemptsById = new Map(parcel.deliveries.map((delivery) => [delivery.id, delivery.attempts]));
  for (;;) {
    // Claim: only the process that moves attempts from n to n + 1 may post this attempt.
    const claimed: number[] = [];
    for (const [id, attempts] of attemptsById) {
      const { count } = await prisma.alertDelivery.updateMany({ where: { id, status: 'pending', attempts }, data: { attempts: attempts + 1 } });
      if (count === 1) {
        claimed.push(id);
        attemptsById.set(id, attempts + 1);
      } else {
        attemptsById.delete(id); // another replica has it
      }
    }
    if (claimed.length === 0) return 'skipped';
    const attempt = Math.max(...claimed.map((id) => attemptsById.get(id)!));
    try {
      const { messageRef } = await destination.post(parcel.channelId, parcel.message);
      await prisma.alertDelivery.updateMany({ where: { id: { in: claimed } }, data: { status: 'sent', messageRef, lastError: null } });
      return 'sent';
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const isLast = attempt >= maxAttempts;
      await prisma.alertDelivery.updateMany({ where: { id: { in: claimed } }, data: { lastError: reason.slice(0, 500), ...(isLast ? { status: 'failed' } : {}) } });
      deps.logger.warn('alert delivery failed', { platform: destination.platform, channelId: parcel.channelId, attempt, isLast, reason });
      if (isLast) return 'failed';
      await sleep(baseDelayMs * 2 ** (attempt - 1));
    }
  }
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
