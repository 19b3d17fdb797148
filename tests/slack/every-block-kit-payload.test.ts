import type { types } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant/create-assistant.js';
import { buildAppHome } from '../../src/bot/slack/build-app-home.js';
import { checkSlackLimits, checkSlackView } from '../../src/bot/slack/check-slack-limits.js';
import { renderApprovalMessage, renderRequesterNotice } from '../../src/bot/slack/macd/render-macd-message.js';
import { renderMacdModal, renderRefusalModal, renderRejectModal } from '../../src/bot/slack/macd/render-macd-modal.js';
import { offerRequestForm } from '../../src/bot/slack/offer-request-form.js';
import { renderAlertBlocks } from '../../src/bot/slack/render-alert-blocks.js';
import { renderAnswerBlocks, renderNotice, renderSharedAnswer } from '../../src/bot/slack/render-answer-blocks.js';
import { renderFullTable } from '../../src/bot/slack/render-full-table.js';
import { slackErrorReply } from '../../src/bot/slack/slack-error-replies.js';
import type { SlackPlace } from '../../src/bot/slack/slack-place.js';
import type { Database } from '../../src/db/open-database.js';
import type { Viewer } from '../../src/domain/shared/viewer.js';
import { silentLogger } from '../../src/logger.js';
import { evalCases } from '../eval/questions.js';
import { loadProductSamples, sampleErrors, samplesAsOf, toolNames, type ProductSamples } from '../support/product-samples.js';
import { openTestDatabase } from '../support/test-database.js';

// Every Block Kit payload Ledgerline sends to Slack, built by the product's own renderers from
// real answers, alerts and MACD requests (tests/support/product-samples.ts): typed as @slack/types'
// KnownBlock / ModalView / HomeView, which Bolt re-exports as `types` (a payload of another shape
// does not compile), and within Slack's documented limits at run time (src/bot/slack/check-slack-limits.ts).

let database: Database;
let samples: ProductSamples;

beforeAll(async () => {
  database = await openTestDatabase();
  samples = await loadProductSamples(database, 'slack');
}, 300_000);

afterAll(async () => {
  await database?.close();
});

interface Message {
  text: string;
  blocks: types.KnownBlock[];
}

/** Payload name → what is wrong with it; only payloads with problems are listed. */
function problemsOf(
  messages: Array<[name: string, message: Message]>,
  views: Array<[name: string, view: types.ModalView | types.HomeView]> = [],
): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const [name, message] of messages) {
    const problems = checkSlackLimits(message.blocks, { text: message.text });
    if (message.text.trim() === '') problems.push('message: no text (notifications and screen readers read it)');
    if (problems.length > 0) found[name] = problems;
  }
  for (const [name, view] of views) {
    const problems = checkSlackView(view);
    if (problems.length > 0) found[name] = problems;
  }
  return found;
}

const places: SlackPlace[] = [
  { kind: 'thread', teamId: 'T1', channelId: 'C-SAMPLES', threadTs: '1700000000.000100' },
  { kind: 'private', teamId: 'T1', channelId: 'C-SAMPLES', userId: 'U-ASKER' },
];

