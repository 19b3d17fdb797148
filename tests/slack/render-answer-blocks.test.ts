import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/assistant/answer.js';
import { checkSlackLimits } from '../../src/bot/slack/check-slack-limits.js';
import { renderAnswerBlocks } from '../../src/bot/slack/render-answer-blocks.js';
import { renderFullTable } from '../../src/bot/slack/render-full-table.js';
import { decodeButtonValue } from '../../src/bot/slack/slack-place.js';
import type { SlackPlace } from '../../src/bot/slack/slack-place.js';
import { buttonsOf, textOf } from './support/slack-testbed.js';

// Rendering limits: whatever the answer holds, Slack receives a message it accepts, and the
// person is told what was left out.

const place: SlackPlace = { kind: 'thread', teamId: 'T111', channelId: 'C111', threadTs: '1.2' };

function answerWith(overrides: Partial<Answer>): Answer {
  return {
    text: 'Spend in October 2026: USD 10.00.',
    facts: [],
    toolCalls: [],
    followUps: [],
    context: {},
    plannedBy: 'offline',
    ...overrides,
  };
}

const manyRows = Array.from({ length: 500 }, (_, index) => ({
  vendor: `Vendor ${String(index + 1).padStart(3, '0')} & Sons`,
  amount: `USD ${index + 1},000.00`,
}));
const bigTable = {
  columns: [
    { key: 'vendor', label: 'Vendor' },
    { key: 'amount', label: 'Spend', align: 'right' as const },
  ],
  rows: manyRows,
  totalRows: 812,
};

describe('renderAnswerBlocks', () => {
  it('shows the first rows of a long table, says "showing N of M" and offers "Show all"', () => {
    const message = renderAnswerBlocks(answerWith({ table: bigTable }), { question: 'spend by vendor', place });
    expect(checkSlackLimits(message.blocks, { text: message.text })).toEqual([]);
    const text = textOf(message.blocks);
    expect(text).toContain('Vendor 001 &amp; Sons');
    expect(text).toMatch(/Showing \d+ of 812 rows/);
    const shown = Number(/Showing (\d+) of/.exec(text)?.[1]);
    expect(shown).toBeGreaterThan(5);
    expect(text).toContain(`Vendor ${String(shown).padStart(3, '0')}`);
    expect(text).not.toContain(`Vendor ${String(shown + 1).padStart(3, '0')}`);
    const showAll = buttonsOf(message.blocks).find((button) => button.text.text === 'Show all');
    expect(decodeButtonValue(showAll?.value)).toEqual({ question: 'spend by vendor', place });
  });

  it('splits a very long answer, caps facts at 10 fields and shortens long button labels', () => {
    const longText = Array.from({ length: 400 }, (_, index) => `Line ${index}: USD ${index}.00`).join('\n');
    const message = renderAnswerBlocks(
      answerWith({
        text: longText,
        facts: Array.from({ length: 14 }, (_, index) => ({ label: `Fact ${index}`, value: `USD ${index}.00` })),
        followUps: [
          'Why did the Azure spend in the Engineering cost center jump so much in October compared with September?',
          'a',
          'b',
          'c',
          'd',
          'e',
          'f',
        ],
        context: { period: 'October 2026', filters: 'vendor: Microsoft', freshness: 'invoices through 31 Oct 2026' },
      }),
      { question: 'q', place, canShare: true },
    );
    expect(checkSlackLimits(message.blocks, { text: message.text })).toEqual([]);
    expect(textOf(message.blocks)).toContain('Line 0: USD 0.00');
    expect(textOf(message.blocks)).toContain('Line 150: USD 150.00');
    const fields = message.blocks.find((block) => block.type === 'section' && 'fields' in block && block.fields);
    expect(fields && 'fields' in fields ? fields.fields?.length : 0).toBe(10);
    const labels = buttonsOf(message.blocks).map((button) => button.text.text);
    expect(labels[0]).toBe('Share in channel');
    expect(labels).toHaveLength(6);
    expect(labels[1]?.length).toBeLessThanOrEqual(75);
    expect(labels[1]?.endsWith('…')).toBe(true);
    expect(textOf(message.blocks)).toContain('*Period:* October 2026');
    expect(textOf(message.blocks)).toContain('invoices through 31 Oct 2026');
  });

  it('offers the choices of a clarification as buttons', () => {
    const message = renderAnswerBlocks(answerWith({ clarification: { message: 'Which AT&T account?', choices: ['ATT-9', 'ATT-12'] } }), {
      question: 'q',
      place,
    });
    expect(checkSlackLimits(message.blocks)).toEqual([]);
    expect(buttonsOf(message.blocks).map((button) => decodeButtonValue(button.value)?.question)).toEqual(['ATT-9', 'ATT-12']);
  });

  it('"Show all" spreads every row over messages that each fit Slack', () => {
    const messages = renderFullTable(bigTable, 'spend by vendor');
    for (const message of messages) expect(checkSlackLimits(message.blocks, { text: message.text })).toEqual([]);
    const all = messages.map((message) => textOf(message.blocks)).join('');
    expect(all).toContain('Vendor 001');
    expect(all).toContain('Vendor 500');
    expect(all).toContain('all 500 of 812 rows');
  });
});

