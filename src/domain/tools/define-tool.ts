import type { z } from 'zod';
import type { DomainDeps } from '../deps.js';

/** Who is asking: decides which cost centers a tool may reveal (decided here, never in adapters). */
export interface Viewer {
  /** Ledgerline user id when the person is known. */
  userId?: number;
  displayName: string;
  role: 'viewer' | 'requester' | 'approver' | 'admin';
  /** Cost-center codes the person may see, or '*' for all. */
  costCenterScope: '*' | string[];
  /** How the chat platform named the person: a refusal tells them what an admin needs to add them. */
  identity?: ChatIdentity;
  /** Sees everything only because the database holds nothing but the demo enterprise: answers say "demo data". */
  isDemoAccess?: boolean;
}

export interface ChatIdentity {
  platform: 'slack' | 'teams';
  /** Slack user id (U…), Teams AAD object id or, without one, the Teams 29: id. */
  userId: string;
  email?: string;
}

/**
 * Where the question was asked: the chat surface sets it, never the model, so "subscribe this
 * channel" can only ever change the channel the person is in.
 */
export interface ChatPlace {
  platform: 'console' | 'slack' | 'teams';
  /** Slack channel id (C…/D…), Teams proactive conversation id, or 'console'. */
  channelId: string;
  /** What kind of place it is, for wording ("this chat" in a 1:1, "this channel" in a channel). */
  conversationType?: 'channel' | 'group' | 'personal';
}

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
export interface ToolDefinition<Input extends z.ZodType = z.ZodType, Output = unknown> {
  name: string;
  description: string;
  input: Input;
  /** Changes data: always runs on the primary database, never on a read replica. */
  writes?: true;
  run(input: z.output<Input>, context: ToolContext): Promise<Output>;
}

export function defineTool<Input extends z.ZodType, Output>(
  tool: ToolDefinition<Input, Output>,
): ToolDefinition<Input, Output> {
  return tool;
}

/** A period is always [start, end): start inclusive, end exclusive, ISO dates, UTC. */
export interface Period {
  start: string;
  end: string;
  /** How a person would say it: "Q3 2026", "September 2026", "2026-01-01 to 2026-03-31". */
  label: string;
}

/** Latest imported period per source, so every answer can say how fresh it is. */
export interface Freshness {
  telecomInvoicesThrough: string | null;
  cloudCostsThrough: string | null;
  usageThrough: string | null;
}

/** Every tool result carries what it was computed over. */
export interface ResultEnvelope {
  filters: Record<string, string | string[]>;
  period?: Period;
  freshness: Freshness;
  /**
   * Set under a partial scope when records matching the question fall in cost centers the viewer
   * may not see: how many, never their amounts, so a total is never read as the company's.
   */
  leftOutOfScope?: { recordCount: number };
}
