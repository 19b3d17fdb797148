import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/assistant/answer.js';
import { formatMoney } from '../../src/domain/shared/format.js';
import { renderAlertCard } from '../../src/bot/teams/render-alert-card.js';
import { renderAnswerCard } from '../../src/bot/teams/render-answer-card.js';
import { renderChartDataUri, renderChartPng } from '../../src/bot/teams/render-chart-image.js';
import { stripMentions } from '../../src/bot/teams/read-teams-turn.js';
import { checkAdaptiveCard } from './check-adaptive-card.js';

// Rendering is tested from the neutral Answer the assistant hands over; the end-to-end tests
// (teams-endpoint.test.ts) check the same cards with figures computed over demo data.

const rows = [
  { vendor: 'AT&T', amount: formatMoney('12345.6', 'USD') },
  { vendor: 'Verizon', amount: formatMoney('9876.54', 'USD') },
];

function answerWithTable(rowCount: number): Answer {
  const tableRows = Array.from({ length: rowCount }, (_, index) => rows[index % rows.length] ?? { vendor: '', amount: '' });
  return {
    text: 'Spend by vendor in Q3 2026: USD 22,222.14.',
    facts: [{ label: 'Total spend', value: formatMoney('22222.14', 'USD'), raw: '22222.14', currency: 'USD' }],
    table: { columns: [{ key: 'vendor', label: 'Vendor' }, { key: 'amount', label: 'Spend', align: 'right' }], rows: tableRows, totalRows: rowCount },
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
  return [...own, ...facts, ...Object.entries(record).filter(([key]) => key !== 'fallback').flatMap(([, child]) => texts(child))];
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
    const chart = { kind: 'line' as const, title: 'Azure by month', categories: ['Jul 2026', 'Aug 2026', 'Sep 2026', 'Oct 2026'], series: [{ name: 'Azure', values: ['10234.50', '11020.10', '10987.00', '18450.20'] }], unit: 'USD' };
    const png = await renderChartPng(chart);
    expect([...png.slice(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
    const card = renderAnswerCard({ ...answerWithTable(2), chart }, { chartImageUri: await renderChartDataUri(chart) });
    expect(checkAdaptiveCard(card)).toEqual([]);
    expect(card.body.some((element) => element.type === 'Image' && element.altText === 'Azure by month')).toBe(true);
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
  });
});
