import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant/create-assistant.js';
import type { Database } from '../../src/db/open-database.js';
import { silentLogger } from '../../src/logger.js';
import type { RecordedCall } from '../../scripts/support/fake-slack-api.js';
import { openTestDatabase } from '../support/test-database.js';
import type { SlackTestbed } from '../slack/support/slack-testbed.js';
import { buttonClickRequest, buttonsOf, mentionRequest, startSlackTestbed } from '../slack/support/slack-testbed.js';
import type { TeamsTestbed } from '../teams/teams-testbed.js';
import { loadActivity, openTeamsTestbed } from '../teams/teams-testbed.js';
import { fixtureAsOf, loadFixtureEnterprise } from '../tools/support/fixture-enterprise.js';

// Admins manage people from chat, through the real Bolt app and the real Agents SDK adapter:
// every change is shown first and made only on confirmation, recorded in the audit trail, and
// refused for anyone who is not an admin.

const now = () => fixtureAsOf;
let database: Database;
let slack: SlackTestbed;
let teams: TeamsTestbed;

const adminAad = '5b1c2d3e-0000-4000-8000-00000000ad02';

beforeAll(async () => {
  database = await openTestDatabase();
  await loadFixtureEnterprise(database.prisma);
  await database.prisma.user.createMany({
    data: [
      {
        email: 'ada.admin@example.com',
        name: 'Ada Admin',
        role: 'admin',
        costCenters: ['*'],
        slackUserId: 'U0ADMIN',
        teamsUserId: adminAad,
      },
      { email: 'carol.diaz@example.com', name: 'Carol Diaz', role: 'approver', costCenters: ['CC100'], slackUserId: 'U0CAROL' },
      { email: 'bob.builder@example.com', name: 'Bob Builder', role: 'viewer', costCenters: ['CC200'], slackUserId: 'U0BOB' },
      { email: 'sam.scoped@example.com', name: 'Sam Scoped', role: 'viewer', costCenters: ['CC200'], slackUserId: 'U0SAM' },
    ],
  });
  slack = await startSlackTestbed({ database, now, assistant: ({ logger }) => createAssistant({ prisma: database.prisma, now, logger }) });
  teams = await openTeamsTestbed({ database, now, assistant: createAssistant({ prisma: database.prisma, now, logger: silentLogger }) });
});

afterAll(async () => {
  await teams?.close();
  await slack?.close();
  await database?.close();
});

afterEach(() => {
  slack.fake.clear();
  teams.connector.activities.length = 0;
});

const postsIn = (calls: RecordedCall[], threadTs: string) =>
  calls.filter((call) => call.method === 'chat.postMessage' && call.body.thread_ts === threadTs && call.body.text !== 'Working on it…');

async function say(user: string, text: string, ts: string): Promise<Record<string, unknown>> {
  await slack.send(mentionRequest({ eventId: `Ev-${ts}`, question: text, user, ts }));
  await slack.fake.waitFor((calls) => postsIn(calls, ts).length === 1);
  return postsIn(slack.fake.calls, ts)[0]?.body ?? {};
}

/** Clicks the message's "Confirm: …" button as `user` and returns the reply posted in the thread. */
async function confirm(message: Record<string, unknown>, user: string, ts: string): Promise<Record<string, unknown>> {
  const button = buttonsOf(message.blocks).find((candidate) => candidate.text.text.startsWith('Confirm:'));
  expect(button, 'a Confirm button').toBeDefined();
  await slack.send(buttonClickRequest({ button: button!, responseUrl: slack.fake.responseUrl(`confirm-${ts}`), user, messageTs: ts }));
  await slack.fake.waitFor((calls) => postsIn(calls, ts).length === 2);
  return postsIn(slack.fake.calls, ts)[1]?.body ?? {};
}

const userByEmail = (email: string) => database.prisma.user.findUnique({ where: { email } });
const auditRows = (action: string) => database.prisma.auditLog.findMany({ where: { action }, orderBy: { id: 'asc' } });

