import type { AlertKind } from '../../domain/alerts/alert-destination.js';
import type { ChannelSubscription } from '../../domain/alerts/channel-subscription.js';
import type { ChannelSubscriptionToolResult } from '../../domain/alerts/chat-subscription-rules.js';
import type { ListAlertsToolResult } from '../../domain/alerts/list-alerts.js';
import { formatCount, formatDate } from '../../domain/shared/format.js';
import type { ChatPlace } from '../../domain/shared/chat-place.js';
import { maxTableRows, pluralize, type Presentation } from './presentation.js';

const kindWords: Record<AlertKind, string> = {
  anomaly: 'cost anomalies',
  'notice-deadline': 'contract notice deadlines',
  budget: 'budget alerts',
  'billing-discrepancy': 'billing discrepancies',
};

/** "this Teams channel", "this group chat", "this chat" (a 1:1), "the console": worded for the place. */
const placeWords = (result: { place: ChatPlace | null }) => {
  const place = result.place;
  if (!place) return 'this channel';
  if (place.platform === 'console') return 'the console';
  switch (place.conversationType) {
    case 'personal':
      return 'this chat';
    case 'group':
      return 'this group chat';
    case 'channel':
    case undefined:
      return `this ${place.platform === 'slack' ? 'Slack' : 'Teams'} channel`;
  }
};

function describeKind(entry: ChannelSubscription['kinds'][number]): string {
  const filters = [
    entry.costCenters.length > 0 ? `cost centers ${entry.costCenters.join(', ')}` : '',
    entry.vendors.length > 0 ? `vendors ${entry.vendors.join(', ')}` : '',
  ].filter(Boolean);
  return `${kindWords[entry.kind]}${filters.length > 0 ? ` (only ${filters.join('; ')})` : ' (all)'}`;
}

function describeSubscription(subscription: ChannelSubscription): string[] {
  return [
    ...subscription.kinds.map((entry) => `• ${describeKind(entry)}`),
    subscription.isDigest ? 'Delivered as one daily digest.' : 'Delivered one message per alert.',
  ];
}

const subscriptionFollowUps = ['What is this channel subscribed to?', 'Recent alerts', 'Which alerts failed?'];

export function presentChannelSubscription(result: ChannelSubscriptionToolResult): Presentation {
  const where = placeWords(result);
  const context = {};
  switch (result.outcome) {
    case 'needs_channel':
      return { text: result.message, facts: [], followUps: [], context };
    case 'not_subscribed':
      return {
        text: `${capitalize(where)} is not subscribed to ${result.changedKinds.length > 0 ? 'those' : 'any'} alerts.`,
        facts: [],
        followUps: ['Subscribe this channel to anomalies'],
        context,
      };
    case 'subscribed':
      return {
        text: [
          `Subscribed ${where} to ${result.changedKinds.map((kind) => kindWords[kind]).join(', ')}. It now receives:`,
          ...describeSubscription(result.subscription!),
        ].join('\n'),
        facts: [],
        followUps: subscriptionFollowUps,
        context,
      };
    case 'unsubscribed':
      return {
        text: [
          `Unsubscribed ${where} from ${result.changedKinds.map((kind) => kindWords[kind]).join(', ')}.`,
          ...(result.subscription ? ['It still receives:', ...describeSubscription(result.subscription)] : ['It receives no alerts now.']),
        ].join('\n'),
        facts: [],
        followUps: ['What is this channel subscribed to?'],
        context,
      };
    case 'listed':
      return {
        text: [`${capitalize(where)} receives:`, ...describeSubscription(result.subscription!)].join('\n'),
        facts: [],
        followUps: ['Recent alerts', 'Unsubscribe'],
        context,
      };
  }
}

export function presentAlerts(result: ListAlertsToolResult): Presentation {
  const statusPhrase = result.statuses ? `${result.statuses.join(' or ')} ` : '';
  const where = result.scope === 'this_channel' ? ` in ${placeWords(result)}` : '';
  const counts = `${formatCount(result.countsByStatus.sent)} sent, ${formatCount(result.countsByStatus.pending)} pending, ${formatCount(result.countsByStatus.failed)} failed`;
  if (result.alertCount === 0) {
    return {
      text: `No ${statusPhrase}alerts${where} (recent alerts: ${counts}).`,
      facts: [{ label: 'Alerts', value: '0', raw: '0' }],
      followUps: ['What is this channel subscribed to?'],
      context: {},
    };
  }
  const lines = result.alerts.map((alert) => {
    const failures = alert.deliveries.filter((delivery) => delivery.status === 'failed');
    const failureWords =
      failures.length > 0
        ? ` — failed to ${failures.map((delivery) => `${delivery.platform} ${delivery.channelId}${delivery.lastError ? ` (${delivery.lastError})` : ''}`).join(', ')}`
        : '';
    const handling = alert.handling.length > 0 ? ` — ${alert.handling.join('; ')}` : '';
    return `• #${alert.id} ${formatDate(alert.createdAt)} [${alert.status}] ${alert.title}${failureWords}${handling}`;
  });
  return {
    text: [
      `${formatCount(result.alertCount)} ${statusPhrase}${pluralize(result.alertCount, 'alert')}${where} (${counts}); the latest:`,
      ...lines,
    ].join('\n'),
    facts: [
      { label: 'Alerts', value: formatCount(result.alertCount), raw: String(result.alertCount) },
      { label: 'Failed', value: formatCount(result.countsByStatus.failed), raw: String(result.countsByStatus.failed) },
    ],
    table: {
      columns: [
        { key: 'id', label: '#' },
        { key: 'date', label: 'Created' },
        { key: 'kind', label: 'Kind' },
        { key: 'title', label: 'Alert' },
        { key: 'status', label: 'Status' },
        { key: 'deliveries', label: 'Deliveries' },
        { key: 'handling', label: 'Handled' },
      ],
      rows: result.alerts.slice(0, maxTableRows).map((alert) => ({
        id: String(alert.id),
        date: formatDate(alert.createdAt),
        kind: alert.kind,
        title: alert.title,
        status: alert.status,
        deliveries: alert.deliveries.map((delivery) => `${delivery.platform}:${delivery.channelId} ${delivery.status}`).join(', '),
        handling: alert.handling.join('; '),
      })),
      totalRows: result.alertCount,
    },
    followUps: ['Which alerts failed?', 'What is this channel subscribed to?'],
    context: {},
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
