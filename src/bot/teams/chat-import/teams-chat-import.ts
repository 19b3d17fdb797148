import { Readable } from 'node:stream';
import type { ReadableStream } from 'node:stream/web';
import type { TurnContext } from '@microsoft/agents-hosting';
import { MessageFactory } from '@microsoft/agents-hosting';
import type { PrismaClient } from '../../../db/generated/client.js';
import type { ChatImportOptions } from '../../../domain/ingest/chat-import/chat-import-deps.js';
import type { ChatImportWords } from '../../../domain/ingest/chat-import/describe-chat-import.js';
import {
  describeCancelled,
  describeOffer,
  describeProgress,
  describeResult,
} from '../../../domain/ingest/chat-import/describe-chat-import.js';
import { receiveChatFile } from '../../../domain/ingest/chat-import/receive-chat-file.js';
import { cancelChatImport, runChatImport } from '../../../domain/ingest/chat-import/run-chat-import.js';
import type { Viewer } from '../../../domain/shared/viewer.js';
import { LedgerlineError } from '../../../errors.js';
import type { Logger } from '../../../logger.js';
import type { AdaptiveCard, CardElement } from '../adaptive-card.js';
import { adaptiveCardContentType, createCard } from '../adaptive-card.js';

/** A file a person attached in a 1:1 chat with the bot (the manifest's supportsFiles). */
const fileDownloadInfoType = 'application/vnd.microsoft.teams.file.download.info';

const chatImportVerbs = { confirm: 'chatImport.confirm', cancel: 'chatImport.cancel' } as const;

export interface TeamsChatImportDeps {
  prisma: PrismaClient;
  now: () => Date;
  logger: Logger;
  fileImports: ChatImportOptions;
  viewerOf(context: TurnContext): Promise<Viewer>;
}

interface FileAttachment {
  name: string;
  downloadUrl: string;
  uniqueId: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function filesOf(context: TurnContext): FileAttachment[] {
  return (context.activity.attachments ?? []).flatMap((attachment) => {
    const content: unknown = attachment.content;
    if (attachment.contentType !== fileDownloadInfoType || !isRecord(content) || typeof content.downloadUrl !== 'string') return [];
    const uniqueId = typeof content.uniqueId === 'string' ? content.uniqueId : content.downloadUrl;
    return [{ name: attachment.name ?? 'upload', downloadUrl: content.downloadUrl, uniqueId }];
  });
}

/** A chat import's words as a card: the title in bold, the lines, and Import / Cancel while the file waits. */
function renderChatImportCard(words: ChatImportWords, options: { chatImportId?: number } = {}): AdaptiveCard {
  const body: CardElement[] = [
    { type: 'TextBlock', text: words.title, weight: 'Bolder', wrap: true },
    ...words.lines.map((line): CardElement => ({ type: 'TextBlock', text: line, wrap: true, spacing: 'Small' })),
  ];
  const id = options.chatImportId;
  return createCard(
    body,
    id === undefined
      ? []
      : [
          { type: 'Action.Submit', title: 'Import', data: { verb: chatImportVerbs.confirm, chatImportId: id } },
          { type: 'Action.Submit', title: 'Cancel', data: { verb: chatImportVerbs.cancel, chatImportId: id } },
        ],
  );
}

/** Teams refuses a message over about 28 KB. */
const maximumReportCharacters = 20_000;

function reportMessage(report: { fileName: string; text: string }): string {
  const isCut = report.text.length > maximumReportCharacters;
  const text = isCut ? report.text.slice(0, report.text.lastIndexOf('\n', maximumReportCharacters)) : report.text;
  const tail = isCut ? '\n\n… the rest is cut to fit a Teams message; `ledgerline import` prints every problem.' : '';
  return `**${report.fileName}**\n\n${text.trimEnd().split('\n').join('\n\n')}${tail}`;
}

const cardMessage = (card: AdaptiveCard) => MessageFactory.attachment({ contentType: adaptiveCardContentType, content: card });

/** The pre-authenticated download Teams hands the bot: no token of ours goes with it. */
async function download(url: string): Promise<AsyncIterable<Uint8Array>> {
  const response = await fetch(url);
  if (!response.ok || !response.body)
    throw new LedgerlineError('UNAVAILABLE', `Teams did not hand over the file (HTTP ${response.status})`);
  return Readable.fromWeb(response.body as ReadableStream<Uint8Array>);
}

/**
 * Files attached in a personal chat and the Import / Cancel buttons of their card, with the same
 * domain steps as Slack. True when the turn was one of these.
 */
export async function handleTeamsChatImport(context: TurnContext, deps: TeamsChatImportDeps): Promise<boolean> {
  const chatImportDeps = { ...deps.fileImports, prisma: deps.prisma, now: deps.now, logger: deps.logger };
  const value: unknown = context.activity.value;
  if (isRecord(value) && (value.verb === chatImportVerbs.confirm || value.verb === chatImportVerbs.cancel)) {
    const chatImportId = Number(value.chatImportId);
    const cardId = context.activity.replyToId;
    if (!Number.isInteger(chatImportId)) return true;
    // The pressed card is replaced in place: progress, then the summary.
    const replace = async (words: ChatImportWords) => {
      if (!cardId) {
        await context.sendActivity(cardMessage(renderChatImportCard(words)));
        return;
      }
      const update = cardMessage(renderChatImportCard(words));
      update.id = cardId;
      await context.updateActivity(update);
    };
    if (value.verb === chatImportVerbs.cancel) {
      const cancelled = await cancelChatImport({ chatImportId }, chatImportDeps);
      if (cancelled.isCancelled && cancelled.fileName) await replace(describeCancelled(cancelled.fileName));
      return true;
    }
    const run = await runChatImport(
      { chatImportId, viewer: await deps.viewerOf(context), onProgress: (progress) => replace(describeProgress(progress)) },
      chatImportDeps,
    );
    switch (run.outcome) {
      case 'taken':
        return true;
      case 'refused':
        await context.sendActivity(MessageFactory.text(run.text));
        return true;
      case 'failed':
        await replace({
          title: `The import of ${run.fileName} failed; nothing was written.`,
          lines: ['Send the file again in a moment; if it fails again, ask whoever runs Ledgerline to look at its log.'],
        });
        return true;
      case 'finished': {
        const words = describeResult(run.result);
        await replace(words);
        // Teams takes files from a bot only through a OneDrive consent card; the report goes as a message, within Teams' size.
        if (words.report) await context.sendActivity(MessageFactory.text(reportMessage(words.report)));
        return true;
      }
    }
  }

  const files = filesOf(context);
  if (files.length === 0 || context.activity.conversation?.conversationType !== 'personal') return false;
  const viewer = await deps.viewerOf(context);
  for (const file of files) {
    const received = await receiveChatFile(
      {
        file: {
          platform: 'teams',
          conversationId: context.activity.conversation.id,
          userId: context.activity.from?.aadObjectId ?? context.activity.from?.id ?? '',
          fileKey: `teams:${file.uniqueId}`,
          fileName: file.name,
          download: () => download(file.downloadUrl),
        },
        viewer,
      },
      chatImportDeps,
    );
    switch (received.outcome) {
      case 'repeated':
        break;
      case 'refused':
        await context.sendActivity(MessageFactory.text(received.text));
        return true;
      case 'discarded':
        await context.sendActivity(MessageFactory.text(received.text));
        break;
      case 'offered':
        await context.sendActivity(
          cardMessage(renderChatImportCard(describeOffer(received.offer), { chatImportId: received.offer.chatImportId })),
        );
        break;
    }
  }
  return true;
}
