import { z } from 'zod';
import type { ChatPlace } from '../../domain/shared/chat-place.js';

// Where a conversation lives in Slack, and therefore where its answers go and which
// conversation key keeps follow-ups in context.
const placeSchema = z.discriminatedUnion('kind', [
  /** A channel thread started by an @mention: answers go into the thread. */
  z.object({ kind: z.literal('thread'), teamId: z.string(), channelId: z.string(), threadTs: z.string() }),
  /** A direct message with the app outside threads, or a channel's top level (shared answers). */
  z.object({ kind: z.literal('channel'), teamId: z.string(), channelId: z.string() }),
  /** A slash command: answers are visible to the asker only. */
  z.object({ kind: z.literal('private'), teamId: z.string(), channelId: z.string(), userId: z.string() }),
]);

export type SlackPlace = z.infer<typeof placeSchema>;

export function conversationKeyFor(place: SlackPlace): string {
  switch (place.kind) {
    case 'thread':
      return `slack:${place.teamId}:${place.channelId}:${place.threadTs}`;
    case 'channel':
      return `slack:${place.teamId}:${place.channelId}`;
    case 'private':
      return `slack:${place.teamId}:${place.channelId}:${place.userId}:private`;
  }
}

/**
 * What a button carries: the question to ask, where its conversation lives, and for a follow-up
 * the state id of the answer it was on (so an older answer's button acts on that answer).
 */
const buttonValueSchema = z.object({ question: z.string().min(1), place: placeSchema, stateId: z.string().max(40).optional() });
export type ButtonValue = z.infer<typeof buttonValueSchema>;

/** Slack caps a button value at 2,000 characters; the place takes < 150, so the question gets the rest. */
const maximumQuestionLength = 1_500;

export function encodeButtonValue(value: ButtonValue): string {
  return JSON.stringify({
    question: value.question.slice(0, maximumQuestionLength),
    place: value.place,
    ...(value.stateId ? { stateId: value.stateId } : {}),
  });
}

/** Button values come back from Slack signed, but parse them anyway: they are input. */
export function decodeButtonValue(raw: string | undefined): ButtonValue | undefined {
  if (raw === undefined) return undefined;
  try {
    const parsed = buttonValueSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Where subscriptions belong: the channel, also when asked in a thread or privately. D… ids are DMs, G… group DMs or private channels. */
export function slackChatPlace(channelId: string): ChatPlace {
  return { platform: 'slack', channelId, conversationType: channelId.startsWith('D') ? 'personal' : 'channel' };
}
