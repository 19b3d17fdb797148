import type { z } from 'zod';
import type { DomainDeps } from '../deps.js';
import type { ChatPlace } from '../shared/chat-place.js';
import type { Viewer } from '../shared/viewer.js';

export interface ToolContext extends DomainDeps {
  viewer: Viewer;
  /** "Today" for relative periods and freshness; injectable for tests and `--as-of`. */
  asOf: Date;
  /** Set by the surface when the question came from a channel; tools about "this channel" need it. */
  place?: ChatPlace;
  /** A read replica's client, when configured: tools that do not write run on it. */
  readReplica?: (() => DomainDeps['prisma']) | undefined;
}

/**
 * A tool is defined once: the model reads `description` and the JSON schema derived from
 * `input`; the offline planner targets the same schema; help text lists the same names.
 */
export interface ToolDefinition<Input extends z.ZodType = z.ZodType, Output = unknown, Name extends string = string> {
  /** The registry derives `ToolName` from these literals (domain/tools/registry.ts). */
  name: Name;
  description: string;
  input: Input;
  /** Changes data: always runs on the primary database, never on a read replica. */
  writes?: true;
  run(input: z.output<Input>, context: ToolContext): Promise<Output>;
}

export function defineTool<Input extends z.ZodType, Output, const Name extends string>(
  tool: ToolDefinition<Input, Output, Name>,
): ToolDefinition<Input, Output, Name> {
  return tool;
}
