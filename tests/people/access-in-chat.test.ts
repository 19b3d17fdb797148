import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant/create-assistant.js';
import type { Database } from '../../src/db/open-database.js';
import { Decimal } from '../../src/domain/shared/decimal.js';
import { formatMoney } from '../../src/domain/shared/format.js';
import { identifierKey } from '../../src/domain/shared/normalize.js';
import { silentLogger } from '../../src/logger.js';
import type { RecordedCall } from '../../scripts/support/fake-slack-api.js';
import { openTestDatabase } from '../support/test-database.js';
import type { SlackTestbed } from '../slack/support/slack-testbed.js';
import { buttonClickRequest, buttonsOf, directMessageRequest, mentionRequest, startSlackTestbed } from '../slack/support/slack-testbed.js';
import type { TeamsTestbed } from '../teams/teams-testbed.js';
import { loadActivity, openTeamsTestbed } from '../teams/teams-testbed.js';
import {
  fixtureAsOf,
  fixtureCloudDays,
  fixtureInvoiceLines,
  fixtureServices,
  loadFixtureEnterprise,
} from '../tools/support/fixture-enterprise.js';

// People and access through the real Bolt app (signed requests) and the real Agents SDK adapter,
// over a database holding real (not demo) data: no zero where access is missing, the scope said
// out loud, and Teams identities matched as Teams sends them. Expected figures are recomputed
// from the fixture's raw rows.

const now = () => fixtureAsOf;
let database: Database;
let slack: SlackTestbed;
let teams: TeamsTestbed;

const people = {
  admin: {
    email: 'ada.admin@example.com',
    name: 'Ada Admin',
    role: 'admin',
    costCenters: ['*'],
    slackUserId: 'U0ADMIN',
    teamsUserId: '5b1c2d3e-0000-4000-8000-00000000ad01',
  },
  scoped: {
    email: 'sam.scoped@example.com',
    name: 'Sam Scoped',
    role: 'viewer',
    costCenters: ['CC200'],
    slackUserId: 'U0SCOPED',
    teamsUserId: null,
  },
  requester: {
    email: 'rita.requester@example.com',
    name: 'Rita Requester',
    role: 'requester',
    costCenters: ['CC200'],
    slackUserId: 'U0RITA',
    teamsUserId: null,
  },
  byAad: {
    email: 'tara.aad@example.com',
    name: 'Tara Aad',
    role: 'viewer',
    costCenters: ['CC100'],
    slackUserId: null,
    teamsUserId: '7c0ffee0-0000-4000-8000-0000000000a1',
  },
  byEmail: {
    email: 'emil.mail@example.com',
    name: 'Emil Mail',
    role: 'viewer',
    costCenters: ['CC100'],
    slackUserId: null,
    teamsUserId: null,
  },
  byChannelId: {
    email: 'nina.channel@example.com',
    name: 'Nina Channel',
    role: 'viewer',
    costCenters: ['CC100'],
    slackUserId: null,
    teamsUserId: '29:1nina-channel-id',
  },
} as const;

