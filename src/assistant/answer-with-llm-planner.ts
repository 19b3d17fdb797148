import { LedgerlineError } from '../errors.js';
import type { ToolContext } from '../domain/tools/define-tool.js';
import type { PlannedAnswer } from './answer-with-offline-planner.js';
import { clarificationAnswer } from './answer-with-offline-planner.js';
import type { PresentAnswer } from './compose-answer.js';
import { composeAnswer, isRefusal } from './compose-answer.js';
import type { LlmPlanner } from './llm/create-llm-planner.js';
import type { Figure } from './llm/extract-figures.js';
import { extractFigures } from './llm/extract-figures.js';
import { checkFigures } from './llm/check-figures.js';
import type { ConversationState } from './planner.js';

// Longer closing remarks are a sign the model is writing the answer itself; the presenters do that.
const maximumProseLength = 600;

/** Said above the offline planner's answer when the model's wording stated figures no tool returned. */
export const unsupportedFiguresNotice =
  "Note: the language model's wording included figures no tool returned, so this is the direct answer from the built-in planner.";

/** The notice the fallback answer carries, when the LLM planner's failure has its own words. */
export function fallbackNoticeOf(error: LedgerlineError): string | undefined {
  const details = error.details as { notice?: unknown } | undefined;
  return typeof details?.notice === 'string' ? details.notice : undefined;
}

/**
 * The model plans and the tools compute; the text comes from the presenters. Throws UNAVAILABLE
 * when the model gave nothing usable, so the caller can let the offline planner answer.
 */
export async function answerWithLlmPlanner({
  question,
  state,
  context,
  llmPlanner,
  present,
}: {
  question: string;
  state: ConversationState | undefined;
  context: ToolContext;
  llmPlanner: LlmPlanner;
  present: PresentAnswer;
}): Promise<PlannedAnswer> {
  const outcome = await llmPlanner.answer({ question, state, context });
  const succeeded = outcome.calls.filter((call) => call.error === undefined);

  if (succeeded.length === 0) {
    // No tool ran: the model may only ask back, in words — a figure of its own is never shown.
    if (isRefusal(outcome.calls)) {
      // Refused for the person's access: the offline planner would only be refused again.
      return {
        answer: composeAnswer({ question, calls: outcome.calls, present, plannedBy: 'llm', isReportingFailures: false }),
        nextState: undefined,
        outcome: 'refused',
      };
    }
    const stated = outcome.prose ? extractFigures(outcome.prose).filter((figure) => figure.kind !== 'date') : [];
    if (stated.length > 0) rejectFigures(stated, context);
    if (outcome.calls.length === 0 && outcome.prose) {
      return {
        answer: clarificationAnswer({ message: outcome.prose.slice(0, maximumProseLength), choices: [], plannedBy: 'llm' }),
        nextState: undefined,
        outcome: 'clarified',
      };
    }
    throw new LedgerlineError(
      'UNAVAILABLE',
      outcome.isStepLimitReached
        ? 'The language model reached its step limit without a tool result'
        : 'The language model gave no usable tool result',
    );
  }

  const withoutProse = composeAnswer({ question, calls: outcome.calls, present, plannedBy: 'llm', isReportingFailures: false });
  if (outcome.prose !== undefined) {
    // Every figure of the model's words must be one a tool returned; one that is not, and the
    // whole reply is replaced, since the rest of the wording was written around it.
    const { unsupported } = checkFigures(outcome.prose, {
      toolResults: succeeded.map((call) => call.result),
      question,
      presentedText: withoutProse.text,
    });
    if (unsupported.length > 0) rejectFigures(unsupported, context);
  }
  const isProseShown = outcome.prose !== undefined && outcome.prose.length <= maximumProseLength;
  if (outcome.prose && !isProseShown) context.logger.info('model prose dropped: longer than a closing remark');
  const answer = isProseShown ? { ...withoutProse, text: `${withoutProse.text}\n\n${outcome.prose}` } : withoutProse;
  return {
    answer,
    nextState: {
      lastQuestion: question,
      lastCalls: succeeded.map((call) => ({ tool: call.name, arguments: call.arguments as Record<string, unknown> })),
    },
    outcome: 'answered',
  };
}

/** Logs what was refused (the figures, not the reply) and lets the offline planner answer instead. */
function rejectFigures(figures: Figure[], context: ToolContext): never {
  context.logger.info('model reply rejected: figures no tool returned', {
    figures: figures.map((figure) => `${figure.text} (${figure.kind})`),
  });
  throw new LedgerlineError('UNAVAILABLE', 'The language model stated figures no tool returned', { notice: unsupportedFiguresNotice });
}
