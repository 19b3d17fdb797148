import type { types } from '@slack/bolt';
import type { AlertMessage } from '../../domain/alerts/alert-destination.js';
import { alertMacdPrefill } from '../../domain/alerts/alert-macd-prefill.js';
import { slackLimits } from './check-slack-limits.js';
import { macdSlackIds } from './macd/macd-slack-ids.js';
import type { Block, SlackMessage } from './render-answer-blocks.js';
import { escapeMrkdwn, truncate } from './slack-text.js';

/** Alert buttons carry `ledger_alert_<action>`; the alert outbox's handler decides what each does. */
export const alertActionPrefix = 'ledger_alert_';

type AlertAction = AlertMessage['actions'][number];

/**
 * "Ask" carries its question; acknowledge / mark as expected / snooze carry the alert id (the
 * handler acts on that alert); "Plan a disconnect" and "Start renewal review" are the MACD form's
 * own open button, with the words to prefill it from.
 */
function buttonOf(alert: AlertMessage, action: AlertAction): types.Button {
  const text = { type: 'plain_text' as const, text: truncate(action.label, slackLimits.buttonText), emoji: true };
  const prefill = alertMacdPrefill(action);
  if (prefill) return { type: 'button', text, action_id: macdSlackIds.open, value: truncate(prefill.words, slackLimits.buttonValue) };
  const value = action.id === 'ask' ? action.value : String(alert.alertId);
  return { type: 'button', text, action_id: `${alertActionPrefix}${action.id}`, value: truncate(value, slackLimits.buttonValue) };
}

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
  blocks.push({
    type: 'context',
    elements: [{ type: 'mrkdwn', text: truncate(`*Data:* ${escapeMrkdwn(alert.freshness)}`, slackLimits.contextText) }],
  });
  // Who acted, so the whole channel sees it and nobody acts twice.
  if (alert.status && alert.status.length > 0) {
    blocks.push({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: truncate(alert.status.map((line) => `:white_check_mark: ${escapeMrkdwn(line)}`).join('\n'), slackLimits.contextText),
        },
      ],
    });
  }
  const actions = alert.actions.slice(0, slackLimits.actionsElements);
  const alertButtons = actions.filter((action) => !alertMacdPrefill(action)).map((action) => buttonOf(alert, action));
  // MACD buttons share the form's action id, and Slack wants action ids unique within a block: one block each.
  const macdBlocks: Block[] = actions
    .filter((action) => alertMacdPrefill(action))
    .map((action) => ({ type: 'actions', block_id: `alert_${alert.alertId}_${action.id}`, elements: [buttonOf(alert, action)] }));
  blocks.push(...macdBlocks);
  if (alertButtons.length > 0) blocks.push({ type: 'actions', block_id: `alert_${alert.alertId}`, elements: alertButtons });
  return { text: truncate(`${alert.title} — ${alert.summary}`, slackLimits.sectionText), blocks };
}
