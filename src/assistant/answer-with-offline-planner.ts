import type { ToolContext } from '../domain/tools/define-tool.js';
import type { Answer } from './answer.js';
import type { PresentAnswer } from './compose-answer.js';
import { composeAnswer, isRefusal, withNotice } from './compose-answer.js';
import type { ConversationState, OfflinePlanner } from './planner.js';
import type { ToolCatalog } from './run-tool-call.js';
import { runToolCall } from './run-tool-call.js';
import type { QuestionOutcome } from './audit-question.js';

export interface PlannedAnswer {
  answer: Answer;
  /** The conversation's next state; undefined keeps the stored one (nothing new was answered). */
  nextState: ConversationState | undefined;
  outcome: QuestionOutcome;
}

export async function answerWithOfflinePlanner({
  question,
  state,
  context,
  tools,
  offlinePlanner,
  present,
  plannedBy,
  notice,
}: {
  question: string;
  state: ConversationState | undefined;
  context: ToolContext;
  tools: ToolCatalog;
  offlinePlanner: OfflinePlanner;
  present: PresentAnswer;
  plannedBy: 'offline' | 'offline-fallback';
  notice?: string | undefined;
}): Promise<PlannedAnswer> {
  const plan = await offlinePlanner.plan({ question, state, asOf: context.asOf, context });
  if (plan.kind === 'clarify') {
    return {
      answer: clarificationAnswer({ message: plan.message, choices: plan.choices, plannedBy, notice }),
      nextState: undefined,
      outcome: 'clarified',
    };
  }
  const calls = [];
  for (const call of plan.calls) calls.push(await runToolCall(call, { tools, context }));
  const answer = composeAnswer({ question, calls, present, plannedBy, notice, understood: plan.understood, isReportingFailures: true });
  const succeeded = calls.filter((call) => call.error === undefined);
  return {
    answer,
    nextState:
      succeeded.length > 0
        ? {
            lastQuestion: question,
            lastCalls: succeeded.map((call) => ({ tool: call.name, arguments: call.arguments as Record<string, unknown> })),
          }
        : undefined,
    outcome: isRefusal(calls)
      ? 'refused'
      : succeeded.length === calls.length
        ? plannedBy === 'offline'
          ? 'answered'
          : 'fallback'
        : 'tool-error',
  };
}

export function clarificationAnswer({
  message,
  choices,
  plannedBy,
  notice,
}: {
  message: string;
  choices: string[];
  plannedBy: Answer['plannedBy'];
  notice?: string | undefined;
}): Answer {
  const choiceLines = choices.map((choice) => `• ${choice}`);
  return {
    text: withNotice(notice, [message, ...choiceLines].join('\n')),
    facts: [],
    toolCalls: [],
    followUps: choices,
    context: {},
    plannedBy,
    clarification: { message, choices },
  };
}
