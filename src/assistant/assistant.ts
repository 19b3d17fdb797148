import type { ChatPlace } from '../domain/shared/chat-place.js';
import type { Viewer } from '../domain/shared/viewer.js';
import type { Answer } from './answer.js';

export type Surface = 'console' | 'cli' | 'slack' | 'teams';

export interface AskInput {
  question: string;
  /** Follow-ups share context per key: a Slack thread, a DM, a Teams conversation, a console session. */
  conversationKey: string;
  viewer: Viewer;
  surface: Surface;
  /** "Today" for relative periods; defaults to the clock. */
  asOf?: Date;
  /** The channel the question was asked in (per-channel alert subscriptions); never chosen by a model. */
  place?: ChatPlace;
  /** A follow-up button's state id (Answer.stateId of the answer it was on): the follow-up is read against that answer, not the newest. */
  followUpOf?: string;
}

/** What chat adapters and the CLI depend on. */
export interface Assistant {
  ask(input: AskInput): Promise<Answer>;
}
