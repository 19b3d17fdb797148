import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/assistant/answer.js';
import { formatMoney } from '../../src/domain/shared/format.js';
import { renderAlertCard } from '../../src/bot/teams/render-alert-card.js';
import { renderAnswerCard } from '../../src/bot/teams/render-answer-card.js';
import { cardCharacterBudget } from '../../src/bot/teams/choose-table-layout.js';
import type { Container, FactSet, TableElement } from '../../src/bot/teams/adaptive-card.js';
import { renderChartDataUri, renderChartPng, teamsChartCanvas } from '../../src/bot/shared/render-chart-png.js';
import { stripMentions } from '../../src/bot/teams/read-teams-turn.js';
import { checkAdaptiveCard } from './check-adaptive-card.js';

// Rendering is tested from the neutral Answer the assistant hands over; the end-to-end tests
// (teams-messages.test.ts) check the same cards with figures computed over demo data.

const rows = [
  { vendor: 'AT&T', amount: formatMoney('12345.6', 'USD') },
  { vendor: 'Verizon', amount: formatMoney('9876.54', 'USD') },
];

function answerWithTable(rowCount: number): Answer {
  const tableRows = Array.from({ length: rowCount }, (_, index) => rows[index % rows.length] ?? { vendor: '', amount: '' });
  return {
    text: 'Spend by vendor in Q3 2026: USD 22,222.14.',
    facts: [{ label: 'Total spend', value: formatMoney('22222.14', 'USD'), raw: '22222.14', currency: 'USD' }],
    table: {
      columns: [
        { key: 'vendor', label: 'Vendor' },
        { key: 'amount', label: 'Spend', align: 'right' },
      ],
      rows: tableRows,
      totalRows: rowCount,
    },
    toolCalls: [],
    followUps: ['Break AT&T down by month', 'Compare with Q2 2026'],
    context: { period: 'Q3 2026', freshness: 'Invoices through 30 Sep 2026' },
    plannedBy: 'offline',
  };
}

function texts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(texts);
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const own = typeof record.text === 'string' ? [record.text] : [];
  const facts = Array.isArray(record.facts) ? (record.facts as Array<{ value: string }>).map((fact) => fact.value) : [];
  return [
    ...own,
    ...facts,
    ...Object.entries(record)
      .filter(([key]) => key !== 'fallback')
      .flatMap(([, child]) => texts(child)),
  ];
}

