import type { AlertMessage } from './alert-destination.js';

type AlertAction = AlertMessage['actions'][number];

export interface AlertMacdPrefill {
  kind: 'disconnect' | 'change';
  /** the words the MACD form is prefilled from ("disconnect …"), as typed after "/ledger request" */
  words: string;
  /** the alert's context, for a form field that takes free text (a disconnect's reason) */
  note: string;
}

/**
 * "Plan a disconnect" and "Start renewal review" open the MACD request form. Words only prefill
 * it: nothing changes until the person submits. A renewal review is a change request on the
 * contract's services (plan, price, term).
 */
export function alertMacdPrefill(action: AlertAction): AlertMacdPrefill | undefined {
  switch (action.id) {
    case 'plan-disconnect':
      return { kind: 'disconnect', words: `disconnect ${action.value}`, note: action.value };
    case 'start-renewal-review':
      return { kind: 'change', words: `change ${action.value} — renewal review`, note: `Renewal review: ${action.value}` };
    case 'acknowledge':
    case 'mark-expected':
    case 'snooze-7d':
    case 'ask':
      return undefined;
  }
}
