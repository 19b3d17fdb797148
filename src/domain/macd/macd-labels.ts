import type { ChangeableAttribute, MacdFieldName, MacdKindName } from './macd-fields.js';

// The words a person reads on a request form, the same in the Slack modal, the Teams card and the
// messages about a request: one home, so the platforms cannot drift apart.

export const macdKindLabels: Record<MacdKindName, string> = {
  move: 'Move a service',
  add: 'Add a service',
  change: 'Change a service',
  disconnect: 'Disconnect a service',
};

export const changeableAttributeLabels: Record<ChangeableAttribute, string> = {
  assignee: 'Assignee',
  location: 'Location',
  cost_center: 'Cost center',
  monthly_cost: 'Monthly cost',
};

/** "mobile_line" → "mobile line" */
export const serviceTypeLabel = (type: string): string => type.replace(/_/g, ' ');

export const kindFieldLabel = 'What do you need?';

export const fieldLabels: Record<MacdFieldName, string> = {
  service: 'Service',
  newLocation: 'New location',
  date: 'Date',
  serviceType: 'Type',
  vendor: 'Vendor',
  plan: 'Plan',
  location: 'Location',
  costCenter: 'Cost center',
  assignee: 'Assignee',
  monthlyCost: 'Monthly cost (estimate)',
  identifier: 'Number or circuit id (if known)',
  attribute: 'What changes',
  newValue: 'New value',
  reason: 'Reason',
};

export const optionalFields: ReadonlySet<MacdFieldName> = new Set(['monthlyCost', 'identifier']);

/**
 * What a form says when a required field is left empty: the parser's message for a missing value,
 * and the card's errorMessage (Teams shows it under the input before anything is sent).
 */
export const missingFieldMessages: Record<MacdFieldName, string> = {
  service: 'Pick a service.',
  newLocation: 'Enter the new location.',
  date: 'Pick a date.',
  serviceType: 'Pick a service type.',
  vendor: 'Enter the vendor.',
  plan: 'Enter the plan.',
  location: 'Enter the location.',
  costCenter: 'Enter the cost center.',
  assignee: 'Enter who it is for.',
  monthlyCost: 'Enter an amount like 45.00.',
  identifier: 'Enter the number or circuit id.',
  attribute: 'Pick what changes.',
  newValue: 'Enter the new value.',
  reason: 'Enter a reason.',
};

export const missingKindMessage = 'Pick the kind of request: move, add, change or disconnect.';

/** The approver's reject reason: required to reject, not to approve (so not required on the card). */
export const rejectReasonMissingMessage = 'Give a reason for the rejection.';