describe('admins manage people from chat', () => {
  it('"add … as approver for …" shows the change, makes it only when confirmed, and records it', async () => {
    const shown = await say('U0ADMIN', 'add alice.smith@corp.example as approver for CC100', '1700000002.000100');
    expect(String(shown.text)).toContain(
      'Make Alice Smith (alice.smith@corp.example, not in Ledgerline yet) an approver for CC100 Sales? Nothing changes until you confirm.',
    );
    expect(await userByEmail('alice.smith@corp.example')).toBeNull();

    const done = await confirm(shown, 'U0ADMIN', '1700000002.000100');
    expect(String(done.text)).toContain('Done: Alice Smith (alice.smith@corp.example) is now an approver for CC100 Sales.');
    const alice = await userByEmail('alice.smith@corp.example');
    expect([alice?.role, alice?.costCenters]).toEqual(['approver', ['CC100']]);
    const [audit] = await auditRows('grant-access');
    expect([audit?.actor, audit?.surface, audit?.question]).toEqual([
      'ada.admin@example.com',
      'slack',
      'alice.smith@corp.example: approver for CC100',
    ]);
  });

  it('"make @bob a viewer of … and …" changes a registered person named by a Slack mention', async () => {
    const shown = await say('U0ADMIN', 'make <@U0BOB> a viewer of CC100 and CC300', '1700000002.000200');
    expect(String(shown.text)).toContain('Bob Builder (bob.builder@example.com, now viewer for CC200)');
    await confirm(shown, 'U0ADMIN', '1700000002.000200');
    expect((await userByEmail('bob.builder@example.com'))?.costCenters).toEqual(['CC100', 'CC300']);
  });

  it('"who can see CC100?" lists everyone whose scope covers it', async () => {
    const listed = String((await say('U0ADMIN', 'who can see CC100?', '1700000002.000300')).text);
    const expected = (
      await database.prisma.user.findMany({ where: { OR: [{ costCenters: { has: '*' } }, { costCenters: { has: 'CC100' } }] } })
    ).map((user) => user.email);
    expect(expected.length).toBeGreaterThanOrEqual(3);
    for (const email of expected) expect(listed).toContain(email);
    expect(listed).not.toContain('sam.scoped@example.com');
  });

  it('"remove @carol" takes every cost center away once confirmed; her next question gets the access reply', async () => {
    const shown = await say('U0ADMIN', 'remove <@U0CAROL>', '1700000002.000400');
    expect(String(shown.text)).toContain('Remove Carol Diaz (carol.diaz@example.com, approver for CC100)?');
    expect((await userByEmail('carol.diaz@example.com'))?.costCenters).toEqual(['CC100']);
    await confirm(shown, 'U0ADMIN', '1700000002.000400');
    const carol = await userByEmail('carol.diaz@example.com');
    expect([carol?.role, carol?.costCenters]).toEqual(['viewer', []]);
    expect((await auditRows('revoke-access')).map((row) => row.question)).toEqual([
      'carol.diaz@example.com: removed (was approver for CC100)',
    ]);

    const after = String((await say('U0CAROL', 'What did we spend in September 2026?', '1700000002.000401')).text);
    expect(after).toContain("You don't have access to cost data in Ledgerline yet");
    expect(after).not.toMatch(/USD/);
  });

  it('refuses a non-admin — asked, typed as a confirmation, or by clicking an admin’s Confirm button', async () => {
    const asked = String((await say('U0SAM', 'add eve@corp.example as admin', '1700000002.000500')).text);
    expect(asked).toContain('Only admins can change or list who sees what in Ledgerline — ask an admin (Ada Admin).');
    const typed = String((await say('U0SAM', 'Confirm: add eve@corp.example as admin for all', '1700000002.000501')).text);
    expect(typed).toContain('Only admins can change');
    const listing = String((await say('U0SAM', 'who can see CC200?', '1700000002.000502')).text);
    expect(listing).toContain('Only admins can change');
    expect(listing).not.toContain('@example.com');

    const offered = await say('U0ADMIN', 'add eve@corp.example as admin', '1700000002.000503');
    const clicked = String((await confirm(offered, 'U0SAM', '1700000002.000503')).text);
    expect(clicked).toContain('Only admins can change');
    expect(await userByEmail('eve@corp.example')).toBeNull();
  });

  it('Teams: an admin adds someone by e-mail and confirms; the card offers the confirmation', async () => {
    const send = async (id: string, text: string) => {
      teams.connector.activities.length = 0;
      await teams.post(
        loadActivity('botbuilder-js_teams_message_personal', teams.connector.serviceUrl, {
          id,
          text,
          from: { id: '29:ada', name: 'Ada', aadObjectId: adminAad },
        }),
      );
      const [reply] = await teams.connector.waitForActivities(1);
      return JSON.stringify(reply?.activity ?? {});
    };
    const shown = await send('admin-teams-1', 'add dora.lee@corp.example as viewer for CC200');
    expect(shown).toContain('Make Dora Lee (dora.lee@corp.example, not in Ledgerline yet) a viewer for CC200 Engineering?');
    expect(shown).toContain('Confirm: add dora.lee@corp.example as viewer for CC200');
    expect(await userByEmail('dora.lee@corp.example')).toBeNull();

    const done = await send('admin-teams-2', 'Confirm: add dora.lee@corp.example as viewer for CC200');
    expect(done).toContain('Done: Dora Lee (dora.lee@corp.example) is now a viewer for CC200 Engineering.');
    expect((await userByEmail('dora.lee@corp.example'))?.costCenters).toEqual(['CC200']);
  });
});
