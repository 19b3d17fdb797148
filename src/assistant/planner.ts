import type { ToolContext } from '../domain/tools/define-tool.js';

// The contract between planners and the orchestrator (create-assistant.ts).

export interface PlannedCall {
  tool: string;
  arguments: Record<string, unknown>;
}

/** What a conversation remembers between questions (stored in the database, per conversation key). */
export interface ConversationState {
  lastQuestion?: string;
  lastCalls: PlannedCall[];
}

export type Plan =
  | { kind: 'calls'; calls: PlannedCall[]; /** one line: what the planner understood */ understood: string }
  | { kind: 'clarify'; message: string; choices: string[] };

export interface PlanInput {
  question: string;
  state: ConversationState | undefined;
  asOf: Date;
  /** For vocabulary lookups (vendor, location, cost-center names); planners never compute figures. */
  context: ToolContext;
}

/** Deterministic, offline: question → tool calls. Never guesses a figure. */
export interface OfflinePlanner {
  plan(input: PlanInput): Promise<Plan>;
  /**
   * Starts reading what plan() will need from the database for this ask (the names), so that read
   * overlaps the conversation state's; never rejects (plan() meets any failure itself).
   */
  prepare?(context: ToolContext): Promise<void>;
}
