import type { Table } from '../../assistant/answer.js';
import { slackLimits } from './check-slack-limits.js';
import type { Block, SlackMessage } from './render-answer-blocks.js';
import { chooseSlackTableLayout, renderTableSection } from './render-answer-blocks.js';

/** "Show all" stops after this many messages; beyond that a narrower question serves better than a wall. */
const maximumMessages = 5;
const sectionsPerMessage = slackLimits.messageBlocks - 2;

/** Every row the answer holds, as consecutive preformatted sections over as few messages as fit. */
export function renderFullTable(table: Table, title: string): SlackMessage[] {
  const sections: Block[] = [];
  let offset = 0;
  // One layout for every part, chosen from all the rows.
  const layout = chooseSlackTableLayout(table);
  while (offset < table.rows.length && sections.length < sectionsPerMessage * maximumMessages) {
    const rendered = renderTableSection({ ...table, rows: table.rows.slice(offset) }, layout);
    if (!rendered) break;
    sections.push(rendered.block);
    offset += rendered.shownRows;
  }
  const totalRows = Math.max(table.totalRows, table.rows.length);
  const messages: SlackMessage[] = [];
  for (let start = 0; start < sections.length; start += sectionsPerMessage) {
    const part = messages.length + 1;
    messages.push({ text: `${title} (part ${part})`, blocks: sections.slice(start, start + sectionsPerMessage) });
  }
  const summary = `${title}: all ${offset} of ${totalRows} rows${offset < totalRows ? ' that could be shown; ask a narrower question for the rest' : ''}.`;
  const last = messages.at(-1);
  if (last) last.blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: summary }] });
  return messages;
}
