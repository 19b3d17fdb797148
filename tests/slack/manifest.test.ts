import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The manifest asks for what the listeners use and nothing more (see docs/decisions/0005-slack-http-and-socket.md).
const manifest = JSON.parse(readFileSync(new URL('../../slack/manifest.json', import.meta.url), 'utf8')) as {
  features: { slash_commands: Array<{ command: string; url: string }>; app_home: { home_tab_enabled: boolean } };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[]; request_url: string };
    interactivity: { is_enabled: boolean; request_url: string };
  };
};

describe('slack/manifest.json', () => {
  it('subscribes to the events the app answers and offers /ledger, interactivity and the Home tab', () => {
    expect(manifest.settings.event_subscriptions.bot_events).toEqual([
      'app_home_opened',
      'app_mention',
      'member_joined_channel',
      'message.im',
    ]);
    expect(manifest.features.slash_commands.map((command) => command.command)).toEqual(['/ledger']);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    const urls = [
      manifest.settings.event_subscriptions.request_url,
      manifest.settings.interactivity.request_url,
      manifest.features.slash_commands[0]?.url,
    ];
    expect(urls.every((url) => url?.endsWith('/slack/events'))).toBe(true);
  });

  it('asks only for the scopes behind the Web API calls it makes', () => {
    // app_mention, member_joined_channel (public and private channels: the welcome), chat.postMessage/update/postEphemeral,
    // /ledger, files.uploadV2 (charts, import reports), url_private_download of a file dropped in a DM (files:read),
    // message.im, users.info with e-mail, conversations.history in public and private channels (was an alert
    // already posted, before a dead run's delivery is posted again).
    expect(manifest.oauth_config.scopes.bot).toEqual([
      'app_mentions:read',
      'channels:history',
      'channels:read',
      'chat:write',
      'commands',
      'files:read',
      'files:write',
      'groups:history',
      'groups:read',
      'im:history',
      'users:read',
      'users:read.email',
    ]);
  });
});
