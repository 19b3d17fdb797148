// The kinds of request, the attributes a Change may alter and the field ids of every form: the
// vocabulary both the form schemas (macd-forms.ts) and their labels (macd-labels.ts) are keyed by.

export const macdKinds = ['move', 'add', 'change', 'disconnect'] as const;
export type MacdKindName = (typeof macdKinds)[number];

/** Attributes of a service a Change request can alter (each is a column the completion updates). */
export const changeableAttributes = ['assignee', 'location', 'cost_center', 'monthly_cost'] as const;
export type ChangeableAttribute = (typeof changeableAttributes)[number];

export const addableServiceTypes = [
  'mobile_line',
  'circuit',
  'voice_trunk',
  'pots_line',
  'cloud_account',
  'saas_subscription',
  'device',
] as const;

/** The field ids every form uses, so the Slack modal and the Teams card name errors the same way. */
export type MacdFieldName =
  | 'service'
  | 'newLocation'
  | 'date'
  | 'serviceType'
  | 'vendor'
  | 'plan'
  | 'location'
  | 'costCenter'
  | 'assignee'
  | 'monthlyCost'
  | 'identifier'
  | 'attribute'
  | 'newValue'
  | 'reason';
