import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/open-database.js';
import { listChannelSubscriptions, subscribeChannel, unsubscribeChannel } from '../../src/domain/alerts/index.js';
import { openTestDatabase } from '../support/test-database.js';

describe('channel subscriptions', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => database.close());

  it('subscribes a channel to kinds with a cost-center filter, lists, and unsubscribes', async () => {
    const channel = { platform: 'slack', channelId: 'C-630' } as const;
    const first = await subscribeChannel({ ...channel, kinds: ['anomaly'], costCenters: ['CC-630'] }, database);
    expect(first.ok).toBe(true);
    await subscribeChannel({ ...channel, kinds: ['budget'], isDigest: true }, database);
    expect(await listChannelSubscriptions(channel, database)).toEqual([
      {
        ...channel,
        kinds: [
          { kind: 'anomaly', costCenters: ['CC-630'], vendors: [] },
          { kind: 'budget', costCenters: [], vendors: [] },
        ],
        isDigest: true,
      },
    ]);
    expect(await unsubscribeChannel({ ...channel, kinds: ['anomaly'] }, database)).toMatchObject({ kinds: [{ kind: 'budget' }] });
    expect(await unsubscribeChannel(channel, database)).toBeNull();
    expect(await listChannelSubscriptions(channel, database)).toEqual([]);
  });

  it('rejects an unknown alert kind with a message', async () => {
    const result = await subscribeChannel({ platform: 'teams', channelId: '19:abc', kinds: ['weather' as 'anomaly'] }, database);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('INVALID_INPUT');
  });
});
