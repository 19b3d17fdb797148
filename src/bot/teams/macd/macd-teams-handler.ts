import { Activity, ActivityTypes } from '@microsoft/agents-activity';
import type { ConnectorClient, TurnContext } from '@microsoft/agents-hosting';
import type { PrismaClient } from '../../../db/generated/client.js';
import { approveMacdRequest } from '../../../domain/macd/approve-macd-request.js';
import { cancelMacdRequest } from '../../../domain/macd/cancel-macd-request.js';
import { completeMacdRequest } from '../../../domain/macd/complete-macd-request.js';
import { deliverMacdNotifications } from '../../../domain/macd/deliver-macd-notifications.js';
import { findRequesterToNotify } from '../../../domain/macd/find-requester-to-notify.js';
import type { MacdApproverNotifier } from '../../../domain/macd/macd-approver-notifier.js';
import { macdKinds, type MacdKindName } from '../../../domain/macd/macd-fields.js';
import { listMacdMessages } from '../../../domain/macd/macd-messages.js';
import { loadMacdRequestView, type MacdRequestView } from '../../../domain/macd/macd-request-view.js';
import { prefillMacdForm } from '../../../domain/macd/prefill-macd-form.js';
import { rejectMacdRequest } from '../../../domain/macd/reject-macd-request.js';
import { searchServices } from '../../../domain/macd/search-services.js';
import { startMacdWork } from '../../../domain/macd/start-macd-work.js';
import { submitMacdRequest } from '../../../domain/macd/submit-macd-request.js';
import { whyCannotRequestChanges } from '../../../domain/people/check-request-rights.js';
import { resolveTeamsViewer } from '../teams-viewer.js';
import type { Viewer } from '../../../domain/shared/viewer.js';
import { isLedgerlineError } from '../../../errors.js';
import type { Logger } from '../../../logger.js';
import { describeApproverReach } from '../../../domain/macd/macd-facts.js';
import { replyForError } from '../error-replies.js';
import { macdVerbs, renderApprovalCard, renderMacdFormCard, renderRequesterCard, type MacdCard } from './render-macd-cards.js';
import { cardActivity, teamsMacdRouteOf } from './teams-macd-notifier.js';

export interface MacdTeamsDeps {
  prisma: PrismaClient;
  now: () => Date;
  logger: Logger;
  defaultRole: Viewer['role'];
  admins?: readonly string[] | undefined;
  /** Sends approval cards (the surface's; the macd-notifications job retries through the same one). */
  macdNotifier: MacdApproverNotifier;
}

export interface MacdTeamsHandler {
  /** Handles the turn when it is about a MACD request; false lets the question agent have it. */
  handle(context: TurnContext): Promise<boolean>;
}

const cardContentType = 'application/vnd.microsoft.card.adaptive';
const teamsReach = { name: 'Teams', unreachableHint: 'Ledgerline may not be installed for them' };
/** Messages that start a request: "request …", "disconnect 253-555-0100", "move the Denver circuit to …". */
const startsRequest = /^(request|disconnect|move)\b/i;

type Step = (input: { requestId: number; actor: Viewer }, deps: MacdTeamsDeps) => Promise<MacdRequestView>;
const steps: Record<string, Step> = {
  [macdVerbs.approve]: approveMacdRequest,
  [macdVerbs.start]: startMacdWork,
  [macdVerbs.complete]: completeMacdRequest,
  [macdVerbs.cancel]: cancelMacdRequest,
};

/** MACD refusals name their reason (your own request, not your cost center): the person needs it to act. */
const macdErrorReply = (error: unknown): string =>
  isLedgerlineError(error) && error.code === 'FORBIDDEN' ? error.message : replyForError(error);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const parseKind = (raw: unknown): MacdKindName | null => ((macdKinds as readonly unknown[]).includes(raw) ? (raw as MacdKindName) : null);
