import type { webApi } from '@slack/bolt';
import type { SlackMessage } from './render-answer-blocks.js';
import type { SlackPlace } from './slack-place.js';

/** Bolt's `respond` (posts to the request's response_url), kept structural so no Bolt type leaks. */
export type RespondFunction = (message: Record<string, unknown>) => Promise<unknown>;

export type PostedRef = { via: 'message'; channelId: string; ts: string } | { via: 'response-url' } | { via: 'ephemeral' };

/** Posts, replaces and uploads in one Slack place: the only code that knows which Web API call fits where. */
export interface SlackReplier {
  post(message: SlackMessage): Promise<PostedRef>;
  replace(ref: PostedRef, message: SlackMessage): Promise<void>;
  /** False for private replies: Slack cannot attach files to a message only one person sees. */
  canUpload: boolean;
  uploadPng(png: Buffer, title: string): Promise<void>;
}

export function createSlackReplier(client: webApi.WebClient, place: SlackPlace, respond?: RespondFunction): SlackReplier {
  const threadTs = place.kind === 'thread' ? place.threadTs : undefined;
  return {
    canUpload: place.kind !== 'private',

    async post(message) {
      if (place.kind === 'private') {
        if (respond) {
          await respond({ response_type: 'ephemeral', ...message });
          return { via: 'response-url' };
        }
        await client.chat.postEphemeral({ channel: place.channelId, user: place.userId, ...message });
        return { via: 'ephemeral' };
      }
      const posted = await client.chat.postMessage({ channel: place.channelId, ...(threadTs ? { thread_ts: threadTs } : {}), ...message });
      return { via: 'message', channelId: posted.channel ?? place.channelId, ts: posted.ts ?? '' };
    },

    async replace(ref, message) {
      switch (ref.via) {
        case 'message':
          await client.chat.update({ channel: ref.channelId, ts: ref.ts, ...message });
          return;
        case 'response-url':
          if (respond) {
            await respond({ response_type: 'ephemeral', replace_original: true, ...message });
            return;
          }
          break;
        case 'ephemeral':
          break;
      }
      // An ephemeral message posted through the API cannot be edited: send the answer as a new one.
      if (place.kind === 'private') await client.chat.postEphemeral({ channel: place.channelId, user: place.userId, ...message });
    },

    async uploadPng(png, title) {
      if (place.kind === 'private') return;
      const file = { file: png, filename: 'ledgerline-chart.png', title, alt_text: title };
      if (threadTs) await client.files.uploadV2({ channel_id: place.channelId, thread_ts: threadTs, ...file });
      else await client.files.uploadV2({ channel_id: place.channelId, ...file });
    },
  };
}
