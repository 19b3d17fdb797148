import type { DomainDeps } from '../../domain/deps.js';
import { whyCannotRequestChanges } from '../../domain/people/check-request-rights.js';
import type { Viewer } from '../../domain/shared/viewer.js';
import { macdSlackIds } from './macd/macd-slack-ids.js';
import type { SlackMessage } from './render-answer-blocks.js';
import { renderNotice } from './render-answer-blocks.js';
import { slackLimits } from './check-slack-limits.js';
import { escapeMrkdwn, truncate } from './slack-text.js';

/** Words that start a service request, as in Teams: "disconnect 253-555-0100", "move the Denver circuit …", "request …". */
const requestWords = /^(request|disconnect|move)\b/i;

export function isServiceRequestWords(text: string): boolean {
  return requestWords.test(text.trim());
}

/**
 * "disconnect <number>" in a mention, DM or /ledger: a modal needs a click's trigger id, so the
 * reply is a button that opens the prefilled form — or, for someone who may not submit it, the
 * reason and what to do instead of the form.
 */
export async function offerRequestForm(input: { words: string; viewer: Viewer }, deps: Pick<DomainDeps, 'prisma'>): Promise<SlackMessage> {
  const refusal = await whyCannotRequestChanges(input.viewer, deps);
  if (refusal) return renderNotice(refusal);
  const words = input.words
    .trim()
    .replace(/^request\b/i, '')
    .trim();
  const text = `Service request: _${escapeMrkdwn(truncate(input.words.trim(), 200))}_ — the form opens prefilled; nothing changes until it is submitted and approved.`;
  return {
    text: `Service request: ${input.words.trim()}`,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: truncate(text, slackLimits.sectionText) } },
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            action_id: macdSlackIds.open,
            style: 'primary',
            text: { type: 'plain_text', text: 'Open the request form', emoji: true },
            value: truncate(words, slackLimits.buttonValue),
          },
        ],
      },
    ],
  };
}
