import type { Prisma } from '../../db/generated/client.js';
import type { DomainDeps } from '../deps.js';
import type { AlertDraft, StoredAlert } from './alert-draft.js';
import { readStoredAlert } from './read-stored-alert.js';
import { matchesFilter, readSubscriptionFilters } from './subscription-filters.js';

/**
 * The outbox's first half: store each draft unless its dedupe key exists (a unique index decides,
 * so re-runs, restarts and replicas racing each other store it once), and queue one delivery per
 * subscribed channel. Returns only the alerts this call created.
 */
export async function createAlerts(drafts: readonly AlertDraft[], deps: Pick<DomainDeps, 'prisma' | 'logger'>): Promise<StoredAlert[]> {
  const { prisma } = deps;
  const subscriptions = await prisma.subscription.findMany();
  const created: StoredAlert[] = [];
  for (const draft of drafts) {
    const payload = JSON.stringify({ message: draft.message, scope: draft.scope, finding: draft.finding });
    const inserted = await prisma.$queryRaw<Array<{ id: number }>>`
      INSERT INTO "Alert" ("kind", "dedupeKey", "title", "payload", "status")
      VALUES (${draft.kind}, ${draft.dedupeKey}, ${draft.title}, ${payload}::jsonb, 'pending')
      ON CONFLICT ("dedupeKey") DO NOTHING
      RETURNING "id"`;
    const id = inserted[0]?.id;
    if (id === undefined) continue;
    const recipients = subscriptions.filter(
      (subscription) =>
        subscription.alertKinds.includes(draft.kind) &&
        matchesFilter(readSubscriptionFilters(subscription.filters).byKind[draft.kind], draft.scope),
    );
    if (recipients.length > 0) {
      await prisma.alertDelivery.createMany({
        data: recipients.map((subscription) => ({ alertId: id, platform: subscription.platform, channelId: subscription.channelId })),
        skipDuplicates: true,
      });
    } else {
      // Nobody listens: the alert is kept (visible from chat) and counts as delivered.
      await prisma.alert.update({ where: { id }, data: { status: 'sent' } });
    }
    const row = await prisma.alert.findUniqueOrThrow({ where: { id } });
    created.push(readStoredAlert(row));
  }
  if (created.length > 0)
    deps.logger.info('alerts created', { count: created.length, kinds: [...new Set(created.map((alert) => alert.kind))] });
  return created;
}

export type AlertPayload = Prisma.InputJsonValue;
