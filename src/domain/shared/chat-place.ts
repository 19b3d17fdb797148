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
