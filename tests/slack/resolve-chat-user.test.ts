import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/open-database.js';
import { getPersonHome } from '../../src/domain/people/get-person-home.js';
import { resolveChatUser } from '../../src/domain/people/resolve-chat-user.js';
import { silentLogger } from '../../src/logger.js';
import { openTestDatabase } from '../support/test-database.js';

// Who a chat user is, and therefore what they may see, is decided in the domain.

let database: Database;
const now = () => new Date('2026-11-26T12:00:00Z');
const deps = () => ({ prisma: database.prisma, now, logger: silentLogger });

beforeAll(async () => {
  database = await openTestDatabase();
  await database.prisma.user.createMany({
    data: [
      { email: 'ana@example.com', name: 'Ana Silva', role: 'approver', costCenters: ['CC-100', 'CC-200'], slackUserId: 'U0ANA' },
      { email: 'ben@example.com', name: 'Ben Okafor', role: 'admin', costCenters: ['*'] },
    ],
  });
});

afterAll(async () => {
  await database.close();
});

describe('resolveChatUser', () => {
  it('finds a person by Slack user id without asking Slack', async () => {
    let lookups = 0;
    const viewer = await resolveChatUser(
      {
        platform: 'slack',
        platformUserId: 'U0ANA',
        defaultRole: 'viewer',
        lookupProfile: async () => ((lookups += 1), { email: 'other@example.com' }),
      },
      deps(),
    );
    expect(viewer).toMatchObject({ displayName: 'Ana Silva', role: 'approver', costCenterScope: ['CC-100', 'CC-200'] });
    expect(lookups).toBe(0);
  });

  it('finds a person by the e-mail Slack reports, case-insensitively, and remembers the Slack id', async () => {
    const viewer = await resolveChatUser(
      { platform: 'slack', platformUserId: 'U0BEN', defaultRole: 'viewer', lookupProfile: async () => ({ email: 'Ben@Example.com' }) },
      deps(),
    );
    expect(viewer).toMatchObject({ displayName: 'Ben Okafor', role: 'admin', costCenterScope: '*' });
    expect((await database.prisma.user.findUniqueOrThrow({ where: { email: 'ben@example.com' } })).slackUserId).toBe('U0BEN');
  });

  it('gives an unknown person the default role and no cost centers unless that role is admin', async () => {
    const unknown = {
      platform: 'slack' as const,
      platformUserId: 'U0NEW',
      lookupProfile: async () => ({ email: 'new@example.com', displayName: 'New Person' }),
    };
    const identity = { platform: 'slack', userId: 'U0NEW', email: 'new@example.com' };
    expect(await resolveChatUser({ ...unknown, defaultRole: 'viewer' }, deps())).toEqual({
      displayName: 'New Person',
      role: 'viewer',
      costCenterScope: [],
      identity,
    });
    expect(await resolveChatUser({ ...unknown, defaultRole: 'admin' }, deps())).toEqual({
      displayName: 'New Person',
      role: 'admin',
      costCenterScope: '*',
      identity,
    });
    expect(await resolveChatUser({ ...unknown, defaultRole: 'viewer', defaultCostCenterScope: ['CC-300'] }, deps())).toMatchObject({
      costCenterScope: ['CC-300'],
    });
  });

  it('treats a failed profile lookup as an unknown person', async () => {
    const viewer = await resolveChatUser(
      {
        platform: 'slack',
        platformUserId: 'U0ERR',
        defaultRole: 'viewer',
        lookupProfile: async () => Promise.reject(new Error('ratelimited')),
      },
      deps(),
    );
    expect(viewer).toEqual({ displayName: 'U0ERR', role: 'viewer', costCenterScope: [], identity: { platform: 'slack', userId: 'U0ERR' } });
  });
});

describe('getPersonHome', () => {
  it('counts the person’s open MACD requests and shows recent alerts only to those who see everything', async () => {
    const ana = await database.prisma.user.findUniqueOrThrow({ where: { email: 'ana@example.com' } });
    const alert = await database.prisma.alert.create({
      data: { kind: 'budget', dedupeKey: 'budget:CC-100:2026-11', title: 'CC-100 over budget', payload: {} },
    });
    const asOf = new Date(alert.createdAt.getTime() + 60_000);
    const everyone = await getPersonHome({ viewer: { displayName: 'Ben', role: 'admin', costCenterScope: '*' }, asOf }, deps());
    expect(everyone.recentAlerts).toEqual({
      count: 1,
      latest: [{ title: 'CC-100 over budget', kind: 'budget', raisedOn: alert.createdAt.toISOString().slice(0, 10) }],
    });
    expect(everyone.openMacdRequests).toBeNull();

    const scoped = await getPersonHome(
      { viewer: { userId: ana.id, displayName: 'Ana', role: 'approver', costCenterScope: ['CC-100'] }, asOf },
      deps(),
    );
    expect(scoped).toEqual({ recentAlerts: null, openMacdRequests: 0 });
  });
});
