import { readJsonFixture } from '../../slack/support/slack-testbed.js';
import type { SlackRequest } from '../../slack/support/slack-testbed.js';

// Interaction payloads for the MACD modal, built from bolt-python's captured view_submission and
// block_actions payloads, filled with what a person picked in the view Slack was asked to show.

export interface CapturedView {
  callback_id: string;
  private_metadata: string;
  blocks: Array<{ type: string; block_id?: string; element?: { type: string; action_id: string } }>;
}

const form = (payload: unknown): SlackRequest => ({
  rawBody: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
  contentType: 'application/x-www-form-urlencoded',
});

/** Slack's state.values for `view` with the given field id → value typed or picked. */
export function stateOf(view: CapturedView, values: Record<string, string>): Record<string, Record<string, unknown>> {
  const state: Record<string, Record<string, unknown>> = {};
  for (const block of view.blocks) {
    if (block.type !== 'input' || !block.block_id || !block.element) continue;
    const { type, action_id: actionId } = block.element;
    const value = values[actionId];
    const entry =
      type === 'datepicker'
        ? { type, selected_date: value ?? null }
        : type === 'static_select' || type === 'external_select'
          ? { type, selected_option: value === undefined ? null : { text: { type: 'plain_text', text: value }, value } }
          : { type, value: value ?? null };
    state[block.block_id] = { [actionId]: entry };
  }
  return state;
}

export function viewSubmission(input: { view: CapturedView; viewId: string; values: Record<string, string>; user: string }): SlackRequest {
  const payload = readJsonFixture<Record<string, unknown> & { view: Record<string, unknown>; user: Record<string, unknown> }>(
    'bolt-python_view_submission.json',
  );
  payload.user = { ...payload.user, id: input.user };
  payload.trigger_id = `trigger-${input.viewId}-${Math.random().toString(16).slice(2)}`;
  payload.view = {
    ...payload.view,
    id: input.viewId,
    callback_id: input.view.callback_id,
    private_metadata: input.view.private_metadata,
    blocks: input.view.blocks,
    state: { values: stateOf(input.view, input.values) },
  };
  return form(payload);
}

/** The service picker asking for options as the person types. */
export function blockSuggestion(input: { view: CapturedView; query: string; user: string }): SlackRequest {
  return form({
    type: 'block_suggestion',
    user: { id: input.user, username: input.user, team_id: 'T111' },
    team: { id: 'T111', domain: 'workspace-domain' },
    api_app_id: 'A111',
    token: 'verification_token',
    action_id: 'service',
    block_id: 'macd_service',
    value: input.query,
    view: {
      id: 'V-suggest',
      type: 'modal',
      callback_id: input.view.callback_id,
      private_metadata: input.view.private_metadata,
      blocks: input.view.blocks,
      state: { values: {} },
    },
  });
}

/** A click on a button in a message (approval message, requester notice). */
export function messageButtonClick(input: {
  actionId: string;
  value: string;
  user: string;
  channel: string;
  messageTs: string;
  triggerId: string;
}): SlackRequest {
  const payload = readJsonFixture<Record<string, unknown> & { actions: Array<Record<string, unknown>>; user: Record<string, unknown> }>(
    'bolt-python_block_actions_button.json',
  );
  payload.user = { ...payload.user, id: input.user };
  payload.trigger_id = input.triggerId;
  payload.response_url = `http://127.0.0.1:9/unused`;
  payload.container = { type: 'message', message_ts: input.messageTs, channel_id: input.channel, is_ephemeral: false };
  payload.channel = { id: input.channel, name: 'directmessage' };
  payload.message = { type: 'message', ts: input.messageTs, text: '' };
  payload.actions = [{ ...payload.actions[0], action_id: input.actionId, block_id: 'macd_buttons', value: input.value, type: 'button' }];
  return form(payload);
}

/** Picking the kind in the modal's kind picker (an input block with dispatch_action). */
export function kindPicked(input: { view: CapturedView; viewId: string; kind: string; user: string }): SlackRequest {
  const payload = readJsonFixture<Record<string, unknown> & { actions: Array<Record<string, unknown>>; user: Record<string, unknown> }>(
    'bolt-python_block_actions_button.json',
  );
  payload.user = { ...payload.user, id: input.user };
  payload.container = { type: 'view', view_id: input.viewId };
  delete payload.channel;
  payload.view = {
    id: input.viewId,
    hash: 'hash-1',
    type: 'modal',
    callback_id: input.view.callback_id,
    private_metadata: input.view.private_metadata,
    blocks: input.view.blocks,
    state: { values: stateOf(input.view, {}) },
  };
  payload.actions = [
    {
      type: 'static_select',
      action_id: 'kind',
      block_id: 'macd_kind',
      selected_option: { text: { type: 'plain_text', text: input.kind }, value: input.kind },
      action_ts: '1.2',
    },
  ];
  return form(payload);
}
