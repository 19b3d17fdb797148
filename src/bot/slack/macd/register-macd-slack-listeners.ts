import type { App, webApi } from '@slack/bolt';
import type { PrismaClient } from '../../../db/generated/client.js';
import { approveMacdRequest } from '../../../domain/macd/approve-macd-request.js';
import { cancelMacdRequest } from '../../../domain/macd/cancel-macd-request.js';
import { completeMacdRequest } from '../../../domain/macd/complete-macd-request.js';
import { macdKinds, type MacdKindName } from '../../../domain/macd/macd-fields.js';
import { loadMacdRequestView, type MacdRequestView } from '../../../domain/macd/macd-request-view.js';
import { prefillMacdForm } from '../../../domain/macd/prefill-macd-form.js';
import { rejectMacdRequest } from '../../../domain/macd/reject-macd-request.js';
import { searchServices } from '../../../domain/macd/search-services.js';
import { startMacdWork } from '../../../domain/macd/start-macd-work.js';
import { submitMacdRequest } from '../../../domain/macd/submit-macd-request.js';
import type { Role } from '../../../domain/people/resolve-chat-user.js';
import type { Viewer } from '../../../domain/shared/viewer.js';
import { isLedgerlineError } from '../../../errors.js';
import type { Logger } from '../../../logger.js';
import { claimSlackDelivery } from '../claim-slack-delivery.js';
import { slackErrorReply } from '../slack-error-replies.js';
import { blockIdOf, macdSlackIds } from './macd-slack-ids.js';
import { createSlackMacdNotifier, notifyMacdRequestChanged, notifyMacdRequestSubmitted } from './notify-macd-slack.js';
import { readViewValues, renderMacdModal, renderRefusalModal, renderRejectModal } from './render-macd-modal.js';
import { whyCannotRequestChanges } from '../../../domain/people/check-request-rights.js';
import { createSlackViewerResolver } from '../slack-viewer.js';
import { readSlackText } from '../read-slack-text.js';

export interface MacdSlackDeps {
  client: webApi.WebClient;
  prisma: PrismaClient;
  now: () => Date;
  logger: Logger;
  defaultRole: Role;
  defaultCostCenterScope?: '*' | string[] | undefined;
  admins?: readonly string[] | undefined;
  /** Work that outlives the request (notifications); the surface's stop() waits for it. */
  track?: (work: Promise<unknown>) => void;
}

type MacdStep = (
  input: { requestId: number; actor: Viewer },
  deps: { prisma: PrismaClient; now: () => Date; logger: Logger },
) => Promise<MacdRequestView>;

/** MACD refusals name their reason (your own request, not your cost center): the person needs it to act. */
const macdErrorReply = (error: unknown): string =>
  isLedgerlineError(error) && error.code === 'FORBIDDEN' ? error.message : slackErrorReply(error);

const parseKind = (raw: unknown): MacdKindName | null => ((macdKinds as readonly unknown[]).includes(raw) ? (raw as MacdKindName) : null);

function metadataOf(raw: string | undefined): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(raw ?? '{}');
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * MACD in Slack: `/ledger request …` and "request" buttons open the form; the modal's service
 * picker searches the inventory; submissions are validated in the domain and errors go back next
 * to the field; approvers get a message with Approve / Reject that updates in place.
 */
