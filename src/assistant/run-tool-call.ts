import { isLedgerlineError } from '../errors.js';
import type { ToolContext, ToolDefinition } from '../domain/tools/define-tool.js';
import type { ToolCallRecord } from './answer.js';

export type ToolCatalog = readonly ToolDefinition[];

/**
 * Runs one planned call: the arguments are untrusted (an LLM or a parser produced them), so the
 * tool's own zod schema decides; an unknown name, invalid arguments or a failing tool become an
 * `error` on the record — never an exception — so the LLM loop can hand it back to the model and
 * the orchestrator can say it clearly.
 */
export async function runToolCall(
  call: { tool: string; arguments: unknown },
  { tools, context }: { tools: ToolCatalog; context: ToolContext },
): Promise<ToolCallRecord> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const tool = tools.find((candidate) => candidate.name === call.tool);
  if (!tool) {
    return {
      name: call.tool,
      arguments: call.arguments,
      error: {
        code: 'NOT_FOUND',
        message: `There is no tool named "${call.tool}". Available tools: ${tools.map((candidate) => candidate.name).join(', ')}.`,
      },
      durationMs: elapsed(),
    };
  }
  const parsed = tool.input.safeParse(call.arguments ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(arguments)'}: ${issue.message}`);
    return {
      name: tool.name,
      arguments: call.arguments,
      error: { code: 'INVALID_INPUT', message: `Invalid arguments for ${tool.name} — ${problems.join('; ')}` },
      durationMs: elapsed(),
    };
  }
  try {
    // Reads go to a replica when there is one; a tool that writes stays on the primary.
    const toolContext = context.readReplica && !tool.writes ? { ...context, prisma: context.readReplica() } : context;
    const result = await tool.run(parsed.data, toolContext);
    return { name: tool.name, arguments: parsed.data, result, durationMs: elapsed() };
  } catch (error) {
    if (isLedgerlineError(error)) {
      return { name: tool.name, arguments: parsed.data, error: { code: error.code, message: error.message }, durationMs: elapsed() };
    }
    // A bug in a tool: log it for us, tell the person plainly, keep the conversation alive.
    context.logger.error('tool failed', { tool: tool.name, error });
    return {
      name: tool.name,
      arguments: parsed.data,
      error: { code: 'UNAVAILABLE', message: `The ${tool.name} tool failed unexpectedly; the error was logged.` },
      durationMs: elapsed(),
    };
  }
}
