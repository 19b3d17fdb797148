import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderErrorCard } from '../../src/bot/teams/error-replies.js';
import { renderApprovalCard, renderMacdFormCard, renderRequesterCard } from '../../src/bot/teams/macd/render-macd-cards.js';
import { renderAlertCard, renderAlertReplyCard } from '../../src/bot/teams/render-alert-card.js';
import { renderAnswerCardWithChart } from '../../src/bot/teams/render-answer-card-with-chart.js';
import { renderAlertCardWithChart } from '../../src/bot/teams/teams-alert-destination.js';
import type { Database } from '../../src/db/open-database.js';
import { silentLogger } from '../../src/logger.js';
import { loadProductSamples, sampleErrors, toolNames, type ProductSamples } from '../support/product-samples.js';
import { evalCases } from '../eval/questions.js';
import { openTestDatabase } from '../support/test-database.js';
import { adaptiveCardsSdkProblems } from './adaptive-cards-sdk.js';
import { checkAdaptiveCard } from './check-adaptive-card.js';

// Every Adaptive Card Ledgerline sends to Teams, built by the product's own renderers from real
// answers, alerts and MACD requests (tests/support/product-samples.ts), read by Microsoft's
// `adaptivecards` library as a 1.5 host: no error, no warning, no property it would drop; and by
// our structural check (Teams' verbs, the message size).

let database: Database;
let samples: ProductSamples;

beforeAll(async () => {
  database = await openTestDatabase();
  samples = await loadProductSamples(database, 'teams');
}, 300_000);

afterAll(async () => {
  await database?.close();
});

/** Card name → what is wrong with it; only cards with problems are listed. */
function problemsOf(cards: Array<[name: string, card: unknown]>): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const [name, card] of cards) {
    const problems = [...checkAdaptiveCard(card), ...adaptiveCardsSdkProblems(card)];
    if (problems.length > 0) found[name] = problems;
  }
  return found;
}

describe('every Teams card, read by the adaptivecards library as Adaptive Cards 1.5', () => {
  it('the library reports what Teams would get wrong: a 1.6 property, a misspelt one, a required input without its message', () => {
    const card = renderMacdFormCard({ kind: 'disconnect', services: [{ value: 'S1', label: '253-555-0100' }] });
    const broken = structuredClone(card) as unknown as { body: Array<Record<string, unknown>> };
    const reason = broken.body.find((element) => element.id === 'reason')!;
    delete reason.errorMessage;
    reason.labelPosition = 'inline';
    reason.isMultline = true;
    expect(adaptiveCardsSdkProblems(card)).toEqual([]);
    expect(adaptiveCardsSdkProblems(broken)).toEqual([
      'parse UnsupportedProperty: Input.Text #reason: Property "labelPosition" is supported in version 1.6, but you are using version 1.5.',
      'validate RequiredInputsShouldHaveErrorMessage: Input.Text #reason: Required inputs should have an error message',
      'property card.body[4].labelPosition: "labelPosition" needs Adaptive Cards 1.6, Teams renders 1.5',
      'property card.body[4].isMultline: Input.Text has no property "isMultline" (the parser drops it)',
    ]);
  });

  it('answers of every tool, clarifications, refusals, help and welcomes, with their charts', async () => {
    expect(toolNames.filter((tool) => !samples.answers.some((sample) => sample.tool === tool))).toEqual([]);
    const cards: Array<[string, unknown]> = [];
    for (const { question, answer } of samples.answers) cards.push([question, await renderAnswerCardWithChart(answer, silentLogger)]);
    expect(cards.length).toBeGreaterThan(evalCases.length);
    expect(problemsOf(cards)).toEqual({});
  });

  it('alerts of every kind as posted and after someone acted on them, with the reply to a button press', async () => {
    expect(new Set(samples.alerts.map((alert) => alert.kind))).toEqual(
      new Set(['anomaly', 'budget', 'notice-deadline', 'billing-discrepancy']),
    );
    expect(samples.alerts.some((alert) => (alert.status ?? []).length > 0)).toBe(true);
    const cards: Array<[string, unknown]> = [];
    for (const alert of samples.alerts) {
      cards.push([`alert ${alert.alertId} ${alert.title}`, await renderAlertCardWithChart(alert, silentLogger)]);
      cards.push([
        `alert ${alert.alertId} pressed`,
        renderAlertCard(alert, { notice: 'Acknowledged. Everyone in this channel sees who did it.' }),
      ]);
    }
    cards.push(
      ['alert gone, with title', renderAlertReplyCard('That alert no longer exists.', 'AT&T contract notice due')],
      ['alert gone', renderAlertReplyCard('That alert no longer exists.')],
    );
    expect(problemsOf(cards)).toEqual({});
  });

  it("service request forms (empty, prefilled, with every field's error, refused), approval and requester cards in every state", () => {
    expect(new Set(samples.macd.views.map((view) => view.status))).toEqual(
      new Set(['submitted', 'approved', 'in_progress', 'completed', 'rejected', 'cancelled']),
    );
    expect(new Set(samples.macd.views.map((view) => view.kind))).toEqual(new Set(['move', 'add', 'change', 'disconnect']));
    const cards: Array<[string, unknown]> = [];
    for (const [index, form] of samples.macd.forms.entries())
      cards.push([`form ${index} ${form.kind ?? 'no kind'}`, renderMacdFormCard(form)]);
    for (const view of samples.macd.views) {
      cards.push([`approval ${view.id} ${view.status}`, renderApprovalCard(view)]);
      cards.push([
        `approval ${view.id} with notice`,
        renderApprovalCard(view, 'Bea Approver approved this first.', { reasonError: 'Enter a reason to reject.' }),
      ]);
      cards.push(
        [`requester ${view.id}`, renderRequesterCard(view)],
        [`requester ${view.id} with reach`, renderRequesterCard(view, 'Approvers notified: Alan Approver; could not reach: Bea Approver.')],
      );
    }
    expect(problemsOf(cards)).toEqual({});
  });

  it('the card in place of an answer when a question fails, for every error code and a bug', () => {
    expect(problemsOf(sampleErrors.map((error) => [String(error), renderErrorCard(error)]))).toEqual({});
  });
});
