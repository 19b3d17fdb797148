import type { types } from '@slack/bolt';
import type { Answer, Table } from '../../assistant/answer.js';
import { slackLimits } from './check-slack-limits.js';
import { encodeButtonValue } from './slack-place.js';
import type { SlackPlace } from './slack-place.js';
import { escapeMrkdwn, truncate } from './slack-text.js';

export type Block = types.KnownBlock;

export interface SlackMessage {
  /** Notification and screen-reader text; Slack shows it when blocks cannot be shown. */
  text: string;
  blocks: Block[];
}

export const actionIds = {
  followUp: 'ledger_follow_up',
  share: 'ledger_share',
  showAll: 'ledger_show_all',
} as const;

const maximumTableRows = 20;
const maximumFollowUps = 5;
/** Room for the code fence and the "showing N of M" line inside one section. */
const tableTextBudget = slackLimits.sectionText - 20;
/** Long answers are split into at most this many sections before being cut. */
const maximumHeadlineSections = 3;

const mrkdwnSection = (text: string): Block => ({ type: 'section', text: { type: 'mrkdwn', text } });

const button = (text: string, actionId: string, value: string, style?: 'primary'): types.Button => ({
  type: 'button',
  text: { type: 'plain_text', text: truncate(text, slackLimits.buttonText), emoji: true },
  action_id: actionId,
  value,
  ...(style ? { style } : {}),
});

function splitIntoSections(text: string): Block[] {
  const escaped = escapeMrkdwn(text.trim() || '…');
  const sections: Block[] = [];
  let rest = escaped;
  while (rest.length > 0 && sections.length < maximumHeadlineSections) {
    const isLast = sections.length === maximumHeadlineSections - 1;
    if (rest.length <= slackLimits.sectionText || isLast) {
      sections.push(mrkdwnSection(truncate(rest, slackLimits.sectionText)));
      break;
    }
    // Split at the last line break that fits, so a figure is never cut in half.
    const cut = rest.lastIndexOf('\n', slackLimits.sectionText);
    const at = cut > slackLimits.sectionText / 2 ? cut : slackLimits.sectionText;
    sections.push(mrkdwnSection(rest.slice(0, at)));
    rest = rest.slice(at).replace(/^\n/, '');
  }
  return sections;
}

/** Slack wraps a code block wider than this on a laptop and the columns lose their alignment. */
const maximumTableWidth = 80;

export type SlackTableLayout = 'code' | 'list';

function tableLine(table: Table, widths: number[], cells: string[]): string {
  return cells
    .map((cell, index) => (table.columns[index]?.align === 'right' ? cell.padStart(widths[index] ?? 0) : cell.padEnd(widths[index] ?? 0)))
    .join('  ')
    .trimEnd();
}

const cellsOf = (table: Table, row: Record<string, string>) => table.columns.map((column) => (row[column.key] ?? '').replace(/\s+/g, ' '));

function columnWidths(table: Table, rows: string[][]): number[] {
  return table.columns.map((column, index) => Math.max(column.label.length, ...rows.map((row) => row[index]?.length ?? 0)));
}

/**
 * An aligned code block when every row fits 80 characters whole; otherwise a list, one line per
 * row ("*title* — Label: value · …"), so no value is cut and nothing wraps out of alignment.
 */
export function chooseSlackTableLayout(table: Table): SlackTableLayout {
  const widths = columnWidths(
    table,
    table.rows.map((row) => cellsOf(table, row)),
  );
  const lineWidth = widths.reduce((sum, width) => sum + width, 0) + 2 * Math.max(0, widths.length - 1);
  return lineWidth <= maximumTableWidth ? 'code' : 'list';
}

function codeBlock(table: Table, rows: string[][]): string {
  const header = table.columns.map((column) => column.label);
  const widths = columnWidths(table, rows);
  const lines = [tableLine(table, widths, header), ...rows.map((row) => tableLine(table, widths, row))];
  return '```\n' + escapeMrkdwn(lines.join('\n')) + '\n```';
}

function listLines(table: Table, rows: string[][]): string {
  return rows
    .map((row) => {
      const [title = '', ...rest] = row;
      const fields = rest
        .map((value, index) =>
          value.trim() === '' ? undefined : `${escapeMrkdwn(table.columns[index + 1]?.label ?? '')}: ${escapeMrkdwn(value)}`,
        )
        .filter((field): field is string => field !== undefined);
      const head = title.trim() === '' ? '•' : `• *${escapeMrkdwn(title)}*`;
      return fields.length > 0 ? `${head} — ${fields.join(' · ')}` : head;
    })
    .join('\n');
}

/** The table as one section that fits Slack (a code block or a list), and how many rows made it in. */
export function renderTableSection(
  table: Table,
  layout: SlackTableLayout = chooseSlackTableLayout(table),
): { block: Block; shownRows: number } | undefined {
  if (table.columns.length === 0 || table.rows.length === 0) return undefined;
  const candidateRows = table.rows
    .slice(0, maximumTableRows)
    .map((row) => cellsOf(table, row).map((cell) => truncate(cell, slackLimits.sectionText / 4)));
  for (let count = candidateRows.length; count >= 1; count -= 1) {
    const rows = candidateRows.slice(0, count);
    const text = layout === 'code' ? codeBlock(table, rows) : listLines(table, rows);
    if (text.length <= tableTextBudget) return { block: mrkdwnSection(text), shownRows: count };
  }
  return undefined;
}

