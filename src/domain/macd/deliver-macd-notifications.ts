import { randomUUID } from 'node:crypto';
import type { MacdNotification } from '../../db/generated/client.js';
import type { DomainDeps } from '../deps.js';
import { backoffDelayMs, retryAfterMsOf, type BackoffPolicy } from '../shared/retry-backoff.js';
import type { MacdApproverNotifier } from './macd-approver-notifier.js';
import { recordMacdMessage } from './macd-messages.js';
import { loadMacdRequestView, type MacdRequestView } from './macd-request-view.js';

export interface DeliverMacdNotificationsOptions {
  notifiers: readonly MacdApproverNotifier[];
  /** Only this request's notifications (the submit handler); every due one otherwise (the job). */
  requestId?: number;
  /** attempts before a notification is given up on (default 8: about a day with the default backoff) */
  maxAttempts?: number;
  /** default: 5 minutes (the job's schedule), doubling, at most 6 hours */
  backoff?: BackoffPolicy;
  /** how long a claimed notification stays this run's while it sends (default five minutes) */
  leaseMs?: number;
}

export interface MacdDeliverySummary {
  sent: number;
  /** failed this time, tried again later */
  retrying: number;
  /** failed for the last time */
  failed: number;
  /** the request was decided or cancelled first: nothing left to ask */
  skipped: number;
}

const defaultMacdBackoff: BackoffPolicy = { baseDelayMs: 5 * 60_000, maxDelayMs: 6 * 60 * 60_000 };
const defaultMaxAttempts = 8;
const defaultLeaseMs = 5 * 60_000;

/**
 * The MACD outbox's second half: send every due approval message once, record where it landed
 * (so a decision redraws it) or why it failed and when to try again. The submit handler calls it
 * for its new request, the macd-notifications job for everything due; a notification is claimed
 * with a lease in one conditional UPDATE (as alert deliveries are), so two runs never both send it.
 */
export async function deliverMacdNotifications(options: DeliverMacdNotificationsOptions, deps: DomainDeps): Promise<MacdDeliverySummary> {
  const { prisma, logger } = deps;
  const now = deps.now();
  const byPlatform = new Map(options.notifiers.map((notifier) => [notifier.platform as string, notifier]));
  const summary: MacdDeliverySummary = { sent: 0, retrying: 0, failed: 0, skipped: 0 };
  if (byPlatform.size === 0) return summary;
  const isClaimable = { state: 'pending' as const, OR: [{ leaseOwner: null }, { leaseExpiresAt: { lt: now } }] };
  const due = await prisma.macdNotification.findMany({
    where: {
      ...isClaimable,
      nextAttemptAt: { lte: now },
      platform: { in: [...byPlatform.keys()] },
      ...(options.requestId === undefined ? {} : { requestId: options.requestId }),
    },
    orderBy: { id: 'asc' },
  });
  const owner = randomUUID();
  const leaseExpiresAt = new Date(now.getTime() + (options.leaseMs ?? defaultLeaseMs));
  const views = new Map<number, Promise<MacdRequestView | null>>();
  const viewOf = (requestId: number) => {
    const cached = views.get(requestId) ?? loadMacdRequestView(requestId, deps);
    views.set(requestId, cached);
    return cached;
  };
  const release = (notification: MacdNotification, data: Parameters<typeof prisma.macdNotification.updateMany>[0]['data']) =>
    prisma.macdNotification.updateMany({
      where: { id: notification.id, leaseOwner: owner },
      data: { ...data, leaseOwner: null, leaseExpiresAt: null },
    });

  // Approvers are independent: a slow or failing one does not hold up the others.
  await Promise.all(
    due.map(async (notification) => {
      const notifier = byPlatform.get(notification.platform);
      if (!notifier || notification.recipientId === null) return;
      const { count } = await prisma.macdNotification.updateMany({
        where: { id: notification.id, ...isClaimable },
        data: { leaseOwner: owner, leaseExpiresAt, attempts: { increment: 1 } },
      });
      if (count === 0) return;
      const attempt = notification.attempts + 1;
      const request = await viewOf(notification.requestId);
      if (!request?.isOpen) {
        await release(notification, { state: 'skipped' });
        summary.skipped += 1;
        return;
      }
      try {
        const sent = await notifier.send({ recipientId: notification.recipientId, request, route: notification.route });
        await release(notification, { state: 'sent', conversationId: sent.conversationId, messageId: sent.messageId, lastError: null });
        await recordMacdMessage({ requestId: request.id, platform: notifier.platform, ...sent }, deps);
        summary.sent += 1;
      } catch (error) {
        const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
        const isLast = attempt >= (options.maxAttempts ?? defaultMaxAttempts);
        const nextAttemptAt = new Date(
          now.getTime() + backoffDelayMs(attempt, options.backoff ?? defaultMacdBackoff, retryAfterMsOf(error)),
        );
        await release(notification, { lastError: reason, nextAttemptAt, ...(isLast ? { state: 'failed' as const } : {}) });
        logger.warn('macd approval message not delivered', { requestId: request.id, platform: notifier.platform, attempt, isLast, reason });
        if (isLast) summary.failed += 1;
        else summary.retrying += 1;
      }
    }),
  );
  return summary;
}
