import type { App, webApi } from '@slack/bolt';
import type { PrismaClient } from '../../../db/generated/client.js';
import type { ChatImportOptions } from '../../../domain/ingest/chat-import/chat-import-deps.js';
import {
  describeCancelled,
  describeOffer,
  describeProgress,
  describeResult,
} from '../../../domain/ingest/chat-import/describe-chat-import.js';
import { receiveChatFile } from '../../../domain/ingest/chat-import/receive-chat-file.js';
import { cancelChatImport, runChatImport } from '../../../domain/ingest/chat-import/run-chat-import.js';
import type { Viewer } from '../../../domain/shared/viewer.js';
import type { Logger } from '../../../logger.js';
import { claimSlackDelivery } from '../claim-slack-delivery.js';
import { renderNotice } from '../render-answer-blocks.js';
import { downloadSlackFile } from './download-slack-file.js';
import { chatImportActionIds, renderChatImportMessage } from './render-chat-import-message.js';

export interface ChatImportListenerDeps {
  client: webApi.WebClient;
  botToken: string;
  apiUrl: string | undefined;
  prisma: PrismaClient;
  now: () => Date;
  logger: Logger;
  viewerFor(userId: string): Promise<Viewer>;
  fileImports: ChatImportOptions;
  /** Work after the ack; stop() waits for it. Imports run outside the answers' queue: a long one must not hold up questions. */
  track(work: Promise<unknown>): void;
}

interface SlackFile {
  id?: string | undefined;
  name?: string | null | undefined;
  url_private_download?: string | undefined;
}

/**
 * Files dropped in a direct message with Ledgerline: confirmed with Import / Cancel, imported by
 * the same code as `ledgerline import`, the same message then showing progress and the summary.
 */
export function registerChatImportListeners(app: App, deps: ChatImportListenerDeps): void {
  const { client, logger } = deps;
  const chatImportDeps = { ...deps.fileImports, prisma: deps.prisma, now: deps.now, logger };
  const later = (task: () => Promise<void>) =>
    deps.track(task().catch((error: unknown) => logger.error('slack chat import failed', { error })));

  app.event('message', async ({ event, body }) => {
    if (event.channel_type !== 'im' || (event.subtype !== 'file_share' && event.subtype !== undefined) || 'bot_id' in event) return;
    const files: SlackFile[] = 'files' in event && Array.isArray(event.files) ? event.files : [];
    if (files.length === 0 || !event.user) return;
    const { channel, user } = event;
    later(async () => {
      // Slack retries an event it did not see acknowledged in 3 s: one delivery answers.
      if (!(await claimSlackDelivery(deps.prisma, `event:${body.event_id}`))) return;
      const viewer = await deps.viewerFor(user);
      for (const file of files) {
        const url = file.url_private_download;
        if (!file.id || !url) continue;
        const received = await receiveChatFile(
          {
            file: {
              platform: 'slack',
              conversationId: channel,
              userId: user,
              fileKey: `slack:${file.id}`,
              fileName: file.name ?? file.id,
              download: () => downloadSlackFile({ url, botToken: deps.botToken, apiUrl: deps.apiUrl }),
            },
            viewer,
          },
          chatImportDeps,
        );
        switch (received.outcome) {
          case 'repeated':
            break;
          case 'refused':
            await client.chat.postMessage({ channel, ...renderNotice(received.text) });
            // One refusal is enough for a message of several files.
            return;
          case 'discarded':
            await client.chat.postMessage({ channel, ...renderNotice(received.text) });
            break;
          case 'offered':
            await client.chat.postMessage({
              channel,
              ...renderChatImportMessage(describeOffer(received.offer), { chatImportId: received.offer.chatImportId }),
            });
            break;
        }
      }
    });
  });

  app.action({ type: 'block_actions', action_id: chatImportActionIds.confirm }, async ({ ack, body, action }) => {
    await ack();
    const chatImportId = Number('value' in action ? action.value : NaN);
    const channel = body.channel?.id;
    const ts = 'container' in body && typeof body.container?.message_ts === 'string' ? body.container.message_ts : undefined;
    if (!Number.isInteger(chatImportId) || !channel || !ts) return;
    later(async () => {
      const run = await runChatImport(
        {
          chatImportId,
          viewer: await deps.viewerFor(body.user.id),
          onProgress: async (progress) => {
            await client.chat.update({ channel, ts, ...renderChatImportMessage(describeProgress(progress)) });
          },
        },
        chatImportDeps,
      );
      switch (run.outcome) {
        case 'taken':
          // The other click's message already shows where the import is.
          return;
        case 'refused':
          await client.chat.postMessage({ channel, ...renderNotice(run.text) });
          return;
        case 'failed':
          await client.chat.update({
            channel,
            ts,
            ...renderChatImportMessage({
              title: `The import of ${run.fileName} failed; nothing was written.`,
              lines: ['Send the file again in a moment; if it fails again, ask whoever runs Ledgerline to look at its log.'],
            }),
          });
          return;
        case 'finished': {
          const words = describeResult(run.result);
          await client.chat.update({ channel, ts, ...renderChatImportMessage(words) });
          if (words.report)
            await client.files.uploadV2({
              channel_id: channel,
              thread_ts: ts,
              content: words.report.text,
              filename: words.report.fileName,
              title: words.report.fileName,
            });
          return;
        }
      }
    });
  });

  app.action({ type: 'block_actions', action_id: chatImportActionIds.cancel }, async ({ ack, body, action }) => {
    await ack();
    const chatImportId = Number('value' in action ? action.value : NaN);
    const channel = body.channel?.id;
    const ts = 'container' in body && typeof body.container?.message_ts === 'string' ? body.container.message_ts : undefined;
    if (!Number.isInteger(chatImportId) || !channel || !ts) return;
    later(async () => {
      const cancelled = await cancelChatImport({ chatImportId }, chatImportDeps);
      if (cancelled.isCancelled && cancelled.fileName)
        await client.chat.update({ channel, ts, ...renderChatImportMessage(describeCancelled(cancelled.fileName)) });
    });
  });
}