export interface RenderAnswerOptions {
  question: string;
  place: SlackPlace;
  /** Offer "Share in channel" (answers only the asker can see). */
  canShare?: boolean;
}

/** Answer → Block Kit: headline, facts, table, context line, follow-up buttons — always within Slack's limits. */
export function renderAnswerBlocks(answer: Answer, options: RenderAnswerOptions): SlackMessage {
  const blocks: Block[] = [];
  const buttonFor = (question: string) => encodeButtonValue({ question, place: options.place });
  // A follow-up is read against the answer its button is on, however many answers came since.
  const followUpFor = (question: string) =>
    encodeButtonValue({ question, place: options.place, ...(answer.stateId ? { stateId: answer.stateId } : {}) });

  if (answer.clarification) {
    blocks.push(mrkdwnSection(truncate(escapeMrkdwn(answer.clarification.message), slackLimits.sectionText)));
    const choices = answer.clarification.choices.slice(0, maximumFollowUps);
    if (choices.length > 0) {
      blocks.push({
        type: 'actions',
        block_id: 'clarification',
        elements: choices.map((choice, index) => button(choice, `${actionIds.followUp}_${index}`, buttonFor(choice))),
      });
    }
    return { text: truncate(answer.clarification.message, slackLimits.sectionText), blocks };
  }

  // With a table the plain text repeats its rows; Block Kit shows the first line and the table instead.
  const [headline = ''] = answer.text.split('\n');
  blocks.push(...splitIntoSections(answer.table ? headline : answer.text));

  const facts = answer.facts.slice(0, slackLimits.sectionFields);
  if (facts.length > 0) {
    blocks.push({
      type: 'section',
      fields: facts.map((fact) => ({
        type: 'mrkdwn',
        text: truncate(`*${escapeMrkdwn(fact.label)}*\n${escapeMrkdwn(fact.value)}`, slackLimits.fieldText),
      })),
    });
  }

  const extraButtons: types.Button[] = [];
  if (answer.table) {
    const rendered = renderTableSection(answer.table);
    const totalRows = Math.max(answer.table.totalRows, answer.table.rows.length);
    if (rendered) blocks.push(rendered.block);
    const shownRows = rendered?.shownRows ?? 0;
    if (shownRows < totalRows) {
      blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `Showing ${shownRows} of ${totalRows} rows` }] });
      extraButtons.push(button('Show all', actionIds.showAll, buttonFor(options.question)));
    }
  }

  const contextParts = [
    answer.context.source ? `*${escapeMrkdwn(capitalize(answer.context.source))}*` : undefined,
    answer.context.scope ? escapeMrkdwn(capitalize(answer.context.scope)) : undefined,
    answer.context.period ? `*Period:* ${escapeMrkdwn(answer.context.period)}` : undefined,
    answer.context.filters ? `*Filters:* ${escapeMrkdwn(answer.context.filters)}` : undefined,
    answer.context.freshness ? `*Data:* ${escapeMrkdwn(answer.context.freshness)}` : undefined,
    answer.plannedBy === 'offline-fallback' ? '_The language model was unavailable; answered by the offline planner._' : undefined,
  ].filter((part): part is string => part !== undefined);
  if (contextParts.length > 0) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: truncate(contextParts.join('  ·  '), slackLimits.contextText) }] });
  }

  const followUpButtons = answer.followUps
    .slice(0, maximumFollowUps)
    .map((followUp, index) => button(followUp, `${actionIds.followUp}_${index}`, followUpFor(followUp)));
  const shareButtons = options.canShare ? [button('Share in channel', actionIds.share, buttonFor(options.question), 'primary')] : [];
  const buttons = [...shareButtons, ...extraButtons, ...followUpButtons];
  if (buttons.length > 0) blocks.push({ type: 'actions', block_id: 'answer_actions', elements: buttons });

  return { text: truncate(answer.text, slackLimits.sectionText), blocks: blocks.slice(0, slackLimits.messageBlocks) };
}

/** A short message without figures ("Working on it…", an error reply). */
export function renderNotice(text: string): SlackMessage {
  return { text, blocks: [mrkdwnSection(truncate(escapeMrkdwn(text), slackLimits.sectionText))] };
}

const capitalize = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** An answer shared in the channel: who asked, then the answer (one block fewer, to stay within a message's blocks). */
export function renderSharedAnswer(answer: Answer, options: RenderAnswerOptions & { sharedBy: string }): SlackMessage {
  const message = renderAnswerBlocks(answer, { question: options.question, place: options.place });
  const intro = `<@${options.sharedBy}> asked: _${escapeMrkdwn(options.question)}_`;
  return {
    text: message.text,
    blocks: [
      { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(intro, slackLimits.contextText) }] },
      ...message.blocks.slice(0, slackLimits.messageBlocks - 1),
    ],
  };
}
