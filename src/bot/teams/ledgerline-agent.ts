import type { AdaptiveCardInvokeResponse, AdaptiveCardInvokeValue, TurnContext } from '@microsoft/agents-hosting';
import { ActivityHandler, MessageFactory } from '@microsoft/agents-hosting';
import type { Assistant } from '../../assistant/assistant.js';
import type { PrismaClient } from '../../db/generated/client.js';
import type { ChatImportOptions } from '../../domain/ingest/chat-import/chat-import-deps.js';
import type { Viewer } from '../../domain/shared/viewer.js';
import type { Logger } from '../../logger.js';
import type { AdaptiveCard } from './adaptive-card.js';
import { adaptiveCardContentType, askVerb, cardAttachment } from './adaptive-card.js';
import type { RetryPolicy } from './connector-retry.js';
import { withConnectorRetry } from './connector-retry.js';
import {
  forgetConversationReference,
  proactiveConversationId,
  referenceFromActivity,
  saveConversationReference,
} from './conversation-references.js';
import { renderErrorCard, replyForError } from './error-replies.js';
import type { AlertActionRequest, AskedQuestion } from './read-teams-turn.js';
import { welcomeOnce } from '../../assistant/answer-welcome.js';
import type { ChatPlace } from '../../domain/shared/chat-place.js';
import { alertActionFromData, conversationKeyOf, questionFromExecuteData, questionFromMessage } from './read-teams-turn.js';
import { alertActionVerb, renderAlertReplyCard } from './render-alert-card.js';
import { renderAlertCardWithChart } from './teams-alert-destination.js';
import { renderMacdFormCard } from './macd/render-macd-cards.js';
import { alertMacdPrefill } from '../../domain/alerts/alert-macd-prefill.js';
import type { AlertMacdPrefill } from '../../domain/alerts/alert-macd-prefill.js';
import type { AlertActionId } from '../../domain/alerts/alert-destination.js';
import type { AlertActionHandler } from '../../domain/alerts/create-alert-action-handler.js';
import { loadAlertMessage } from '../../domain/alerts/load-alert-message.js';
import { prefillMacdForm } from '../../domain/macd/prefill-macd-form.js';
import { searchServices } from '../../domain/macd/search-services.js';
import { renderAnswerCard } from './render-answer-card.js';
import { resolveTeamsViewer } from './teams-viewer.js';
import { whyCannotRequestChanges } from '../../domain/people/check-request-rights.js';
import { renderAnswerCardWithChart } from './render-answer-card-with-chart.js';
import { handleTeamsChatImport } from './chat-import/teams-chat-import.js';

export interface LedgerlineAgentDependencies {
  assistant: Assistant;
  prisma: PrismaClient;
  now: () => Date;
  logger: Logger;
  defaultRole: Viewer['role'];
  /** LEDGERLINE_ADMINS: admins from their first message. */
  admins?: readonly string[] | undefined;
  retryPolicy?: RetryPolicy;
  /**
   * A pressed alert button (acknowledge, snooze…); returns the reply. The pressed card is replaced
   * by the invoke response, so the handler need not redraw it.
   */
  onAlertAction?: AlertActionHandler;
  /** Files attached in a personal chat are imported (after Import is pressed); without it they are not read. */
  fileImports?: ChatImportOptions | undefined;
}

