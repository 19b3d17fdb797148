import type { Answer } from '../../src/assistant/answer.js';
import { createOfflinePlanner } from '../../src/assistant/offline/create-offline-planner.js';
import type { ConversationState, PlannedCall } from '../../src/assistant/planner.js';
import { presentAnswer } from '../../src/assistant/present/present-answer.js';
import { findTool } from '../../src/domain/tools/registry.js';
import type { ToolContext } from '../../src/domain/tools/define-tool.js';
import { isLedgerlineError } from '../../src/errors.js';

export interface EvalAnswer {
  calls: PlannedCall[];
  text: string;
  isClarification: boolean;
  answer?: Omit<Answer, 'toolCalls' | 'plannedBy'>;
}

const planner = createOfflinePlanner();

/** The offline path end to end, as the assistant runs it: plan → validate → run → present. */
export async function runQuestion(question: string, context: ToolContext, state?: ConversationState): Promise<EvalAnswer> {
  const plan = await planner.plan({ question, state, asOf: context.asOf, context });
  if (plan.kind === 'clarify') return { calls: [], text: `${plan.message}\n${plan.choices.join('\n')}`, isClarification: true };
  const results: Array<{ tool: string; arguments: unknown; result: unknown }> = [];
  const errors: string[] = [];
  for (const call of plan.calls) {
    const tool = findTool(call.tool);
    const parsed = tool?.input.safeParse(call.arguments);
    if (!tool || !parsed?.success) {
      errors.push(`invalid call ${call.tool}: ${parsed?.error?.message ?? 'unknown tool'}`);
      continue;
    }
    try {
      results.push({ tool: call.tool, arguments: call.arguments, result: await tool.run(parsed.data, context) });
    } catch (error) {
      if (!isLedgerlineError(error)) throw error;
      errors.push(`${error.code}: ${error.message}`);
    }
  }
  const answer = presentAnswer({ question, calls: results });
  return { calls: plan.calls, text: [answer.text, ...errors].join('\n'), isClarification: false, answer };
}
