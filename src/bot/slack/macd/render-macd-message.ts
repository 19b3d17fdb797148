import type { types } from '@slack/bolt';
import type { MacdRequestView } from '../../../domain/macd/macd-request-view.js';
import { escapeMrkdwn, truncate } from '../slack-text.js';
import {
  cancelMacdStep,
  describeForRequester,
  describeState,
  macdFacts,
  macdNextSteps,
  type MacdStep,
} from '../../../domain/macd/macd-facts.js';
import { macdSlackIds } from './macd-slack-ids.js';

export interface MacdSlackMessage {
  text: string;
  blocks: types.KnownBlock[];
}

const slackStyles = { positive: 'primary', destructive: 'danger', neutral: undefined } as const;

const button = (step: MacdStep, requestId: number): types.Button => {
  const style = slackStyles[step.tone];
  return {
    type: 'button',
    text: { type: 'plain_text', text: step.label },
    action_id: macdSlackIds[step.step],
    value: String(requestId),
    ...(style ? { style } : {}),
  };
};

/** The approver's message: the summary with its money, the state and who changed it, the next buttons. Updated in place. */
export function renderApprovalMessage(view: MacdRequestView): MacdSlackMessage {
  const facts = macdFacts(view);
  const state = describeState(view);
  const buttons = macdNextSteps(view).map((step) => button(step, view.id));
  return {
    text: truncate(`Request ${view.id}: ${view.title} — ${state}`, 3_000),
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: truncate(`*Request ${view.id} · ${escapeMrkdwn(view.title)}*`, 3_000) } },
      {
        type: 'section',
        fields: facts
          .slice(0, 10)
          .map((fact) => ({ type: 'mrkdwn', text: truncate(`*${escapeMrkdwn(fact.label)}*\n${escapeMrkdwn(fact.value)}`, 2_000) })),
      },
      { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(escapeMrkdwn(state), 3_000) }] },
      ...(buttons.length > 0 ? [{ type: 'actions' as const, block_id: `macd_request_${view.id}`, elements: buttons }] : []),
    ],
  };
}

/** The requester's notice, with `extra` (who was reached) after it; a request still open offers "Cancel request". */
export function renderRequesterNotice(view: MacdRequestView, extra?: string): MacdSlackMessage {
  const line = describeForRequester(view);
  const text = extra ? `${line} ${extra}` : line;
  const canCancel = view.isOpen;
  return {
    text,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: truncate(escapeMrkdwn(text), 3_000) } },
      ...(canCancel ? [{ type: 'actions' as const, elements: [button(cancelMacdStep, view.id)] }] : []),
    ],
  };
}
