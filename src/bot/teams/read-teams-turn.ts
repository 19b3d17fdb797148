import { z } from 'zod';
import { readChatMarkup } from '../../assistant/read-chat-markup.js';

// A Teams activity → what was asked. Channel and group-chat messages start with the bot's
// @mention ("<at>Ledgerline</at> spend with AT&T last quarter"); the planner must not see it.

/** The question's words: the bot's mention, Teams' HTML and its entities read by the assistant's one reader. */
export function stripMentions(text: string): string {
  return readChatMarkup(text).trim();
}

const stateIdSchema = z.string().max(40).optional();
const submittedAskSchema = z.object({ verb: z.literal('ask'), question: z.string().trim().min(1).max(500), stateId: stateIdSchema });
const executeAskSchema = z.object({ question: z.string().trim().min(1).max(500), stateId: stateIdSchema });

/** What a turn asks: the question, and for a follow-up button the answer it was on. */
export interface AskedQuestion {
  question: string;
  followUpOf?: string | undefined;
}
const alertActionSchema = z.object({
  alertId: z.coerce.number().int().positive(),
  actionId: z.string().min(1),
  value: z.string(),
  /** The alert's title, so the card that replaces the pressed one still says which alert. */
  title: z.string().optional(),
});

export type AlertActionRequest = z.infer<typeof alertActionSchema>;

/** The question in a message: typed text, or a follow-up button from a client that used Action.Submit. */
export function questionFromMessage(text: string | undefined, value: unknown): AskedQuestion | undefined {
  const submitted = submittedAskSchema.safeParse(value);
  if (submitted.success) return { question: submitted.data.question, followUpOf: submitted.data.stateId };
  const question = stripMentions(text ?? '');
  return question === '' ? undefined : { question };
}

export function questionFromExecuteData(data: unknown): AskedQuestion | undefined {
  const parsed = executeAskSchema.safeParse(data);
  return parsed.success ? { question: parsed.data.question, followUpOf: parsed.data.stateId } : undefined;
}

export function alertActionFromData(data: unknown): AlertActionRequest | undefined {
  const parsed = alertActionSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

/** Follow-ups share context per Teams conversation (a chat, or one channel thread). */
export function conversationKeyOf(conversationId: string): string {
  return `teams:${conversationId}`;
}
