import type { Answer, ToolCallRecord } from './answer.js';

/** The presenters' contract: executed tool results → everything a person reads. */
export type PresentAnswer = (input: {
  question: string;
  calls: Array<{ tool: string; arguments: unknown; result: unknown }>;
}) => Omit<Answer, 'toolCalls' | 'plannedBy'>;

/** Questions that always work, offered when nothing better can be suggested. */
export const starterQuestions = [
  'Top 5 vendors by spend this year',
  'How many active mobile lines do we have?',
  'Which contracts have a notice deadline in the next 90 days?',
];

/**
 * Builds the Answer from executed calls: the figures come only from the presenters reading tool
 * results. Failed calls are reported in words when `isReportingFailures` (the offline planner's
 * calls are the plan; the LLM's failed calls were attempts it already corrected).
 */
export function composeAnswer({
  question,
  calls,
  present,
  plannedBy,
  notice,
  understood,
  isReportingFailures,
}: {
  question: string;
  calls: ToolCallRecord[];
  present: PresentAnswer;
  plannedBy: Answer['plannedBy'];
  notice?: string | undefined;
  understood?: string | undefined;
  isReportingFailures: boolean;
}): Answer {
  const succeeded = calls.filter((call) => call.error === undefined);
  const failed = calls.filter((call) => call.error !== undefined);
  if (succeeded.length === 0) {
    const reasons = [...new Set(failed.map((call) => call.error?.message ?? 'unknown error'))];
    if (isRefusal(calls)) {
      // "That's outside what you can see": the reason is the whole answer, never dressed as a failure.
      return { text: withNotice(notice, reasons.join(' ')), facts: [], toolCalls: calls, followUps: [], context: {}, plannedBy };
    }
    const lines = [
      understood ? `I understood: ${understood}.` : undefined,
      `I could not answer that: ${reasons.join(' ') || 'no tool could answer it.'}`,
    ].filter((line): line is string => line !== undefined);
    return {
      text: withNotice(notice, lines.join('\n')),
      facts: [],
      toolCalls: calls,
      followUps: starterQuestions,
      context: {},
      plannedBy,
    };
  }
  const presented = present({
    question,
    calls: succeeded.map((call) => ({ tool: call.name, arguments: call.arguments, result: call.result })),
  });
  const paragraphs = [presented.text];
  if (isReportingFailures && failed.length > 0) {
    paragraphs.push(`Part of the question could not be answered: ${failed.map((call) => call.error?.message).join(' ')}`);
  }
  return { ...presented, text: withNotice(notice, paragraphs.join('\n\n')), toolCalls: calls, plannedBy };
}

/** Every call was refused for the person's access (FORBIDDEN): nothing failed, nothing may be shown. */
export function isRefusal(calls: readonly ToolCallRecord[]): boolean {
  return calls.length > 0 && calls.every((call) => call.error?.code === 'FORBIDDEN');
}

export function withNotice(notice: string | undefined, text: string): string {
  return notice ? `${notice}\n${text}` : text;
}
