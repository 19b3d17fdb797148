import { LedgerlineError } from '../errors.js';
import type { ToolContext } from '../domain/tools/define-tool.js';
import type { PlannedAnswer } from './answer-with-offline-planner.js';
import { clarificationAnswer } from './answer-with-offline-planner.js';
import type { PresentAnswer } from './compose-answer.js';
import { composeAnswer, isRefusal } from './compose-answer.js';
import type { LlmPlanner } from './llm/create-llm-planner.js';
import { isProseSupported, numbersIn } from './llm/is-prose-supported.js';
import type { ConversationState } from './planner.js';

// Longer closing remarks are a sign the model is writing the answer itself; the presenters do that.
const maximumProseLength = 600;

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
    if (outcome.calls.length === 0 && outcome.prose && numbersIn(outcome.prose).length === 0) {
      return {
        answer: clarificationAnswer({ message: outcome.prose.slice(0, maximumProseLength), choices: [], plannedBy: 'llm' }),
        nextState: undefined,
        outcome: 'clarified',
      };
    }
    throw new LedgerlineError(
      'UNAVAILABLE',
      outcome.isStepLimitReached ? 'The language model reached its step limit without a tool result' : 'The language model gave no usable tool result',
    );
  }

  const withoutProse = composeAnswer({ question, calls: outcome.calls, present, plannedBy: 'llm', isReportingFailures: false });
  const isProseShown =
    outcome.prose !== undefined &&
    outcome.prose.length <= maximumProseLength &&
    isProseSupported(outcome.prose, {
      toolResults: succeeded.map((call) => call.result),
      question,
      presentedText: withoutProse.text,
    });
  if (outcome.prose && !isProseShown) context.logger.info('model prose dropped: it contains a number no tool returned');
  const answer = isProseShown ? { ...withoutProse, text: `${withoutProse.text}\n\n${outcome.prose}` } : withoutProse;
  return {
    answer,
    nextState: { lastQuestion: question, lastCalls: succeeded.map((call) => ({ tool: call.name, arguments: call.arguments as Record<string, unknown> })) },
    outcome: 'answered',
  };
}