describe('answer card', () => {
  it('shows the headline figure, the table rows, the period and freshness, and follow-up buttons', () => {
    const card = renderAnswerCard(answerWithTable(2));
    expect(checkAdaptiveCard(card)).toEqual([]);
    const shown = texts(card.body);
    expect(shown).toContain('USD 22,222.14');
    expect(shown).toContain('USD 12,345.60');
    expect(shown).toContain('Verizon');
    expect(shown).toContain('Period: Q3 2026 · Data: Invoices through 30 Sep 2026');
    expect(card.actions?.map((action) => action.type)).toEqual(['Action.Execute', 'Action.Execute']);
    expect(card.actions?.[0]).toMatchObject({
      verb: 'ask',
      data: { question: 'Break AT&T down by month' },
      fallback: { type: 'Action.Submit', data: { verb: 'ask', question: 'Break AT&T down by month' } },
    });
  });

  it('cuts a long table and says how many rows there are', () => {
    const card = renderAnswerCard(answerWithTable(40));
    expect(checkAdaptiveCard(card)).toEqual([]);
    const table = card.body.find((element) => element.type === 'Table');
    expect(table?.type === 'Table' ? table.rows.length : 0).toBe(16);
    expect(texts(card.body)).toContain('Showing 15 of 40 rows.');
  });

  it('turns a clarification into buttons with the choices', () => {
    const card = renderAnswerCard({
      ...answerWithTable(0),
      clarification: { message: 'Which vendor did you mean?', choices: ['AT&T', 'AT&T Mobility'] },
    });
    expect(checkAdaptiveCard(card)).toEqual([]);
    expect(card.actions?.map((action) => action.title)).toEqual(['AT&T', 'AT&T Mobility']);
  });

  it('draws a trend as a PNG small enough for a Teams message', async () => {
    const chart = {
      kind: 'line' as const,
      title: 'Azure by month',
      categories: ['Jul 2026', 'Aug 2026', 'Sep 2026', 'Oct 2026'],
      series: [{ name: 'Azure', values: ['10234.50', '11020.10', '10987.00', '18450.20'] }],
      unit: 'USD',
    };
    const png = await renderChartPng(chart, teamsChartCanvas);
    expect([...png.slice(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
    const card = renderAnswerCard({ ...answerWithTable(2), chart }, { chartImageUri: await renderChartDataUri(chart, teamsChartCanvas) });
    expect(checkAdaptiveCard(card)).toEqual([]);
    expect(card.body.some((element) => element.type === 'Image' && element.altText === 'Azure by month')).toBe(true);
  });
});

// A contracts answer as the product writes it: seven columns, long agreement names.
const contractColumns = [
  { key: 'contract', label: 'Contract' },
  { key: 'vendor', label: 'Vendor' },
  { key: 'name', label: 'Name' },
  { key: 'ends', label: 'Ends' },
  { key: 'autoRenews', label: 'Auto-renews' },
  { key: 'noticeBy', label: 'Notice deadline' },
  { key: 'committed', label: 'Committed / year', align: 'right' as const },
];
const contractRows = [
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
    contract: 'NW-ORANGE-2024-01',
    vendor: 'Orange Business',
    name: 'Orange Business Evolution Platform (EU sites)',
    ends: '13 Apr 2027',
    autoRenews: 'yes (60 days notice)',
    noticeBy: '12 Feb 2027',
    committed: 'USD 1,500,000.00',
  },
];

function answerWithColumns(
  columns: Array<{ key: string; label: string; align?: 'left' | 'right' }>,
  rows: Array<Record<string, string>>,
): Answer {
  return { ...answerWithTable(0), text: `${rows.length} contracts:`, facts: [], table: { columns, rows, totalRows: rows.length } };
}

const longestWord = (text: string) => Math.max(0, ...text.split(/\s+/).map((word) => word.length));

/** Characters each column of a Table gets when the card is `budget` characters wide. */
function columnShares(table: TableElement, budget: number): number[] {
  const total = table.columns.reduce((sum, column) => sum + column.width, 0);
  return table.columns.map((column) => (column.width / total) * budget);
}

function cellTexts(table: TableElement, columnIndex: number): string[] {
  return table.rows.map((row) => texts(row.cells[columnIndex]).join(' '));
}

describe('answer card tables', () => {
  it('shows a seven-column answer as one block per row: the first column as its title, every other value whole as a fact', () => {
    const card = renderAnswerCard(answerWithColumns(contractColumns, contractRows));
    expect(checkAdaptiveCard(card)).toEqual([]);
    expect(card.body.some((element) => element.type === 'Table')).toBe(false);
    const rowsShown = card.body.filter((element): element is Container => element.type === 'Container');
    expect(rowsShown).toHaveLength(2);
    expect(texts(rowsShown[0]?.items[0])).toEqual(['NW-LUMEN-2024-01']);
    const facts = (rowsShown[1]?.items[1] as FactSet).facts;
    expect(facts).toContainEqual({ title: 'Name', value: 'Orange Business Evolution Platform (EU sites)' });
    expect(facts).toContainEqual({ title: 'Committed / year', value: 'USD 1,500,000.00' });
    // An empty value is left out rather than shown as a blank fact.
    expect((rowsShown[0]?.items[1] as FactSet).facts.map((fact) => fact.title)).not.toContain('Committed / year');
  });

  it(`gives each column of a narrow table at least its longest word at ${cardCharacterBudget} characters a row`, () => {
    const columns = [
      { key: 'vendor', label: 'Vendor' },
      { key: 'category', label: 'Category' },
      { key: 'spend', label: 'Spend', align: 'right' as const },
    ];
    const rows = [
      { vendor: 'Orange Business', category: 'Infrastructure as a service', spend: 'USD 1,234,567.89' },
      { vendor: 'AT&T', category: 'Telecommunications', spend: 'USD 12.00' },
    ];
    const card = renderAnswerCard(answerWithColumns(columns, rows));
    expect(checkAdaptiveCard(card)).toEqual([]);
    const table = card.body.find((element): element is TableElement => element.type === 'Table');
    expect(table).toBeDefined();
    const shares = columnShares(table!, cardCharacterBudget);
    columns.forEach((_, index) => {
      const longest = Math.max(...cellTexts(table!, index).map(longestWord));
      expect(shares[index], `column ${index} (${longest}-character word)`).toBeGreaterThanOrEqual(longest);
    });
    // Not equal widths: the long category gets more room than the vendor.
    expect(shares[1]).toBeGreaterThan(shares[0]!);
  });

  it('shows a table whose words would not fit their columns as rows with facts, never as split words', () => {
    const columns = [
      { key: 'a', label: 'Telecommunications' },
      { key: 'b', label: 'Infrastructure' },
      { key: 'c', label: 'Reconciliation' },
      { key: 'd', label: 'Departmental' },
    ];
    const card = renderAnswerCard(answerWithColumns(columns, [{ a: 'x', b: 'y', c: 'z', d: 'w' }]));
    // 18 + 14 + 14 + 12 characters of words and their padding do not fit 56.
    expect(card.body.some((element) => element.type === 'Table')).toBe(false);
    expect(card.body.filter((element) => element.type === 'Container')).toHaveLength(1);
  });
});

describe('alert card', () => {
  it('shows the alert facts and turns its buttons into actions carrying the alert id', () => {
    const card = renderAlertCard({
      alertId: 7,
      kind: 'notice-deadline',
      title: 'AT&T contract notice due 15 Dec 2026',
      summary: 'Give notice by 15 Dec 2026 or the contract renews for 12 months.',
      facts: [{ label: 'Committed spend', value: 'USD 120,000.00' }],
      actions: [
        { id: 'acknowledge', label: 'Acknowledge', value: '7' },
        { id: 'ask', label: 'Show the contract', value: 'show the AT&T contract' },
      ],
      freshness: 'Contracts as of 26 Nov 2026',
    });
    expect(checkAdaptiveCard(card)).toEqual([]);
    expect(texts(card.body)).toContain('USD 120,000.00');
    expect(card.actions?.[0]).toMatchObject({ verb: 'alert-action', data: { alertId: 7, actionId: 'acknowledge' } });
    expect(card.actions?.[1]).toMatchObject({ verb: 'ask', data: { question: 'show the AT&T contract' } });
  });
});

describe('checkAdaptiveCard', () => {
  it('reports a wrong version, an unknown element and a missing verb', () => {
    const problems = checkAdaptiveCard({
      type: 'AdaptiveCard',
      version: '1.6',
      body: [{ type: 'Carousel' }, { type: 'TextBlock' }],
      actions: [{ type: 'Action.Execute', title: 'Go' }],
    });
    expect(problems).toEqual([
      'version: must be "1.5" (Teams), got "1.6"',
      'body[0]: element type "Carousel" is not an Adaptive Card 1.5 element',
      'body[1].text: required non-empty string',
      'actions[0].verb: required for Action.Execute',
    ]);
  });
});

describe('mentions', () => {
  it('removes the bot mention and HTML entities before the question is planned', () => {
    expect(stripMentions('<at>Ledgerline</at>&nbsp;spend with AT&amp;T last quarter\n')).toBe('spend with AT&T last quarter');
    expect(stripMentions('<p><at>Ledgerline</at>&nbsp;spend with <strong>AT&amp;T</strong>&#160;last quarter</p>')).toBe(
      'spend with AT&T last quarter',
    );
  });
});
