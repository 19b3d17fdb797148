import type { Assistant } from '../../assistant/assistant.js';
import type { Answer } from '../../assistant/answer.js';
import type { Viewer } from '../../domain/shared/viewer.js';
import type { Logger } from '../../logger.js';
import { renderAnswerBlocks, renderNotice } from './render-answer-blocks.js';
import { renderChartPng, slackChartCanvas } from '../shared/render-chart-png.js';
import { slackErrorReply } from './slack-error-replies.js';
import { conversationKeyFor, slackChatPlace } from './slack-place.js';
import type { SlackPlace } from './slack-place.js';
import type { PostedRef, SlackReplier } from './slack-replier.js';

export interface AnswerInSlackInput {
  question: string;
  place: SlackPlace;
  /** Resolved inside the answer's turn: it reads the database and may call users.info. */
  resolveViewer: () => Promise<Viewer>;
  replier: SlackReplier;
  canShare?: boolean;
  /** A follow-up button's state id: the answer the button was on. */
  followUpOf?: string | undefined;
}

export interface AnswerInSlackDeps {
  assistant: Assistant;
  logger: Logger;
  /** After this long without an answer, post "Working on it…" and update it later (Slack users expect a sign of life). */
  workingNoticeAfterMs: number;
  /** Where the answer waits for its turn (see limit-concurrency.ts). */
  inTurn: <T>(task: () => Promise<T>) => Promise<T>;
}

type Outcome = { ok: true; answer: Answer } | { ok: false; error: unknown };

const workingNotice = renderNotice('Working on it…');

/** The clock starts now, not when the answer gets its turn: time in the queue counts too. */
function scheduleWorkingNotice(replier: SlackReplier, afterMs: number): { stop(): Promise<PostedRef | undefined> } {
  let posted: Promise<PostedRef | undefined> | undefined;
  const timer = setTimeout(() => {
    posted = replier.post(workingNotice).catch(() => undefined);
  }, afterMs);
  return {
    async stop() {
      clearTimeout(timer);
      return posted ? await posted : undefined;
    },
  };
}

/** Asks the assistant and puts the answer (and its chart) where the question was asked. */
export async function answerInSlack(input: AnswerInSlackInput, deps: AnswerInSlackDeps): Promise<Answer | undefined> {
  const { replier, place } = input;
  const working = scheduleWorkingNotice(replier, deps.workingNoticeAfterMs);
  const result: Outcome = await deps
    .inTurn(async () => {
      const viewer = await input.resolveViewer();
      // Subscriptions belong to the channel, also when asked in a thread or privately.
      return deps.assistant.ask({
        question: input.question,
        conversationKey: conversationKeyFor(place),
        viewer,
        surface: 'slack',
        place: slackChatPlace(place.channelId),
        ...(input.followUpOf ? { followUpOf: input.followUpOf } : {}),
      });
    })
    .then(
      (answer) => ({ ok: true as const, answer }),
      (error: unknown) => ({ ok: false as const, error }),
    );
  const workingRef = await working.stop();

  if (!result.ok) deps.logger.error('slack answer failed', { question: input.question, error: String(result.error) });
  const message = result.ok
    ? renderAnswerBlocks(result.answer, { question: input.question, place, canShare: input.canShare ?? false })
    : renderNotice(slackErrorReply(result.error));
  if (workingRef) await replier.replace(workingRef, message);
  else await replier.post(message);

  if (result.ok && result.answer.chart && replier.canUpload) {
    // A failed chart must not take the answer with it: the figures are already posted.
    const chart = result.answer.chart;
    await renderChartPng(chart, slackChartCanvas)
      .then((png) => replier.uploadPng(png, chart.title))
      .catch((error: unknown) => deps.logger.warn('slack chart upload failed', { error }));
  }
  return result.ok ? result.answer : undefined;
}