const contractTable = {
  columns: [
    { key: 'contract', label: 'Contract' },
    { key: 'vendor', label: 'Vendor' },
    { key: 'name', label: 'Name' },
    { key: 'ends', label: 'Ends' },
    { key: 'autoRenews', label: 'Auto-renews' },
    { key: 'noticeBy', label: 'Notice deadline' },
    { key: 'committed', label: 'Committed / year', align: 'right' as const },
  ],
  rows: [
    {
      contract: 'NW-LUMEN-2024-01',
      vendor: 'Lumen',
      name: 'Lumen Master Services Agreement (US and Canada)',
      ends: '17 Mar 2027',
      autoRenews: 'yes (90 days notice)',
      noticeBy: '17 Dec 2026',
      committed: '',
    },
    {
      contract: 'NW-ATT-2024-01',
      vendor: 'AT&T',
      name: 'AT&T Business Network Services Agreement',
      ends: '4 Sep 2027',
      autoRenews: 'no',
      noticeBy: '4 Sep 2027',
      committed: 'USD 480,000.00',
    },
  ],
  totalRows: 2,
};

/** The lines of every code block in the blocks, as Slack shows them (entities decoded). */
function codeBlockLines(blocks: unknown): string[] {
  return [...textOf(blocks).matchAll(/```\\n([\s\S]*?)\\n```/g)].flatMap((match) =>
    (match[1] ?? '').split('\\n').map((line) => line.replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>')),
  );
}

describe('Slack tables', () => {
  it('keep a narrow table as an aligned code block no wider than 80 characters', () => {
    const message = renderAnswerBlocks(answerWith({ table: bigTable }), { question: 'spend by vendor', place });
    const lines = codeBlockLines(message.blocks);
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('show a seven-column table as a list, one line per row with every value whole', () => {
    const message = renderAnswerBlocks(answerWith({ text: '2 contracts:', table: contractTable }), { question: 'contracts', place });
    expect(checkSlackLimits(message.blocks, { text: message.text })).toEqual([]);
    expect(codeBlockLines(message.blocks)).toEqual([]);
    const text = textOf(message.blocks);
    expect(text).toContain(
      '• *NW-LUMEN-2024-01* — Vendor: Lumen · Name: Lumen Master Services Agreement (US and Canada) · Ends: 17 Mar 2027',
    );
    expect(text).toContain('Name: AT&amp;T Business Network Services Agreement');
    expect(text).toContain('Committed / year: USD 480,000.00');
    // A blank value is left out, not shown as "Committed / year: ".
    expect(text).not.toMatch(/Notice deadline: 17 Dec 2026 · Committed/);
  });

  it('"Show all" keeps one layout for every part', () => {
    const wideRows = Array.from({ length: 60 }, (_, index) => ({ ...contractTable.rows[0]!, contract: `C-${index}` }));
    const messages = renderFullTable({ ...contractTable, rows: wideRows, totalRows: 60 }, 'contracts');
    const all = messages.map((message) => textOf(message.blocks)).join('');
    expect(codeBlockLines(messages.flatMap((message) => message.blocks))).toEqual([]);
    expect(all).toContain('• *C-0*');
    expect(all).toContain('• *C-59*');
  });
});

describe('checkSlackLimits', () => {
  it('names each broken limit', () => {
    const problems = checkSlackLimits([
      { type: 'section', text: { type: 'mrkdwn', text: 'x'.repeat(3_001) } },
      { type: 'section', fields: Array.from({ length: 11 }, () => ({ type: 'mrkdwn', text: 'f' })) },
      {
        type: 'actions',
        elements: [{ type: 'button', action_id: 'a', text: { type: 'plain_text', text: 'b'.repeat(76) }, value: 'v'.repeat(2_001) }],
      },
      ...Array.from({ length: 48 }, () => ({ type: 'divider' })),
    ]);
    expect(problems).toEqual([
      '51 blocks (limit 50)',
      'block 0 section text: 3001 characters (limit 3000)',
      'block 1: 11 fields (limit 10)',
      'block 2 element 0 button text: 76 characters (limit 75)',
      'block 2 element 0 button value: 2001 characters (limit 2000)',
    ]);
  });
});
