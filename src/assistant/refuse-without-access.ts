import type { DomainDeps } from '../domain/deps.js';
import { howToGetAccess } from '../domain/people/how-to-get-access.js';
import type { Viewer } from '../domain/shared/viewer.js';
import type { Answer } from './answer.js';

const whoamiQuestion = 'What can I see?';

/**
 * The one reply for a person who may see no cost center: said in words, with what to do. Any
 * figure computed for them would be a zero that means "not allowed", and read as "nothing spent".
 */
export async function refuseWithoutAccess(viewer: Viewer, deps: Pick<DomainDeps, 'prisma'>): Promise<Answer> {
  const isRegistered = viewer.userId !== undefined;
  const asking = isRegistered ? 'to give you cost centers' : 'to add you';
  const text = `You don't have access to cost data in Ledgerline yet — ${await howToGetAccess({ viewer, asking }, deps)}`;
  return { text, facts: [], toolCalls: [], followUps: [whoamiQuestion], context: {}, plannedBy: 'offline' };
}
