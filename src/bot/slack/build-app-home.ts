import type { types } from '@slack/bolt';
import type { Answer } from '../../assistant/answer.js';
import type { Assistant } from '../../assistant/assistant.js';
import { formatCount, formatDate } from '../../domain/shared/format.js';
import type { DomainDeps } from '../../domain/deps.js';
import { listMyRequests } from '../../domain/macd/list-my-requests.js';
import type { MacdRequestView } from '../../domain/macd/macd-request-view.js';
import { getPersonHome } from '../../domain/people/get-person-home.js';
import type { PersonHome } from '../../domain/people/get-person-home.js';
import type { Viewer } from '../../domain/shared/viewer.js';
import { slackLimits } from './check-slack-limits.js';
import { whyCannotRequestChanges } from '../../domain/people/check-request-rights.js';
import { macdSlackIds } from './macd/macd-slack-ids.js';
import type { Block } from './render-answer-blocks.js';
import { renderTableSection } from './render-answer-blocks.js';
import { escapeMrkdwn, truncate } from './slack-text.js';

/**
 * Spend vs budget and notice deadlines are questions to the assistant, so their figures come from
 * the same tools, under the same cost-center scope, as an answer in a channel; alerts and MACD
 * requests come from the domain (getPersonHome). The adapter computes nothing.
 */
const appHomeQuestions = {
  budget: 'Are we over budget this month?',
  deadlines: 'Which contracts have a notice deadline in the next 90 days?',
} as const;

const panelTextLimit = 1_200;
const header = (text: string): Block => ({ type: 'header', text: { type: 'plain_text', text, emoji: true } });
const section = (text: string): Block => ({ type: 'section', text: { type: 'mrkdwn', text: truncate(text, slackLimits.sectionText) } });
const note = (text: string): Block => ({ type: 'context', elements: [{ type: 'mrkdwn', text }] });

function answerPanel(title: string, answer: Answer | undefined): Block[] {
  if (!answer || answer.clarification) return [header(title), note('Not available right now.')];
  const [headline = ''] = answer.text.split('\n');
  const blocks: Block[] = [header(title), section(truncate(escapeMrkdwn(answer.table ? headline : answer.text), panelTextLimit))];
  if (answer.table) {
    const rendered = renderTableSection({ ...answer.table, rows: answer.table.rows.slice(0, 8) });
    if (rendered) blocks.push(rendered.block);
  }
  if (answer.context.freshness) blocks.push(note(`Data: ${escapeMrkdwn(answer.context.freshness)}`));
  return blocks;
}

function alertsPanel(home: PersonHome): Block[] {
  const alerts = home.recentAlerts;
  if (!alerts) return [header('Open alerts'), note('Alerts are posted to the channels that subscribe to them.')];
  if (alerts.count === 0) return [header('Open alerts'), section('No alerts in the last 30 days.')];
  const lines = alerts.latest.map((alert) => `• ${escapeMrkdwn(alert.title)} — ${formatDate(alert.raisedOn)}`);
  return [header('Open alerts'), section(`*${formatCount(alerts.count)}* alerts in the last 30 days\n${lines.join('\n')}`)];
}

const statusLabels: Record<MacdRequestView['status'], string> = {
  submitted: 'waiting for approval',
  approved: 'approved',
  in_progress: 'in progress',
  rejected: 'rejected',
  completed: 'completed',
  cancelled: 'cancelled',
};

/** The person's requests in flight, and the button that opens the request form (the MACD listener's own). */
function macdPanel(home: PersonHome, openRequests: MacdRequestView[], refusal: string | undefined): Block[] {
  if (home.openMacdRequests === null)
    return [header('My open MACD requests'), note('Ask an admin to add you to Ledgerline to file requests.')];
  // A form the person may not submit is not offered: the reason is.
  if (refusal && home.openMacdRequests === 0) return [header('My open MACD requests'), note(escapeMrkdwn(refusal))];
  const lines = openRequests.map(
    (request) =>
      `• *#${request.id}* ${escapeMrkdwn(request.title)} — ${statusLabels[request.status]} since ${formatDate(request.createdAt.slice(0, 10))}`,
  );
  const more =
    home.openMacdRequests > openRequests.length
      ? `\n…and ${formatCount(home.openMacdRequests - openRequests.length)} more: ask "my open requests".`
      : '';
  return [
    header('My open MACD requests'),
    section(`*${formatCount(home.openMacdRequests)}* open${lines.length > 0 ? `\n${lines.join('\n')}` : ''}${more}`),
    {
      type: 'actions',
      block_id: 'home_macd',
      elements: [
        { type: 'button', action_id: macdSlackIds.open, text: { type: 'plain_text', text: 'New request', emoji: true }, style: 'primary' },
      ],
    },
  ];
}

const homeRequestsShown = 5;

export interface BuildAppHomeInput {
  viewer: Viewer;
  conversationKey: string;
}

export async function buildAppHome(input: BuildAppHomeInput, deps: DomainDeps & { assistant: Assistant }): Promise<types.HomeView> {
  const ask = (question: string) =>
    deps.assistant
      .ask({ question, conversationKey: `${input.conversationKey}:${question}`, viewer: input.viewer, surface: 'slack' })
      .catch((error: unknown) => {
        deps.logger.warn('app home panel failed', { question, error });
        return undefined;
      });
  const [budget, deadlines, home, openRequests, refusal] = await Promise.all([
    ask(appHomeQuestions.budget),
    ask(appHomeQuestions.deadlines),
    getPersonHome({ viewer: input.viewer, asOf: deps.now() }, deps),
    listMyRequests({ viewer: input.viewer, isOpenOnly: true, limit: homeRequestsShown }, deps),
    whyCannotRequestChanges(input.viewer, deps),
  ]);
  const blocks: Block[] = [
    section(
      `Hello ${escapeMrkdwn(input.viewer.displayName)}. Ask me in a DM, with \`/ledger &lt;question&gt;\` or by mentioning me in a channel.`,
    ),
    { type: 'divider' },
    ...answerPanel("This month's spend vs budget", budget),
    { type: 'divider' },
    ...alertsPanel(home),
    { type: 'divider' },
    ...answerPanel('Upcoming notice deadlines', deadlines),
    { type: 'divider' },
    ...macdPanel(home, openRequests, refusal),
  ];
  return { type: 'home', blocks: blocks.slice(0, slackLimits.homeViewBlocks) };
}
