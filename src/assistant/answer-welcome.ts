import type { DomainDeps } from '../domain/deps.js';
import type { Viewer } from '../domain/shared/viewer.js';
import type { Answer } from './answer.js';
import { answerHelp } from './answer-help.js';
import type { Surface } from './assistant.js';
import { claimWelcome } from './conversation-store.js';

export interface WelcomeInput {
  /** The conversation key of the DM, chat or channel (as its questions use). */
  conversationKey: string;
  /** Who installed or added the app: the examples are read within their cost centers. */
  viewer: Viewer;
  surface: Surface;
  /** A 1:1 with the app rather than a channel or group chat. */
  isPersonal: boolean;
}

/**
 * The welcome for a newly installed app or a channel it was added to: the help, greeted. Once per
 * conversation — undefined when this conversation was already welcomed (a second install event,
 * another replica, a reinstall).
 */
export async function welcomeOnce(input: WelcomeInput, deps: Pick<DomainDeps, 'prisma' | 'now'>): Promise<Answer | undefined> {
  if (!(await claimWelcome(input.conversationKey, deps))) return undefined;
  const greeting = input.isPersonal
    ? "Hi, I'm Ledgerline. I answer questions about your telecom, mobility, cloud and SaaS costs from the data imported into Ledgerline:"
    : "Hi, I'm Ledgerline — thanks for adding me here. Mention me with a question and I answer in a thread; I can also post alerts here. I know about:";
  return answerHelp({ viewer: input.viewer, surface: input.surface, greeting }, deps);
}