const withoutMentions = (value: string) =>
  value
    .replace(/<at>[^<]*<\/at>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const messageActivity = cardActivity;

/**
 * MACD in Teams: words open a prefilled form card; Action.Execute submits it (errors come back in
 * the refreshed card), approvers get an approval card in their personal chat, and every copy is
 * updated in place (updateActivity) as the request moves.
 */
function createMacdTeamsHandler(deps: MacdTeamsDeps): MacdTeamsHandler {
  const { logger } = deps;

  const viewerOf = (context: TurnContext) => resolveTeamsViewer(context, deps, deps);
  const connectorOf = (context: TurnContext) => context.turnState.get<ConnectorClient | undefined>(context.adapter.ConnectorClientKey);

  const formCard = async (
    viewer: Viewer,
    input: { kind: MacdKindName | null; values: Record<string, string> } & Omit<
      Parameters<typeof renderMacdFormCard>[0],
      'kind' | 'values' | 'services'
    >,
  ) => {
    const services = await searchServices({ query: '', viewer, limit: 100 }, deps);
    const picked = input.values.service;
    // The prefilled service first, even when it is beyond the first hundred.
    if (picked && !services.some((service) => service.value === picked)) {
      const [match] = await searchServices({ query: picked, viewer, limit: 1 }, deps);
      if (match) services.unshift(match);
    }
    return renderMacdFormCard({ ...input, services });
  };

  /** A personal chat with a person, created (or found: Teams returns the existing one) through the connector. */
  const personalChat = async (context: TurnContext, teamsUserId: string): Promise<string | undefined> => {
    const connector = connectorOf(context);
    if (!connector) return undefined;
    const tenantId =
      context.activity.conversation?.tenantId ??
      (isRecord(context.activity.channelData) && isRecord(context.activity.channelData.tenant)
        ? String(context.activity.channelData.tenant.id)
        : undefined);
    const created = await connector.createConversation({
      isGroup: false,
      members: [{ id: teamsUserId }],
      ...(context.activity.recipient ? { agent: context.activity.recipient } : {}),
      ...(tenantId ? { tenantId, channelData: { tenant: { id: tenantId } } } : {}),
    } as Parameters<ConnectorClient['createConversation']>[0]);
    return created.id;
  };

  const tellRequester = async (context: TurnContext, view: MacdRequestView, extra?: string) => {
    const teamsUserId = await findRequesterToNotify({ requesterId: view.requester.id, platform: 'teams' }, deps);
    if (!teamsUserId) return;
    // The requester pressing a button in their own chat reads the result in the replaced card.
    const pressedBy = [context.activity.from?.aadObjectId, context.activity.from?.id];
    if (pressedBy.includes(teamsUserId) && context.activity.type === ActivityTypes.Invoke) return;
    const conversationId = await personalChat(context, teamsUserId);
    if (conversationId) await connectorOf(context)?.sendToConversation(conversationId, messageActivity(renderRequesterCard(view, extra)));
  };

  /** Every approval card of the request shows its new state; the one pressed is replaced by the invoke response. */
  const updateApprovalCards = async (context: TurnContext, view: MacdRequestView) => {
    const connector = connectorOf(context);
    if (!connector) return;
    const pressed = context.activity.replyToId;
    for (const message of await listMacdMessages({ requestId: view.id, platform: 'teams' }, deps)) {
      if (message.messageId === pressed && message.conversationId === context.activity.conversation?.id) continue;
      const update = messageActivity(renderApprovalCard(view));
      update.id = message.messageId;
      try {
        await connector.updateActivity(message.conversationId, message.messageId, update);
      } catch (error) {
        logger.warn('teams approval card not updated', { requestId: view.id, conversationId: message.conversationId, error });
      }
    }
  };

  /** Delivered twice (Teams retries an invoke it saw no answer to): the second one changes nothing. */
  const isFirstDelivery = async (context: TurnContext) => {
    const id = context.activity.id;
    if (!id) return true;
    const { count } = await deps.prisma.processedEvent.createMany({
      data: [{ key: `teams:macd:${context.activity.conversation?.id ?? ''}:${id}` }],
      skipDuplicates: true,
    });
    return count === 1;
  };

  const runVerb = async (context: TurnContext, verb: string, data: Record<string, unknown>): Promise<MacdCard> => {
    const viewer = await viewerOf(context);
    if (verb === macdVerbs.form) {
      const values = Object.fromEntries(Object.entries(data).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
      return formCard(viewer, { kind: parseKind(data.kind), values });
    }
    if (verb === macdVerbs.submit) {
      const values = Object.fromEntries(Object.entries(data).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
      // One card, one request: a second press or a retried delivery returns the same request.
      const idempotencyKey = `teams:form:${context.activity.conversation?.id ?? ''}:${context.activity.replyToId ?? context.activity.id ?? ''}`;
      const route = { ...teamsMacdRouteOf(context) };
      const result = await submitMacdRequest({ requester: viewer, values, idempotencyKey, notify: { platform: 'teams', route } }, deps);
      if (!result.ok) {
        const hasFieldErrors = Object.keys(result.fieldErrors).length > 0;
        return formCard(viewer, {
          kind: parseKind(data.kind),
          values,
          fieldErrors: result.fieldErrors,
          ...(hasFieldErrors ? {} : { notice: macdErrorReply(result.error) }),
        });
      }
      // Each approver once (a repeat finds nothing due); who could not be reached is retried by the job.
      await deliverMacdNotifications({ notifiers: [deps.macdNotifier], requestId: result.request.id }, deps);
      const current = (await loadMacdRequestView(result.request.id, deps)) ?? result.request;
      const reach = describeApproverReach(current, teamsReach);
      return renderRequesterCard(
        current,
        result.isResubmit ? `You had already submitted this form; this is that request. ${reach}` : reach,
      );
    }
    const requestId = Number(data.requestId);
    const current = Number.isInteger(requestId) ? await loadMacdRequestView(requestId, deps) : null;
    if (!current) return renderMacdFormCard({ kind: null, services: [], notice: 'That request no longer exists.' });
    const isRequesterCard = verb === macdVerbs.cancel;
    const render = (view: MacdRequestView, notice?: string) =>
      isRequesterCard ? renderRequesterCard(view, notice) : renderApprovalCard(view, notice);
    if (!(await isFirstDelivery(context))) return render(current);
    try {
      const moved =
        verb === macdVerbs.reject
          ? await rejectMacdRequest({ requestId, actor: viewer, reason: typeof data.reason === 'string' ? data.reason : '' }, deps)
          : await (steps[verb] ?? (() => Promise.reject(new Error(`unknown verb ${verb}`))))({ requestId, actor: viewer }, deps);
      await updateApprovalCards(context, moved);
      await tellRequester(context, moved);
      return render(moved);
    } catch (error) {
      if (!isLedgerlineError(error)) throw error;
      const latest = (error.details as { request?: MacdRequestView } | undefined)?.request ?? current;
      // A reject without a reason: the message goes under the reason field, as a form's errors do.
      const reasonError = (error.details as { fields?: { reason?: string } } | undefined)?.fields?.reason;
      if (verb === macdVerbs.reject && reasonError) return renderApprovalCard(latest, undefined, { reasonError });
      return render(latest, macdErrorReply(error));
    }
  };

  return {
    async handle(context) {
      const activity = context.activity;
      if (activity.type === ActivityTypes.Invoke && activity.name === 'adaptiveCard/action') {
        const action = isRecord(activity.value) && isRecord(activity.value.action) ? activity.value.action : undefined;
        const verb = typeof action?.verb === 'string' ? action.verb : '';
        if (!verb.startsWith('macd.')) return false;
        const data = isRecord(action?.data) ? action.data : {};
        let card: MacdCard;
        try {
          card = await runVerb(context, verb, data);
        } catch (error) {
          logger.error('teams macd action failed', { verb, error });
          card = renderMacdFormCard({ kind: null, services: [], notice: replyForError(error) });
        }
        // Universal Actions: the pressed card is replaced by this one.
        await context.sendActivity(
          Activity.fromObject({
            type: 'invokeResponse',
            value: { status: 200, body: { statusCode: 200, type: cardContentType, value: card } },
          }),
        );
        return true;
      }
      if (activity.type === ActivityTypes.Message && typeof activity.text === 'string') {
        const words = withoutMentions(activity.text);
        if (!startsRequest.test(words)) return false;
        const viewer = await viewerOf(context);
        // A form the person may not submit is not offered: the reason is, with what to do.
        const refusal = await whyCannotRequestChanges(viewer, deps);
        if (refusal) {
          await context.sendActivity(Activity.fromObject({ type: ActivityTypes.Message, text: refusal }));
          return true;
        }
        const text = words.replace(/^request\b/i, '').trim();
        const prefill = text ? await prefillMacdForm({ text, viewer }, deps) : { kind: null, values: {} };
        await context.sendActivity(messageActivity(await formCard(viewer, { kind: prefill.kind, values: prefill.values })));
        return true;
      }
      return false;
    },
  };
}

/** Wraps the question agent: MACD turns are handled here, every other turn goes on to the agent. */
export function withMacdTeams<Agent extends { run(context: TurnContext): Promise<void> }>(
  agent: Agent,
  deps: MacdTeamsDeps,
): { run(context: TurnContext): Promise<void> } {
  const handler = createMacdTeamsHandler(deps);
  return {
    async run(context) {
      if (await handler.handle(context)) return;
      await agent.run(context);
    },
  };
}
