import { addableServiceTypes, changeableAttributes, fieldLabels, formFields, macdKinds, optionalFields } from '../../../domain/macd/macd-forms.js';
import type { FieldErrors, MacdFieldName, MacdKindName } from '../../../domain/macd/macd-forms.js';
import type { MacdRequestView } from '../../../domain/macd/macd-request-view.js';
import type { ServiceOption } from '../../../domain/macd/search-services.js';
import { describeForRequester, describeState, macdFacts } from '../../slack/macd/macd-facts.js';

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
const execute = (title: string, verb: string, data: Json, extra: Json = {}): Json => ({ type: 'Action.Execute', title, verb, data, ...extra });

const kindTitles: Record<MacdKindName, string> = { move: 'Move a service', add: 'Add a service', change: 'Change a service', disconnect: 'Disconnect a service' };
const attributeTitles: Record<string, string> = { assignee: 'Assignee', location: 'Location', cost_center: 'Cost center', monthly_cost: 'Monthly cost' };

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
  const base: Json = { id: field, label: fieldLabels[field], isRequired: !optionalFields.has(field), ...(value ? { value } : {}) };
  switch (field) {
    case 'service':
      return { ...base, type: 'Input.ChoiceSet', style: 'filtered', choices: input.services.map((service) => ({ title: service.label, value: service.value })) };
    case 'serviceType':
      return { ...base, type: 'Input.ChoiceSet', choices: addableServiceTypes.map((type) => ({ title: type.replace(/_/g, ' '), value: type })) };
    case 'attribute':
      return { ...base, type: 'Input.ChoiceSet', choices: changeableAttributes.map((attribute) => ({ title: attributeTitles[attribute] ?? attribute, value: attribute })) };
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
      label: 'What do you need?',
      isRequired: true,
      ...(input.kind ? { value: input.kind } : {}),
      choices: macdKinds.map((kind) => ({ title: kindTitles[kind], value: kind })),
    },
  ];
  if (input.notice) body.push(text(input.notice, { color: 'Attention' }));
  for (const field of input.kind ? formFields[input.kind] : []) {
    body.push(inputFor(field, input));
    const error = input.fieldErrors?.[field];
    if (error) body.push(text(error, { color: 'Attention', spacing: 'None', size: 'Small' }));
  }
  const actions = input.kind
    ? [execute('Submit', macdVerbs.submit, {}), execute('Other kind', macdVerbs.form, {})]
    : [execute('Show the fields', macdVerbs.form, {})];
  return card(body, actions);
}

/** The approver's card: the summary with its money, the state and who changed it, the next step. */
export function renderApprovalCard(view: MacdRequestView, notice?: string): MacdCard {
  const data = { requestId: view.id };
  const body: Json[] = [
    text(`Request ${view.id} · ${view.title}`, { size: 'Medium', weight: 'Bolder' }),
    { type: 'FactSet', facts: macdFacts(view).map((fact) => ({ title: fact.label, value: fact.value })) },
    text(describeState(view), { isSubtle: true }),
  ];
  if (notice) body.push(text(notice, { color: 'Attention' }));
  let actions: Json[] = [];
  switch (view.status) {
    case 'submitted':
      body.push({ type: 'Input.Text', id: 'reason', label: 'Reason (needed to reject)', isMultiline: true });
      actions = [execute('Approve', macdVerbs.approve, data, { style: 'positive' }), execute('Reject', macdVerbs.reject, data, { style: 'destructive' })];
      break;
    case 'approved':
      actions = [execute('Start work', macdVerbs.start, data)];
      break;
    case 'in_progress':
      actions = [execute('Mark completed', macdVerbs.complete, data, { style: 'positive' })];
      break;
    case 'rejected':
    case 'completed':
    case 'cancelled':
      break;
  }
  return card(body, actions);
}

/** The requester's receipt or notice; an open request offers "Cancel request". */
export function renderRequesterCard(view: MacdRequestView, extra?: string): MacdCard {
  const line = describeForRequester(view);
  return card([text(extra ? `${line} ${extra}` : line)], view.isOpen ? [execute('Cancel request', macdVerbs.cancel, { requestId: view.id })] : []);
}
