import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/assistant/answer.js';
import { renderText } from '../../src/assistant/render-text.js';

const answer: Answer = {
  text: 'You spent USD 48,210.50 with AT&T in Q3 2026.',
  facts: [{ label: 'Spend', value: 'USD 48,210.50', raw: '48210.50', currency: 'USD' }],
  table: {
    columns: [
      { key: 'month', label: 'Month' },
      { key: 'amount', label: 'Spend', align: 'right' },
    ],
    rows: [
      { month: 'Jul 2026', amount: 'USD 16,000.00' },
      { month: 'Aug 2026', amount: 'USD 15,210.50' },
      { month: 'Sep 2026', amount: 'USD 17,000.00' },
    ],
    totalRows: 5,
  },
  toolCalls: [],
  followUps: ['Break that down by location', 'And in Q2?'],
  context: { period: 'Q3 2026', filters: 'vendor AT&T', freshness: 'invoices through Oct 2026' },
  plannedBy: 'offline',
};

describe('renderText', () => {
  it('shows the prose, an aligned table with how many rows are shown, the context and follow-ups', () => {
    expect(renderText(answer)).toBe(
      [
        'You spent USD 48,210.50 with AT&T in Q3 2026.',
        '',
        'Month             Spend',
        '--------  -------------',
        'Jul 2026  USD 16,000.00',
        'Aug 2026  USD 15,210.50',
        'Sep 2026  USD 17,000.00',
        '(showing 3 of 5)',
        '',
        'Period: Q3 2026 · Filters: vendor AT&T · Data: invoices through Oct 2026',
        '',
        'You could ask: "Break that down by location" · "And in Q2?"',
      ].join('\n'),
    );
  });

  it('leaves out what an answer does not have', () => {
    expect(renderText({ ...answer, table: undefined, context: {}, followUps: [] })).toBe('You spent USD 48,210.50 with AT&T in Q3 2026.');
  });
});
