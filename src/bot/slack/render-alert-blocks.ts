import type { types } from '@slack/bolt';
import type { AlertMessage } from '../../domain/alerts/alert-destination.js';
import { slackLimits } from './check-slack-limits.js';
import type { Block, SlackMessage } from './render-answer-blocks.js';
import { escapeMrkdwn, truncate } from './slack-text.js';

/** Alert buttons carry `ledger_alert_<action>`; the alert outbox's handler decides what each does. */
export const alertActionPrefix = 'ledger_alert_';

export function renderAlertBlocks(alert: AlertMessage): SlackMessage {
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: truncate(alert.title, slackLimits.headerText), emoji: true } },
    { type: 'section', text: { type: 'mrkdwn', text: truncate(escapeMrkdwn(alert.summary), slackLimits.sectionText) } },
  ];
  const facts = alert.facts.slice(0, slackLimits.sectionFields);
  if (facts.length > 0) {
    blocks.push({
      type: 'section',
      fields: facts.map((fact) => ({
        type: 'mrkdwn',
        text: truncate(`*${escapeMrkdwn(fact.label)}*\n${escapeMrkdwn(fact.value)}`, slackLimits.fieldText),
      })),
    });
  }
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: truncate(`*Data:* ${escapeMrkdwn(alert.freshness)}`, slackLimits.contextText) }] });
  const buttons: types.Button[] = alert.actions.slice(0, slackLimits.actionsElements).map((action) => ({
    type: 'button',
    text: { type: 'plain_text', text: truncate(action.label, slackLimits.buttonText), emoji: true },
    action_id: `${alertActionPrefix}${action.id}`,
    value: truncate(action.value, slackLimits.buttonValue),
  }));
  if (buttons.length > 0) blocks.push({ type: 'actions', block_id: `alert_${alert.alertId}`, elements: buttons });
  return { text: truncate(`${alert.title} — ${alert.summary}`, slackLimits.sectionText), blocks };
}
