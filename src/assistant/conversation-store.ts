import { z } from 'zod';
import type { PrismaClient } from '../db/generated/client.js';
import type { Logger } from '../logger.js';
import type { ConversationState } from './planner.js';

// Conversation memory lives in the database so follow-ups work across restarts and replicas.

const stateSchema = z.object({
  lastQuestion: z.string().optional(),
  lastCalls: z.array(z.object({ tool: z.string(), arguments: z.record(z.string(), z.unknown()) })),
});

/** The stored state, or undefined for a new conversation (or one whose state no longer parses). */
export async function loadConversationState(
  key: string,
  { prisma, logger }: { prisma: PrismaClient; logger: Logger },
): Promise<ConversationState | undefined> {
  const row = await prisma.conversation.findUnique({ where: { key } });
  if (!row) return undefined;
  const parsed = stateSchema.safeParse(row.state);
  if (!parsed.success) {
    // Written by an older version: start afresh rather than fail the question.
    logger.warn('conversation state ignored', { key });
    return undefined;
  }
  return parsed.data;
}

export async function saveConversationState(
  key: string,
  state: ConversationState,
  { prisma }: { prisma: PrismaClient },
): Promise<void> {
  const json = JSON.parse(JSON.stringify(state)) as object;
  await prisma.conversation.upsert({ where: { key }, create: { key, state: json }, update: { state: json } });
}
