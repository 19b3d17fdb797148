import type { webApi } from '@slack/bolt';
import type { ChartSpec } from '../../assistant/answer.js';
import type { AlertDestination, AlertMessage } from '../../domain/alerts/alert-destination.js';
import type { Logger } from '../../logger.js';
import { renderAlertBlocks } from './render-alert-blocks.js';
import { renderChartPng, slackChartCanvas } from '../shared/render-chart-png.js';

function chartOf(alert: AlertMessage): ChartSpec | undefined {
  if (!alert.series || alert.series.categories.length === 0) return undefined;
  const series = [{ name: 'Actual', values: alert.series.actual }];
  if (alert.series.expected) series.push({ name: 'Expected', values: alert.series.expected });
  return { kind: 'line', title: alert.title, categories: alert.series.categories, series, unit: alert.series.unit };
}

/** The metadata type of an alert message; its payload lists the outbox deliveries it settled. */
const deliveryEventType = 'ledgerline_alert_delivery';
/** A dead run's posts are minutes old: a few pages of a channel's history reach them. */
const maxHistoryPages = 5;

/** Alerts into Slack channels: one chat.postMessage per alert, the chart (if any) in its thread; chat.update to redraw it. */
export function createSlackAlertDestination(client: webApi.WebClient, logger: Logger): AlertDestination {
  return {
    platform: 'slack',
    async post(channelId, alert, deliveryIds) {
      const posted = await client.chat.postMessage({
        channel: channelId,
        ...renderAlertBlocks(alert),
        // Kept with the message so a later run can tell it was posted (findPosted).
        metadata: { event_type: deliveryEventType, event_payload: { deliveries: deliveryIds.join(',') } },
      });
      const ts = posted.ts ?? '';
      const chart = chartOf(alert);
      if (chart) {
        // The alert is already delivered; throwing now would make the outbox post it twice.
        await renderChartPng(chart, slackChartCanvas)
          .then((png) =>
            client.files.uploadV2({
              channel_id: posted.channel ?? channelId,
              thread_ts: ts,
              file: png,
              filename: 'ledgerline-alert.png',
              title: alert.title,
            }),
          )
          .catch((error: unknown) => logger.warn('slack alert chart upload failed', { alertId: alert.alertId, error }));
      }
      return { messageRef: `${posted.channel ?? channelId}:${ts}` };
    },
    async findPosted(channelId, deliveryIds, since) {
      const wanted = new Set(deliveryIds);
      const found = new Map<number, string>();
      let cursor: string | undefined;
      for (let page = 0; page < maxHistoryPages && found.size < wanted.size; page += 1) {
        const history = await client.conversations.history({
          channel: channelId,
          oldest: (since.getTime() / 1000).toFixed(6),
          include_all_metadata: true,
          limit: 200,
          ...(cursor ? { cursor } : {}),
        });
        for (const message of history.messages ?? []) {
          if (message.metadata?.event_type !== deliveryEventType || !message.ts) continue;
          const listed = String((message.metadata.event_payload as { deliveries?: unknown } | undefined)?.deliveries ?? '');
          for (const id of listed.split(',').map(Number)) if (wanted.has(id)) found.set(id, `${channelId}:${message.ts}`);
        }
        cursor = history.response_metadata?.next_cursor || undefined;
        if (!cursor) break;
      }
      return found;
    },
    // Redrawn in place when someone acts on it: the channel sees who, and the buttons used are gone.
    async update(messageRef, alert) {
      const separator = messageRef.lastIndexOf(':');
      await client.chat.update({
        channel: messageRef.slice(0, separator),
        ts: messageRef.slice(separator + 1),
        ...renderAlertBlocks(alert),
      });
    },
  };
}
