import type { PrismaClient } from '../db/generated/client.js';
import type { Viewer } from '../domain/shared/viewer.js';
import type { ToolCallRecord } from './answer.js';
import type { Surface } from './assistant.js';

/** How a question ended, for the audit trail. */
export type QuestionOutcome = 'answered' | 'clarified' | 'tool-error' | 'fallback' | 'failed' | 'refused' | 'command';

// Enough of a long question to know what was asked without storing megabytes per row.
const maximumStoredQuestion = 4000;

/** Who asked what, on which surface, which tools ran with which arguments, and how long it took. */
export async function auditQuestion(
  entry: {
    viewer: Viewer;
    surface: Surface;
    question: string;
    toolCalls: ToolCallRecord[];
    durationMs: number;
    outcome: QuestionOutcome;
  },
  { prisma }: { prisma: PrismaClient },
): Promise<void> {
  const actor = entry.viewer.userId !== undefined ? `${entry.viewer.displayName} (#${entry.viewer.userId})` : entry.viewer.displayName;
  await prisma.auditLog.create({
    data: {
      actor,
      surface: entry.surface,
      action: 'ask',
      question: entry.question.slice(0, maximumStoredQuestion),
      // Arguments and errors, not results: results can be large and are reproducible from the arguments.
      toolCalls: entry.toolCalls.map((call) => ({
        name: call.name,
        arguments: toJsonValue(call.arguments),
        durationMs: call.durationMs,
        ...(call.error ? { error: call.error } : {}),
      })),
      durationMs: Math.round(entry.durationMs),
      outcome: entry.outcome,
    },
  });
}

function toJsonValue(value: unknown): string | number | boolean | object | null {
  if (value === undefined) return null;
  return JSON.parse(JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'bigint' ? inner.toString() : inner))) as object;
}
