import type { AlertMessage } from '../../domain/alerts/alert-destination.js';
import type { AdaptiveCard, CardAction, CardElement } from './adaptive-card.js';
import { askAction, createCard } from './adaptive-card.js';

// AlertMessage → Adaptive Card 1.5 for proactive posts. "ask" actions become follow-up questions
// (answered like any other); the others carry the alert id for the alert-action handler.

export const alertActionVerb = 'alert-action';

const kindLabels: Record<AlertMessage['kind'], string> = {
  anomaly: 'Cost anomaly',
  'notice-deadline': 'Contract notice deadline',
  budget: 'Budget',
  'billing-discrepancy': 'Billing discrepancy',
};

export interface AlertCardOptions {
  chartImageUri?: string | undefined;
  /** what happened when the person pressed a button, shown to them on the card that replaced it */
  notice?: string | undefined;
}

export function renderAlertCard(message: AlertMessage, options: AlertCardOptions = {}): AdaptiveCard {
  const body: CardElement[] = [
    { type: 'TextBlock', text: kindLabels[message.kind], isSubtle: true, size: 'Small', wrap: true, color: 'Attention' },
    { type: 'TextBlock', text: message.title, weight: 'Bolder', size: 'Medium', wrap: true, spacing: 'None' },
    { type: 'TextBlock', text: message.summary, wrap: true },
  ];
  if (message.facts.length > 0) {
    body.push({ type: 'FactSet', facts: message.facts.map((fact) => ({ title: fact.label, value: fact.value })) });
  }
  if (options.chartImageUri) body.push({ type: 'Image', url: options.chartImageUri, altText: message.title, size: 'Stretch' });
  if (message.freshness) body.push({ type: 'TextBlock', text: message.freshness, isSubtle: true, size: 'Small', wrap: true });
  // Who acted, so everyone in the chat sees it and nobody acts twice.
  for (const line of message.status ?? [])
    body.push({ type: 'TextBlock', text: `✔ ${line}`, color: 'Good', size: 'Small', wrap: true, spacing: 'Small' });
  if (options.notice) body.push({ type: 'TextBlock', text: options.notice, color: 'Accent', wrap: true });
  const actions: CardAction[] = message.actions.map((action) =>
    action.id === 'ask'
      ? askAction(action.value, action.label)
      : {
          type: 'Action.Execute',
          title: action.label,
          verb: alertActionVerb,
          data: { alertId: message.alertId, actionId: action.id, value: action.value, title: message.title },
          fallback: {
            type: 'Action.Submit',
            title: action.label,
            data: { verb: alertActionVerb, alertId: message.alertId, actionId: action.id, value: action.value, title: message.title },
          },
        },
  );
  return createCard(body, actions);
}

/** In place of a pressed alert card whose alert is gone: what the button did, under the alert's title. */
export function renderAlertReplyCard(reply: string, title?: string): AdaptiveCard {
  return createCard([
    ...(title ? [{ type: 'TextBlock' as const, text: title, weight: 'Bolder' as const, wrap: true }] : []),
    { type: 'TextBlock', text: reply, wrap: true },
  ]);
}
