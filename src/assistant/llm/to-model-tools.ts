import type { ToolDefinition } from '../../domain/tools/define-tool.js';

/**
 * What the model is told about each tool, derived from the one definition (name, description,
 * zod input schema); LangChain turns the zod schema into the JSON schema of the function spec.
 */
export function toModelTools(
  tools: readonly ToolDefinition[],
): Array<{ name: string; description: string; schema: ToolDefinition['input'] }> {
  return tools.map((tool) => ({ name: tool.name, description: tool.description, schema: tool.input }));
}
