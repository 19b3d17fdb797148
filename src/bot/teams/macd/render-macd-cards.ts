import { addableServiceTypes, changeableAttributes, macdKinds } from '../../../domain/macd/macd-fields.js';
import { formFields } from '../../../domain/macd/macd-forms.js';
import {
  changeableAttributeLabels,
  fieldLabels,
  kindFieldLabel,
  macdKindLabels,
  missingFieldMessages,
  missingKindMessage,
  optionalFields,
  serviceTypeLabel,
} from '../../../domain/macd/macd-labels.js';
import type { FieldErrors } from '../../../domain/macd/macd-forms.js';
import type { MacdFieldName, MacdKindName } from '../../../domain/macd/macd-fields.js';
import type { MacdRequestView } from '../../../domain/macd/macd-request-view.js';
import type { ServiceOption } from '../../../domain/macd/search-services.js';
import {
  cancelMacdStep,
  describeForRequester,
  describeState,
  macdFacts,
  macdNextSteps,
  type MacdStep,
} from '../../../domain/macd/macd-facts.js';

// MACD as Adaptive Cards 1.5 with Universal Actions (Action.Execute): the form, refreshed with
// errors next to the fields; the approval card, replaced in place as the request moves.

export const macdVerbs = {
  form: 'macd.form',
  submit: 'macd.submit',
  approve: 'macd.approve',
  reject: 'macd.reject',
  start: 'macd.start',
  complete: 'macd.complete',
  cancel: 'macd.cancel',
} as const;

type Json = Record<string, unknown>;

export interface MacdCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: '1.5';
  body: Json[];
  actions?: Json[];
  msteams: { width: 'Full' };
}

const card = (body: Json[], actions: Json[] = []): MacdCard => ({
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  body,
  ...(actions.length > 0 ? { actions } : {}),
  msteams: { width: 'Full' },
});

const text = (value: string, extra: Json = {}): Json => ({ type: 'TextBlock', text: value, wrap: true, ...extra });
const execute = (title: string, verb: string, data: Json, extra: Json = {}): Json => ({
  type: 'Action.Execute',
  title,
  verb,
  data,
  ...extra,
});
const teamsStyles: Record<MacdStep['tone'], Json> = { positive: { style: 'positive' }, destructive: { style: 'destructive' }, neutral: {} };

export interface MacdFormCardInput {
  kind: MacdKindName | null;
  values?: Record<string, string>;
  /** The services the person may pick (their scope), the prefilled one first. */
  services: ServiceOption[];
  fieldErrors?: FieldErrors;
  /** An error not tied to one field (e.g. not allowed to request). */
  notice?: string;
}

function inputFor(field: MacdFieldName, input: MacdFormCardInput): Json {
  const value = input.values?.[field];
  const isRequired = !optionalFields.has(field);
  // errorMessage: Teams checks a required input before sending and shows this under it.
  const base: Json = {
    id: field,
    label: fieldLabels[field],
    isRequired,
    ...(isRequired ? { errorMessage: missingFieldMessages[field] } : {}),
    ...(value ? { value } : {}),
  };
  switch (field) {
    case 'service':
      return {
        ...base,
        type: 'Input.ChoiceSet',
        style: 'filtered',
        choices: input.services.map((service) => ({ title: service.label, value: service.value })),
      };
    case 'serviceType':
      return {
        ...base,
        type: 'Input.ChoiceSet',
        choices: addableServiceTypes.map((type) => ({ title: serviceTypeLabel(type), value: type })),
      };
    case 'attribute':
      return {
        ...base,
        type: 'Input.ChoiceSet',
        choices: changeableAttributes.map((attribute) => ({ title: changeableAttributeLabels[attribute], value: attribute })),
      };
    case 'date':
      return { ...base, type: 'Input.Date' };
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
      return { ...base, type: 'Input.Text', isMultiline: field === 'reason' };
  }
}

/** The request form; with errors, the same form comes back with each message under its field. */
export function renderMacdFormCard(input: MacdFormCardInput): MacdCard {
  const body: Json[] = [
    text('Service request', { size: 'Medium', weight: 'Bolder' }),
    {
      type: 'Input.ChoiceSet',
      id: 'kind',
      label: kindFieldLabel,
      isRequired: true,
      errorMessage: missingKindMessage,
      ...(input.kind ? { value: input.kind } : {}),
      choices: macdKinds.map((kind) => ({ title: macdKindLabels[kind], value: kind })),
    },
  ];
  if (input.notice) body.push(text(input.notice, { color: 'Attention' }));
  for (const field of input.kind ? formFields[input.kind] : []) {
    body.push(inputFor(field, input));
    const error = input.fieldErrors?.[field];
    if (error) body.push(text(error, { color: 'Attention', spacing: 'None', size: 'Small' }));
  }
  // "Other kind" starts over at the kind picker: it sends no inputs, so empty required fields do not stop it.
  const actions = input.kind
    ? [execute('Submit', macdVerbs.submit, {}), execute('Other kind', macdVerbs.form, {}, { associatedInputs: 'none' })]
    : [execute('Show the fields', macdVerbs.form, {})];
  return card(body, actions);
}

/**
 * The approver's card: the summary with its money, the state and who changed it, the next step.
 * `reasonError` (a reject without a reason) is shown under the reason field.
 */
export function renderApprovalCard(view: MacdRequestView, notice?: string, options: { reasonError?: string } = {}): MacdCard {
  const data = { requestId: view.id };
  const body: Json[] = [
    text(`Request ${view.id} · ${view.title}`, { size: 'Medium', weight: 'Bolder' }),
    { type: 'FactSet', facts: macdFacts(view).map((fact) => ({ title: fact.label, value: fact.value })) },
    text(describeState(view), { isSubtle: true }),
  ];
  if (notice) body.push(text(notice, { color: 'Attention' }));
  if (view.status === 'submitted') {
    // Not isRequired: Approve needs no reason; a Reject without one comes back with the error under it.
    body.push({ type: 'Input.Text', id: 'reason', label: 'Reason (needed to reject)', isMultiline: true });
    if (options.reasonError) body.push(text(options.reasonError, { color: 'Attention', spacing: 'None', size: 'Small' }));
  }
  const actions = macdNextSteps(view).map((step) => execute(step.label, macdVerbs[step.step], data, teamsStyles[step.tone]));
  return card(body, actions);
}

/** The requester's receipt or notice; an open request offers "Cancel request". */
export function renderRequesterCard(view: MacdRequestView, extra?: string): MacdCard {
  const line = describeForRequester(view);
  return card(
    [text(extra ? `${line} ${extra}` : line)],
    view.isOpen ? [execute(cancelMacdStep.label, macdVerbs[cancelMacdStep.step], { requestId: view.id })] : [],
  );
}
