import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { PrismaClient } from '../db/generated/client.js';
import type { Logger } from '../logger.js';
import type { ConversationState } from './planner.js';

// Conversation memory lives in the database so follow-ups work across restarts and replicas.

const stateSchema = z.object({
  lastQuestion: z.string().optional(),
  lastCalls: z.array(z.object({ tool: z.string(), arguments: z.record(z.string(), z.unknown()) })),
});

/** A state id as buttons carry it: the snapshot an answer left, so a button acts on its own answer. */
const stateIdPattern = /^[a-z0-9]{8,20}$/;

function isConversationStateId(value: unknown): value is string {
  return typeof value === 'string' && stateIdPattern.test(value);
}

/**
 * The stored state, or undefined for a new conversation (or one whose state no longer parses).
 * With `stateId` (from a follow-up button), the state that answer left: a button on an older
 * answer acts on that answer, not on the newest one. The id is looked up under the conversation's
 * own key, so a button cannot reach another conversation's state.
 */
export async function loadConversationState(
  key: string,
  { prisma, logger }: { prisma: PrismaClient; logger: Logger },
  stateId?: string,
): Promise<ConversationState | undefined> {
  const snapshot = isConversationStateId(stateId)
    ? await prisma.conversation.findUnique({ where: { key: snapshotKey(key, stateId) } })
    : null;
  const row = snapshot ?? (await prisma.conversation.findUnique({ where: { key } }));
  if (!row) return undefined;
  const parsed = stateSchema.safeParse(row.state);
  if (!parsed.success) {
    // Written by an older version: start afresh rather than fail the question.
    logger.warn('conversation state ignored', { key });
    return undefined;
  }
  return parsed.data;
}

/**
 * Saves the conversation's newest state and a snapshot of it; returns the snapshot's id for the
 * answer's buttons. One statement, so both rows land or neither, in one round trip: every answer
 * writes here, and a transaction (BEGIN, two writes, COMMIT) was four.
 */
export async function saveConversationState(key: string, state: ConversationState, { prisma }: { prisma: PrismaClient }): Promise<string> {
  const json = JSON.stringify(state);
  const stateId = randomBytes(8).toString('hex');
  await prisma.$executeRaw`
    INSERT INTO "Conversation" ("key", "state", "updatedAt")
    VALUES (${key}, ${json}::jsonb, now()), (${snapshotKey(key, stateId)}, ${json}::jsonb, now())
    ON CONFLICT ("key") DO UPDATE SET "state" = EXCLUDED."state", "updatedAt" = EXCLUDED."updatedAt"`;
  return stateId;
}

const snapshotKey = (key: string, stateId: string) => `${key}#${stateId}`;

/**
 * Once per conversation (a DM, a channel, a Teams chat): true for the first caller only, so a
 * welcome is posted once however many install events arrive, on any replica.
 */
export async function claimWelcome(key: string, { prisma, now }: { prisma: PrismaClient; now: () => Date }): Promise<boolean> {
  const { count } = await prisma.conversation.createMany({
    data: [{ key: `welcome:${key}`, state: { welcomedAt: now().toISOString() } }],
    skipDuplicates: true,
  });
  return count === 1;
}