export function registerMacdSlackListeners(app: App, deps: MacdSlackDeps): void {
  const { client, logger } = deps;
  const domainDeps = { prisma: deps.prisma, now: deps.now, logger };
  const notifier = createSlackMacdNotifier(client);
  const later = (task: () => Promise<void>) => {
    const work = task().catch((error: unknown) => logger.error('slack macd work failed', { error }));
    deps.track?.(work);
  };
  const viewerFor = createSlackViewerResolver(
    { client, defaultRole: deps.defaultRole, defaultCostCenterScope: deps.defaultCostCenterScope, admins: deps.admins },
    domainDeps,
  );

  /**
   * Slack's trigger id lives 3 seconds: the modal opens at once (no database work before it) and
   * is then filled in from the words by views.update, addressed by our own external id.
   */
  const openForm = async (triggerId: string, userId: string, words: string) => {
    const externalId = `macd:${triggerId}`.slice(0, 255);
    const kind = parseKind(words.trim().toLowerCase());
    await client.views.open({ trigger_id: triggerId, view: { ...renderMacdModal({ kind }), external_id: externalId } });
    const viewer = await viewerFor(userId);
    // Someone who may not submit reads why, in place of the form, before typing anything into it.
    const refusal = await whyCannotRequestChanges(viewer, domainDeps);
    if (refusal) {
      await client.views.update({ external_id: externalId, view: renderRefusalModal(refusal) });
      return;
    }
    if (words.trim() === '' || kind) return;
    const prefill = await prefillMacdForm({ text: words, viewer }, domainDeps);
    if (!prefill.kind) return;
    await client.views.update({
      external_id: externalId,
      view: renderMacdModal({
        kind: prefill.kind,
        values: prefill.values,
        ...(prefill.service ? { serviceLabel: prefill.service.label } : {}),
      }),
    });
  };

  // "/ledger request …" is a form, not a question: handled here before the question listener sees it.
  app.use(async (args) => {
    if ('command' in args && args.command.command === '/ledger' && /^request\b/i.test(args.command.text.trim())) {
      await args.ack();
      const words = readSlackText(args.command.text, { botUserId: args.context.botUserId, leadingMentionIsBot: false })
        .replace(/^request\b/i, '')
        .trim();
      await openForm(args.command.trigger_id, args.command.user_id, words);
      return;
    }
    await args.next();
  });

  // A "Request a change" button anywhere (App Home, an answer, an alert): its value is the words to prefill from.
  app.action({ type: 'block_actions', action_id: macdSlackIds.open }, async ({ ack, body, action }) => {
    await ack();
    const words = 'value' in action && typeof action.value === 'string' ? action.value : '';
    await openForm(body.trigger_id, body.user.id, words);
  });

  // Picking the kind redraws the form with that kind's fields, keeping what was typed.
  app.action({ type: 'block_actions', block_id: macdSlackIds.kindPicker, action_id: 'kind' }, async ({ ack, body, action }) => {
    await ack();
    if (!('selected_option' in action) || !body.view) return;
    const kind = parseKind(action.selected_option?.value);
    const values = readViewValues(body.view.state as { values: Record<string, Record<string, unknown>> });
    const serviceState = (
      body.view.state as { values?: Record<string, Record<string, { selected_option?: { text?: { text?: string } } }>> }
    ).values?.[blockIdOf('service')]?.service;
    const serviceLabel = serviceState?.selected_option?.text?.text;
    await client.views.update({
      view_id: body.view.id,
      hash: body.view.hash,
      view: renderMacdModal({ kind, values, ...(serviceLabel ? { serviceLabel } : {}) }),
    });
  });

  // The service picker: Slack asks as the person types; answer from the inventory they may see.
  app.options<'block_suggestion'>({ action_id: 'service' }, async ({ ack, body, options }) => {
    const viewer = await viewerFor(body.user.id);
    const found = await searchServices({ query: options.value ?? '', viewer, limit: 50 }, domainDeps);
    await ack({ options: found.map((service) => ({ text: { type: 'plain_text' as const, text: service.label }, value: service.value })) });
  });

  app.view(macdSlackIds.requestModal, async ({ ack, body, view }) => {
    const metadata = metadataOf(view.private_metadata);
    const values: Record<string, unknown> = {
      ...readViewValues(view.state as { values: Record<string, Record<string, unknown>> }),
      kind: metadata.kind,
    };
    const viewer = await viewerFor(body.user.id);
    // Same view, same request: a retried delivery of this submission creates nothing new.
    const result = await submitMacdRequest(
      { requester: viewer, values, idempotencyKey: `slack:view:${view.id}`, notify: { platform: 'slack' } },
      domainDeps,
    );
    if (!result.ok) {
      const blockIds = new Set(view.blocks.map((block) => block.block_id));
      const errors: Record<string, string> = {};
      for (const [field, message] of Object.entries(result.fieldErrors)) {
        const blockId = blockIdOf(field);
        errors[blockIds.has(blockId) ? blockId : macdSlackIds.kindPicker] ??= message;
      }
      if (Object.keys(errors).length === 0) errors[macdSlackIds.kindPicker] = macdErrorReply(result.error);
      await ack({ response_action: 'errors', errors });
      return;
    }
    await ack();
    // The same delivery again: the first one is telling everyone already.
    if (result.isDuplicate && !result.isResubmit) return;
    later(() => notifyMacdRequestSubmitted(result.request, { client, notifier, ...domainDeps, isResubmit: result.isResubmit }));
  });

  /** A step button: acknowledged at once; a retried delivery of the same click is ignored. */
  const onStep = (actionId: string, step: MacdStep) =>
    app.action({ type: 'block_actions', action_id: actionId }, async ({ ack, body, action, respond }) => {
      await ack();
      const requestId = Number('value' in action ? action.value : NaN);
      if (!Number.isInteger(requestId)) return;
      const clicked = body.channel?.id && body.message?.ts ? { channelId: body.channel.id, ts: body.message.ts } : undefined;
      later(async () => {
        if (!(await claimSlackDelivery(deps.prisma, `macd:${actionId}:${body.trigger_id}`))) return;
        const viewer = await viewerFor(body.user.id);
        try {
          const view = await step({ requestId, actor: viewer }, domainDeps);
          await notifyMacdRequestChanged(view, { client, ...domainDeps, ...(clicked ? { clicked } : {}) });
        } catch (error) {
          if (!isLedgerlineError(error)) throw error;
          // Already decided elsewhere: show the decision in this message too, and say who made it.
          const current = (error.details as { request?: MacdRequestView } | undefined)?.request;
          if (error.code === 'CONFLICT' && current)
            await notifyMacdRequestChanged(current, { client, ...domainDeps, ...(clicked ? { clicked } : {}), isRequesterNotified: false });
          await respond({ response_type: 'ephemeral', replace_original: false, text: macdErrorReply(error) });
        }
      });
    });
  onStep(macdSlackIds.approve, approveMacdRequest);
  onStep(macdSlackIds.start, startMacdWork);
  onStep(macdSlackIds.complete, completeMacdRequest);
  onStep(macdSlackIds.cancel, cancelMacdRequest);

  // Reject asks for the reason first, in a small modal (opened inside the click's 3-second window).
  app.action({ type: 'block_actions', action_id: macdSlackIds.reject }, async ({ ack, body, action }) => {
    await ack();
    const requestId = Number('value' in action ? action.value : NaN);
    if (!Number.isInteger(requestId)) return;
    const view = await loadMacdRequestView(requestId, domainDeps);
    const clicked = body.channel?.id && body.message?.ts ? { channelId: body.channel.id, ts: body.message.ts } : undefined;
    const modal = renderRejectModal({ requestId, title: view?.title ?? `request ${requestId}` });
    await client.views.open({ trigger_id: body.trigger_id, view: { ...modal, private_metadata: JSON.stringify({ requestId, clicked }) } });
  });

  app.view(macdSlackIds.rejectModal, async ({ ack, body, view }) => {
    const metadata = metadataOf(view.private_metadata);
    const requestId = Number(metadata.requestId);
    const clicked = metadata.clicked as { channelId: string; ts: string } | undefined;
    const reason = readViewValues(view.state as { values: Record<string, Record<string, unknown>> }).reason ?? '';
    const viewer = await viewerFor(body.user.id);
    try {
      const decided = await rejectMacdRequest({ requestId, actor: viewer, reason }, domainDeps);
      await ack();
      later(() => notifyMacdRequestChanged(decided, { client, ...domainDeps, ...(clicked ? { clicked } : {}) }));
    } catch (error) {
      if (!isLedgerlineError(error)) throw error;
      const current = (error.details as { request?: MacdRequestView } | undefined)?.request;
      const isOwnEarlierRejection =
        error.code === 'CONFLICT' && current?.decision?.status === 'rejected' && current.events.at(-1)?.actorName === viewer.displayName;
      if (isOwnEarlierRejection) {
        await ack();
        return;
      }
      await ack({
        response_action: 'errors',
        errors: { [blockIdOf('reason')]: error.code === 'INVALID_INPUT' ? error.message : macdErrorReply(error) },
      });
      if (error.code === 'CONFLICT' && current)
        later(() =>
          notifyMacdRequestChanged(current, { client, ...domainDeps, ...(clicked ? { clicked } : {}), isRequesterNotified: false }),
        );
    }
  });
}