describe("every Slack payload, typed by @slack/types and within Slack's limits", () => {
  it('the checks name what Slack would refuse in a view: a long title, an option too long, an initial option not offered, a duplicate block_id', () => {
    const modal = renderMacdModal({ kind: 'change', values: { attribute: 'assignee' } });
    expect(checkSlackView(modal)).toEqual([]);
    const broken = structuredClone(modal) as unknown as {
      title: { text: string };
      blocks: Array<Record<string, unknown> & { element: { options?: Array<{ text: { text: string } }>; initial_option?: unknown } }>;
    };
    broken.title.text = 'A service request for the team';
    const attribute = broken.blocks.find((block) => block.block_id === 'macd_attribute')!;
    attribute.element.options![0]!.text.text = 'x'.repeat(76);
    attribute.element.initial_option = { text: { type: 'plain_text', text: 'Colour' }, value: 'colour' };
    broken.blocks.push({ ...broken.blocks[1]!, element: { ...broken.blocks[1]!.element } });
    expect(checkSlackView(broken)).toEqual([
      'view title: 30 characters (limit 24)',
      'duplicate block_id',
      'block 2 element option 0 text: 76 characters (limit 75)',
      'block 2 element: initial_option is not one of the options',
    ]);
  });

  it('answers of every tool in a thread and privately, shared in the channel, and every row of their tables', () => {
    expect(toolNames.filter((tool) => !samples.answers.some((sample) => sample.tool === tool))).toEqual([]);
    const messages: Array<[string, Message]> = [];
    for (const { question, answer } of samples.answers) {
      for (const place of places)
        messages.push([`${question} (${place.kind})`, renderAnswerBlocks(answer, { question, place, canShare: place.kind === 'private' })]);
      messages.push([`${question} (shared)`, renderSharedAnswer(answer, { question, place: places[1]!, sharedBy: 'U-ASKER' })]);
      if (answer.table)
        for (const [part, message] of renderFullTable(answer.table, question).entries())
          messages.push([`${question} (all rows, part ${part + 1})`, message]);
    }
    expect(messages.length).toBeGreaterThan(evalCases.length * 3);
    expect(problemsOf(messages)).toEqual({});
  });

  it('alerts of every kind as posted and after someone acted on them', () => {
    expect(new Set(samples.alerts.map((alert) => alert.kind))).toEqual(
      new Set(['anomaly', 'budget', 'notice-deadline', 'billing-discrepancy']),
    );
    expect(problemsOf(samples.alerts.map((alert) => [`alert ${alert.alertId} ${alert.title}`, renderAlertBlocks(alert)]))).toEqual({});
  });

  it('the App Home of an admin and of a requester, and the request form offer', async () => {
    const assistant = createAssistant({ prisma: database.prisma, now: () => samplesAsOf, logger: silentLogger });
    const deps = { prisma: database.prisma, now: () => samplesAsOf, logger: silentLogger, assistant };
    const views: Array<[string, types.HomeView]> = [];
    const messages: Array<[string, Message]> = [];
    for (const role of ['admin', 'requester', 'viewer'] as const) {
      const user = await database.prisma.user.findFirstOrThrow({ where: { role }, orderBy: { id: 'asc' } });
      const viewer: Viewer = {
        userId: user.id,
        displayName: user.name,
        role: user.role,
        costCenterScope: user.costCenters.includes('*') ? '*' : user.costCenters,
      };
      views.push([`home of a ${role}`, await buildAppHome({ viewer, conversationKey: `home-${role}` }, deps)]);
      messages.push([
        `request offer to a ${role}`,
        await offerRequestForm({ words: 'request disconnect of the line 312-555-0100', viewer }, deps),
      ]);
    }
    expect(problemsOf(messages, views)).toEqual({});
  });

  it('service request modals (each kind, prefilled), refusal and reject modals; approval messages and requester notices in every state', () => {
    expect(new Set(samples.macd.views.map((view) => view.status))).toEqual(
      new Set(['submitted', 'approved', 'in_progress', 'completed', 'rejected', 'cancelled']),
    );
    const views: Array<[string, types.ModalView]> = [];
    for (const [index, form] of samples.macd.forms.entries()) {
      views.push([
        `form ${index} ${form.kind ?? 'no kind'}`,
        renderMacdModal({
          kind: form.kind,
          values: form.values,
          ...(form.values.service ? { serviceLabel: form.services[0]?.label ?? '' } : {}),
        }),
      ]);
    }
    views.push(['refusal', renderRefusalModal('You may not request changes: ask a Ledgerline admin for the requester role.')]);
    const messages: Array<[string, Message]> = [];
    for (const view of samples.macd.views) {
      views.push([`reject ${view.id}`, renderRejectModal({ requestId: view.id, title: view.title })]);
      messages.push(
        [`approval ${view.id} ${view.status}`, renderApprovalMessage(view)],
        [`requester ${view.id}`, renderRequesterNotice(view)],
      );
      messages.push([
        `requester ${view.id} with reach`,
        renderRequesterNotice(view, 'Approvers notified: Alan Approver; could not reach: Bea Approver <bea@example.com> & co.'),
      ]);
    }
    expect(problemsOf(messages, views)).toEqual({});
    // Who could not be reached is written by the product, but names and addresses are escaped like any other text.
    const notice = renderRequesterNotice(samples.macd.views[0]!, 'Could not reach: Bea <bea@example.com> & co.');
    expect(notice.blocks[0]).toMatchObject({
      text: { text: expect.stringContaining('Could not reach: Bea &lt;bea@example.com&gt; &amp; co.') },
    });
  });

  it('the notice in place of an answer when a question fails, for every error code and a bug', () => {
    expect(problemsOf(sampleErrors.map((error) => [String(error), renderNotice(slackErrorReply(error))]))).toEqual({});
  });
});
