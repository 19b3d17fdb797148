import type { types } from '@slack/bolt';
import { addableServiceTypes, changeableAttributes, macdKinds } from '../../../domain/macd/macd-fields.js';
import { formFields } from '../../../domain/macd/macd-forms.js';
import {
  changeableAttributeLabels,
  fieldLabels,
  kindFieldLabel,
  macdKindLabels,
  optionalFields,
  serviceTypeLabel,
} from '../../../domain/macd/macd-labels.js';
import type { MacdFieldName, MacdKindName } from '../../../domain/macd/macd-fields.js';
import { truncate } from '../slack-text.js';
import { blockIdOf, macdSlackIds } from './macd-slack-ids.js';

// The request modal: a kind picker, then the fields of that kind. The service field is an
// external select: Slack asks our options listener as the person types.

export interface MacdModalInput {
  kind: MacdKindName | null;
  /** Field id → initial text (from words like "disconnect 253-555-0100"). */
  values?: Record<string, string>;
  /** The picked service's label, shown as the external select's initial option. */
  serviceLabel?: string;
}

const plain = (text: string): types.PlainTextElement => ({ type: 'plain_text', text: truncate(text, 75) });
const option = (value: string, text: string): types.PlainTextOption => ({ text: plain(text), value });

function elementFor(field: MacdFieldName, input: MacdModalInput): types.InputBlock['element'] {
  const initial = input.values?.[field];
  switch (field) {
    case 'service':
      return {
        type: 'external_select',
        action_id: field,
        min_query_length: 0,
        placeholder: plain('Number, circuit id, person or site'),
        ...(initial ? { initial_option: option(initial, input.serviceLabel ?? initial) } : {}),
      };
    case 'date':
      return { type: 'datepicker', action_id: field, ...(initial ? { initial_date: initial } : {}) };
    case 'serviceType': {
      const options = addableServiceTypes.map((type) => option(type, serviceTypeLabel(type)));
      const picked = options.find((candidate) => candidate.value === initial);
      return { type: 'static_select', action_id: field, options, ...(picked ? { initial_option: picked } : {}) };
    }
    case 'attribute': {
      const options = changeableAttributes.map((attribute) => option(attribute, changeableAttributeLabels[attribute]));
      const picked = options.find((candidate) => candidate.value === initial);
      return { type: 'static_select', action_id: field, options, ...(picked ? { initial_option: picked } : {}) };
    }
    case 'newLocation':
    case 'vendor':
    case 'plan':
    case 'location':
    case 'costCenter':
    case 'assignee':
    case 'monthlyCost':
    case 'identifier':
    case 'newValue':
    case 'reason':
      return { type: 'plain_text_input', action_id: field, multiline: field === 'reason', ...(initial ? { initial_value: initial } : {}) };
  }
}

export function renderMacdModal(input: MacdModalInput): types.ModalView {
  const kindOptions = macdKinds.map((kind) => option(kind, macdKindLabels[kind]));
  const pickedKind = kindOptions.find((candidate) => candidate.value === input.kind);
  const blocks: types.KnownBlock[] = [
    {
      type: 'input',
      block_id: macdSlackIds.kindPicker,
      dispatch_action: true,
      label: plain(kindFieldLabel),
      element: { type: 'static_select', action_id: 'kind', options: kindOptions, ...(pickedKind ? { initial_option: pickedKind } : {}) },
    },
  ];
  for (const field of input.kind ? formFields[input.kind] : []) {
    blocks.push({
      type: 'input',
      block_id: blockIdOf(field),
      optional: optionalFields.has(field),
      label: plain(fieldLabels[field]),
      element: elementFor(field, input),
    });
  }
  return {
    type: 'modal',
    callback_id: macdSlackIds.requestModal,
    private_metadata: JSON.stringify({ kind: input.kind }),
    title: plain('Service request'),
    close: plain('Cancel'),
    ...(input.kind ? { submit: plain('Submit') } : {}),
    blocks,
  };
}

/** In place of the form, for someone who may not submit it: why, and what to do. */
export function renderRefusalModal(reason: string): types.ModalView {
  return {
    type: 'modal',
    callback_id: macdSlackIds.requestModal,
    title: plain('Service request'),
    close: plain('Close'),
    blocks: [{ type: 'section', text: { type: 'plain_text', text: truncate(reason, 3_000) } }],
  };
}

export function renderRejectModal(input: { requestId: number; title: string }): types.ModalView {
  return {
    type: 'modal',
    callback_id: macdSlackIds.rejectModal,
    private_metadata: JSON.stringify({ requestId: input.requestId }),
    title: plain('Reject request'),
    submit: plain('Reject'),
    close: plain('Back'),
    blocks: [
      { type: 'section', text: { type: 'plain_text', text: truncate(`Request ${input.requestId}: ${input.title}`, 3_000) } },
      {
        type: 'input',
        block_id: blockIdOf('reason'),
        label: plain('Why? The requester reads this.'),
        element: { type: 'plain_text_input', action_id: 'reason', multiline: true },
      },
    ],
  };
}

/** A view's state as field id → value, whatever the element type. */
export function readViewValues(state: { values: Record<string, Record<string, unknown>> } | undefined): Record<string, string> {
  const values: Record<string, string> = {};
  for (const elements of Object.values(state?.values ?? {})) {
    for (const [actionId, element] of Object.entries(elements)) {
      const typed = element as { value?: string | null; selected_date?: string | null; selected_option?: { value: string } | null };
      const value = typed.selected_option?.value ?? typed.selected_date ?? typed.value;
      if (typeof value === 'string') values[actionId] = value;
    }
  }
  return values;
}
