import type { types } from '@slack/bolt';
import type { ChatImportWords } from '../../../domain/ingest/chat-import/describe-chat-import.js';
import { slackLimits } from '../check-slack-limits.js';
import type { Block, SlackMessage } from '../render-answer-blocks.js';
import { escapeMrkdwn, truncate } from '../slack-text.js';

export const chatImportActionIds = {
  confirm: 'ledger_chat_import_confirm',
  cancel: 'ledger_chat_import_cancel',
} as const;

/** Lines per section: twenty problem lines with long reasons do not fit one section's 3,000 characters. */
function sectionsOf(lines: readonly string[]): Block[] {
  const sections: Block[] = [];
  let current = '';
  for (const line of lines.map((text) => truncate(`• ${escapeMrkdwn(text)}`, slackLimits.sectionText))) {
    if (current !== '' && current.length + 1 + line.length > slackLimits.sectionText) {
      sections.push({ type: 'section', text: { type: 'mrkdwn', text: current } });
      current = '';
    }
    current = current === '' ? line : `${current}\n${line}`;
  }
  if (current !== '') sections.push({ type: 'section', text: { type: 'mrkdwn', text: current } });
  return sections;
}

/**
 * A chat import's words as one Slack message: the title in bold, each line a bullet, and — while
 * the file waits — Import and Cancel buttons carrying the chat import's id.
 */
export function renderChatImportMessage(words: ChatImportWords, options: { chatImportId?: number } = {}): SlackMessage {
  const blocks: Block[] = [
    { type: 'section', text: { type: 'mrkdwn', text: truncate(`*${escapeMrkdwn(words.title)}*`, slackLimits.sectionText) } },
    ...sectionsOf(words.lines),
  ];
  if (options.chatImportId !== undefined) {
    const value = String(options.chatImportId);
    const buttons: types.Button[] = [
      { type: 'button', text: { type: 'plain_text', text: 'Import' }, style: 'primary', action_id: chatImportActionIds.confirm, value },
      { type: 'button', text: { type: 'plain_text', text: 'Cancel' }, action_id: chatImportActionIds.cancel, value },
    ];
    blocks.push({ type: 'actions', elements: buttons });
  }
  return { text: truncate(words.title, 3_000), blocks: blocks.slice(0, 50) };
}