/** Behaviour for Teams turns: translate the activity, ask the assistant, render a card. */
export class LedgerlineAgent extends ActivityHandler {
  constructor(private readonly dependencies: LedgerlineAgentDependencies) {
    super();
    this.onMessage(async (context, next) => {
      await this.rememberConversation(context);
      // A file attached in a personal chat, or its Import / Cancel: not a question.
      const fileImports = this.dependencies.fileImports;
      const isChatImport = fileImports
        ? await handleTeamsChatImport(context, { ...this.dependencies, fileImports, viewerOf: (turn) => this.viewerOf(turn) })
        : false;
      if (!isChatImport) await this.answerMessage(context);
      await next();
    });
    this.onConversationUpdate(async (context, next) => {
      const botId = context.activity.recipient?.id;
      const isBotAdded = (context.activity.membersAdded ?? []).some((member) => member.id === botId);
      const isBotRemoved = (context.activity.membersRemoved ?? []).some((member) => member.id === botId);
      if (isBotAdded) await this.rememberConversation(context);
      if (isBotAdded) await this.welcome(context);
      if (isBotRemoved) await this.forgetConversation(context);
      await next();
    });
    // The SDK routes installationUpdate by action: "add" and "add-upgrade" arrive here.
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.rememberConversation(context);
      await this.welcome(context);
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      await this.forgetConversation(context);
      await next();
    });
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const { verb, data } = invokeValue.action;
    await this.rememberConversation(context);
    if (verb === askVerb) {
      const asked = questionFromExecuteData(data);
      if (!asked) return invokeError(400, 'BadRequest', 'The button carried no question.');
      // Universal Actions: the card that was pressed is replaced by the answer to its follow-up.
      const card = await this.answerCard(context, asked);
      return { statusCode: 200, type: adaptiveCardContentType, value: { ...card } };
    }
    if (verb === alertActionVerb) {
      const request = alertActionFromData(data);
      if (!request) return invokeError(400, 'BadRequest', 'The button carried no alert.');
      const reply = await this.runAlertAction(context, request);
      // The pressed alert card is replaced by the alert as it now reads (who acted) plus the reply.
      const current = await loadAlertMessage(request.alertId, this.dependencies).catch(() => null);
      const card = current
        ? await renderAlertCardWithChart(current, this.dependencies.logger, { notice: reply })
        : renderAlertReplyCard(reply, request.title);
      return { statusCode: 200, type: adaptiveCardContentType, value: { ...card } };
    }
    return invokeError(400, 'NotSupported', `The action '${verb ?? ''}' is not supported.`);
  }

  private async answerMessage(context: TurnContext): Promise<void> {
    const alertAction = alertActionFromData(context.activity.value);
    if (alertAction && isRecord(context.activity.value) && context.activity.value.verb === alertActionVerb) {
      const reply = await this.runAlertAction(context, alertAction);
      await this.send(context, MessageFactory.text(reply), 'alert action reply');
      return;
    }
    // A message with nothing to ask (a bare @mention) gets the help.
    const asked = questionFromMessage(context.activity.text, context.activity.value) ?? { question: 'help' };
    const card = await this.answerCard(context, asked);
    await this.send(context, MessageFactory.attachment(cardAttachment(card)), 'answer');
  }

  private async answerCard(context: TurnContext, { question, followUpOf }: AskedQuestion): Promise<AdaptiveCard> {
    const { assistant, logger, now } = this.dependencies;
    const conversationId = context.activity.conversation?.id ?? 'unknown';
    try {
      const viewer = await this.viewerOf(context);
      // Subscriptions belong to the chat or channel: the id the alert destination posts to.
      const place = teamsChatPlace(context);
      const answer = await assistant.ask({
        question,
        conversationKey: conversationKeyOf(conversationId),
        viewer,
        surface: 'teams',
        asOf: now(),
        ...(place ? { place } : {}),
        ...(followUpOf ? { followUpOf } : {}),
      });
      return await renderAnswerCardWithChart(answer, logger);
    } catch (error) {
      logger.error('teams question failed', { conversationId, error });
      return renderErrorCard(error);
    }
  }

  private async runAlertAction(context: TurnContext, request: AlertActionRequest): Promise<string> {
    try {
      const viewer = await this.viewerOf(context);
      // "Plan a disconnect" / "Start renewal review": the MACD request form, prefilled, as a new message.
      const prefill = alertMacdPrefillOf(request);
      if (prefill) return await this.sendRequestForm(context, viewer, prefill);
      if (!this.dependencies.onAlertAction) return 'This alert action is not available in Teams yet.';
      const pressed =
        context.activity.type === 'invoke'
          ? { conversationId: context.activity.conversation?.id, activityId: context.activity.replyToId }
          : {};
      return await this.dependencies.onAlertAction({ ...request, viewer, ...pressed });
    } catch (error) {
      return replyForError(error);
    }
  }

  /** The form the MACD handler submits (verb macd.submit); the alert card itself stays in the channel. */
  private async sendRequestForm(context: TurnContext, viewer: Viewer, prefill: AlertMacdPrefill): Promise<string> {
    const refusal = await whyCannotRequestChanges(viewer, this.dependencies);
    if (refusal) return refusal;
    const words = await prefillMacdForm({ text: prefill.words, viewer }, this.dependencies);
    const services = await searchServices({ query: '', viewer, limit: 100 }, this.dependencies);
    if (words.service && !services.some((service) => service.value === words.service?.value)) services.unshift(words.service);
    const values = { ...words.values, ...(prefill.kind === 'disconnect' ? { reason: prefill.note } : {}) };
    const form = renderMacdFormCard({ kind: prefill.kind, values, services });
    await this.send(context, MessageFactory.attachment({ contentType: adaptiveCardContentType, content: form }), 'macd form from alert');
    return 'The request form is below, prefilled from this alert; nothing changes until you submit it.';
  }

  /** Once per conversation, when the app is installed for a person or added to a team or chat. */
  private async welcome(context: TurnContext): Promise<void> {
    const conversationId = context.activity.conversation?.id;
    if (!conversationId) return;
    try {
      const answer = await welcomeOnce(
        {
          conversationKey: conversationKeyOf(conversationId),
          viewer: await this.viewerOf(context),
          surface: 'teams',
          isPersonal: context.activity.conversation?.conversationType === 'personal',
        },
        this.dependencies,
      );
      if (answer) await this.send(context, MessageFactory.attachment(cardAttachment(renderAnswerCard(answer))), 'welcome');
    } catch (error) {
      this.dependencies.logger.error('teams welcome failed', { conversationId, error });
    }
  }

  private viewerOf(context: TurnContext): Promise<Viewer> {
    return resolveTeamsViewer(context, this.dependencies, this.dependencies);
  }

  private async rememberConversation(context: TurnContext): Promise<void> {
    const reference = referenceFromActivity(context.activity);
    if (!reference) return;
    try {
      await saveConversationReference(this.dependencies.prisma, reference);
    } catch (error) {
      // Answering matters more than remembering: alerts can wait for the next message.
      this.dependencies.logger.error('teams conversation reference not saved', { conversationId: reference.conversation.id, error });
    }
  }

  private async forgetConversation(context: TurnContext): Promise<void> {
    const conversationId = proactiveConversationId(context.activity);
    if (!conversationId) return;
    try {
      await forgetConversationReference(this.dependencies.prisma, conversationId);
    } catch (error) {
      this.dependencies.logger.error('teams conversation reference not removed', { conversationId, error });
    }
  }

  private async send(context: TurnContext, activity: ReturnType<typeof MessageFactory.text>, description: string): Promise<void> {
    try {
      await withConnectorRetry(() => context.sendActivity(activity), {
        logger: this.dependencies.logger,
        description,
        ...(this.dependencies.retryPolicy ? { policy: this.dependencies.retryPolicy } : {}),
      });
    } catch (error) {
      this.dependencies.logger.error('teams reply not delivered', {
        description,
        conversationId: context.activity.conversation?.id,
        error,
      });
    }
  }
}

function invokeError(statusCode: number, code: string, message: string): AdaptiveCardInvokeResponse {
  return { statusCode, type: 'application/vnd.microsoft.error', value: { code, message } };
}

const macdActionIds: readonly AlertActionId[] = ['plan-disconnect', 'start-renewal-review'];

function alertMacdPrefillOf(request: AlertActionRequest): AlertMacdPrefill | undefined {
  const id = macdActionIds.find((candidate) => candidate === request.actionId);
  return id ? alertMacdPrefill({ id, label: '', value: request.value }) : undefined;
}

/** Where subscriptions belong (the chat or channel the alert destination posts to), and what kind of place it is. */
function teamsChatPlace(context: TurnContext): ChatPlace | undefined {
  const channelId = proactiveConversationId(context.activity);
  if (!channelId) return undefined;
  const type = context.activity.conversation?.conversationType;
  return { platform: 'teams', channelId, conversationType: type === 'personal' ? 'personal' : type === 'groupChat' ? 'group' : 'channel' };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