beforeAll(async () => {
  database = await openTestDatabase();
  await loadFixtureEnterprise(database.prisma);
  await database.prisma.user.createMany({
    data: Object.values(people).map((person) => ({ ...person, costCenters: [...person.costCenters] })),
  });
  slack = await startSlackTestbed({
    database,
    now,
    assistant: ({ logger }) => createAssistant({ prisma: database.prisma, now, logger }),
    admins: ['boss@example.com'],
  });
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

// ---- expected figures, from the fixture's rows --------------------------------------------

const costCenterOfIdentifier = (identifier: string | null) =>
  identifier === null
    ? null
    : (fixtureServices.find((service) => identifierKey(service.identifier) === identifierKey(identifier))?.costCenter ?? null);

/** September 2026 spend and record count, invoices plus cloud, for rows whose cost center passes `isIn`. */
function september(isIn: (costCenter: string | null) => boolean, vendor?: string): { total: Decimal; records: number } {
  const invoice = fixtureInvoiceLines.filter(
    (line) => line[3] === '2026-09-01' && (!vendor || line[0] === vendor) && isIn(costCenterOfIdentifier(line[4])),
  );
  const cloud = fixtureCloudDays.filter((row) => row[1].startsWith('2026-09') && (!vendor || row[0] === vendor) && isIn(row[5]));
  const total = [...invoice.map((line) => line[6]), ...cloud.map((row) => row[6])].reduce(
    (sum, amount) => sum.plus(amount),
    new Decimal(0),
  );
  // Each fixture cloud day stands for two FOCUS rows (rowCount 2 in loadFixtureEnterprise).
  return { total, records: invoice.length + 2 * cloud.length };
}

// ---- reading replies --------------------------------------------------------------------------

const postsIn = (calls: RecordedCall[], channel: string, threadTs?: string) =>
  calls.filter(
    (call) =>
      call.method === 'chat.postMessage' &&
      call.body.channel === channel &&
      call.body.thread_ts === threadTs &&
      call.body.text !== 'Working on it…',
  );

/** What a person reads in Block Kit: section, field, context and button texts (not button values). */
function visibleText(blocks: unknown): string {
  if (Array.isArray(blocks)) return blocks.map(visibleText).join('\n');
  if (typeof blocks !== 'object' || blocks === null) return '';
  const record = blocks as Record<string, unknown>;
  const own = typeof record.text === 'string' ? record.text : '';
  return [
    own,
    ...Object.entries(record)
      .filter(([key]) => key !== 'value' && key !== 'text')
      .map(([, child]) => visibleText(child)),
    visibleText(record.text),
  ].join('\n');
}

async function askInSlack(
  question: string,
  user: string,
  ts: string,
): Promise<{ text: string; blocks: string; body: Record<string, unknown> }> {
  await slack.send(mentionRequest({ eventId: `Ev-${ts}`, question, user, ts }));
  await slack.fake.waitFor((calls) => postsIn(calls, 'C111', ts).length > 0 || calls.some((call) => call.method === 'chat.update'));
  const posted = postsIn(slack.fake.calls, 'C111', ts)[0]?.body ?? slack.fake.callsTo('chat.update')[0]?.body ?? {};
  return { text: String(posted.text), blocks: visibleText(posted.blocks), body: posted };
}

/** Every string a person reads on a Teams reply (card or plain text). */
function teamsTexts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(teamsTexts);
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const own = typeof record.text === 'string' ? [record.text] : [];
  return [
    ...own,
    ...Object.entries(record)
      .filter(([key]) => key !== 'fallback' && key !== 'text')
      .flatMap(([, child]) => teamsTexts(child)),
  ];
}

async function askInTeams(from: Record<string, unknown>, text: string): Promise<{ texts: string; hasCard: boolean }> {
  const activity = loadActivity('botbuilder-js_teams_message_personal', teams.connector.serviceUrl, {
    id: `activity-${Math.random().toString(16).slice(2)}`,
    text,
    from,
  });
  expect((await teams.post(activity)).status).toBe(200);
  const [reply] = await teams.connector.waitForActivities(1);
  const attachments = (reply?.activity.attachments as unknown[] | undefined) ?? [];
  return {
    texts: teamsTexts(reply?.activity).join('\n'),
    hasCard: attachments.length > 0 && teamsTexts(attachments).some((line) => /Period|request/i.test(line)),
  };
}

const adminNames = async () =>
  (await database.prisma.user.findMany({ where: { role: 'admin' }, orderBy: { name: 'asc' } })).map((user) => user.name);
/** Any money, any figure with cents, or a "nothing found": none may reach a person without access. */
const figureLike = /USD|\d[\d,]*\.\d\d|No spend/;

describe('no zero where access is missing', () => {
  it('Slack: an unknown person asking a spend question gets the access reply, with admins and their ids — no figure, no zero', async () => {
    slack.fake.addUser({ id: 'U0STRANGER', name: 'stranger', realName: 'Stan Ranger', email: 'stan.ranger@example.com' });
    const reply = await askInSlack('How much did we spend with AT&T in September 2026?', 'U0STRANGER', '1700000000.000100');

    expect(reply.text).toContain("You don't have access to cost data in Ledgerline yet");
    for (const name of await adminNames()) expect(reply.text).toContain(name);
    expect(reply.text).toContain('Your Slack id is U0STRANGER and your e-mail is stan.ranger@example.com');
    expect(reply.text).not.toMatch(figureLike);
    expect(reply.blocks).not.toMatch(figureLike);
  });

  it('Teams: an unknown person gets the same reply in words, named by their Teams id, not a raw GUID as their name', async () => {
    const reply = await askInTeams(
      { id: '29:stranger-channel-id', name: 'Stella Ranger', aadObjectId: '0d0d0d0d-0000-4000-8000-00000000beef' },
      'What did we spend with AT&T in September 2026?',
    );
    expect(reply.texts).toContain("You don't have access to cost data in Ledgerline yet");
    expect(reply.texts).toContain('Your Teams id is 0d0d0d0d-0000-4000-8000-00000000beef');
    expect(reply.texts).not.toMatch(figureLike);
  });

  it('a viewer asking about a cost center outside their scope is told so, never given a zero', async () => {
    const reply = await askInSlack('What did we spend in CC100 in September 2026?', people.scoped.slackUserId, '1700000000.000200');
    expect(reply.text).toContain("That's outside what you can see (your cost centers: CC200).");
    expect(reply.text).not.toMatch(figureLike);
  });

  it('contract commitments (company-wide) are for approvers and admins; a viewer gets a sentence', async () => {
    const refused = await askInSlack('Are we on track with the AT&T commitment?', people.scoped.slackUserId, '1700000000.000300');
    expect(refused.text).toContain('Contract commitments are company-wide figures; approvers and admins see them.');
    expect(refused.text).not.toMatch(figureLike);

    const shown = await askInSlack('Are we on track with the AT&T commitment?', people.admin.slackUserId, '1700000000.000301');
    expect(shown.text).toContain(formatMoney('12000.00', 'USD'));
  });
});

describe('scope said out loud', () => {
  it('a scoped viewer’s total names their cost center and how many records it left out, never their amount', async () => {
    const theirs = september((costCenter) => costCenter === 'CC200');
    const others = september((costCenter) => costCenter !== 'CC200');
    const reply = await askInSlack('What did we spend in September 2026?', people.scoped.slackUserId, '1700000000.000400');

    expect(reply.text).toContain(formatMoney(theirs.total.toString(), 'USD'));
    expect(reply.blocks).toContain(`In your cost center CC200 (${others.records} records outside them not counted)`);
    expect(reply.blocks).not.toContain(formatMoney(others.total.toString(), 'USD'));
    expect(reply.blocks).not.toContain(formatMoney(theirs.total.plus(others.total).toString(), 'USD'));
  });

  it('an admin’s answer says nothing extra', async () => {
    const everything = september(() => true);
    const reply = await askInSlack('What did we spend in September 2026?', people.admin.slackUserId, '1700000000.000500');
    expect(reply.text).toContain(formatMoney(everything.total.toString(), 'USD'));
    expect(reply.blocks).not.toMatch(/your cost center|not counted|Demo data/i);
  });

  it('"what can I see?" answers anyone with their role and scope', async () => {
    const scoped = await askInSlack('what can I see?', people.scoped.slackUserId, '1700000000.000600');
    expect(scoped.text).toContain('You are Sam Scoped, a viewer');
    expect(scoped.text).toContain('You see one cost center: CC200 Engineering.');

    slack.fake.addUser({ id: 'U0NOBODY', name: 'nobody', realName: 'No Body' });
    const unknown = await askInSlack('whoami', 'U0NOBODY', '1700000000.000601');
    expect(unknown.text).toContain('not registered in Ledgerline');
    expect(unknown.text).toContain('Your Slack id is U0NOBODY.');
  });
});

describe('identities as the platforms send them', () => {
  const microsoftSeptember = () => formatMoney(september((costCenter) => costCenter === 'CC100', 'Microsoft').total.toString(), 'USD');

  it('Teams: a user imported by AAD object id is found from the message’s aadObjectId', async () => {
    const reply = await askInTeams(
      { id: '29:tara-channel-id', name: 'Tara', aadObjectId: people.byAad.teamsUserId },
      'What did we spend with Azure in September 2026?',
    );
    expect(reply.texts).toContain(microsoftSeptember());
    expect(reply.texts).toContain('In your cost center CC100');
  });

  it('Teams: a user imported only by e-mail is found through the conversation member lookup, and the AAD id is remembered', async () => {
    const aadObjectId = 'e0e0e0e0-0000-4000-8000-0000000000e1';
    teams.connector.members.set('29:emil-channel-id', {
      id: '29:emil-channel-id',
      name: 'Emil',
      aadObjectId,
      email: 'Emil.Mail@example.com',
      userPrincipalName: 'emil.mail@example.com',
    });
    const reply = await askInTeams(
      { id: '29:emil-channel-id', name: 'Emil', aadObjectId },
      'What did we spend with Azure in September 2026?',
    );
    expect(reply.texts).toContain(microsoftSeptember());
    expect((await database.prisma.user.findUniqueOrThrow({ where: { email: people.byEmail.email } })).teamsUserId).toBe(aadObjectId);
  });

  it('Teams: a user imported by the 29: id is found although the message also carries an aadObjectId', async () => {
    const reply = await askInTeams(
      { id: people.byChannelId.teamsUserId, name: 'Nina', aadObjectId: 'f1f1f1f1-0000-4000-8000-0000000000f1' },
      'What did we spend with Azure in September 2026?',
    );
    expect(reply.texts).toContain(microsoftSeptember());
  });

  it('LEDGERLINE_ADMINS names a first admin by e-mail: they see everything and become a user', async () => {
    slack.fake.addUser({ id: 'U0BOSS', name: 'boss', realName: 'Bo Boss', email: 'Boss@Example.com' });
    const reply = await askInSlack('What did we spend in September 2026?', 'U0BOSS', '1700000000.000700');
    expect(reply.text).toContain(formatMoney(september(() => true).total.toString(), 'USD'));
    const boss = await database.prisma.user.findUniqueOrThrow({ where: { email: 'boss@example.com' } });
    expect([boss.role, boss.costCenters, boss.slackUserId]).toEqual(['admin', ['*'], 'U0BOSS']);
  });
});

describe('request forms only for those who may submit them', () => {
  it('Slack App Home: a viewer reads why instead of a "New request" button; a requester gets the button', async () => {
    const homeOf = async (user: string) => {
      slack.fake.clear();
      const event = JSON.parse(mentionRequest({ eventId: `Ev-home-${user}`, question: '' }).rawBody) as { event: Record<string, unknown> };
      event.event = { type: 'app_home_opened', user, channel: 'D111', tab: 'home', event_ts: '1700000000.000999' };
      await slack.send({ rawBody: JSON.stringify(event), contentType: 'application/json' });
      await slack.fake.waitFor((calls) => calls.some((call) => call.method === 'views.publish'), 30_000);
      return (slack.fake.callsTo('views.publish')[0]?.body.view as { blocks: unknown }).blocks;
    };
    const viewerHome = await homeOf(people.scoped.slackUserId);
    expect(buttonsOf(viewerHome).map((button) => button.text.text)).not.toContain('New request');
    expect(visibleText(viewerHome)).toContain('Viewers cannot request service changes');

    const requesterHome = await homeOf(people.requester.slackUserId);
    expect(buttonsOf(requesterHome).map((button) => button.text.text)).toContain('New request');
  });

  it('Teams: "disconnect <line>" from a viewer gets the reason, not the form', async () => {
    teams.connector.members.set('29:sam-channel-id', { id: '29:sam-channel-id', email: people.scoped.email });
    const reply = await askInTeams(
      { id: '29:sam-channel-id', name: 'Sam', aadObjectId: 'a5a5a5a5-0000-4000-8000-0000000000a5' },
      'disconnect 312-555-0101',
    );
    expect(reply.texts).toContain('Viewers cannot request service changes');
    expect(reply.hasCard).toBe(false);
  });

  it('Slack: "disconnect <line>" in a DM offers the form (button → modal) to a requester, and the reason to a viewer', async () => {
    await slack.send(
      directMessageRequest({
        eventId: 'Ev-disconnect-rita',
        text: 'disconnect 312-555-0101',
        user: people.requester.slackUserId,
        channel: 'D0RITA',
      }),
    );
    await slack.fake.waitFor((calls) => postsIn(calls, 'D0RITA').length === 1);
    const offer = postsIn(slack.fake.calls, 'D0RITA')[0]?.body;
    const [button] = buttonsOf(offer?.blocks);
    expect(button?.text.text).toBe('Open the request form');

    await slack.send(
      buttonClickRequest({
        button: button!,
        responseUrl: slack.fake.responseUrl('rita'),
        user: people.requester.slackUserId,
        channel: 'D0RITA',
      }),
    );
    await slack.fake.waitFor((calls) => calls.some((call) => call.method === 'views.update'));
    const opened = slack.fake.callsTo('views.open')[0]?.body.view as { title: { text: string } };
    expect(opened.title.text).toBe('Service request');
    const filled = slack.fake.callsTo('views.update')[0]?.body.view as {
      blocks: Array<{ block_id?: string; element?: { initial_option?: { text: { text: string } } } }>;
    };
    expect(JSON.stringify(filled.blocks)).toContain('312-555-0101');

    await slack.send(
      directMessageRequest({
        eventId: 'Ev-disconnect-sam',
        text: 'disconnect 312-555-0101',
        user: people.scoped.slackUserId,
        channel: 'D0SAM',
      }),
    );
    await slack.fake.waitFor((calls) => postsIn(calls, 'D0SAM').length === 1);
    const refused = postsIn(slack.fake.calls, 'D0SAM')[0]?.body;
    expect(String(refused?.text)).toContain('Viewers cannot request service changes');
    expect(buttonsOf(refused?.blocks)).toEqual([]);
  });
});
