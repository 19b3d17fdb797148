import type { ChatImport, ChatImportState, Prisma } from '../../../db/generated/client.js';
import type { DomainDeps } from '../../deps.js';

export type { ChatImport, ChatImportState };

export interface NewChatFile {
  platform: 'slack' | 'teams';
  conversationId: string;
  userId: string;
  /** The platform's id of the file: the same file announced twice (two events, a retry) is one row. */
  fileKey: string;
  fileName: string;
  path: string;
}

/**
 * Records a dropped file, once: the first delivery of its events inserts the row and goes on; a
 * retried event, or the second of the two events Slack sends for one file, finds it and stops.
 */
export async function registerChatFile(file: NewChatFile, deps: Pick<DomainDeps, 'prisma'>): Promise<ChatImport | undefined> {
  const { count } = await deps.prisma.chatImport.createMany({ data: [file], skipDuplicates: true });
  if (count === 0) return undefined;
  return deps.prisma.chatImport.findUniqueOrThrow({ where: { fileKey: file.fileKey } });
}

/**
 * Moves a chat import from one state to the next in one conditional UPDATE: true for the one
 * caller that moved it (a double click's second press, a retried invoke, get false).
 */
export async function moveChatImport(
  input: { id: number; from: ChatImportState; to: ChatImportState; data?: Omit<Prisma.ChatImportUpdateManyMutationInput, 'state'> },
  deps: Pick<DomainDeps, 'prisma'>,
): Promise<boolean> {
  const { count } = await deps.prisma.chatImport.updateMany({
    where: { id: input.id, state: input.from },
    data: { ...input.data, state: input.to },
  });
  return count === 1;
}

export function findChatImport(id: number, deps: Pick<DomainDeps, 'prisma'>): Promise<ChatImport | null> {
  return deps.prisma.chatImport.findUnique({ where: { id } });
}
