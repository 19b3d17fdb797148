import { z } from 'zod';
import type { AlertStatus } from '../../db/generated/client.js';
import { LedgerlineError } from '../../errors.js';
import { defineTool, type ToolContext } from '../tools/define-tool.js';
import type { ChatPlace } from '../shared/chat-place.js';
import type { Viewer } from '../shared/viewer.js';
import type { AlertKind } from './alert-destination.js';
import { alertKindValues } from './chat-subscription-rules.js';
import { readStoredAlert } from './read-stored-alert.js';
import { describeAlertState, readAlertStates } from './alert-feedback.js';

// The list_alerts tool: recent alerts from the outbox with their delivery status per channel.
// "This channel" is where the question was asked (context.place), never an argument.

const alertStatusValues = ['pending', 'sent', 'failed'] as const;

export interface AlertDeliveryView {
  platform: string;
  channelId: string;
  status: AlertStatus;
  attempts: number;
  lastError: string | null;
  isThisChannel: boolean;
}

export interface ListedAlert {
  id: number;
  kind: AlertKind;
  title: string;
  summary: string;
  /** this channel's delivery status when listing one channel; the alert's overall status otherwise */
  status: AlertStatus;
  createdAt: string;
  deliveries: AlertDeliveryView[];
  /** who acknowledged it, marked it expected or snoozed it, as people read it */
  handling: string[];
}

export interface ListAlertsToolResult {
  place: ChatPlace | null;
  scope: 'this_channel' | 'all_channels';
  statuses: AlertStatus[] | null;
  kinds: AlertKind[] | null;
  /** newest first */
  alerts: ListedAlert[];
  /** alerts matching, before the limit */
  alertCount: number;
  countsByStatus: Record<AlertStatus, number>;
}

/** A viewer limited to some cost centers sees only alerts about those cost centers. */
function isVisible(viewer: Viewer, scopeCostCenters: string[]): boolean {
  if (viewer.costCenterScope === '*') return true;
  const allowed = new Set(viewer.costCenterScope.map((code) => code.toLowerCase()));
  return scopeCostCenters.length > 0 && scopeCostCenters.some((code) => allowed.has(code.toLowerCase()));
}

async function loadAlerts(input: { channel?: 'this' | 'all' | undefined; kinds?: AlertKind[] | undefined }, context: ToolContext) {
  const place = context.place;
  const isThisChannel = input.channel === 'this';
  if (isThisChannel && !place) return null;
  // Recent means the last few hundred: the outbox keeps every alert forever.
  const rows = await context.prisma.alert.findMany({
    where: {
      ...(input.kinds ? { kind: { in: input.kinds } } : {}),
      ...(isThisChannel && place ? { deliveries: { some: { platform: place.platform, channelId: place.channelId } } } : {}),
    },
    include: { deliveries: { orderBy: { id: 'asc' } } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 500,
  });
  return rows.flatMap((row): ListedAlert[] => {
    const stored = readStoredAlert(row);
    if (!isVisible(context.viewer, stored.scope.costCenters)) return [];
    const deliveries = row.deliveries.map((delivery) => ({
      platform: delivery.platform,
      channelId: delivery.channelId,
      status: delivery.status,
      attempts: delivery.attempts,
      lastError: delivery.lastError,
      isThisChannel: place !== undefined && delivery.platform === place.platform && delivery.channelId === place.channelId,
    }));
    const here = deliveries.find((delivery) => delivery.isThisChannel);
    return [
      {
        id: row.id,
        kind: stored.kind,
        title: row.title,
        summary: stored.message.summary,
        status: isThisChannel && here ? here.status : row.status,
        createdAt: row.createdAt.toISOString(),
        deliveries,
        handling: [],
      },
    ];
  });
}

export const listAlertsTool = defineTool({
  name: 'list_alerts',
  description:
    'Recent alerts (anomalies, notice deadlines, budgets, billing discrepancies), newest first, with their delivery status: pending, sent or failed, per destination channel with the last error. Answers "recent alerts", "which alerts failed?", "what was posted in this channel?".',
  input: z.object({
    statuses: z.array(z.enum(alertStatusValues)).optional().describe('Only alerts in these delivery statuses, e.g. ["failed"]'),
    kinds: z.array(z.enum(alertKindValues)).optional().describe('Only these alert kinds'),
    channel: z
      .enum(['this', 'all'])
      .optional()
      .describe('"this": only alerts delivered to the channel the person is asking in; "all" (default): every channel'),
    limit: z.number().int().min(1).max(100).optional().describe('Alerts listed (default 10); counts cover all'),
  }),
  async run(input, context): Promise<ListAlertsToolResult> {
    const listed = await loadAlerts(input, context);
    const scope = input.channel === 'this' ? 'this_channel' : 'all_channels';
    if (listed === null) {
      throw new LedgerlineError(
        'INVALID_INPUT',
        'Alerts "in this channel" need a channel: ask in the channel, or ask for recent alerts in every channel.',
      );
    }
    const countsByStatus: Record<AlertStatus, number> = { pending: 0, sent: 0, failed: 0 };
    for (const alert of listed) countsByStatus[alert.status] += 1;
    const matching = input.statuses ? listed.filter((alert) => input.statuses!.includes(alert.status)) : listed;
    return {
      place: context.place ?? null,
      scope,
      statuses: input.statuses ?? null,
      kinds: input.kinds ?? null,
      alerts: await withHandling(matching.slice(0, input.limit ?? 10), context),
      alertCount: matching.length,
      countsByStatus,
    };
  },
});

async function withHandling(alerts: ListedAlert[], context: ToolContext): Promise<ListedAlert[]> {
  const states = await readAlertStates(
    alerts.map((alert) => alert.id),
    context,
  );
  return alerts.map((alert) => {
    const state = states.get(alert.id);
    return { ...alert, handling: state ? describeAlertState(state, context.now()) : [] };
  });
}
