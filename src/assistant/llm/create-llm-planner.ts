import type { BaseMessage } from '@langchain/core/messages';
import { HumanMessage, SystemMessage, ToolMessage } from '@langchain/core/messages';
import type { ChatOpenAI } from '@langchain/openai';
import { LedgerlineError } from '../../errors.js';
import type { ToolContext } from '../../domain/tools/define-tool.js';
import type { ToolCallRecord } from '../answer.js';
import type { ConversationState } from '../planner.js';
import type { ToolCatalog } from '../run-tool-call.js';
import { runToolCall } from '../run-tool-call.js';
import type { LlmSettings } from './create-chat-model.js';
import { createChatModel } from './create-chat-model.js';
import { describeSystemPrompt } from './describe-system-prompt.js';
import { toModelTools } from './to-model-tools.js';

/** What the model did: the tool calls it ran (failed ones included) and its closing prose. */
export interface LlmOutcome {
  calls: ToolCallRecord[];
  /** The model's own words; shown only if every number in it is found in the tool results. */
  prose: string | undefined;
  isStepLimitReached: boolean;
}

export interface LlmPlanner {
  /** Throws LedgerlineError UNAVAILABLE when the model fails, times out or answers garbage. */
  answer(input: { question: string; state: ConversationState | undefined; context: ToolContext }): Promise<LlmOutcome>;
}

// Tool results can be long lists; the model needs the gist, the presenter keeps the full result.
const maximumToolMessageLength = 16_000;

export function createLlmPlanner({
  settings,
  tools,
  chatModel = createChatModel(settings),
}: {
  settings: LlmSettings;
  tools: ToolCatalog;
  chatModel?: ChatOpenAI;
}): LlmPlanner {
  const model = chatModel.bindTools(toModelTools(tools));

  return {
    async answer({ question, state, context }) {
      const signal = AbortSignal.timeout(settings.timeoutMs);
      const messages: BaseMessage[] = [new SystemMessage(describeSystemPrompt({ asOf: context.asOf, state })), new HumanMessage(question)];
      const calls: ToolCallRecord[] = [];
      for (let step = 0; step < settings.maxSteps; step += 1) {
        const reply = await invokeModel(() => model.invoke(messages, { signal }));
        messages.push(reply);
        const toolCalls = reply.tool_calls ?? [];
        const invalidCalls = reply.invalid_tool_calls ?? [];
        if (toolCalls.length === 0 && invalidCalls.length === 0) {
          return { calls, prose: reply.text.trim() || undefined, isStepLimitReached: false };
        }
        for (const toolCall of toolCalls) {
          const record = await runToolCall({ tool: toolCall.name, arguments: toolCall.args }, { tools, context });
          calls.push(record);
          messages.push(
            new ToolMessage({
              tool_call_id: toolCall.id ?? '',
              content: describeToolOutcome(record),
              status: record.error ? 'error' : 'success',
            }),
          );
        }
        for (const invalidCall of invalidCalls) {
          // Arguments that are not JSON never reach a tool; the model gets the reason and retries.
          const record: ToolCallRecord = {
            name: invalidCall.name ?? '(unnamed)',
            arguments: invalidCall.args,
            error: { code: 'INVALID_INPUT', message: `The arguments are not valid JSON: ${invalidCall.error ?? 'could not parse'}` },
            durationMs: 0,
          };
          calls.push(record);
          messages.push(new ToolMessage({ tool_call_id: invalidCall.id ?? '', content: describeToolOutcome(record), status: 'error' }));
        }
      }
      return { calls, prose: undefined, isStepLimitReached: true };
    },
  };
}

function describeToolOutcome(record: ToolCallRecord): string {
  const body = record.error ? { error: record.error } : { result: record.result };
  const text = JSON.stringify(body, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value)) ?? '{}';
  return text.length > maximumToolMessageLength ? `${text.slice(0, maximumToolMessageLength)}… (truncated)` : text;
}

async function invokeModel<T>(invoke: () => Promise<T>): Promise<T> {
  try {
    return await invoke();
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new LedgerlineError('UNAVAILABLE', `The language model did not answer (${reason})`, undefined, { cause: error });
  }
}
