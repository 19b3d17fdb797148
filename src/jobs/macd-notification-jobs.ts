import type { MacdApproverNotifier } from '../domain/macd/macd-approver-notifier.js';
import { deliverMacdNotifications, type DeliverMacdNotificationsOptions } from '../domain/macd/deliver-macd-notifications.js';
import type { Job } from './job.js';

/** Every five minutes: the default backoff starts at five minutes, so no due retry waits long. */
const macdNotificationsSchedule = '*/5 * * * *';

/**
 * Retries the approval messages a submit could not deliver (an approver Slack or Teams refused),
 * with the outbox's backoff. `notifiers` is read at run time: surfaces are built after the jobs.
 */
export function createMacdNotificationJob(
  options: { notifiers: () => readonly MacdApproverNotifier[] } & Omit<DeliverMacdNotificationsOptions, 'notifiers' | 'requestId'>,
): Job {
  const { notifiers, ...delivery } = options;
  return {
    id: 'macd-notifications',
    schedule: macdNotificationsSchedule,
    description: 'Retry the MACD approval messages an approver could not be sent, with backoff',
    run: async (context) => {
      const summary = await deliverMacdNotifications({ ...delivery, notifiers: notifiers() }, context);
      if (summary.sent + summary.failed + summary.retrying > 0) context.logger.info('macd approval messages retried', { ...summary });
      return [];
    },
  };
}
