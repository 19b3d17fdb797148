import type { DomainDeps } from '../deps.js';
import type { AlertDestination, AlertMessage } from './alert-destination.js';

export interface RedrawPostedAlertInput {
  alertId: number;
  message: AlertMessage;
  destinations: readonly AlertDestination[];
  /** a copy the platform redraws itself (a Teams card replaced by the invoke response) */
  skip?: { platform: AlertDestination['platform']; messageRef: string };
  /** a copy clicked in chat that the outbox may not know (posted before the outbox recorded it) */
  clicked?: { platform: AlertDestination['platform']; messageRef: string };
}

/**
 * Every posted copy of the alert (each channel it went to, on every platform) shows who acted.
 * A copy that cannot be redrawn is logged, not retried: the click itself already succeeded.
 */
export async function redrawPostedAlert(input: RedrawPostedAlertInput, deps: Pick<DomainDeps, 'prisma' | 'logger'>): Promise<number> {
  const deliveries = await deps.prisma.alertDelivery.findMany({
    where: { alertId: input.alertId, status: 'sent', messageRef: { not: null } },
  });
  const copies = new Map<string, { platform: string; messageRef: string }>();
  for (const delivery of deliveries)
    copies.set(`${delivery.platform}\u0000${delivery.messageRef}`, { platform: delivery.platform, messageRef: delivery.messageRef! });
  if (input.clicked) copies.set(`${input.clicked.platform}\u0000${input.clicked.messageRef}`, input.clicked);
  if (input.skip) copies.delete(`${input.skip.platform}\u0000${input.skip.messageRef}`);
  let redrawn = 0;
  for (const copy of copies.values()) {
    const destination = input.destinations.find((candidate) => candidate.platform === copy.platform);
    if (!destination?.update) continue;
    try {
      await destination.update(copy.messageRef, input.message);
      redrawn += 1;
    } catch (error) {
      deps.logger.warn('alert message not redrawn', {
        alertId: input.alertId,
        platform: copy.platform,
        messageRef: copy.messageRef,
        error,
      });
    }
  }
  return redrawn;
}
