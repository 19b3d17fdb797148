import type { types } from '@slack/bolt';
import type { Answer } from '../../assistant/answer.js';
import type { Assistant } from '../../assistant/assistant.js';
import type { Viewer } from '../../domain/tools/define-tool.js';
import type { Logger } from '../../logger.js';
import { slackLimits } from './check-slack-limits.js';
import type { Block } from './render-answer-blocks.js';
import { renderTableSection } from './render-answer-blocks.js';
import { escapeMrkdwn, truncate } from './slack-text.js';

/**
 * The App Home panels are questions to the assistant, so every figure comes from the same tools,
 * under the same cost-center scope, as an answer in a channel — the adapter computes nothing.
 */
export const appHomePanels = [
  { title: "This month's spend vs budget", question: 'spend this month vs budget' },
  { title: 'Open alerts', question: 'open alerts' },
  { title: 'Upcoming notice deadlines', question: 'contract notice deadlines in the next 90 days' },
  { title: 'My open MACD requests', question: 'my open MACD requests' },
] as const;

const panelTextLimit = 1_200;

function panelBlocks(title: string, answer: Answer | undefined): Block[] {
  const blocks: Block[] = [{ type: 'header', text: { type: 'plain_text', text: title, emoji: true } }];
  if (!answer) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: 'Not available right now.' }] });
    return blocks;
  }
  const text = answer.clarification?.message ?? answer.text;
  blocks.push({ type: 'section', text: { type: 'mrkdwn', text: truncate(escapeMrkdwn(text || '—'), panelTextLimit) } });
  const facts = answer.facts.slice(0, slackLimits.sectionFields);
  if (facts.length > 0) {
    blocks.push({
      type: 'section',
      fields: facts.map((fact) => ({ type: 'mrkdwn', text: truncate(`*${escapeMrkdwn(fact.label)}*\n${escapeMrkdwn(fact.value)}`, slackLimits.fieldText) })),
    });
  }
  if (answer.table) {
    const rendered = renderTableSection({ ...answer.table, rows: answer.table.rows.slice(0, 8) });
    if (rendered) blocks.push(rendered.block);
  }
  const context = [answer.context.period, answer.context.freshness].filter((part): part is string => Boolean(part)).join('  ·  ');
  if (context) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: truncate(escapeMrkdwn(context), slackLimits.contextText) }] });
  return blocks;
}

export interface BuildAppHomeInput {
  viewer: Viewer;
  conversationKey: string;
}

export async function buildAppHome(input: BuildAppHomeInput, deps: { assistant: Assistant; logger: Logger }): Promise<types.HomeView> {
  const answers = await Promise.all(
    appHomePanels.map((panel) =>
      deps.assistant
        .ask({ question: panel.question, conversationKey: `${input.conversationKey}:${panel.question}`, viewer: input.viewer, surface: 'slack' })
        .catch((error: unknown) => {
          deps.logger.warn('app home panel failed', { panel: panel.title, error: String(error) });
          return undefined;
        }),
    ),
  );
  const blocks: Block[] = [
    {
      type: 'section',
      text: { type: 'mrkdwn', text: `Hello ${escapeMrkdwn(input.viewer.displayName)}. Ask me in a DM, with \`/ledger <question>\` or by mentioning me in a channel.` },
    },
  ];
  appHomePanels.forEach((panel, index) => {
    blocks.push({ type: 'divider' }, ...panelBlocks(panel.title, answers[index]));
  });
  return { type: 'home', blocks: blocks.slice(0, slackLimits.homeViewBlocks) };
}
